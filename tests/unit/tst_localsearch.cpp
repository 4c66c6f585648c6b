#include "lib/search/localsearch.h"
#include "lib/search/storesearcher.h"
#include "lib/store/forumstore.h"
#include "lib/store/storeschema.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Aivizor;

namespace {

QDateTime at(int day, int minute = 0)
{
    return QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC).addDays(day).addSecs(minute * 60);
}

struct PostText
{
    QString username;
    QString cooked;
};

// A topic with one post per text, post n written n minutes after the topic's day.
Topic makeTopic(int id, const QString &title, int categoryId, const QStringList &tags, int day,
                const QList<PostText> &texts, bool closed = false)
{
    Topic t;
    t.id = id;
    t.title = title;
    t.slug = QStringLiteral("topic-%1").arg(id);
    t.categoryId = categoryId;
    t.tags = tags;
    t.closed = closed;
    t.postsCount = int(texts.size());
    t.highestPostNumber = t.postsCount;
    t.chunkSize = 20;
    t.createdAt = at(day);
    for (int n = 1; n <= texts.size(); ++n) {
        Post p;
        p.id = id * 100 + n;
        p.topicId = id;
        p.postNumber = n;
        p.username = texts.at(n - 1).username;
        p.name = texts.at(n - 1).username.toUpper();
        p.createdAt = at(day, n);
        p.cooked = texts.at(n - 1).cooked;
        p.likeCount = n;
        t.stream.append(p.id);
        t.posts.append(p);
    }
    return t;
}

Community community(int id, int parentId, const QString &slug, const QString &name)
{
    Community c;
    c.id = id;
    c.parentId = parentId;
    c.slug = slug;
    c.name = name;
    return c;
}

// A connection of the test's own to the store file, as the search thread opens one.
class Connection
{
public:
    explicit Connection(const QString &path) : m_name(QStringLiteral("search-%1").arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return m_db; }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("error: ") + q.lastError().text();
        return q.value(0);
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
};

LocalSearchPage search(const QString &path, const QString &query, int page = 1)
{
    Connection c(path);
    const ApiResult<LocalSearchPage> result = LocalSearch::run({{QStringLiteral("forum"), c.db()}},
                                                               SearchQuery::parse(query), page);
    if (!result.ok())
        qWarning() << "search failed:" << result.error.message;
    return result.value.value_or(LocalSearchPage());
}

QList<int> topicIds(const LocalSearchPage &page)
{
    QList<int> ids;
    for (const LocalSearchHit &hit : page.hits)
        ids.append(hit.post.topicId);
    return ids;
}

// The forum the tests search: communities (one with a subcommunity), tags, German and Russian
// text, two closed topics, posts on several days.
void fillForum(ForumStore &store)
{
    StoredSite site;
    site.communities = {community(1, 0, QStringLiteral("hardware"), QStringLiteral("Hardware")),
                        community(2, 1, QStringLiteral("gpus"), QStringLiteral("GPUs")),
                        community(3, 0, QStringLiteral("software"), QStringLiteral("Software"))};
    store.putSite(site);
    store.putTopic(makeTopic(1, QStringLiteral("Quantization of large models"), 3, {QStringLiteral("llm")}, 1,
                             {{QStringLiteral("alice"), QStringLiteral("<p>Which bits matter when you quantize?</p>")},
                              {QStringLiteral("bob"), QStringLiteral("<p>Eight bits are fine for most layers.</p>")}}),
                   at(30));
    store.putTopic(makeTopic(2, QStringLiteral("Cooling a workstation"), 2, {QStringLiteral("fans"), QStringLiteral("llm")}, 2,
                             {{QStringLiteral("bob"), QStringLiteral("<p>My card gets hot. Notes on quantization of heat?</p>")},
                              {QStringLiteral("carol"), QStringLiteral("<p>Grüße aus <b>München</b>: the café fan is loud.</p>")}}),
                   at(30));
    store.putTopic(makeTopic(3, QStringLiteral("Привет, форум"), 1, {}, 3,
                             {{QStringLiteral("dmitri"), QStringLiteral("<p>Квантование моделей работает хорошо.</p>")},
                              {QStringLiteral("alice"), QStringLiteral("<p>the heat sink is big, the fan is small</p>")}}),
                   at(30));
    store.putTopic(makeTopic(4, QStringLiteral("Closed: old drivers"), 3, {}, 4,
                             {{QStringLiteral("carol"), QStringLiteral("<p>The fan is small and the heat sink big.</p>")}},
                             true),
                   at(30));
}

} // namespace

class TestLocalSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("forum.sqlite"));
        ForumStore store;
        QVERIFY(!store.open(m_path).error);
        fillForum(store);
        QVERIFY(store.flush());
    }

    void ranksTitleMatchesFirstAndMatchesWordsByPrefix()
    {
        // "quantiz" is a prefix of the title word of topic 1 and of a body word of topic 2.
        const LocalSearchPage page = search(m_path, QStringLiteral("quantiz"));
        QCOMPARE(topicIds(page), (QList<int>{1, 2}));
        QCOMPARE(page.hits.at(0).post.postNumber, 1);
        QVERIFY(!page.hasMore);
        // The values the forum's search gives, from the store.
        const LocalSearchHit &hit = page.hits.at(1);
        QCOMPARE(hit.forumKey, QStringLiteral("forum"));
        QCOMPARE(hit.post.username, QStringLiteral("bob"));
        QCOMPARE(hit.post.name, QStringLiteral("BOB"));
        QCOMPARE(hit.post.createdAt, at(2, 1));
        QCOMPARE(hit.topic.title, QStringLiteral("Cooling a workstation"));
        QCOMPARE(hit.communityName, QStringLiteral("GPUs"));
        // The blurb is the post's text around the match, without its HTML.
        QVERIFY2(hit.post.blurb.contains(QStringLiteral("quantization of heat")), qPrintable(hit.post.blurb));
        QVERIFY(!hit.post.blurb.contains(QLatin1Char('<')));
        // Words shorter than three letters are not searched; operators the store cannot answer are left out.
        QCOMPARE(topicIds(search(m_path, QStringLiteral("quantiz of in:likes"))), (QList<int>{1, 2}));
    }

    void everyWordMustMatchAndAPhraseMatchesInOrder()
    {
        QCOMPARE(topicIds(search(m_path, QStringLiteral("heat sink order:latest"))), (QList<int>{4, 3}));
        // "heat sink" as a phrase: both have it; "sink heat" is in neither.
        QCOMPARE(search(m_path, QStringLiteral("\"heat sink\"")).hits.size(), 2);
        QVERIFY(search(m_path, QStringLiteral("\"sink heat\"")).hits.isEmpty());
        QCOMPARE(topicIds(search(m_path, QStringLiteral("fan \"is loud\""))), (QList<int>{2}));
        QVERIFY(search(m_path, QStringLiteral("quantiz nowhereword")).hits.isEmpty());
    }

    void foldsCaseAndAccentsInLatinAndCyrillic()
    {
        QCOMPARE(topicIds(search(m_path, QStringLiteral("munchen"))), (QList<int>{2}));
        QCOMPARE(topicIds(search(m_path, QStringLiteral("MÜNCHEN"))), (QList<int>{2}));
        QCOMPARE(topicIds(search(m_path, QStringLiteral("cafe"))), (QList<int>{2}));
        QCOMPARE(topicIds(search(m_path, QStringLiteral("ПРИВЕТ"))), (QList<int>{3}));
        // A prefix covers a Russian word's ending ("квантование").
        const LocalSearchPage page = search(m_path, QStringLiteral("квантован"));
        QCOMPARE(topicIds(page), (QList<int>{3}));
        QVERIFY2(page.hits.at(0).post.blurb.contains(QStringLiteral("Квантование моделей")), qPrintable(page.hits.at(0).post.blurb));
    }

    void answersTheFiltersTheStoreHolds()
    {
        QCOMPARE(topicIds(search(m_path, QStringLiteral("fan @carol order:latest"))), (QList<int>{4, 2}));
        QCOMPARE(topicIds(search(m_path, QStringLiteral("@ALICE"))), (QList<int>{3, 1})); // no words: newest first
        // A community includes its subcommunities; parent:child names one.
        QCOMPARE(topicIds(search(m_path, QStringLiteral("fan #hardware order:latest"))), (QList<int>{3, 2}));
        QCOMPARE(topicIds(search(m_path, QStringLiteral("fan #hardware:gpus"))), (QList<int>{2}));
        QVERIFY(search(m_path, QStringLiteral("fan #nosuchplace")).hits.isEmpty());
        QCOMPARE(topicIds(search(m_path, QStringLiteral("tags:llm order:latest"))), (QList<int>{2, 1}));
        QCOMPARE(topicIds(search(m_path, QStringLiteral("tags:fans,nothing"))), (QList<int>{2}));
        // in:title looks at titles only.
        QCOMPARE(topicIds(search(m_path, QStringLiteral("quantiz in:title"))), (QList<int>{1}));
        QCOMPARE(topicIds(search(m_path, QStringLiteral("fan status:closed"))), (QList<int>{4}));
        QCOMPARE(topicIds(search(m_path, QStringLiteral("fan status:open order:latest"))), (QList<int>{3, 2}));
        // Dates are whole days, as on the forum: after:D starts the day after D, before:D ends before D.
        QCOMPARE(topicIds(search(m_path, QStringLiteral("fan after:2026-03-04"))), (QList<int>{4}));
        QCOMPARE(topicIds(search(m_path, QStringLiteral("fan before:2026-03-04 order:latest"))), (QList<int>{2}));
        // order:latest puts the newest matching post first.
        QCOMPARE(topicIds(search(m_path, QStringLiteral("fan order:latest"))), (QList<int>{4, 3, 2}));
    }

    void pagesThroughManyResultsWithoutRepeats()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.sqlite"));
        {
            ForumStore store;
            QVERIFY(!store.open(path).error);
            for (int id = 1; id <= 45; ++id)
                store.putTopic(makeTopic(id, QStringLiteral("Topic %1").arg(id), 1, {}, id,
                                         {{QStringLiteral("alice"), QStringLiteral("<p>common words here %1</p>").arg(id)},
                                          {QStringLiteral("bob"), QStringLiteral("<p>common again</p>")}}),
                               at(60));
            QVERIFY(store.flush());
        }
        QSet<int> seen;
        const int sizes[] = {20, 20, 5};
        for (int page = 1; page <= 3; ++page) {
            const LocalSearchPage p = search(path, QStringLiteral("common"), page);
            QCOMPARE(p.hits.size(), sizes[page - 1]);
            QCOMPARE(p.hasMore, page < 3);
            for (int id : topicIds(p)) {
                QVERIFY2(!seen.contains(id), qPrintable(QString::number(id)));
                seen.insert(id);
            }
        }
        QCOMPARE(seen.size(), 45); // one post per topic, every topic once
        QVERIFY(search(path, QStringLiteral("common"), 4).hits.isEmpty());
    }

    void evictedTopicsLeaveTheIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evict.sqlite"));
        ForumStore store;
        QVERIFY(!store.open(path).error);
        const QString padding = QStringLiteral("<p>%1</p>").arg(QString(20000, QLatin1Char('x')));
        for (int id = 1; id <= 40; ++id)
            store.putTopic(makeTopic(id, QStringLiteral("Topic %1").arg(id), 1, {}, id,
                                     {{QStringLiteral("alice"), QStringLiteral("<p>evictable unique%1</p>").arg(id) + padding}}),
                           at(60));
        store.setTopicOffline(1, true);
        QVERIFY(store.flush());
        QCOMPARE(search(path, QStringLiteral("evictable")).hits.size(), 20);
        QSignalSpy evicted(&store, &ForumStore::evicted);
        store.setDiskCap(store.usedBytes() / 2);
        QVERIFY(evicted.wait(10000));
        QVERIFY(evicted.at(0).at(0).toInt() > 0);

        Connection c(path);
        // The index holds exactly the posts still stored, and FTS5 finds it consistent.
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM search_posts")).toInt(),
                 c.scalar(QStringLiteral("SELECT count(*) FROM posts")).toInt());
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM post_search_docsize")).toInt(),
                 c.scalar(QStringLiteral("SELECT count(*) FROM posts")).toInt());
        QSqlQuery check(c.db());
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO post_search (post_search, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
        int gone = 0;
        for (int id = 1; id <= 40; ++id) {
            const bool stored = store.topic(id).ok();
            // Quoted: "unique1" alone would also find unique10 by prefix.
            const bool found = !search(path, QStringLiteral("\"unique%1\"").arg(id)).hits.isEmpty();
            QCOMPARE(found, stored);
            gone += stored ? 0 : 1;
        }
        QVERIFY(gone > 0);
        QVERIFY(store.topic(1).ok()); // marked offline: kept, and still found
    }

    void migratingAVersion4StoreBuildsTheIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            ForumStore store;
            QVERIFY(!store.open(path).error);
            fillForum(store);
            QVERIFY(store.flush());
        }
        {
            // What version 4 was: the same store without what migration 5 added.
            Connection c(path);
            QSqlQuery q(c.db());
            for (const char *sql : {"DROP TABLE post_search", "DROP TABLE search_posts", "DROP TABLE search_topics",
                                    "PRAGMA user_version = 4"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'search%'")).toInt(), 0);
        }
        ForumStore store;
        const StoreOpenReport report = store.open(path);
        QVERIFY2(!report.error, qPrintable(report.error.message));
        QCOMPARE(report.previousVersion, 4);
        QVERIFY(!report.backupPath.isEmpty());
        Connection c(path);
        QCOMPARE(c.scalar(QStringLiteral("PRAGMA user_version")).toInt(), StoreSchema::CurrentVersion);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM search_posts")).toInt(), 7);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM search_topics")).toInt(), 4);
        // The same answers as a store indexed while writing.
        QCOMPARE(topicIds(search(path, QStringLiteral("quantiz"))), (QList<int>{1, 2}));
        QCOMPARE(topicIds(search(path, QStringLiteral("quantiz in:title"))), (QList<int>{1}));
        QCOMPARE(topicIds(search(path, QStringLiteral("fan #hardware tags:fans"))), (QList<int>{2}));
        // And writes after the migration keep indexing.
        store.putTopic(makeTopic(9, QStringLiteral("Written after migrating"), 3, {}, 9,
                                 {{QStringLiteral("erin"), QStringLiteral("<p>postmigration text</p>")}}),
                       at(30));
        QVERIFY(store.flush());
        QCOMPARE(topicIds(search(path, QStringLiteral("postmigration"))), (QList<int>{9}));
    }

    void aChangedPostIsSearchedByItsNewText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edit.sqlite"));
        ForumStore store;
        QVERIFY(!store.open(path).error);
        Topic t = makeTopic(1, QStringLiteral("First title"), 1, {}, 1,
                            {{QStringLiteral("alice"), QStringLiteral("<p>original wording</p>")}});
        store.putTopic(t, at(30));
        QVERIFY(store.flush());
        t.title = QStringLiteral("Renamed heading");
        t.posts[0].cooked = QStringLiteral("<p>edited wording</p>");
        store.putTopic(t, at(31));
        QVERIFY(store.flush());
        QVERIFY(search(path, QStringLiteral("original")).hits.isEmpty());
        QVERIFY(search(path, QStringLiteral("first in:title")).hits.isEmpty());
        QCOMPARE(topicIds(search(path, QStringLiteral("edited"))), (QList<int>{1}));
        QCOMPARE(topicIds(search(path, QStringLiteral("renamed in:title"))), (QList<int>{1}));
        Connection c(path);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM post_search_docsize")).toInt(), 1);
    }

    // Two forums, one search on the search thread: merged newest first, each hit naming its forum.
    void searchesSeveralStoresMergedByDate()
    {
        QTemporaryDir dir;
        const QString second = dir.filePath(QStringLiteral("second.sqlite"));
        {
            ForumStore store;
            QVERIFY(!store.open(second).error);
            for (int id = 1; id <= 3; ++id)
                store.putTopic(makeTopic(id, QStringLiteral("Elsewhere %1").arg(id), 1, {}, id * 2 - 1,
                                         {{QStringLiteral("zed"), QStringLiteral("<p>another fan story</p>")}}),
                               at(30));
            QVERIFY(store.flush());
        }
        LocalSearch local;
        local.setSources({{QStringLiteral("first.example"), m_path}, {QStringLiteral("second.example"), second}});
        std::optional<ApiResult<LocalSearchPage>> answer;
        local.search(SearchQuery::parse(QStringLiteral("fan")), 1, this,
                     [&answer](const ApiResult<LocalSearchPage> &result) { answer = result; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY2(answer->ok(), qPrintable(answer->error.message));
        QStringList got;
        for (const LocalSearchHit &hit : answer->value->hits)
            got.append(QStringLiteral("%1:%2").arg(hit.forumKey.left(1)).arg(hit.post.topicId));
        // first: topics 2 (day 2), 3 (day 3, its second post), 4 (day 4); second: 1, 2, 3 (days 1, 3, 5).
        QCOMPARE(got, (QStringList{QStringLiteral("s:3"), QStringLiteral("f:4"), QStringLiteral("f:3"),
                                   QStringLiteral("s:2"), QStringLiteral("f:2"), QStringLiteral("s:1")}));
        for (int i = 1; i < answer->value->hits.size(); ++i)
            QVERIFY(answer->value->hits.at(i - 1).post.createdAt >= answer->value->hits.at(i).post.createdAt);

        // A cancelled search never answers.
        bool called = false;
        const quint64 id = local.search(SearchQuery::parse(QStringLiteral("fan")), 1, this,
                                        [&called](const ApiResult<LocalSearchPage> &) { called = true; });
        local.cancel(id);
        answer.reset();
        local.search(SearchQuery::parse(QStringLiteral("story")), 1, this,
                     [&answer](const ApiResult<LocalSearchPage> &result) { answer = result; });
        QTRY_VERIFY(answer.has_value()); // searches run in order: the cancelled one is behind us
        QVERIFY(!called);
        QCOMPARE(answer->value->hits.size(), 3);
    }

    // FTS5 syntax in what is typed is searched as text, never run.
    void queryTextCannotInjectFts5Syntax()
    {
        QCOMPARE(StoreSearcher::matchExpression(SearchQuery::parse(QStringLiteral("fan* OR NEAR(x) body:heat"))),
                 QStringLiteral("\"fan\"* AND \"NEAR\"* AND \"x\""));
        QVERIFY(search(m_path, QStringLiteral("\"unbalanced")).hits.isEmpty());
        // "AND" is a word like any other here: only topic 4 has "and".
        QCOMPARE(topicIds(search(m_path, QStringLiteral("fan) AND (heat"))), (QList<int>{4}));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestLocalSearch)
#include "tst_localsearch.moc"
