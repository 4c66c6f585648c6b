#include "storesamples.h"

#include "lib/store/forumstore.h"
#include "lib/store/storecodec.h"
#include "lib/store/storeschema.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QProcess>
#include <cstdio>
#include <QTest>

using namespace Aivizor;

namespace {

// A connection of the test's own, beside (or after) the store's, to look at the file directly.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("error: ") + q.lastError().text();
        return q.value(0);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }
    QSqlDatabase &db() { return m_db; }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

void compareUser(const User &a, const User &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.username, b.username);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.avatarTemplate, b.avatarTemplate);
}

void compareSummary(const TopicSummary &a, const TopicSummary &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.slug, b.slug);
    QCOMPARE(a.categoryId, b.categoryId);
    QCOMPARE(a.tags, b.tags);
    QCOMPARE(a.postsCount, b.postsCount);
    QCOMPARE(a.replyCount, b.replyCount);
    QCOMPARE(a.views, b.views);
    QCOMPARE(a.likeCount, b.likeCount);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.lastPostedAt, b.lastPostedAt);
    QCOMPARE(a.bumpedAt, b.bumpedAt);
    QCOMPARE(a.pinned, b.pinned);
    QCOMPARE(a.closed, b.closed);
    QCOMPARE(a.archived, b.archived);
    QCOMPARE(a.lastPosterUsername, b.lastPosterUsername);
    QCOMPARE(a.originalPosterId, b.originalPosterId);
    compareUser(a.originalPoster, b.originalPoster);
    QCOMPARE(a.excerpt, b.excerpt);
}

void comparePost(const Post &a, const Post &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.topicId, b.topicId);
    QCOMPARE(a.postNumber, b.postNumber);
    QCOMPARE(a.postType, b.postType);
    QCOMPARE(a.username, b.username);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.avatarTemplate, b.avatarTemplate);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.updatedAt, b.updatedAt);
    QCOMPARE(a.cooked, b.cooked);
    QCOMPARE(a.actionCode, b.actionCode);
    QCOMPARE(a.replyToPostNumber, b.replyToPostNumber);
    QCOMPARE(a.replyToUsername, b.replyToUsername);
    QCOMPARE(a.replyCount, b.replyCount);
    QCOMPARE(a.likeCount, b.likeCount);
    QCOMPARE(a.liked, b.liked);
    QCOMPARE(a.canLike, b.canLike);
    QCOMPARE(a.canUndoLike, b.canUndoLike);
    QCOMPARE(a.yours, b.yours);
    QCOMPARE(a.hidden, b.hidden);
}

void compareTopicHeader(const Topic &a, const Topic &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.slug, b.slug);
    QCOMPARE(a.categoryId, b.categoryId);
    QCOMPARE(a.tags, b.tags);
    QCOMPARE(a.postsCount, b.postsCount);
    QCOMPARE(a.replyCount, b.replyCount);
    QCOMPARE(a.views, b.views);
    QCOMPARE(a.likeCount, b.likeCount);
    QCOMPARE(a.highestPostNumber, b.highestPostNumber);
    QCOMPARE(a.chunkSize, b.chunkSize);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.lastPostedAt, b.lastPostedAt);
    QCOMPARE(a.pinned, b.pinned);
    QCOMPARE(a.closed, b.closed);
    QCOMPARE(a.archived, b.archived);
    QCOMPARE(a.canCreatePost, b.canCreatePost);
    QCOMPARE(a.lastReadPostNumber, b.lastReadPostNumber);
    compareUser(a.createdBy, b.createdBy);
    QCOMPARE(a.participants.size(), b.participants.size());
    for (qsizetype i = 0; i < a.participants.size(); ++i)
        compareUser(a.participants.at(i), b.participants.at(i));
    QCOMPARE(a.stream, b.stream);
}

StoredSite sampleSite()
{
    StoredSite site;
    site.name = QStringLiteral("Форум «Пример»");
    site.description = QStringLiteral("A forum about things ✓");
    for (int i = 1; i <= 4; ++i) {
        Community c;
        c.id = i * 10;
        c.parentId = i > 2 ? 10 : 0;
        c.name = QStringLiteral("Community %1 ü").arg(i);
        c.slug = i == 3 ? QString() : QStringLiteral("community-%1").arg(i);
        c.description = QStringLiteral("About %1").arg(i);
        c.color = i == 4 ? QColor() : QColor(QStringLiteral("#0e76bd"));
        c.textColor = QColor(QStringLiteral("#ffffff"));
        c.position = 5 - i;
        c.topicCount = i * 100;
        c.postCount = i * 1000;
        c.readRestricted = i == 2;
        c.subcategoryIds = i == 1 ? QList<int>{30, 40} : QList<int>{};
        site.communities.append(c);
    }
    site.tags = {QStringLiteral("qt"), QStringLiteral("ünïcode"), QStringLiteral("news")};
    site.fetchedAt = sampleTime(30);
    return site;
}

QList<StoredPost> sanitizedPosts(const Topic &topic, const QString &tag)
{
    QList<StoredPost> posts;
    for (const Post &p : topic.posts) {
        StoredPost s;
        s.post = p;
        s.sanitized.html = QStringLiteral("<p>safe %1 — 中文</p><img src=\"https://forum.example/uploads/%1.png\" width=\"64\">")
                               .arg(p.postNumber);
        s.sanitized.images = {{QUrl(QStringLiteral("https://forum.example/uploads/%1.png").arg(p.postNumber)), 64, 48}};
        s.sanitizedWith = tag;
        posts.append(s);
    }
    return posts;
}

struct Opened
{
    std::unique_ptr<ForumStore> store;
    StoreOpenReport report;
};

Opened openStore(const QString &path)
{
    Opened o;
    o.store = std::make_unique<ForumStore>();
    o.report = o.store->open(path);
    return o;
}

