#include "lib/store/forumstore.h"

#include "lib/store/searchindex.h"
#include "lib/store/storecodec.h"
#include "lib/store/storesql.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

namespace Aivizor {

namespace {

ApiError storageError(const QString &message)
{
    return ApiError::fromKind(ApiError::Kind::Storage, message);
}

template<typename T>
ApiResult<T> notFound()
{
    return ApiResult<T>::failure(ApiError::fromKind(
        ApiError::Kind::NotFound,
        QCoreApplication::translate("Aivizor::ForumStore", "There is no saved copy of this yet.")));
}

template<typename T>
ApiResult<T> closedStore()
{
    return ApiResult<T>::failure(
        storageError(QCoreApplication::translate("Aivizor::ForumStore", "The saved copy of this forum is not open.")));
}

template<typename T>
ApiResult<T> readFailed(const QSqlError &error)
{
    return ApiResult<T>::failure(storageError(
        QCoreApplication::translate("Aivizor::ForumStore", "Could not read the saved copy of this forum: %1").arg(error.text())));
}

template<typename T>
ApiResult<T> damaged()
{
    return ApiResult<T>::failure(storageError(
        QCoreApplication::translate("Aivizor::ForumStore", "This part of the saved copy is damaged; it will be fetched again.")));
}

// The feed's identity in the store; the slug is cosmetic and left out.
QString feedKey(const FeedSpec &feed)
{
    switch (feed.kind) {
    case FeedSpec::Kind::Latest:
        return QStringLiteral("latest");
    case FeedSpec::Kind::Top:
        return QStringLiteral("top/") + feed.topPeriod;
    case FeedSpec::Kind::Community:
        return QStringLiteral("c/") + QString::number(feed.communityId);
    case FeedSpec::Kind::Tag:
        return QStringLiteral("tag/") + feed.tag;
    case FeedSpec::Kind::New:
        return QStringLiteral("new");
    case FeedSpec::Kind::Unread:
        return QStringLiteral("unread");
    }
    return {};
}

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString colorText(const QColor &c)
{
    return c.isValid() ? c.name(QColor::HexArgb) : QString(QLatin1String(""));
}

QColor textColor(const QString &s)
{
    return s.isEmpty() ? QColor() : QColor(s);
}

QSqlError upsertUsers(QSqlDatabase &db, const QList<User> &users, qint64 seenAt)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (id, username, name, avatar_template, seen_at) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET username = excluded.username, name = excluded.name,"
                             " avatar_template = excluded.avatar_template, seen_at = excluded.seen_at"));
    for (const User &u : users) {
        if (u.id == 0 || u.username.isEmpty()) // unresolved references carry no user
            continue;
        q.addBindValue(u.id);
        q.addBindValue(u.username);
        q.addBindValue(StoreSql::text(u.name));
        q.addBindValue(StoreSql::text(u.avatarTemplate));
        q.addBindValue(seenAt);
        if (!q.exec())
            return q.lastError();
    }
    return {};
}

// Writes posts and their search index rows, the statements prepared once per job. With no
// sanitized form given, the stored one survives while the cooked HTML is the same.
class PostUpsert
{
public:
    explicit PostUpsert(QSqlDatabase &db) : m_clash(db), m_insert(db), m_index(db)
    {
        // A post renumbered onto another's number (moved posts) replaces that one.
        m_clash.prepare(QStringLiteral("DELETE FROM posts WHERE topic_id = ? AND post_number = ? AND id <> ?"));
        m_insert.prepare(QStringLiteral(
            "INSERT INTO posts (id, topic_id, post_number, cooked, details, sanitized, sanitized_images, sanitized_with)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET topic_id = excluded.topic_id,"
            " post_number = excluded.post_number, details = excluded.details,"
            " sanitized = CASE WHEN excluded.sanitized_with IS NULL AND cooked = excluded.cooked THEN sanitized"
            "   ELSE excluded.sanitized END,"
            " sanitized_images = CASE WHEN excluded.sanitized_with IS NULL AND cooked = excluded.cooked"
            "   THEN sanitized_images ELSE excluded.sanitized_images END,"
            " sanitized_with = CASE WHEN excluded.sanitized_with IS NULL AND cooked = excluded.cooked"
            "   THEN sanitized_with ELSE excluded.sanitized_with END,"
            " cooked = excluded.cooked"));
    }

