#include "notificationstore.h"
#include "database.h"
#include "writer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString kColumns = QStringLiteral(
    "n.id, n.user_id, n.notification_type, n.read, n.high_priority, n.created_at, n.topic_id, n.post_number,"
    " n.data, t.title, t.slug");

// Discourse's `visible` scope plus filter_inaccessible_topic_notifications: a private message's
// notifications only while the user is one of its participants.
const QString kVisible = QStringLiteral(
    "(n.topic_id IS NULL OR (t.visible = 1 AND (t.archetype <> 'private_message' OR EXISTS ("
    "SELECT 1 FROM topic_allowed_users a WHERE a.topic_id = n.topic_id AND a.user_id = n.user_id))))");

// Discourse stores data as a string of at most 1000 characters.
constexpr int kMaxDataChars = 1000;

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qWarning("aivizor-server: notification query failed: %s", qPrintable(q.lastQuery()));
    return q;
}

QVariant nullableInt(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::Int));
}

QString now()
{
    return Writer::isoTime(QDateTime::currentDateTimeUtc());
}

} // namespace

qint64 NotificationStore::add(const NewNotification &n)
{
    QByteArray data = QJsonDocument(n.data).toJson(QJsonDocument::Compact);
    if (QString::fromUtf8(data).size() > kMaxDataChars)
        data = QByteArrayLiteral("{}");
    const QString when = now();
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("INSERT INTO notifications (user_id, notification_type, data, read, high_priority,"
                                     " topic_id, post_number, post_action_id, created_at, updated_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {n.userId, n.type, QString::fromUtf8(data), n.read ? 1 : 0,
                       NotificationType::isHighPriority(n.type) ? 1 : 0, nullableInt(n.topicId),
                       nullableInt(n.postNumber),
                       n.postActionId > 0 ? QVariant(n.postActionId) : QVariant(QMetaType(QMetaType::LongLong)),
                       when, when});
    return q.lastInsertId().toLongLong();
}

void NotificationStore::remove(qint64 id)
{
    run(m_db.connection(), QStringLiteral("DELETE FROM notifications WHERE id = ?"), {id});
}

QList<NotificationRow> NotificationStore::read(const QString &where, const QString &tail,
                                               const QVariantList &binds) const
{
    QList<NotificationRow> rows;
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("SELECT %1 FROM notifications n LEFT JOIN topics t ON t.id = n.topic_id"
                                     " WHERE %2 AND %3 %4")
                          .arg(kColumns, where, kVisible, tail),
                      binds);
    while (q.next()) {
        NotificationRow r;
        r.id = q.value(0).toLongLong();
        r.userId = q.value(1).toInt();
        r.type = q.value(2).toInt();
        r.read = q.value(3).toBool();
        r.highPriority = q.value(4).toBool();
        r.createdAt = q.value(5).toString();
        r.topicId = q.value(6).toInt();
        r.postNumber = q.value(7).toInt();
        r.data = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        r.topicTitle = q.value(9).toString();
        r.topicSlug = q.value(10).toString();
        rows.append(r);
    }
    return rows;
}

int NotificationStore::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q = run(m_db.connection(), sql, binds);
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<NotificationRow> NotificationStore::findOnPost(int userId, int topicId, int postNumber, int type) const
{
    const QList<NotificationRow> rows = read(
        QStringLiteral("n.user_id = ? AND n.topic_id = ? AND n.post_number = ? AND n.notification_type = ?"),
        QStringLiteral("ORDER BY n.id DESC LIMIT 1"), {userId, topicId, postNumber, type});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

bool NotificationStore::anyOnPost(int userId, int topicId, int postNumber) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ? AND topic_id = ?"
                                 " AND post_number = ?"),
                  {userId, topicId, postNumber})
           > 0;
}

QList<NotificationRow> NotificationStore::onPost(int topicId, int postNumber, int type) const
{
    return read(QStringLiteral("n.topic_id = ? AND n.post_number = ? AND n.notification_type = ?"),
                QStringLiteral("ORDER BY n.id"), {topicId, postNumber, type});
}

void NotificationStore::removeInTopic(int userId, const QList<int> &types, int topicId)
{
    QStringList ids;
    for (int type : types)
        ids.append(QString::number(type));
    run(m_db.connection(),
        QStringLiteral("DELETE FROM notifications WHERE user_id = ? AND topic_id = ? AND notification_type IN (%1)")
            .arg(ids.join(QLatin1Char(','))),
        {userId, topicId});
}

namespace {
QString filterClause(NotificationStore::Filter filter)
{
    switch (filter) {
    case NotificationStore::Filter::Read:
        return QStringLiteral("n.user_id = ? AND n.read = 1");
    case NotificationStore::Filter::Unread:
        return QStringLiteral("n.user_id = ? AND n.read = 0");
    case NotificationStore::Filter::All:
        break;
    }
    return QStringLiteral("n.user_id = ?");
}
} // namespace

QList<NotificationRow> NotificationStore::list(int userId, Filter filter, int offset, int limit) const
{
    return read(filterClause(filter), QStringLiteral("ORDER BY n.created_at DESC, n.id DESC LIMIT ? OFFSET ?"),
                {userId, limit, offset});
}

int NotificationStore::count(int userId, Filter filter) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM notifications n LEFT JOIN topics t ON t.id = n.topic_id"
                                 " WHERE %1 AND %2")
                      .arg(filterClause(filter), kVisible),
                  {userId});
}

