#include "lib/store/searchindex.h"

#include "lib/render/htmlsanitizer.h"
#include "lib/store/storecodec.h"
#include "lib/store/storesql.h"

#include <QVariant>

namespace Aivizor {

namespace {

// Rows read per step while building the index for a store filled before it existed.
constexpr int BuildBatch = 500;

// "\nname\n" per tag, lower-cased: a tag filter is one instr() and never matches part of a name.
QString tagText(const QStringList &tags)
{
    if (tags.isEmpty())
        return QString(QLatin1String(""));
    return QLatin1Char('\n') + tags.join(QLatin1Char('\n')).toLower() + QLatin1Char('\n');
}

} // namespace

SearchIndex::SearchIndex(QSqlDatabase &db) : m_topic(db), m_retitle(db), m_post(db), m_title(db)
{
    m_topic.prepare(QStringLiteral("INSERT INTO search_topics (id, category_id, title, tags, closed) VALUES (?, ?, ?, ?, ?)"
                                   " ON CONFLICT (id) DO UPDATE SET category_id = excluded.category_id,"
                                   " title = excluded.title, tags = excluded.tags, closed = excluded.closed"));
    m_retitle.prepare(QStringLiteral("UPDATE search_posts SET title = ? WHERE topic_id = ? AND post_number = 1"
                                     " AND title <> ?"));
    // The update (and with it the FTS triggers) runs only when something searchable changed.
    m_post.prepare(QStringLiteral(
        "INSERT INTO search_posts (id, topic_id, post_number, created_at, username, title, body)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET topic_id = excluded.topic_id,"
        " post_number = excluded.post_number, created_at = excluded.created_at, username = excluded.username,"
        " title = excluded.title, body = excluded.body"
        " WHERE topic_id <> excluded.topic_id OR post_number <> excluded.post_number"
        " OR created_at <> excluded.created_at OR username <> excluded.username OR title <> excluded.title"
        " OR body <> excluded.body"));
    m_title.prepare(QStringLiteral("SELECT title FROM search_topics WHERE id = ?"));
}

QSqlError SearchIndex::writeTopic(const Topic &topic)
{
    const QString title = StoreSql::text(topic.title);
    m_topic.addBindValue(topic.id);
    m_topic.addBindValue(topic.categoryId);
    m_topic.addBindValue(title);
    m_topic.addBindValue(tagText(topic.tags));
    m_topic.addBindValue(topic.closed ? 1 : 0);
    if (!m_topic.exec())
        return m_topic.lastError();
    m_retitle.addBindValue(title);
    m_retitle.addBindValue(topic.id);
    m_retitle.addBindValue(title);
    return StoreSql::exec(m_retitle);
}

QSqlError SearchIndex::writePost(int topicId, const Post &post, const QString &title)
{
    m_post.addBindValue(post.id);
    m_post.addBindValue(topicId);
    m_post.addBindValue(post.postNumber);
    m_post.addBindValue(post.createdAt.isValid() ? post.createdAt.toMSecsSinceEpoch() : 0);
    m_post.addBindValue(StoreSql::text(post.username));
    m_post.addBindValue(post.postNumber == 1 ? StoreSql::text(title) : QString(QLatin1String("")));
    m_post.addBindValue(StoreSql::text(HtmlSanitizer::toPlainText(post.cooked)));
    return StoreSql::exec(m_post);
}

QString SearchIndex::titleOf(int topicId)
{
    m_title.addBindValue(topicId);
    if (!m_title.exec() || !m_title.next())
        return QString();
    const QString title = m_title.value(0).toString();
    m_title.finish();
    return title;
}

QSqlError SearchIndex::buildFromStore(QSqlDatabase &db)
{
    SearchIndex index(db);
    QSqlQuery topics(db);
    topics.setForwardOnly(true);
    topics.prepare(QStringLiteral("SELECT id, header FROM topics WHERE id > ? ORDER BY id LIMIT ?"));
    for (qint64 after = -1, read = BuildBatch; read == BuildBatch;) {
        topics.addBindValue(after);
        topics.addBindValue(BuildBatch);
        if (!topics.exec())
            return topics.lastError();
        QList<Topic> batch;
        for (read = 0; topics.next(); ++read) {
            Topic topic;
            after = topics.value(0).toLongLong();
            if (StoreCodec::decodeTopicHeader(topics.value(1).toByteArray(), &topic)) {
                topic.id = int(after);
                batch.append(topic);
            }
        }
        topics.finish();
        for (const Topic &topic : std::as_const(batch)) {
            if (const QSqlError error = index.writeTopic(topic); error.isValid())
                return error;
        }
    }

    QSqlQuery posts(db);
    posts.setForwardOnly(true);
    posts.prepare(QStringLiteral("SELECT id, topic_id, post_number, cooked, details FROM posts WHERE id > ?"
                                 " ORDER BY id LIMIT ?"));
    for (qint64 after = -1, read = BuildBatch; read == BuildBatch;) {
        posts.addBindValue(after);
        posts.addBindValue(BuildBatch);
        if (!posts.exec())
            return posts.lastError();
        QList<Post> batch;
        for (read = 0; posts.next(); ++read) {
            Post post;
            after = posts.value(0).toLongLong();
            if (!StoreCodec::decodePostDetails(posts.value(4).toByteArray(), &post))
                continue;
            post.id = int(after);
            post.topicId = posts.value(1).toInt();
            post.postNumber = posts.value(2).toInt();
            post.cooked = posts.value(3).toString();
            batch.append(post);
        }
        posts.finish();
        for (const Post &post : std::as_const(batch)) {
            const QString title = post.postNumber == 1 ? index.titleOf(post.topicId) : QString();
            if (const QSqlError error = index.writePost(post.topicId, post, title); error.isValid())
                return error;
        }
    }
    return {};
}

} // namespace Aivizor