    // title: the topic's, for the index of post 1.
    QSqlError write(int topicId, const StoredPost &p, const QString &title)
    {
        m_clash.addBindValue(topicId);
        m_clash.addBindValue(p.post.postNumber);
        m_clash.addBindValue(p.post.id);
        if (!m_clash.exec())
            return m_clash.lastError();
        m_insert.addBindValue(p.post.id);
        m_insert.addBindValue(topicId);
        m_insert.addBindValue(p.post.postNumber);
        m_insert.addBindValue(StoreSql::text(p.post.cooked));
        m_insert.addBindValue(StoreCodec::encodePostDetails(p.post));
        if (p.hasSanitized()) {
            m_insert.addBindValue(p.sanitized.html);
            m_insert.addBindValue(StoreCodec::encodeImages(p.sanitized.images));
            m_insert.addBindValue(p.sanitizedWith);
        } else {
            m_insert.addBindValue(QVariant(QMetaType::fromType<QString>()));
            m_insert.addBindValue(QVariant(QMetaType::fromType<QByteArray>()));
            m_insert.addBindValue(QVariant(QMetaType::fromType<QString>()));
        }
        if (const QSqlError error = StoreSql::exec(m_insert); error.isValid())
            return error;
        return m_index.writePost(topicId, p.post, title);
    }

    SearchIndex &index() { return m_index; }

private:
    QSqlQuery m_clash;
    QSqlQuery m_insert;
    SearchIndex m_index;
};

const char PostColumns[] =
    "SELECT id, post_number, cooked, details, sanitized, sanitized_images, sanitized_with FROM posts ";

bool readPost(const QSqlQuery &q, int topicId, StoredPost *out)
{
    StoredPost p;
    p.post.id = q.value(0).toInt();
    p.post.topicId = topicId;
    p.post.postNumber = q.value(1).toInt();
    p.post.cooked = q.value(2).toString();
    if (!StoreCodec::decodePostDetails(q.value(3).toByteArray(), &p.post))
        return false;
    p.sanitizedWith = q.value(6).toString();
    if (p.hasSanitized()) {
        p.sanitized.html = q.value(4).toString();
        if (!StoreCodec::decodeImages(q.value(5).toByteArray(), &p.sanitized.images))
            return false;
    }
    *out = std::move(p);
    return true;
}

} // namespace

ForumStore::ForumStore(QObject *parent)
    : QObject(parent),
      m_readerName(QStringLiteral("aivizor-store-%1").arg(quintptr(this), 0, 16))
{
    m_writer = std::make_unique<StoreWriter>(m_readerName + QStringLiteral("-writer"));
    m_writer->moveToThread(&m_thread);
    connect(m_writer.get(), &StoreWriter::writeFailed, this, &ForumStore::writeFailed);
    connect(m_writer.get(), &StoreWriter::evicted, this, &ForumStore::evicted);
    m_thread.setObjectName(QStringLiteral("ForumStore writer"));
    m_thread.start();
}

ForumStore::~ForumStore()
{
    close();
    m_thread.quit();
    m_thread.wait();
}

QString ForumStore::defaultPath(const QString &forumKey)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/store/") + forumKey
           + QStringLiteral(".sqlite");
}

StoreOpenReport ForumStore::open(const QString &path)
{
    close();
    StoreOpenReport report;
    QMetaObject::invokeMethod(
        m_writer.get(), [&] { report = m_writer->open(path, m_diskCap); }, Qt::BlockingQueuedConnection);
    if (report.error)
        return report;
    m_reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_readerName);
    m_reader.setDatabaseName(path);
    QSqlError error;
    if (!m_reader.open())
        error = m_reader.lastError();
    // This connection only reads: every write goes through the worker.
    for (const char *pragma : {"PRAGMA query_only = 1", "PRAGMA cache_size = -2048"}) {
        if (!error.isValid())
            error = StoreSql::exec(m_reader, QString::fromLatin1(pragma));
    }
    if (error.isValid()) {
        close();
        report.error = storageError(tr("Cannot open the saved copy of this forum: %1").arg(error.text()));
        return report;
    }
    m_path = path;
    return report;
}

