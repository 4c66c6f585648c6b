#include "lib/notifications/messagebuspoller.h"

#include "lib/net/forumclient.h"

#include <QJsonObject>
#include <QUuid>

namespace Aivizor {

namespace {
const QString StatusChannel = QStringLiteral("/__status");
}

MessageBusPoller::MessageBusPoller(ForumClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    // One id per poller, like the JS client's per page: 32 hex characters.
    , m_clientId(QUuid::createUuid().toString(QUuid::Id128))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &MessageBusPoller::poll);
}

void MessageBusPoller::setChannels(const QStringList &channels)
{
    QHash<QString, qint64> ids;
    for (const QString &channel : channels)
        ids.insert(channel, m_lastIds.value(channel, -1));
    m_lastIds = ids;
}

void MessageBusPoller::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

void MessageBusPoller::start()
{
    if (m_running || m_lastIds.isEmpty())
        return;
    setRunning(true);
    m_backoff.reset();
    poll();
}

void MessageBusPoller::stop()
{
    m_retry.stop();
    if (m_request)
        m_client->cancel(std::exchange(m_request, 0));
    // A later start() begins again from the heads.
    for (qint64 &id : m_lastIds)
        id = -1;
    setRunning(false);
}

void MessageBusPoller::poll()
{
    if (!m_running)
        return;
    m_request = m_client->pollMessageBus(m_clientId, m_lastIds, m_holdMs, this,
                                         [this](const ApiResult<QList<BusMessage>> &result) {
        m_request = 0;
        if (!m_running || result.error.kind == ApiError::Kind::Cancelled)
            return;
        if (!result.ok()) {
            if (result.error.httpStatus == 404 || result.error.httpStatus == 403) {
                stop();
                emit unavailable(result.error);
                return;
            }
            emit failed(result.error);
            m_retry.start(int(m_backoff.nextDelayMs()));
            return;
        }
        if (m_backoff.failures() > 0) {
            m_backoff.reset();
            emit recovered();
        }
        for (const BusMessage &m : *result.value) {
            if (m.channel == StatusChannel) {
                const QJsonObject heads = m.data.toObject();
                for (auto it = heads.constBegin(); it != heads.constEnd(); ++it) {
                    if (m_lastIds.contains(it.key()))
                        m_lastIds[it.key()] = qint64(it.value().toDouble());
                }
                continue;
            }
            if (!m_lastIds.contains(m.channel))
                continue;
            m_lastIds[m.channel] = m.messageId;
            emit message(m.channel, m.data);
        }
        poll();
    });
}

} // namespace Aivizor
