#include "lib/session/connectionmonitor.h"

#include "lib/net/transport.h"

namespace Aivizor {

namespace {
// Small, public on every Discourse and cheap to answer.
const QString ProbePath = QStringLiteral("/site/basic-info.json");
// A forum asking for a longer pause (Retry-After) is probed again after an hour at the latest.
constexpr qint64 MaxWaitMs = 60 * 60 * 1000;
}

ConnectionMonitor::ConnectionMonitor(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &ConnectionMonitor::probe);
    connect(transport, &Transport::requestFinished, this, &ConnectionMonitor::onRequestFinished);
}

void ConnectionMonitor::retryNow()
{
    if (m_state == State::Online)
        return;
    m_probeTimer.stop();
    probe();
}

void ConnectionMonitor::onRequestFinished(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return; // says nothing about the forum
    if (!error.isRetryable()) {
        // The forum answered (even a 404 or a refusal is an answer).
        m_probeTimer.stop();
        m_backoff.reset();
        setNextRetryAt(QDateTime());
        setLastError(ApiError());
        setState(State::Online);
        if (m_wasOffline) {
            m_wasOffline = false;
            emit reconnected();
        }
        return;
    }
    setLastError(error);
    if (m_state == State::Offline && m_probeTimer.isActive())
        return; // requests that were already on their way when the first one failed
    qint64 delay = m_backoff.nextDelayMs();
    if (error.kind == ApiError::Kind::RateLimited)
        delay = qMin(qMax<qint64>(delay, qint64(error.waitSeconds) * 1000), MaxWaitMs);
    m_wasOffline = true;
    setNextRetryAt(QDateTime::currentDateTimeUtc().addMSecs(delay));
    m_probeTimer.start(int(delay));
    setState(State::Offline);
}

void ConnectionMonitor::probe()
{
    if (!m_transport)
        return;
    setNextRetryAt(QDateTime());
    setState(State::Connecting);
    // The outcome arrives through Transport::requestFinished like any other request's.
    m_transport->get(ProbePath, this, [](const TransportResult &) {});
}

void ConnectionMonitor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ConnectionMonitor::setNextRetryAt(const QDateTime &at)
{
    if (m_nextRetryAt == at)
        return;
    m_nextRetryAt = at;
    emit nextRetryAtChanged(at);
}

void ConnectionMonitor::setLastError(const ApiError &error)
{
    if (error.kind == m_lastError.kind && error.message == m_lastError.message
        && error.httpStatus == m_lastError.httpStatus)
        return;
    m_lastError = error;
    emit lastErrorChanged(error);
}

} // namespace Aivizor
