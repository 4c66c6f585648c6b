#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

// In-memory channels of Discourse's message bus (the message_bus gem): per-channel message ids
// from 1, a global id across channels, a bounded backlog per channel, and per-user audiences.
// Ids start again at 1 when the server restarts; clients ahead of a channel's head are told the
// real head through /__status, as the gem does after a reset.
class MessageBus : public QObject
{
    Q_OBJECT

public:
    // The gem keeps 1000 messages per channel; a reading client needs far fewer.
    static constexpr int kBacklogPerChannel = 100;

    using QObject::QObject;

    // userIds empty: everyone may read the message.
    qint64 publish(const QString &channel, const QJsonValue &data, const QList<int> &userIds = {});
    qint64 lastId(const QString &channel) const;

    // The answer to a poll from userId (0: anonymous) subscribed to channel -> last id seen
    // (message_bus client.rb#backlog): new visible messages, then one /__status entry for channels
    // that were subscribed at -1, were ahead of the head, or had messages this user may not read.
    QJsonArray backlog(const QHash<QString, qint64> &subscriptions, int userId) const;

signals:
    void published(const QString &channel);

private:
    struct Message
    {
        qint64 globalId = 0;
        qint64 messageId = 0;
        QJsonValue data;
        QList<int> userIds;
    };
    struct Channel
    {
        qint64 lastId = 0;
        QList<Message> messages;
    };

    QHash<QString, Channel> m_channels;
    qint64 m_globalId = 0;
};