// The version 1 schema exactly as migration 1 created it, written by hand the way a store of
// the previous release looks on disk.
void writeVersion1Store(const QString &path)
{
    RawDb raw(path);
    const QStringList v1 = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB)"),
        QStringLiteral("CREATE TABLE communities (id INTEGER PRIMARY KEY, list_order INTEGER NOT NULL,"
                       " parent_id INTEGER NOT NULL, name TEXT NOT NULL, slug TEXT NOT NULL, description TEXT NOT NULL,"
                       " color TEXT NOT NULL, text_color TEXT NOT NULL, position INTEGER NOT NULL,"
                       " topic_count INTEGER NOT NULL, post_count INTEGER NOT NULL, read_restricted INTEGER NOT NULL,"
                       " subcategory_ids BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE tags (list_order INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE feed_pages (id INTEGER PRIMARY KEY, feed TEXT NOT NULL, page INTEGER NOT NULL,"
                       " community_id INTEGER NOT NULL, fetched_at INTEGER NOT NULL, last_access INTEGER NOT NULL,"
                       " rows BLOB NOT NULL, UNIQUE (feed, page))"),
        QStringLiteral("CREATE TABLE topics (id INTEGER PRIMARY KEY, category_id INTEGER NOT NULL,"
                       " fetched_at INTEGER NOT NULL, last_access INTEGER NOT NULL, header BLOB NOT NULL,"
                       " stream BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY,"
                       " topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
                       " post_number INTEGER NOT NULL, cooked TEXT NOT NULL, details BLOB NOT NULL,"
                       " sanitized TEXT, sanitized_images BLOB, sanitized_with TEXT, UNIQUE (topic_id, post_number))"),
        QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT NOT NULL, name TEXT NOT NULL,"
                       " avatar_template TEXT NOT NULL, seen_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX users_by_name ON users (username COLLATE NOCASE)"),
        QStringLiteral("CREATE TABLE images (url TEXT PRIMARY KEY, content_type TEXT NOT NULL, data BLOB NOT NULL,"
                       " fetched_at INTEGER NOT NULL, last_access INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE reading_positions (topic_id INTEGER PRIMARY KEY, post_number INTEGER NOT NULL,"
                       " pixel_offset INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO meta VALUES ('site.name', 'Old forum'), ('site.description', ''),"
                       " ('site.fetched_at', 1760000000000)"),
        QStringLiteral("INSERT INTO communities VALUES (7, 0, 0, 'General', 'general', 'Talk', '#ff0e76bd',"
                       " '#ffffffff', 1, 12, 34, 0, X'01' || X'00000000')"),
        QStringLiteral("INSERT INTO users VALUES (42, 'alice', 'Alice', '/a/{size}.png', 1760000000000)"),
        QStringLiteral("INSERT INTO images VALUES ('https://forum.example/a.png', 'image/png', X'89504E47', 1, 1)"),
        QStringLiteral("INSERT INTO reading_positions VALUES (99, 17, 120, 1760000000000)"),
        QStringLiteral("PRAGMA user_version = 1"),
    };
    for (const QString &sql : v1)
        QVERIFY2(raw.exec(sql), qPrintable(sql));
}

