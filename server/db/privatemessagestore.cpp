#include "privatemessagestore.h"
#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
constexpr int kWatching = 3;
} // namespace

bool PrivateMessageStore::makePrivate(int topicId, const QList<int> &participantIds)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE topics SET archetype = 'private_message', category_id = NULL WHERE id = ?"));
    q.addBindValue(topicId);
    if (!q.exec())
        return false;
    for (int userId : participantIds) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO topic_allowed_users (topic_id, user_id) VALUES (?, ?)"));
        q.addBindValue(topicId);
        q.addBindValue(userId);
        if (!q.exec())
            return false;
        q.prepare(QStringLiteral("INSERT INTO topic_users (user_id, topic_id, notification_level) VALUES (?, ?, ?)"
                                 " ON CONFLICT (user_id, topic_id) DO UPDATE SET notification_level = excluded.notification_level"));
        q.addBindValue(userId);
        q.addBindValue(topicId);
        q.addBindValue(kWatching);
        if (!q.exec())
            return false;
    }
    return true;
}

QList<int> PrivateMessageStore::participantIds(int topicId) const
{
    QList<int> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT user_id FROM topic_allowed_users WHERE topic_id = ? ORDER BY user_id"));
    q.addBindValue(topicId);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toInt());
    }
    return ids;
}

TopicPage PrivateMessageStore::list(int userId, Box box, int page, int perPage) const
{
    QString sql = QStringLiteral(
        "SELECT t.id FROM topics t JOIN topic_allowed_users a ON a.topic_id = t.id AND a.user_id = ?"
        " WHERE t.archetype = 'private_message' AND t.visible = 1");
    if (box == Box::Sent)
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM posts p WHERE p.topic_id = t.id AND p.user_id = ?)");
    sql += QStringLiteral(" ORDER BY t.bumped_at DESC, t.id DESC LIMIT ? OFFSET ?");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.addBindValue(userId);
    if (box == Box::Sent)
        q.addBindValue(userId);
    q.addBindValue(perPage + 1);
    q.addBindValue(page * perPage);
    QList<int> ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toInt());
    }
    TopicPage result;
    result.hasMore = ids.size() > perPage;
    const Queries queries(m_db);
    for (int id : ids.mid(0, perPage)) {
        if (const std::optional<TopicRow> topic = queries.topic(id, userId))
            result.topics.append(*topic);
    }
    return result;
}

QHash<int, int> PrivateMessageStore::lastRead(int userId, const QList<int> &topicIds) const
{
    QHash<int, int> result;
    if (topicIds.isEmpty())
        return result;
    QStringList ids;
    for (int id : topicIds)
        ids.append(QString::number(id));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT topic_id, coalesce(last_read_post_number, 0) FROM topic_users"
                             " WHERE user_id = ? AND topic_id IN (%1)").arg(ids.join(QLatin1Char(','))));
    q.addBindValue(userId);
    if (q.exec()) {
        while (q.next())
            result.insert(q.value(0).toInt(), q.value(1).toInt());
    }
    return result;
}