void ForumStore::close()
{
    if (m_reader.isValid()) {
        m_reader.close();
        m_reader = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_readerName);
    }
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_writer.get(), &StoreWriter::close, Qt::BlockingQueuedConnection);
    m_path.clear();
}

void ForumStore::setDiskCap(qint64 bytes)
{
    m_diskCap = bytes;
    m_writer->setDiskCap(bytes);
}

qint64 ForumStore::diskUsage() const
{
    if (m_path.isEmpty())
        return 0;
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

qint64 ForumStore::usedBytes() const
{
    if (!isOpen())
        return 0;
    QSqlDatabase db = m_reader;
    QSqlError error;
    const qint64 pages = StoreSql::scalar(db, QStringLiteral("PRAGMA page_count"), &error).toLongLong();
    const qint64 free = StoreSql::scalar(db, QStringLiteral("PRAGMA freelist_count"), &error).toLongLong();
    const qint64 pageSize = StoreSql::scalar(db, QStringLiteral("PRAGMA page_size"), &error).toLongLong();
    return (pages - free) * pageSize;
}

qint64 ForumStore::nextAccessTick() const
{
    m_lastTick = std::max(QDateTime::currentMSecsSinceEpoch() * 1000, m_lastTick + 1);
    return m_lastTick;
}

void ForumStore::enqueue(StoreWriter::Job job)
{
    if (isOpen())
        m_writer->enqueue(std::move(job));
}

void ForumStore::touch(const char *sql, const QVariant &key, const QVariant &key2) const
{
    const qint64 tick = nextAccessTick();
    const QString statement = QString::fromLatin1(sql);
    m_writer->enqueue([statement, tick, key, key2](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(statement);
        q.addBindValue(tick);
        q.addBindValue(key);
        if (key2.isValid())
            q.addBindValue(key2);
        return StoreSql::exec(q);
    });
}

// --- reads -------------------------------------------------------------------------------------

ApiResult<StoredSite> ForumStore::site() const
{
    if (!isOpen())
        return closedStore<StoredSite>();
    StoredSite site;
    QSqlQuery meta(m_reader);
    if (!meta.exec(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'site.%'")))
        return readFailed<StoredSite>(meta.lastError());
    bool found = false;
    while (meta.next()) {
        const QString key = meta.value(0).toString();
        if (key == QLatin1String("site.name"))
            site.name = meta.value(1).toString();
        else if (key == QLatin1String("site.description"))
            site.description = meta.value(1).toString();
        else if (key == QLatin1String("site.fetched_at")) {
            site.fetchedAt = fromMs(meta.value(1).toLongLong());
            found = true;
        }
    }
    if (!found)
        return notFound<StoredSite>();
    QSqlQuery c(m_reader);
    if (!c.exec(QStringLiteral("SELECT id, parent_id, name, slug, description, color, text_color, position,"
                               " topic_count, post_count, read_restricted, subcategory_ids FROM communities"
                               " ORDER BY list_order")))
        return readFailed<StoredSite>(c.lastError());
    while (c.next()) {
        Community x;
        x.id = c.value(0).toInt();
        x.parentId = c.value(1).toInt();
        x.name = c.value(2).toString();
        x.slug = c.value(3).toString();
        x.description = c.value(4).toString();
        x.color = textColor(c.value(5).toString());
        x.textColor = textColor(c.value(6).toString());
        x.position = c.value(7).toInt();
        x.topicCount = c.value(8).toInt();
        x.postCount = c.value(9).toInt();
        x.readRestricted = c.value(10).toBool();
        if (!StoreCodec::decodeStream(c.value(11).toByteArray(), &x.subcategoryIds))
            return damaged<StoredSite>();
        site.communities.append(x);
    }
    QSqlQuery t(m_reader);
    if (!t.exec(QStringLiteral("SELECT name FROM tags ORDER BY list_order")))
        return readFailed<StoredSite>(t.lastError());
    while (t.next())
        site.tags.append(t.value(0).toString());
    return ApiResult<StoredSite>::success(site);
}

ApiResult<StoredFeedPage> ForumStore::feedPage(const FeedSpec &feed, int page) const
{
    if (!isOpen())
        return closedStore<StoredFeedPage>();
    const QString key = feedKey(feed);
    QSqlQuery q(m_reader);
    q.prepare(QStringLiteral("SELECT rows, fetched_at FROM feed_pages WHERE feed = ? AND page = ?"));
    q.addBindValue(key);
    q.addBindValue(page);
    if (!q.exec())
        return readFailed<StoredFeedPage>(q.lastError());
    if (!q.next())
        return notFound<StoredFeedPage>();
    StoredFeedPage stored;
    if (!StoreCodec::decodeTopicPage(q.value(0).toByteArray(), &stored.page))
        return damaged<StoredFeedPage>();
    stored.fetchedAt = fromMs(q.value(1).toLongLong());
    touch("UPDATE feed_pages SET last_access = max(last_access, ?) WHERE feed = ? AND page = ?", key, page);
    return ApiResult<StoredFeedPage>::success(stored);
}

ApiResult<StoredTopic> ForumStore::topic(int topicId) const
{
    if (!isOpen())
        return closedStore<StoredTopic>();
    QSqlQuery q(m_reader);
    q.prepare(QStringLiteral("SELECT header, stream, fetched_at FROM topics WHERE id = ?"));
    q.addBindValue(topicId);
    if (!q.exec())
        return readFailed<StoredTopic>(q.lastError());
    if (!q.next())
        return notFound<StoredTopic>();
    StoredTopic stored;
    if (!StoreCodec::decodeTopicHeader(q.value(0).toByteArray(), &stored.topic)
        || !StoreCodec::decodeStream(q.value(1).toByteArray(), &stored.topic.stream))
        return damaged<StoredTopic>();
    stored.fetchedAt = fromMs(q.value(2).toLongLong());
    touch("UPDATE topics SET last_access = max(last_access, ?) WHERE id = ?", topicId);
    return ApiResult<StoredTopic>::success(stored);
}

ApiResult<QList<StoredPost>> ForumStore::posts(int topicId, const QList<int> &postIds) const
{
    using Result = ApiResult<QList<StoredPost>>;
    if (!isOpen())
        return closedStore<QList<StoredPost>>();
    // Chunks keep each statement well below SQLite's limit on bound parameters.
    constexpr qsizetype Chunk = 500;
    QList<StoredPost> found;
    for (qsizetype start = 0; start < postIds.size(); start += Chunk) {
        const QList<int> ids = postIds.mid(start, Chunk);
        QSqlQuery q(m_reader);
        q.prepare(QString::fromLatin1(PostColumns) + QStringLiteral("WHERE topic_id = ? AND id IN (?")
                  + QStringLiteral(",?").repeated(ids.size() - 1) + QLatin1Char(')'));
        q.addBindValue(topicId);
        for (int id : ids)
            q.addBindValue(id);
        if (!q.exec())
            return readFailed<QList<StoredPost>>(q.lastError());
        while (q.next()) {
            StoredPost p;
            if (!readPost(q, topicId, &p))
                return damaged<QList<StoredPost>>();
            found.append(std::move(p));
        }
    }
    QHash<int, qsizetype> order;
    for (qsizetype i = 0; i < postIds.size(); ++i)
        order.insert(postIds.at(i), i);
    std::sort(found.begin(), found.end(), [&order](const StoredPost &a, const StoredPost &b) {
        return order.value(a.post.id) < order.value(b.post.id);
    });
    return Result::success(found);
}

ApiResult<QList<StoredPost>> ForumStore::postsFrom(int topicId, int fromPostNumber, int limit) const
{
    if (!isOpen())
        return closedStore<QList<StoredPost>>();
    QSqlQuery q(m_reader);
    q.prepare(QString::fromLatin1(PostColumns)
              + QStringLiteral("WHERE topic_id = ? AND post_number >= ? ORDER BY post_number LIMIT ?"));
    q.addBindValue(topicId);
    q.addBindValue(fromPostNumber);
    q.addBindValue(std::max(0, limit));
    if (!q.exec())
        return readFailed<QList<StoredPost>>(q.lastError());
    QList<StoredPost> found;
    while (q.next()) {
        StoredPost p;
        if (!readPost(q, topicId, &p))
            return damaged<QList<StoredPost>>();
        found.append(std::move(p));
    }
    return ApiResult<QList<StoredPost>>::success(found);
}

ApiResult<User> ForumStore::user(int userId) const
{
    if (!isOpen())
        return closedStore<User>();
    QSqlQuery q(m_reader);
    q.prepare(QStringLiteral("SELECT username, name, avatar_template FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return readFailed<User>(q.lastError());
    if (!q.next())
        return notFound<User>();
    User u;
    u.id = userId;
    u.username = q.value(0).toString();
    u.name = q.value(1).toString();
    u.avatarTemplate = q.value(2).toString();
    return ApiResult<User>::success(u);
}

ApiResult<StoredImage> ForumStore::image(const QUrl &url) const
{
    if (!isOpen())
        return closedStore<StoredImage>();
    const QString key = imageKey(url);
    QSqlQuery q(m_reader);
    q.prepare(QStringLiteral("SELECT content_type, data, fetched_at FROM images WHERE url = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return readFailed<StoredImage>(q.lastError());
    if (!q.next())
        return notFound<StoredImage>();
    StoredImage image;
    image.contentType = q.value(0).toString().toLatin1();
    image.data = q.value(1).toByteArray();
    image.fetchedAt = fromMs(q.value(2).toLongLong());
    touch("UPDATE images SET last_access = max(last_access, ?) WHERE url = ?", key);
    return ApiResult<StoredImage>::success(image);
}

ApiResult<ReadingPosition> ForumStore::readingPosition(int topicId) const
{
    if (!isOpen())
        return closedStore<ReadingPosition>();
    QSqlQuery q(m_reader);
    q.prepare(QStringLiteral("SELECT post_number, pixel_offset, last_read_post_number, updated_at"
                             " FROM reading_positions WHERE topic_id = ?"));
    q.addBindValue(topicId);
    if (!q.exec())
        return readFailed<ReadingPosition>(q.lastError());
    if (!q.next())
        return notFound<ReadingPosition>();
    ReadingPosition p;
    p.postNumber = q.value(0).toInt();
    p.offset = q.value(1).toInt();
    p.lastReadPostNumber = q.value(2).toInt();
    p.updatedAt = fromMs(q.value(3).toLongLong());
    return ApiResult<ReadingPosition>::success(p);
}

bool ForumStore::isTopicOffline(int topicId) const
{
    if (!isOpen())
        return false;
    QSqlQuery q(m_reader);
    q.prepare(QStringLiteral("SELECT 1 FROM offline_topics WHERE id = ?"));
    q.addBindValue(topicId);
    return q.exec() && q.next();
}

bool ForumStore::isCommunityOffline(int communityId) const
{
    if (!isOpen())
        return false;
    QSqlQuery q(m_reader);
    q.prepare(QStringLiteral("SELECT 1 FROM offline_communities WHERE id = ?"));
    q.addBindValue(communityId);
    return q.exec() && q.next();
}

ApiResult<OfflineJob> ForumStore::offlineJob(int communityId) const
{
    if (!isOpen())
        return closedStore<OfflineJob>();
    QSqlQuery q(m_reader);
    q.prepare(QStringLiteral("SELECT topic_limit, started_at, finished_at FROM offline_jobs WHERE community_id = ?"));
    q.addBindValue(communityId);
    if (!q.exec())
        return readFailed<OfflineJob>(q.lastError());
    if (!q.next())
        return notFound<OfflineJob>();
    OfflineJob job;
    job.communityId = communityId;
    job.topicLimit = q.value(0).toInt();
    job.startedAt = fromMs(q.value(1).toLongLong());
    job.finishedAt = fromMs(q.value(2).toLongLong());
    QSqlQuery t(m_reader);
    t.prepare(QStringLiteral("SELECT topic_id FROM offline_job_topics WHERE community_id = ?"));
    t.addBindValue(communityId);
    if (!t.exec())
        return readFailed<OfflineJob>(t.lastError());
    while (t.next())
        job.savedTopicIds.insert(t.value(0).toInt());
    return ApiResult<OfflineJob>::success(job);
}

QList<int> ForumStore::unfinishedOfflineJobs() const
{
    QList<int> ids;
    if (!isOpen())
        return ids;
    QSqlQuery q(m_reader);
    if (q.exec(QStringLiteral("SELECT community_id FROM offline_jobs WHERE finished_at = 0 ORDER BY started_at, community_id"))) {
        while (q.next())
            ids.append(q.value(0).toInt());
    }
    return ids;
}

// --- writes ------------------------------------------------------------------------------------

namespace {

// Sets meta keys in one statement prepared once; an empty text value keeps what is saved.
QSqlError writeMeta(QSqlDatabase &db, const QList<std::pair<QString, QVariant>> &values)
{
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    for (const auto &[key, value] : values) {
        const bool text = value.userType() == QMetaType::QString;
        if (text && value.toString().isEmpty())
            continue;
        meta.addBindValue(key);
        meta.addBindValue(text ? QVariant(StoreSql::text(value.toString())) : value);
        if (!meta.exec())
            return meta.lastError();
    }
    return {};
}

} // namespace

void ForumStore::putSiteName(const QString &name, const QString &description)
{
    enqueue([name, description](QSqlDatabase &db) {
        return writeMeta(db, {{QStringLiteral("site.name"), name}, {QStringLiteral("site.description"), description}});
    });
}

void ForumStore::putSite(const StoredSite &site)
{
    enqueue([site](QSqlDatabase &db) {
        // The forum's name may come separately (putSiteName): an empty one keeps the saved one.
        QSqlError error = writeMeta(db, {{QStringLiteral("site.name"), site.name},
                                         {QStringLiteral("site.description"), site.description},
                                         {QStringLiteral("site.fetched_at"),
                                          toMs(site.fetchedAt.isValid() ? site.fetchedAt : QDateTime::currentDateTimeUtc())}});
        if (!error.isValid())
            error = StoreSql::exec(db, QStringLiteral("DELETE FROM communities"));
        if (!error.isValid())
            error = StoreSql::exec(db, QStringLiteral("DELETE FROM tags"));
        if (error.isValid())
            return error;
        QSqlQuery c(db);
        c.prepare(QStringLiteral("INSERT OR REPLACE INTO communities (id, list_order, parent_id, name, slug, description,"
                                 " color, text_color, position, topic_count, post_count, read_restricted,"
                                 " subcategory_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < site.communities.size(); ++i) {
            const Community &x = site.communities.at(i);
            for (const QVariant &v : {QVariant(x.id), QVariant(qint64(i)), QVariant(x.parentId),
                                      QVariant(StoreSql::text(x.name)), QVariant(StoreSql::text(x.slug)),
                                      QVariant(StoreSql::text(x.description)), QVariant(colorText(x.color)),
                                      QVariant(colorText(x.textColor)), QVariant(x.position), QVariant(x.topicCount),
                                      QVariant(x.postCount), QVariant(x.readRestricted),
                                      QVariant(StoreCodec::encodeStream(x.subcategoryIds))})
                c.addBindValue(v);
            if (!c.exec())
                return c.lastError();
        }
        QSqlQuery t(db);
        t.prepare(QStringLiteral("INSERT INTO tags (list_order, name) VALUES (?, ?)"));
        for (qsizetype i = 0; i < site.tags.size(); ++i) {
            t.addBindValue(qint64(i));
            t.addBindValue(site.tags.at(i));
            if (!t.exec())
                return t.lastError();
        }
        return QSqlError();
    });
}

void ForumStore::putFeedPage(const FeedSpec &feed, int page, const TopicPage &rows, const QDateTime &fetchedAt)
{
    const QString key = feedKey(feed);
    const int communityId = feed.kind == FeedSpec::Kind::Community ? feed.communityId : 0;
    const qint64 tick = nextAccessTick();
    enqueue([key, page, communityId, rows, fetched = toMs(fetchedAt), tick](QSqlDatabase &db) {
        if (page == 0) {
            QSqlQuery later(db);
            later.prepare(QStringLiteral("DELETE FROM feed_pages WHERE feed = ? AND page > 0"));
            later.addBindValue(key);
            if (!later.exec())
                return later.lastError();
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO feed_pages (feed, page, community_id, fetched_at, last_access, rows)"
                                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (feed, page) DO UPDATE SET"
                                 " community_id = excluded.community_id, fetched_at = excluded.fetched_at,"
                                 " last_access = excluded.last_access, rows = excluded.rows"));
        q.addBindValue(key);
        q.addBindValue(page);
        q.addBindValue(communityId);
        q.addBindValue(fetched);
        q.addBindValue(tick);
        q.addBindValue(StoreCodec::encodeTopicPage(rows));
        if (!q.exec())
            return q.lastError();
        return upsertUsers(db, rows.users.values(), fetched);
    });
}

void ForumStore::putTopic(const Topic &topic, const QDateTime &fetchedAt)
{
    const qint64 tick = nextAccessTick();
    enqueue([topic, fetched = toMs(fetchedAt), tick](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO topics (id, category_id, fetched_at, last_access, header, stream)"
                                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                                 " category_id = excluded.category_id, fetched_at = excluded.fetched_at,"
                                 " last_access = excluded.last_access, header = excluded.header,"
                                 " stream = excluded.stream"));
        q.addBindValue(topic.id);
        q.addBindValue(topic.categoryId);
        q.addBindValue(fetched);
        q.addBindValue(tick);
        q.addBindValue(StoreCodec::encodeTopicHeader(topic));
        q.addBindValue(StoreCodec::encodeStream(topic.stream));
        if (!q.exec())
            return q.lastError();
        PostUpsert upsert(db);
        if (const QSqlError error = upsert.index().writeTopic(topic); error.isValid())
            return error;
        for (const Post &post : topic.posts) {
            const QSqlError error = upsert.write(topic.id, StoredPost{post, {}, {}}, topic.title);
            if (error.isValid())
                return error;
        }
        QList<User> users = topic.participants;
        users.append(topic.createdBy);
        return upsertUsers(db, users, fetched);
    });
}

void ForumStore::putPosts(int topicId, const QList<StoredPost> &posts)
{
    enqueue([topicId, posts](QSqlDatabase &db) {
        PostUpsert upsert(db);
        QString title;
        for (const StoredPost &p : posts) {
            if (p.post.postNumber == 1 && title.isNull())
                title = upsert.index().titleOf(topicId);
            const QSqlError error = upsert.write(topicId, p, title);
            if (error.isValid())
                return error;
        }
        return QSqlError();
    });
}

void ForumStore::putUsers(const QList<User> &users)
{
    enqueue([users, seen = QDateTime::currentMSecsSinceEpoch()](QSqlDatabase &db) {
        return upsertUsers(db, users, seen);
    });
}

void ForumStore::setSiteUrl(const QUrl &site)
{
    m_site = site;
}

QString ForumStore::imageKey(const QUrl &url) const
{
    // The forum's own images are kept by path, so a forum that moves to another port or scheme
    // (the demo server starts on a free port each time) still finds them.
    if (m_site.isValid() && url.host() == m_site.host() && url.port() == m_site.port()
        && url.scheme() == m_site.scheme())
        return url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
    return url.toString(QUrl::FullyEncoded);
}

bool ForumStore::putImage(const QUrl &url, const QByteArray &contentType, const QByteArray &data, int topicId)
{
    if (url.isEmpty() || data.size() > MaxImageBytes)
        return false;
    const qint64 tick = nextAccessTick();
    enqueue([key = imageKey(url), type = QString::fromLatin1(contentType), data, topicId, tick,
             fetched = QDateTime::currentMSecsSinceEpoch()](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO images (url, content_type, data, fetched_at, last_access, topic_id)"
                                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET"
                                 " content_type = excluded.content_type, data = excluded.data,"
                                 " fetched_at = excluded.fetched_at, last_access = excluded.last_access,"
                                 " topic_id = CASE WHEN excluded.topic_id > 0 THEN excluded.topic_id ELSE topic_id END"));
        q.addBindValue(key);
        q.addBindValue(StoreSql::text(type));
        q.addBindValue(data);
        q.addBindValue(fetched);
        q.addBindValue(tick);
        q.addBindValue(topicId);
        return StoreSql::exec(q);
    });
    return true;
}

void ForumStore::keepImageForTopic(const QUrl &url, int topicId)
{
    enqueue([key = imageKey(url), topicId](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE images SET topic_id = ? WHERE url = ?"
                                 " AND topic_id NOT IN (SELECT id FROM offline_topics)"));
        q.addBindValue(topicId);
        q.addBindValue(key);
        return StoreSql::exec(q);
    });
}

void ForumStore::putReadingPosition(int topicId, const ReadingPosition &position)
{
    enqueue([topicId, position](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO reading_positions"
                                 " (topic_id, post_number, pixel_offset, last_read_post_number, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(topicId);
        q.addBindValue(position.postNumber);
        q.addBindValue(position.offset);
        q.addBindValue(position.lastReadPostNumber);
        q.addBindValue(toMs(position.updatedAt.isValid() ? position.updatedAt : QDateTime::currentDateTimeUtc()));
        return StoreSql::exec(q);
    });
}

void ForumStore::setTopicOffline(int topicId, bool offline)
{
    enqueue([topicId, offline](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(offline ? QStringLiteral("INSERT OR IGNORE INTO offline_topics (id) VALUES (?)")
                          : QStringLiteral("DELETE FROM offline_topics WHERE id = ?"));
        q.addBindValue(topicId);
        return StoreSql::exec(q);
    });
}

void ForumStore::setCommunityOffline(int communityId, bool offline)
{
    enqueue([communityId, offline](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(offline ? QStringLiteral("INSERT OR IGNORE INTO offline_communities (id) VALUES (?)")
                          : QStringLiteral("DELETE FROM offline_communities WHERE id = ?"));
        q.addBindValue(communityId);
        return StoreSql::exec(q);
    });
}

void ForumStore::startOfflineJob(int communityId, int topicLimit)
{
    enqueue([communityId, topicLimit, started = QDateTime::currentMSecsSinceEpoch()](QSqlDatabase &db) {
        QSqlQuery old(db);
        old.prepare(QStringLiteral("DELETE FROM offline_jobs WHERE community_id = ?")); // cascades to its topics
        old.addBindValue(communityId);
        if (!old.exec())
            return old.lastError();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO offline_jobs (community_id, topic_limit, started_at, finished_at)"
                                 " VALUES (?, ?, ?, 0)"));
        q.addBindValue(communityId);
        q.addBindValue(topicLimit);
        q.addBindValue(started);
        return StoreSql::exec(q);
    });
}

void ForumStore::addOfflineJobTopic(int communityId, int topicId)
{
    enqueue([communityId, topicId](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO offline_job_topics (community_id, topic_id)"
                                 " SELECT community_id, ? FROM offline_jobs WHERE community_id = ?"));
        q.addBindValue(topicId);
        q.addBindValue(communityId);
        return StoreSql::exec(q);
    });
}

void ForumStore::finishOfflineJob(int communityId)
{
    enqueue([communityId, finished = QDateTime::currentMSecsSinceEpoch()](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE offline_jobs SET finished_at = ? WHERE community_id = ?"));
        q.addBindValue(finished);
        q.addBindValue(communityId);
        return StoreSql::exec(q);
    });
}

void ForumStore::removeOfflineJob(int communityId)
{
    enqueue([communityId](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM offline_jobs WHERE community_id = ?"));
        q.addBindValue(communityId);
        return StoreSql::exec(q);
    });
}

bool ForumStore::flush()
{
    if (!isOpen())
        return false;
    bool ok = false;
    QMetaObject::invokeMethod(m_writer.get(), [&] { ok = m_writer->drainAll(); }, Qt::BlockingQueuedConnection);
    return ok;
}

} // namespace Aivizor
