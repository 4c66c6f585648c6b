// ForumStore's reading-state tables: topic_states and pending_read_ops.
#include "lib/store/forumstore.h"

#include "lib/store/storesql.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

namespace Aivizor {

namespace {

const char *const StateColumns =
    "topic_id, category_id, highest_post_number, last_read_post_number, notification_level, in_new_period";

TopicReadState stateFrom(const QSqlQuery &q)
{
    TopicReadState s;
    s.topicId = q.value(0).toInt();
    s.categoryId = q.value(1).toInt();
    s.highestPostNumber = q.value(2).toInt();
    s.lastReadPostNumber = q.value(3).toInt();
    s.notificationLevel = q.value(4).toInt();
    s.inNewPeriod = q.value(5).toBool();
    return s;
}

} // namespace

QList<TopicReadState> ForumStore::topicStates(const QList<int> &topicIds) const
{
    QList<TopicReadState> states;
    if (!isOpen() || topicIds.isEmpty())
        return states;
    QStringList ids;
    ids.reserve(topicIds.size());
    for (int id : topicIds)
        ids.append(QString::number(id));
    QSqlQuery q(m_reader);
    if (!q.exec(QStringLiteral("SELECT %1 FROM topic_states WHERE topic_id IN (%2)")
                    .arg(QLatin1String(StateColumns), ids.join(QLatin1Char(',')))))
        return states;
    while (q.next())
        states.append(stateFrom(q));
    return states;
}

QList<TopicReadState> ForumStore::newOrUnreadTopicStates() const
{
    QList<TopicReadState> states;
    if (!isOpen())
        return states;
    QSqlQuery q(m_reader);
    // The same conditions as TopicReadState::isNew() and isUnread().
    if (!q.exec(QStringLiteral("SELECT %1 FROM topic_states WHERE"
                               " (last_read_post_number = 0 AND in_new_period = 1 AND notification_level NOT IN (0, 1))"
                               " OR (last_read_post_number > 0 AND last_read_post_number < highest_post_number"
                               " AND notification_level >= 2)")
                    .arg(QLatin1String(StateColumns))))
        return states;
    while (q.next())
        states.append(stateFrom(q));
    return states;
}

QList<PendingReadOp> ForumStore::pendingReadOps() const
{
    QList<PendingReadOp> ops;
    if (!isOpen())
        return ops;
    QSqlQuery q(m_reader);
    if (!q.exec(QStringLiteral("SELECT id, topic_id, kind, payload FROM pending_read_ops ORDER BY id")))
        return ops;
    while (q.next()) {
        PendingReadOp op;
        op.id = q.value(0).toLongLong();
        op.topicId = q.value(1).toInt();
        op.kind = q.value(2).toString();
        op.payload = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        ops.append(op);
    }
    return ops;
}

void ForumStore::putTopicStates(const QList<TopicReadState> &states)
{
    if (states.isEmpty())
        return;
    enqueue([states](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO topic_states (%1) VALUES (?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(StateColumns)));
        for (const TopicReadState &s : states) {
            q.addBindValue(s.topicId);
            q.addBindValue(s.categoryId);
            q.addBindValue(s.highestPostNumber);
            q.addBindValue(s.lastReadPostNumber);
            q.addBindValue(s.notificationLevel);
            q.addBindValue(s.inNewPeriod ? 1 : 0);
            if (const QSqlError error = StoreSql::exec(q); error.isValid())
                return error;
        }
        return QSqlError();
    });
}

void ForumStore::putPendingReadOp(const PendingReadOp &op)
{
    enqueue([op](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO pending_read_ops (id, topic_id, kind, payload)"
                                 " VALUES (?, ?, ?, ?)"));
        q.addBindValue(op.id);
        q.addBindValue(op.topicId);
        q.addBindValue(op.kind);
        q.addBindValue(QJsonDocument(op.payload).toJson(QJsonDocument::Compact));
        return StoreSql::exec(q);
    });
}

void ForumStore::removePendingReadOps(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    enqueue([ids](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM pending_read_ops WHERE id = ?"));
        for (qint64 id : ids) {
            q.addBindValue(id);
            if (const QSqlError error = StoreSql::exec(q); error.isValid())
                return error;
        }
        return QSqlError();
    });
}

} // namespace Aivizor
