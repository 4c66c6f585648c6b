#include "notificationjson.h"
#include "context.h"
#include "notifications/postalerter.h"

#include <QJsonArray>

namespace NotificationJson {

QJsonObject notification(const NotificationRow &row)
{
    const QJsonValue null(QJsonValue::Null);
    QJsonObject o{{QStringLiteral("id"), row.id},
                  {QStringLiteral("user_id"), row.userId},
                  {QStringLiteral("notification_type"), row.type},
                  {QStringLiteral("read"), row.read},
                  {QStringLiteral("high_priority"), row.highPriority},
                  {QStringLiteral("created_at"), row.createdAt},
                  {QStringLiteral("post_number"), row.postNumber > 0 ? QJsonValue(row.postNumber) : null},
                  {QStringLiteral("topic_id"), row.topicId > 0 ? QJsonValue(row.topicId) : null},
                  {QStringLiteral("slug"), row.topicSlug.isEmpty() ? null : QJsonValue(row.topicSlug)},
                  {QStringLiteral("data"), row.data}};
    if (!row.topicTitle.isEmpty())
        o.insert(QStringLiteral("fancy_title"), row.topicTitle.toHtmlEscaped());
    return o;
}

QJsonObject state(const NotificationStore &store, int userId)
{
    const std::optional<NotificationRow> last = store.newest(userId);
    QJsonArray recent;
    for (const auto &[id, read] : store.recentStates(userId))
        recent.append(QJsonArray{id, read});
    QJsonObject grouped;
    const QHash<int, int> byType = store.groupedUnread(userId);
    for (auto it = byType.constBegin(); it != byType.constEnd(); ++it)
        grouped.insert(QString::number(it.key()), it.value());
    const qint64 seen = store.seenId(userId);
    return QJsonObject{
        {QStringLiteral("unread_notifications"), store.unreadNormalPriority(userId)},
        {QStringLiteral("unread_high_priority_notifications"), store.unreadHighPriority(userId)},
        {QStringLiteral("read_first_notification"), seen != 0},
        {QStringLiteral("last_notification"),
         last ? QJsonValue(QJsonObject{{QStringLiteral("notification"), notification(*last)}})
              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("recent"), recent},
        {QStringLiteral("seen_notification_id"), seen},
        {QStringLiteral("all_unread_notifications_count"), store.allUnread(userId)},
        {QStringLiteral("grouped_unread_notifications"), grouped},
        {QStringLiteral("new_personal_messages_notifications_count"), store.newPersonalMessages(userId)},
    };
}

void publishState(ApiContext &ctx, int userId)
{
    const NotificationStore store(ctx.db);
    ctx.bus.publish(QStringLiteral("/notification/%1").arg(userId), state(store, userId), {userId});
}

void publish(ApiContext &ctx, const AlertOutcome &outcome)
{
    for (int userId : outcome.changedUsers)
        publishState(ctx, userId);
    for (const auto &[userId, payload] : outcome.alerts)
        ctx.bus.publish(QStringLiteral("/notification-alert/%1").arg(userId), payload, {userId});
}

} // namespace NotificationJson
