#include "messagebus.h"

#include <QJsonObject>

qint64 MessageBus::publish(const QString &channel, const QJsonValue &data, const QList<int> &userIds)
{
    Channel &c = m_channels[channel];
    Message message;
    message.globalId = ++m_globalId;
    message.messageId = ++c.lastId;
    message.data = data;
    message.userIds = userIds;
    c.messages.append(message);
    if (c.messages.size() > kBacklogPerChannel)
        c.messages.removeFirst();
    emit published(channel);
    return message.messageId;
}

qint64 MessageBus::lastId(const QString &channel) const
{
    const auto it = m_channels.constFind(channel);
    return it == m_channels.constEnd() ? 0 : it->lastId;
}

QJsonArray MessageBus::backlog(const QHash<QString, qint64> &subscriptions, int userId) const
{
    QJsonArray out;
    QJsonObject status;
    for (auto it = subscriptions.constBegin(); it != subscriptions.constEnd(); ++it) {
        const qint64 head = lastId(it.key());
        qint64 last = it.value();
        // -k asks for the last k-1 messages.
        if (last < -1)
            last = qMax<qint64>(0, head + last + 1);
        if (last == head)
            continue;
        if (last == -1 || last > head) {
            status.insert(it.key(), head);
            continue;
        }
        const auto channel = m_channels.constFind(it.key());
        bool filtered = false;
        for (const Message &m : channel->messages) {
            if (m.messageId <= last)
                continue;
            if (!m.userIds.isEmpty() && !m.userIds.contains(userId)) {
                filtered = true;
                continue;
            }
            out.append(QJsonObject{{QStringLiteral("global_id"), m.globalId},
                                   {QStringLiteral("message_id"), m.messageId},
                                   {QStringLiteral("channel"), it.key()},
                                   {QStringLiteral("data"), m.data}});
        }
        if (filtered)
            status.insert(it.key(), head);
    }
    if (!status.isEmpty())
        out.append(QJsonObject{{QStringLiteral("global_id"), -1},
                               {QStringLiteral("message_id"), -1},
                               {QStringLiteral("channel"), QStringLiteral("/__status")},
                               {QStringLiteral("data"), status}});
    return out;
}