// Version 2 as migration 2 left it: the version 1 store plus the offline marks, the images'
// topic and the reading positions' last read post, with one topic marked offline.
void writeVersion2Store(const QString &path)
{
    writeVersion1Store(path);
    if (QTest::currentTestFailed())
        return;
    RawDb raw(path);
    const QStringList v2 = {
        QStringLiteral("CREATE TABLE offline_communities (id INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE offline_topics (id INTEGER PRIMARY KEY)"),
        QStringLiteral("ALTER TABLE images ADD COLUMN topic_id INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE reading_positions ADD COLUMN last_read_post_number INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX feed_pages_by_access ON feed_pages (last_access)"),
        QStringLiteral("CREATE INDEX topics_by_access ON topics (last_access)"),
        QStringLiteral("CREATE INDEX images_by_access ON images (last_access)"),
        QStringLiteral("INSERT INTO offline_topics VALUES (99)"),
        QStringLiteral("INSERT INTO offline_communities VALUES (7)"),
        QStringLiteral("UPDATE reading_positions SET last_read_post_number = 21 WHERE topic_id = 99"),
        QStringLiteral("PRAGMA user_version = 2"),
    };
    for (const QString &sql : v2)
        QVERIFY2(raw.exec(sql), qPrintable(sql));
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void defaultPathIsPerForumInAppData()
    {
        const QString path = ForumStore::defaultPath(QStringLiteral("forum.example-0123456789abcdef"));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(path.endsWith(QStringLiteral("/store/forum.example-0123456789abcdef.sqlite")));
    }

    void createsCurrentSchemaFromNothingAndFromAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString inSubfolder = dir.filePath(QStringLiteral("a/b/new.sqlite"));
        const QString emptyFile = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(emptyFile, {});
        for (const QString &path : {inSubfolder, emptyFile}) {
            {
                Opened o = openStore(path);
                QVERIFY2(!o.report.error, qPrintable(o.report.error.message));
                QVERIFY(o.store->isOpen());
                QCOMPARE(o.report.previousVersion, 0);
                QVERIFY(o.report.backupPath.isEmpty()); // nothing to keep
                QVERIFY(o.report.movedAsideTo.isEmpty());
                QCOMPARE(o.store->site().error.kind, ApiError::Kind::NotFound);
                QCOMPARE(o.store->feedPage(FeedSpec::latest(), 0).error.kind, ApiError::Kind::NotFound);
                QCOMPARE(o.store->topic(1).error.kind, ApiError::Kind::NotFound);
            }
            RawDb raw(path);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), StoreSchema::CurrentVersion);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA auto_vacuum")).toInt(), 2); // incremental
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        }
    }

    void roundTripsEveryKindOfValue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("forum.sqlite"));
        const StoredSite site = sampleSite();
        const TopicPage latest = samplePage(100, 30);
        const TopicPage community = samplePage(500, 7);
        const FeedSpec communityFeed = FeedSpec::community(10, QStringLiteral("ignored-slug"));
        const Topic topic = sampleTopic(77, 45);
        const QList<StoredPost> sanitized = sanitizedPosts(topic, QStringLiteral("v1 remote=0"));
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(5000, '\x01');
        const QUrl imageUrl(QStringLiteral("https://forum.example/uploads/ä b.png?x=1"));
        ReadingPosition position;
        position.postNumber = 12;
        position.offset = 340;
        position.lastReadPostNumber = 30;
        position.updatedAt = sampleTime(40);
        {
            Opened o = openStore(path);
            QVERIFY(!o.report.error);
            ForumStore &store = *o.store;
            QSignalSpy failed(&store, &ForumStore::writeFailed);
            store.putSite(site);
            store.putFeedPage(FeedSpec::latest(), 0, latest, sampleTime(50));
            store.putFeedPage(communityFeed, 2, community, sampleTime(51));
            store.putTopic(topic, sampleTime(52));
            store.putPosts(topic.id, sanitized);
            store.putUsers({sampleUser(1000), sampleUser(1001)});
            QVERIFY(store.putImage(imageUrl, "image/png", png, topic.id));
            QVERIFY(!store.putImage(QUrl(), "image/png", png));
            QVERIFY(!store.putImage(imageUrl, "image/png", QByteArray(ForumStore::MaxImageBytes + 1, 'x')));
            store.putReadingPosition(topic.id, position);
            store.setTopicOffline(topic.id, true);
            store.setCommunityOffline(20, true);
            QVERIFY(store.flush());
            QCOMPARE(failed.count(), 0);
        }
        // Everything comes back from a fresh process's point of view: a new store on the same file.
        Opened o = openStore(path);
        QVERIFY(!o.report.error);
        ForumStore &store = *o.store;

        const auto s = store.site();
        QVERIFY2(s.ok(), qPrintable(s.error.message));
        QCOMPARE(s.value->name, site.name);
        QCOMPARE(s.value->description, site.description);
        QCOMPARE(s.value->tags, site.tags);
        QCOMPARE(s.value->fetchedAt, site.fetchedAt);
        QCOMPARE(s.value->communities.size(), site.communities.size());
        for (qsizetype i = 0; i < site.communities.size(); ++i) {
            const Community &a = s.value->communities.at(i), &b = site.communities.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.parentId, b.parentId);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.slug, b.slug);
            QCOMPARE(a.description, b.description);
            QCOMPARE(a.color, b.color);
            QCOMPARE(a.textColor, b.textColor);
            QCOMPARE(a.position, b.position);
            QCOMPARE(a.topicCount, b.topicCount);
            QCOMPARE(a.postCount, b.postCount);
            QCOMPARE(a.readRestricted, b.readRestricted);
            QCOMPARE(a.subcategoryIds, b.subcategoryIds);
        }

        for (const auto &[feed, page, rows, fetched] :
             {std::tuple(FeedSpec::latest(), 0, latest, sampleTime(50)),
              std::tuple(FeedSpec::community(10), 2, community, sampleTime(51))}) {
            const auto f = store.feedPage(feed, page);
            QVERIFY2(f.ok(), qPrintable(f.error.message));
            QCOMPARE(f.value->fetchedAt, fetched);
            QCOMPARE(f.value->page.topics.size(), rows.topics.size());
            for (qsizetype i = 0; i < rows.topics.size(); ++i) {
                compareSummary(f.value->page.topics.at(i), rows.topics.at(i));
                if (QTest::currentTestFailed())
                    return;
            }
            QCOMPARE(f.value->page.users.keys().size(), rows.users.size());
            for (const User &u : rows.users)
                compareUser(f.value->page.users.value(u.id), u);
            QCOMPARE(f.value->page.moreTopicsUrl, rows.moreTopicsUrl);
            QCOMPARE(f.value->page.canCreateTopic, rows.canCreateTopic);
            QCOMPARE(f.value->page.perPage, rows.perPage);
        }
        QCOMPARE(store.feedPage(FeedSpec::community(10), 0).error.kind, ApiError::Kind::NotFound);
        QCOMPARE(store.feedPage(FeedSpec::forTag(QStringLiteral("qt")), 0).error.kind, ApiError::Kind::NotFound);

        const auto t = store.topic(topic.id);
        QVERIFY2(t.ok(), qPrintable(t.error.message));
        compareTopicHeader(t.value->topic, topic);
        QVERIFY(t.value->topic.posts.isEmpty());
        QCOMPARE(t.value->fetchedAt, sampleTime(52));

        // Posts by id come back in the order asked for; ids never stored are left out.
        const QList<int> ask = {topic.stream.at(4), 1, topic.stream.at(0), topic.stream.at(19), topic.stream.at(30)};
        const auto byId = store.posts(topic.id, ask);
        QVERIFY(byId.ok());
        QCOMPARE(byId.value->size(), 3);
        const QList<int> expectedOrder = {4, 0, 19};
        for (int i = 0; i < 3; ++i) {
            const StoredPost &p = byId.value->at(i);
            comparePost(p.post, topic.posts.at(expectedOrder[i]));
            QCOMPARE(p.sanitizedWith, QStringLiteral("v1 remote=0"));
            QCOMPARE(p.sanitized.html, sanitized.at(expectedOrder[i]).sanitized.html);
            QCOMPARE(p.sanitized.images.size(), 1);
            QCOMPARE(p.sanitized.images.at(0).url, sanitized.at(expectedOrder[i]).sanitized.images.at(0).url);
            QCOMPARE(p.sanitized.images.at(0).width, 64);
            QCOMPARE(p.sanitized.images.at(0).height, 48);
        }
        const auto from = store.postsFrom(topic.id, 18, 5);
        QVERIFY(from.ok());
        QCOMPARE(from.value->size(), 3); // 18, 19, 20: the stored first chunk ends at 20
        QCOMPARE(from.value->at(0).post.postNumber, 18);
        QCOMPARE(from.value->at(2).post.postNumber, 20);

        for (int id : {1, 2, 3, 1000, 1001})
            compareUser(store.user(id).value.value_or(User()), sampleUser(id));
        QCOMPARE(store.user(5555).error.kind, ApiError::Kind::NotFound);

        const auto img = store.image(imageUrl);
        QVERIFY(img.ok());
        QCOMPARE(img.value->contentType, QByteArray("image/png"));
        QCOMPARE(img.value->data, png);
        QVERIFY(img.value->fetchedAt.isValid());
        QCOMPARE(store.image(QUrl(QStringLiteral("https://forum.example/other.png"))).error.kind,
                 ApiError::Kind::NotFound);

        const auto pos = store.readingPosition(topic.id);
        QVERIFY(pos.ok());
        QCOMPARE(pos.value->postNumber, 12);
        QCOMPARE(pos.value->offset, 340);
        QCOMPARE(pos.value->lastReadPostNumber, 30);
        QCOMPARE(pos.value->updatedAt, position.updatedAt);

        QVERIFY(store.isTopicOffline(topic.id));
        QVERIFY(!store.isTopicOffline(78));
        QVERIFY(store.isCommunityOffline(20));
        QVERIFY(!store.isCommunityOffline(10));
        store.setTopicOffline(topic.id, false);
        QVERIFY(store.flush());
        QVERIFY(!store.isTopicOffline(topic.id));
    }

    void refreshKeepsTheSanitizedFormWhileTheCookedHtmlIsTheSame()
    {
        QTemporaryDir dir;
        Opened o = openStore(dir.filePath(QStringLiteral("s.sqlite")));
        ForumStore &store = *o.store;
        Topic topic = sampleTopic(5, 3);
        store.putTopic(topic, sampleTime(1));
        store.putPosts(topic.id, sanitizedPosts(topic, QStringLiteral("tag")));
        QVERIFY(store.flush());

        topic.posts[0].likeCount = 99;                                  // same HTML, new counters
        topic.posts[1].cooked = QStringLiteral("<p>edited</p>");        // an edit
        store.putTopic(topic, sampleTime(2));
        QVERIFY(store.flush());
        const auto posts = store.posts(topic.id, topic.stream);
        QVERIFY(posts.ok());
        QCOMPARE(posts.value->size(), 3);
        QCOMPARE(posts.value->at(0).post.likeCount, 99);
        QVERIFY(posts.value->at(0).hasSanitized());
        QVERIFY(posts.value->at(0).sanitized.html.contains(QStringLiteral("safe 1")));
        QCOMPARE(posts.value->at(1).post.cooked, QStringLiteral("<p>edited</p>"));
        QVERIFY(!posts.value->at(1).hasSanitized()); // must be sanitized again
        QVERIFY(posts.value->at(1).sanitized.html.isEmpty());
        QVERIFY(posts.value->at(2).hasSanitized());

        // A post renumbered onto another's number (moved posts) replaces it instead of failing.
        Post moved = samplePost(5, 3);
        moved.id = 777;
        store.putPosts(topic.id, {StoredPost{moved, {}, {}}});
        QVERIFY(store.flush());
        const auto third = store.postsFrom(topic.id, 3, 5);
        QCOMPARE(third.value->size(), 1);
        QCOMPARE(third.value->at(0).post.id, 777);
    }

    // The tree and the forum's name come from two endpoints: neither write loses the other's.
    void siteNameAndCommunitiesAreWrittenApart()
    {
        QTemporaryDir dir;
        Opened o = openStore(dir.filePath(QStringLiteral("site.sqlite")));
        QVERIFY(!o.report.error);
        ForumStore &store = *o.store;
        StoredSite site;
        Community c;
        c.id = 3;
        c.name = QStringLiteral("OpenAI");
        site.communities = {c};
        store.putSite(site); // from /site.json: no name
        store.putSiteName(QStringLiteral("Aivizor"), QStringLiteral("About AI companies"));
        QVERIFY(store.flush());
        QCOMPARE(store.site().value->name, QStringLiteral("Aivizor"));
        QCOMPARE(store.site().value->communities.size(), 1);
        c.name = QStringLiteral("OpenAI (renamed)");
        site.communities = {c};
        store.putSite(site);
        store.putSiteName(QStringLiteral("Aivizor Community"), QString());
        QVERIFY(store.flush());
        const StoredSite stored = *store.site().value;
        QCOMPARE(stored.name, QStringLiteral("Aivizor Community"));
        QCOMPARE(stored.description, QStringLiteral("About AI companies"));
        QCOMPARE(stored.communities.at(0).name, QStringLiteral("OpenAI (renamed)"));
    }

    void postsByIdComeInTheOrderAskedForBeyondOneStatement()
    {
        QTemporaryDir dir;
        Opened o = openStore(dir.filePath(QStringLiteral("many.sqlite")));
        ForumStore &store = *o.store;
        const Topic topic = sampleTopic(6, 1200);
        store.putTopic(topic, sampleTime(0));
        QList<StoredPost> all;
        for (int n = 1; n <= 1200; ++n)
            all.append({samplePost(6, n), {}, {}});
        store.putPosts(topic.id, all);
        QVERIFY(store.flush());
        QList<int> reversed(topic.stream.rbegin(), topic.stream.rend());
        const auto posts = store.posts(topic.id, reversed);
        QVERIFY(posts.ok());
        QCOMPARE(posts.value->size(), 1200);
        for (int i = 0; i < 1200; ++i)
            QCOMPARE(posts.value->at(i).post.id, reversed.at(i));
        QCOMPARE(store.posts(topic.id, {}).value->size(), 0);
        QCOMPARE(store.posts(7, topic.stream.mid(0, 3)).value->size(), 0); // another topic's ids
    }

    void storingPageZeroDropsTheFeedsLaterPages()
    {
        QTemporaryDir dir;
        Opened o = openStore(dir.filePath(QStringLiteral("f.sqlite")));
        ForumStore &store = *o.store;
        const FeedSpec top = FeedSpec::top(QStringLiteral("weekly"));
        for (int page = 0; page < 3; ++page)
            store.putFeedPage(top, page, samplePage(page * 30, 30), sampleTime(page));
        store.putFeedPage(FeedSpec::top(QStringLiteral("daily")), 1, samplePage(900, 30), sampleTime(9));
        QVERIFY(store.flush());
        QVERIFY(store.feedPage(top, 2).ok());
        store.putFeedPage(top, 0, samplePage(1000, 30), sampleTime(10));
        QVERIFY(store.flush());
        QCOMPARE(store.feedPage(top, 0).value->page.topics.first().id, 1000);
        QCOMPARE(store.feedPage(top, 1).error.kind, ApiError::Kind::NotFound);
        QCOMPARE(store.feedPage(top, 2).error.kind, ApiError::Kind::NotFound);
        QVERIFY(store.feedPage(FeedSpec::top(QStringLiteral("daily")), 1).ok()); // another feed
    }

    void migratesTheVersion1StoreAfterCopyingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        writeVersion1Store(path);
        if (QTest::currentTestFailed())
            return;
        Opened o = openStore(path);
        QVERIFY2(!o.report.error, qPrintable(o.report.error.message));
        QCOMPARE(o.report.previousVersion, 1);
        QVERIFY(o.report.movedAsideTo.isEmpty());
        QVERIFY2(QFile::exists(o.report.backupPath), qPrintable(o.report.backupPath));
        QVERIFY(o.report.backupPath.startsWith(path + QStringLiteral(".v1-")));
        // The copy holds what the store holds: the owner's only, as the store is.
        QCOMPARE(QFile::permissions(o.report.backupPath) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        {
            RawDb backup(o.report.backupPath);
            QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QCOMPARE(backup.scalar(QStringLiteral("SELECT username FROM users WHERE id = 42")).toString(),
                     QStringLiteral("alice"));
            QCOMPARE(backup.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'offline_topics'")).toInt(), 0);
        }
        ForumStore &store = *o.store;
        // The old rows read through the new schema.
        QCOMPARE(store.site().value->name, QStringLiteral("Old forum"));
        QCOMPARE(store.site().value->communities.size(), 1);
        QCOMPARE(store.site().value->communities.at(0).color, QColor(QStringLiteral("#0e76bd")));
        QCOMPARE(store.user(42).value->name, QStringLiteral("Alice"));
        QCOMPARE(store.image(QUrl(QStringLiteral("https://forum.example/a.png"))).value->data,
                 QByteArray::fromHex("89504E47"));
        const auto pos = store.readingPosition(99);
        QVERIFY(pos.ok());
        QCOMPARE(pos.value->postNumber, 17);
        QCOMPARE(pos.value->offset, 120);
        QCOMPARE(pos.value->lastReadPostNumber, 0); // the column migration 2 added
        // And what version 2 added works.
        store.setTopicOffline(99, true);
        QVERIFY(store.putImage(QUrl(QStringLiteral("https://forum.example/b.png")), "image/png", "x", 99));
        QVERIFY(store.flush());
        QVERIFY(store.isTopicOffline(99));
        o.store.reset();
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), StoreSchema::CurrentVersion);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

        // An up-to-date store is not copied again.
        Opened again = openStore(path);
        QVERIFY(!again.report.error);
        QCOMPARE(again.report.previousVersion, StoreSchema::CurrentVersion);
        QVERIFY(again.report.backupPath.isEmpty());
    }

    void migratesTheVersion2StoreAfterCopyingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        writeVersion2Store(path);
        if (QTest::currentTestFailed())
            return;
        Opened o = openStore(path);
        QVERIFY2(!o.report.error, qPrintable(o.report.error.message));
        QCOMPARE(o.report.previousVersion, 2);
        QVERIFY2(QFile::exists(o.report.backupPath), qPrintable(o.report.backupPath));
        QVERIFY(o.report.backupPath.startsWith(path + QStringLiteral(".v2-")));
        {
            RawDb backup(o.report.backupPath);
            QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);
            QCOMPARE(backup.scalar(QStringLiteral("SELECT count(*) FROM offline_topics")).toInt(), 1);
            QCOMPARE(backup.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'offline_jobs'")).toInt(), 0);
        }
        ForumStore &store = *o.store;
        // What version 2 held reads through version 3.
        QVERIFY(store.isTopicOffline(99));
        QVERIFY(store.isCommunityOffline(7));
        QCOMPARE(store.readingPosition(99).value->lastReadPostNumber, 21);
        QCOMPARE(store.user(42).value->username, QStringLiteral("alice"));
        // And the offline jobs version 3 added work: a job, its topics, finishing, replacing, removing.
        QCOMPARE(store.offlineJob(7).error.kind, ApiError::Kind::NotFound);
        store.startOfflineJob(7, 50);
        store.addOfflineJobTopic(7, 99);
        store.addOfflineJobTopic(7, 100);
        store.addOfflineJobTopic(8, 101); // no job for 8: ignored
        store.startOfflineJob(9, 10);
        QVERIFY(store.flush());
        ApiResult<OfflineJob> job = store.offlineJob(7);
        QVERIFY(job.ok());
        QCOMPARE(job.value->topicLimit, 50);
        QVERIFY(job.value->startedAt.isValid());
        QVERIFY(!job.value->isFinished());
        QCOMPARE(job.value->savedTopicIds, (QSet<int>{99, 100}));
        QCOMPARE(store.offlineJob(8).error.kind, ApiError::Kind::NotFound);
        QCOMPARE(store.unfinishedOfflineJobs(), (QList<int>{7, 9}));
        store.finishOfflineJob(7);
        QVERIFY(store.flush());
        QVERIFY(store.offlineJob(7).value->isFinished());
        QCOMPARE(store.unfinishedOfflineJobs(), QList<int>{9});
        store.startOfflineJob(7, 20); // a new job starts from nothing
        QVERIFY(store.flush());
        QCOMPARE(store.offlineJob(7).value->topicLimit, 20);
        QVERIFY(store.offlineJob(7).value->savedTopicIds.isEmpty());
        store.addOfflineJobTopic(7, 99);
        store.removeOfflineJob(7);
        QVERIFY(store.flush());
        QCOMPARE(store.offlineJob(7).error.kind, ApiError::Kind::NotFound);
        QVERIFY(store.isTopicOffline(99)); // the marks stay
        o.store.reset();
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), StoreSchema::CurrentVersion);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM offline_job_topics")).toInt(), 0); // cascaded
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void refusesAStoreFromANewerVersionWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO future VALUES ('kept')")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(StoreSchema::CurrentVersion + 5)));
        }
        const QByteArray before = readFile(path);
        Opened o = openStore(path);
        QCOMPARE(o.report.error.kind, ApiError::Kind::Storage);
        QVERIFY(o.report.error.message.contains(QStringLiteral("newer version")));
        QCOMPARE(o.report.previousVersion, StoreSchema::CurrentVersion + 5);
        QVERIFY(!o.store->isOpen());
        QVERIFY(o.report.movedAsideTo.isEmpty());
        // Closed: reads say so, writes go nowhere.
        QCOMPARE(o.store->topic(1).error.kind, ApiError::Kind::Storage);
        o.store->putTopic(sampleTopic(1, 2), sampleTime(0));
        QVERIFY(!o.store->flush());
        o.store.reset();
        QCOMPARE(readFile(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("newer.sqlite")});
    }

    void movesACorruptFileAsideAndStartsAgain_data()
    {
        QTest::addColumn<QByteArray>("garbage");
        QByteArray random(64 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(8);
        for (char &c : random)
            c = char(rng.bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("text file") << QByteArray("this is not a database\n").repeated(100);
        // A valid header followed by damaged pages.
        QTest::newRow("header then garbage") << QByteArray("SQLite format 3\0", 16) + random;
    }

    void movesACorruptFileAsideAndStartsAgain()
    {
        QFETCH(QByteArray, garbage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        writeFile(path, garbage);
        Opened o = openStore(path);
        QVERIFY2(!o.report.error, qPrintable(o.report.error.message));
        QVERIFY(o.store->isOpen());
        QVERIFY(o.report.movedAsideTo.startsWith(path + QStringLiteral(".damaged-")));
        QVERIFY(o.report.notice.contains(QDir::toNativeSeparators(o.report.movedAsideTo)));
        QCOMPARE(readFile(o.report.movedAsideTo), garbage); // kept as it was, for inspection
        // The fresh store works.
        o.store->putTopic(sampleTopic(3, 4), sampleTime(0));
        QVERIFY(o.store->flush());
        QCOMPARE(o.store->topic(3).value->topic.title, sampleTopic(3, 4).title);
    }

    void aStoreFoundDamagedInUseIsReplacedOnTheNextOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("used.sqlite"));
        {
            Opened o = openStore(path);
            o.store->putTopic(sampleTopic(3, 4), sampleTime(0));
            QVERIFY(o.store->flush());
        }
        writeFile(path + QStringLiteral(".damaged"), {}); // what a write that hit SQLITE_CORRUPT leaves
        Opened o = openStore(path);
        QVERIFY(!o.report.error);
        QVERIFY(!o.report.movedAsideTo.isEmpty());
        QVERIFY(!QFile::exists(path + QStringLiteral(".damaged")));
        QCOMPARE(o.store->topic(3).error.kind, ApiError::Kind::NotFound);
    }

    void damagedBlobsAreAnErrorNotACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blob.sqlite"));
        Opened o = openStore(path);
        ForumStore &store = *o.store;
        store.putFeedPage(FeedSpec::latest(), 0, samplePage(1, 30), sampleTime(0));
        store.putTopic(sampleTopic(8, 5), sampleTime(0));
        QVERIFY(store.flush());
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE feed_pages SET rows = X'01FFFFFFFF'")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE topics SET stream = X'02'")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE posts SET details = X'0100' WHERE post_number = 2")));
        }
        QCOMPARE(store.feedPage(FeedSpec::latest(), 0).error.kind, ApiError::Kind::Storage);
        QCOMPARE(store.topic(8).error.kind, ApiError::Kind::Storage);
        QCOMPARE(store.postsFrom(8, 1, 5).error.kind, ApiError::Kind::Storage);
        QVERIFY(store.postsFrom(8, 3, 5).ok());
    }

    void codecRejectsEveryTruncationAndBitFlip()
    {
        const QList<QByteArray> blobs = {
            StoreCodec::encodeTopicPage(samplePage(1, 5)), StoreCodec::encodeTopicHeader(sampleTopic(2, 3)),
            StoreCodec::encodeStream({1, 2, 3}), StoreCodec::encodePostDetails(samplePost(1, 2)),
            StoreCodec::encodeImages({{QUrl(QStringLiteral("https://x/y.png")), 1, 2}})};
        TopicPage page;
        Topic topic;
        QList<int> ids;
        Post post;
        QList<SanitizedImage> images;
        auto decode = [&](int kind, const QByteArray &b) {
            switch (kind) {
            case 0: return StoreCodec::decodeTopicPage(b, &page);
            case 1: return StoreCodec::decodeTopicHeader(b, &topic);
            case 2: return StoreCodec::decodeStream(b, &ids);
            case 3: return StoreCodec::decodePostDetails(b, &post);
            default: return StoreCodec::decodeImages(b, &images);
            }
        };
        QRandomGenerator rng(3);
        for (int kind = 0; kind < blobs.size(); ++kind) {
            const QByteArray &blob = blobs.at(kind);
            QVERIFY(decode(kind, blob));
            for (qsizetype n = 0; n < blob.size(); ++n)
                QVERIFY2(!decode(kind, blob.left(n)), qPrintable(QStringLiteral("kind %1 cut at %2").arg(kind).arg(n)));
            // Flipped bytes may still decode to some value; what matters is no crash and no huge allocation.
            for (int i = 0; i < 2000; ++i) {
                QByteArray damaged = blob;
                damaged[rng.bounded(int(damaged.size()))] = char(rng.bounded(256));
                decode(kind, damaged);
            }
        }
        QByteArray hugeCount = StoreCodec::encodeStream({});
        hugeCount.chop(4);
        hugeCount += QByteArray::fromHex("7fffffff");
        QVERIFY(!StoreCodec::decodeStream(hugeCount, &ids));
    }

    void anImageSeenBeforeIsTiedToTheTopicSavedOffline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.sqlite"));
        Opened o = openStore(path);
        ForumStore &store = *o.store;
        const QUrl url(QStringLiteral("https://forum.example/uploads/a.png"));
        QVERIFY(store.putImage(url, "image/png", "png", 0)); // shown before, tied to no topic
        store.setTopicOffline(5, true);
        store.keepImageForTopic(url, 5);
        QVERIFY(store.flush());
        RawDb raw(path);
        const QString topicOf = QStringLiteral("SELECT topic_id FROM images");
        QCOMPARE(raw.scalar(topicOf).toInt(), 5);
        // Tied to an offline topic, it stays with that one; a later put without a topic keeps it too.
        store.keepImageForTopic(url, 6);
        QVERIFY(store.putImage(url, "image/png", "png2", 0));
        QVERIFY(store.flush());
        QCOMPARE(raw.scalar(topicOf).toInt(), 5);
        QCOMPARE(store.image(url).value->data, QByteArrayLiteral("png2"));
        // Once that topic is no longer offline, another may take the image.
        store.setTopicOffline(5, false);
        store.keepImageForTopic(url, 6);
        QVERIFY(store.flush());
        QCOMPARE(raw.scalar(topicOf).toInt(), 6);
        store.keepImageForTopic(QUrl(QStringLiteral("https://forum.example/never-stored.png")), 6);
        QVERIFY(store.flush());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM images")).toInt(), 1); // nothing made up
    }

    void evictsLeastRecentlyUsedFirstAndNeverWhatIsOffline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lru.sqlite"));
        Opened o = openStore(path);
        ForumStore &store = *o.store;
        const QString padding(20000, QLatin1Char('x')); // ~20 KB per post or row
        // Interleaved kinds, in this order of last use (oldest first).
        enum Kind { Page, TopicKind, Image };
        struct Item
        {
            Kind kind;
            int id;
            bool isProtected;
        };
        QList<Item> order;
        const int offlineCommunity = 90;
        store.setCommunityOffline(offlineCommunity, true);
        for (int i = 1; i <= 5; ++i) {
            store.putFeedPage(FeedSpec::forTag(QStringLiteral("t%1").arg(i)), 0, samplePage(i * 100, 5, padding), sampleTime(i));
            order.append({Page, i, false});
            const bool offlineTopic = i == 1;            // the oldest topic is marked offline
            const int category = i == 2 ? offlineCommunity : 5; // one lives in an offline community
            store.putTopic(sampleTopic(i, 5, category, padding), sampleTime(i));
            if (offlineTopic)
                store.setTopicOffline(i, true);
            order.append({TopicKind, i, offlineTopic || category == offlineCommunity});
            QVERIFY(store.putImage(QUrl(QStringLiteral("https://forum.example/i%1.png").arg(i)), "image/png",
                                   QByteArray(60000, char('a' + i)), i == 1 ? 1 : 0));
            order.append({Image, i, i == 1}); // saved for the offline topic
        }
        store.putFeedPage(FeedSpec::community(offlineCommunity), 0, samplePage(9000, 5, padding), sampleTime(9));
        QVERIFY(store.flush());
        // Reading makes an item recently used: the two oldest unprotected ones move to the end.
        QVERIFY(store.feedPage(FeedSpec::forTag(QStringLiteral("t1")), 0).ok());
        QVERIFY(store.image(QUrl(QStringLiteral("https://forum.example/i2.png"))).ok());
        order.append(order.takeAt(0));
        const qsizetype i2 = std::find_if(order.begin(), order.end(), [](const Item &it) {
                                 return it.kind == Image && it.id == 2;
                             }) - order.begin();
        order.append(order.takeAt(i2));
        QVERIFY(store.flush());

        auto present = [&store](const Item &it) {
            switch (it.kind) {
            case Page: return store.feedPage(FeedSpec::forTag(QStringLiteral("t%1").arg(it.id)), 0).ok();
            case TopicKind: return store.topic(it.id).ok();
            case Image: return store.image(QUrl(QStringLiteral("https://forum.example/i%1.png").arg(it.id))).ok();
            }
            return false;
        };
        const qint64 used = store.usedBytes();
        QVERIFY(used > 1000000);
        QSignalSpy evicted(&store, &ForumStore::evicted);
        const qint64 cap = used / 2;
        store.setDiskCap(cap);
        QVERIFY(evicted.wait(10000));
        QVERIFY(evicted.at(0).at(0).toInt() > 0);
        QVERIFY2(store.usedBytes() <= cap, qPrintable(QStringLiteral("%1 > %2").arg(store.usedBytes()).arg(cap)));

        // What went is exactly the oldest run of unprotected items; everything protected stayed.
        QStringList state;
        bool survivorSeen = false;
        int gone = 0, kept = 0;
        for (const Item &it : order) {
            // Checking presence reads, which touches; the store is below its cap, so nothing more goes.
            const bool here = present(it);
            state << QStringLiteral("%1%2:%3%4").arg("PTI"[it.kind]).arg(it.id).arg(here ? "kept" : "gone")
                                                .arg(it.isProtected ? "(offline)" : "");
            if (it.isProtected) {
                QVERIFY2(here, qPrintable(state.join(QLatin1Char(' '))));
                continue;
            }
            if (here) {
                survivorSeen = true;
                ++kept;
            } else {
                QVERIFY2(!survivorSeen, qPrintable(state.join(QLatin1Char(' '))));
                ++gone;
            }
        }
        QVERIFY2(gone > 0 && kept > 0, qPrintable(state.join(QLatin1Char(' '))));
        QVERIFY(store.feedPage(FeedSpec::community(offlineCommunity), 0).ok());
        // The posts of evicted topics went with them.
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM posts WHERE topic_id NOT IN (SELECT id FROM topics)")).toInt(), 0);
        // The file itself shrank (incremental vacuum), not only the pages in use.
        QTRY_VERIFY_WITH_TIMEOUT(raw.scalar(QStringLiteral("PRAGMA freelist_count")).toInt() == 0, 5000);
    }

    // A process killed with SIGKILL in the middle of writing leaves a store that opens as it is (not
    // moved aside), passes PRAGMA integrity_check and reads what was committed; at several points.
    void killedWriterLeavesAnIntactStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
        for (const int delayMs : {0, 37, 120, 310}) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-until-killed"), path});
            QVERIFY(child.waitForStarted(10000));
            QVERIFY(QTest::qWaitFor([&child] { return child.canReadLine() || child.state() == QProcess::NotRunning; },
                                    30000));
            QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
            // The writer is between or inside transactions now; the delay varies where.
            QTest::qWait(delayMs);
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            Opened o = openStore(path);
            QVERIFY2(!o.report.error, qPrintable(o.report.error.message));
            QVERIFY2(o.report.movedAsideTo.isEmpty(), qPrintable(o.report.movedAsideTo));
            // The first round was committed before "ready": it is all there.
            QVERIFY(o.store->topic(100).ok());
            QCOMPARE(o.store->postsFrom(100, 1, 50).value->size(), 12);
            QVERIFY(o.store->feedPage(FeedSpec::latest(), 0).ok());
            QVERIFY(o.store->image(QUrl(QStringLiteral("https://forum.example/img/119.png"))).ok());
            o.store.reset();
            RawDb raw(path);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        }
    }

    void aFullDiskReportsAnErrorAndLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full.sqlite"));
        Opened o = openStore(path);
        ForumStore &store = *o.store;
        QSignalSpy failed(&store, &ForumStore::writeFailed);
        // Everything stored is marked offline, so the cap cannot make room by evicting.
        store.setCommunityOffline(5, true);
        for (int id = 1; id <= 10; ++id)
            store.putTopic(sampleTopic(id, 30), sampleTime(id));
        store.putFeedPage(FeedSpec::community(5), 0, samplePage(1, 30), sampleTime(0));
        QVERIFY(store.flush());
        QSignalSpy evicted(&store, &ForumStore::evicted);
        // The hard limit (max_page_count) is then cap + 4 MiB: the store is full at about 4 MiB.
        store.setDiskCap(1);
        QVERIFY(evicted.wait(10000));
        QCOMPARE(evicted.at(0).at(0).toInt(), 0);

        QVERIFY(store.putImage(QUrl(QStringLiteral("https://forum.example/big.png")), "image/png",
                               QByteArray(6 * 1024 * 1024, 'z')));
        store.putTopic(sampleTopic(11, 3), sampleTime(11)); // in the same batch: still saved
        QVERIFY(!store.flush());
        QTRY_COMPARE(failed.count(), 1); // queued from the writer thread
        const ApiError error = failed.at(0).at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Storage);
        QVERIFY2(error.message.contains(QStringLiteral("no room")), qPrintable(error.message));

        QCOMPARE(store.image(QUrl(QStringLiteral("https://forum.example/big.png"))).error.kind, ApiError::Kind::NotFound);
        for (int id = 1; id <= 11; ++id) {
            const auto t = store.topic(id);
            QVERIFY2(t.ok(), qPrintable(QString::number(id)));
            QCOMPARE(store.posts(id, t.value->topic.stream).value->size(), std::min(20, t.value->topic.postsCount));
        }
        QVERIFY(store.feedPage(FeedSpec::community(5), 0).ok());
        // Small writes still fit, and the file is sound.
        store.putReadingPosition(3, ReadingPosition{4, 5, 6, sampleTime(0)});
        QVERIFY(store.flush());
        QCOMPARE(store.readingPosition(3).value->offset, 5);
        o.store.reset();
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
};

// `tst_store --write-until-killed PATH`: the child of killedWriterLeavesAnIntactStore. Writes
// topics, posts, pages and images in bursts, for ever; says "ready" once the first is committed.
static int writeUntilKilled(const QString &path)
{
    ForumStore store;
    if (store.open(path).error)
        return 1;
    for (int round = 1;; ++round) {
        for (int i = 0; i < 20; ++i) {
            const int id = round * 100 + i;
            const Topic topic = sampleTopic(id, 12, 5, QString(200, QLatin1Char('x')));
            store.putTopic(topic, sampleTime(round));
            store.putFeedPage(FeedSpec::latest(), i % 5, samplePage(id, 30), sampleTime(round));
            store.putImage(QUrl(QStringLiteral("https://forum.example/img/%1.png").arg(id)), "image/png",
                           QByteArray(4096, char(i)), id);
        }
        store.flush();
        if (round == 1) {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
        }
    }
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--write-until-killed") == 0) {
        QCoreApplication app(argc, argv);
        return writeUntilKilled(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_store.moc"
