#pragma once

#include "lib/net/apierror.h"
#include "lib/session/backoff.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QTimer>

namespace Aivizor {

class ForumClient;

// Long-polls Discourse's message bus (POST /message-bus/{client_id}/poll) for a set of channels,
// one request held open at a time. Starts from each channel's head (no backlog), follows the
// message ids, and waits on the Backoff after a failure. A 404 means the forum has no bus (or
// hides it): the poller stops and says so with unavailable().
class MessageBusPoller : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
public:
    static constexpr int DefaultHoldMs = 25000; // Discourse's long_polling_interval

    explicit MessageBusPoller(ForumClient *client, QObject *parent = nullptr);

    void setChannels(const QStringList &channels);
    bool isRunning() const { return m_running; }
    // How long the forum may hold a poll; the request's timeout follows it.
    void setHoldMs(int ms) { m_holdMs = ms; }

public slots:
    void start();
    void stop();

signals:
    void runningChanged(bool running);
    void message(const QString &channel, const QJsonValue &data);
    void unavailable(const Aivizor::ApiError &error);
    // A poll failed and the next one waits on the back-off.
    void failed(const Aivizor::ApiError &error);
    // The bus answered again after failures.
    void recovered();

private:
    void poll();
    void setRunning(bool running);

    ForumClient *m_client;
    QString m_clientId;
    QHash<QString, qint64> m_lastIds; // -1: not subscribed yet, ask for the head
    int m_holdMs = DefaultHoldMs;
    quint64 m_request = 0;
    bool m_running = false;
    Backoff m_backoff;
    QTimer m_retry;
};

} // namespace Aivizor