QList<NotificationRow> NotificationStore::prioritized(int userId, int limit, const QList<int> &types) const
{
    // Notification.prioritized: unread high priority first, then the other unread ones (without
    // a type filter: those that are not likes), then the rest, newest first within each.
    QStringList typeIds;
    for (int type : types)
        typeIds.append(QString::number(type));
    const QString where = types.isEmpty()
                              ? QStringLiteral("n.user_id = ?")
                              : QStringLiteral("n.user_id = ? AND n.notification_type IN (%1)").arg(typeIds.join(QLatin1Char(',')));
    const QString unreadFirst = types.isEmpty()
                                    ? QStringLiteral("(n.read = 0 AND n.notification_type NOT IN (%1, %2, %3))")
                                          .arg(NotificationType::Liked)
                                          .arg(NotificationType::LikedConsolidated)
                                          .arg(NotificationType::Reaction)
                                    : QStringLiteral("(n.read = 0)");
    return read(where,
                QStringLiteral("ORDER BY (n.high_priority = 1 AND n.read = 0) DESC, %1 DESC, n.created_at DESC, n.id DESC"
                               " LIMIT ?")
                    .arg(unreadFirst),
                {userId, limit});
}

std::optional<NotificationRow> NotificationStore::newest(int userId) const
{
    const QList<NotificationRow> rows =
        read(QStringLiteral("n.user_id = ?"), QStringLiteral("ORDER BY n.created_at DESC, n.id DESC LIMIT 1"), {userId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

int NotificationStore::markRead(int userId, qint64 id)
{
    QSqlQuery q = id > 0 ? run(m_db.connection(),
                               QStringLiteral("UPDATE notifications SET read = 1, updated_at = ?"
                                              " WHERE id = ? AND user_id = ? AND read = 0"),
                               {now(), id, userId})
                         : run(m_db.connection(),
                               QStringLiteral("UPDATE notifications SET read = 1, updated_at = ?"
                                              " WHERE user_id = ? AND read = 0"),
                               {now(), userId});
    return q.numRowsAffected();
}

int NotificationStore::markReadTypes(int userId, const QList<int> &types)
{
    QStringList ids;
    for (int type : types)
        ids.append(QString::number(type));
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("UPDATE notifications SET read = 1, updated_at = ?"
                                     " WHERE user_id = ? AND read = 0 AND notification_type IN (%1)")
                          .arg(ids.join(QLatin1Char(','))),
                      {now(), userId});
    return q.numRowsAffected();
}

bool NotificationStore::bumpSeen(int userId)
{
    const qint64 newestId =
        scalar(QStringLiteral("SELECT coalesce(max(n.id), 0) FROM notifications n LEFT JOIN topics t ON t.id = n.topic_id"
                              " WHERE n.user_id = ? AND %1").arg(kVisible),
               {userId});
    if (newestId <= seenId(userId))
        return false;
    run(m_db.connection(), QStringLiteral("UPDATE users SET seen_notification_id = ? WHERE id = ?"), {newestId, userId});
    return true;
}

qint64 NotificationStore::seenId(int userId) const
{
    return scalar(QStringLiteral("SELECT seen_notification_id FROM users WHERE id = ?"), {userId});
}

int NotificationStore::unreadNormalPriority(int userId) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM notifications n LEFT JOIN topics t ON t.id = n.topic_id"
                                 " WHERE n.user_id = ? AND n.high_priority = 0 AND n.read = 0 AND n.id > ? AND %1 LIMIT ?)")
                      .arg(kVisible),
                  {userId, seenId(userId), kMaxUnread});
}

int NotificationStore::unreadHighPriority(int userId) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM notifications n LEFT JOIN topics t ON t.id = n.topic_id"
                                 " WHERE n.user_id = ? AND n.high_priority = 1 AND n.read = 0 AND %1")
                      .arg(kVisible),
                  {userId});
}

int NotificationStore::allUnread(int userId) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM notifications n LEFT JOIN topics t ON t.id = n.topic_id"
                                 " WHERE n.user_id = ? AND n.read = 0 AND n.id > ? AND %1 LIMIT ?)")
                      .arg(kVisible),
                  {userId, seenId(userId), kMaxUnread});
}

int NotificationStore::newPersonalMessages(int userId) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ? AND id > ? AND read = 0"
                                 " AND notification_type = ?"),
                  {userId, seenId(userId), NotificationType::PrivateMessage});
}

QHash<int, int> NotificationStore::groupedUnread(int userId) const
{
    // User#grouped_unread_notifications looks at no more than 400 unread rows.
    QHash<int, int> grouped;
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("SELECT notification_type, count(*) FROM (SELECT n.notification_type FROM notifications n"
                                     " LEFT JOIN topics t ON t.id = n.topic_id WHERE n.user_id = ? AND n.read = 0 AND %1"
                                     " LIMIT 400) GROUP BY notification_type")
                          .arg(kVisible),
                      {userId});
    while (q.next())
        grouped.insert(q.value(0).toInt(), q.value(1).toInt());
    return grouped;
}

QList<QPair<qint64, bool>> NotificationStore::recentStates(int userId) const
{
    QList<QPair<qint64, bool>> states;
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("SELECT id, read FROM (SELECT n.id, n.read FROM notifications n"
                                     " LEFT JOIN topics t ON t.id = n.topic_id WHERE n.user_id = ? AND n.high_priority = 1"
                                     " AND n.read = 0 AND %1 ORDER BY n.id DESC LIMIT 20)"
                                     " UNION ALL SELECT id, read FROM (SELECT n.id, n.read FROM notifications n"
                                     " LEFT JOIN topics t ON t.id = n.topic_id WHERE n.user_id = ?"
                                     " AND (n.high_priority = 0 OR n.read = 1) AND %1 ORDER BY n.id DESC LIMIT 20)")
                          .arg(kVisible),
                      {userId, userId});
    while (q.next())
        states.append({q.value(0).toLongLong(), q.value(1).toBool()});
    return states;
}
