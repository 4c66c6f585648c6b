#pragma once

#include "lib/net/apierror.h"
#include "lib/session/backoff.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Aivizor {

class Transport;

// Whether one forum is reachable, derived from every request its Transport finishes, and the one
// retry rule of the library:
//   - any answer from the forum (a success, or a 4xx / malformed body that retrying would not
//     change) means Online; the back-off starts over;
//   - a retryable failure (network, timeout, 5xx, 429) means Offline: a probe request is scheduled
//     after the next Backoff delay (at least the 429's wait) and nextRetryAt() says when;
//   - the probe makes the state Connecting; its outcome goes through the same rule;
//   - failures while a probe is already scheduled do not push it further out.
// reconnected() tells the owner's views to load again what failed while the forum was away.
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State { Online, Connecting, Offline };
    Q_ENUM(State)

    // `transport` is not owned; the probe goes through it.
    explicit ConnectionMonitor(Transport *transport, QObject *parent = nullptr);

    State state() const { return m_state; }
    // When the next probe goes out; invalid unless Offline.
    QDateTime nextRetryAt() const { return m_nextRetryAt; }
    // The failure that made the forum Offline; no error while Online.
    ApiError lastError() const { return m_lastError; }

public slots:
    // Probes now instead of waiting for nextRetryAt() (a Retry button, the network came back).
    void retryNow();

signals:
    void stateChanged(Aivizor::ConnectionMonitor::State state);
    void nextRetryAtChanged(const QDateTime &at);
    void lastErrorChanged(const Aivizor::ApiError &error);
    // Online again after being Offline.
    void reconnected();

private:
    void onRequestFinished(const ApiError &error);
    void probe();
    void setState(State state);
    void setNextRetryAt(const QDateTime &at);
    void setLastError(const ApiError &error);

    QPointer<Transport> m_transport;
    Backoff m_backoff;
    QTimer m_probeTimer;
    State m_state = State::Connecting;
    QDateTime m_nextRetryAt;
    ApiError m_lastError;
    bool m_wasOffline = false;
};

} // namespace Aivizor
