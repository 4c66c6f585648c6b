#include "lib/notifications/notificationwatcher.h"

#include "lib/api/endpoints.h"
#include "lib/net/forumclient.h"
#include "lib/notifications/messagebuspoller.h"
#include "lib/notifications/notificationfeed.h"
#include "lib/session/forumsession.h"

namespace Aivizor {

NotificationWatcher::NotificationWatcher(ForumSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_feed(new NotificationFeed(session->client(), session->writer(), this))
    , m_bus(new MessageBusPoller(session->client(), this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, m_feed, &NotificationFeed::refresh);
    connect(m_feed, &NotificationFeed::refreshed, this, &NotificationWatcher::onRefreshed);
    connect(m_feed, &NotificationFeed::refreshFailed, this, &NotificationWatcher::onRefreshFailed);
    // Any message on the user's channel means the notifications changed (a new one, a read state).
    connect(m_bus, &MessageBusPoller::message, m_feed, &NotificationFeed::refresh);
    connect(m_bus, &MessageBusPoller::runningChanged, this, [this](bool running) {
        emit busActiveChanged(running);
        if (m_active)
            scheduleNext();
    });
    // While the bus fails and waits on its back-off, polling keeps the normal pace.
    connect(m_bus, &MessageBusPoller::failed, this, [this] {
        if (m_active && m_backoff.failures() == 0 && m_timer.remainingTime() > m_intervalMs)
            m_timer.start(m_intervalMs);
    });
    connect(session, &ForumSession::signedInUserChanged, this, &NotificationWatcher::follow);
    // After an outage the feed may have missed messages.
    connect(session, &ForumSession::reconnected, this, [this] {
        if (m_active)
            m_feed->refresh();
    });
    follow(session->signedInUser());
}

void NotificationWatcher::setPollIntervalMs(int ms)
{
    m_intervalMs = qMax(1, ms);
    if (m_active && m_backoff.failures() == 0)
        scheduleNext();
}

void NotificationWatcher::setBusEnabled(bool enabled)
{
    m_busEnabled = enabled;
    if (!enabled)
        m_bus->stop();
    else if (m_active && m_userId)
        m_bus->start();
}

bool NotificationWatcher::isBusActive() const
{
    return m_bus->isRunning();
}

void NotificationWatcher::follow(const QString &signedInUser)
{
    if (signedInUser.isEmpty())
        stop();
    else
        start();
}

void NotificationWatcher::start()
{
    stop();
    m_active = true;
    m_feed->refresh();
    if (!m_busEnabled)
        return;
    // The bus channel names the user by id, which the sign-in does not keep.
    m_session->client()->fetchUser(m_session->signedInUser(), this, [this](const ApiResult<User> &result) {
        // Without the id the watcher stays on polling.
        if (!m_active || !result.ok() || result.value->id <= 0)
            return;
        m_userId = result.value->id;
        m_bus->setChannels({Api::notificationChannel(m_userId)});
        if (m_busEnabled)
            m_bus->start();
    });
}

void NotificationWatcher::stop()
{
    m_active = false;
    m_userId = 0;
    m_timer.stop();
    m_bus->stop();
    m_backoff.reset();
    m_feed->clear();
}

void NotificationWatcher::scheduleNext()
{
    m_timer.start(m_bus->isRunning() ? m_intervalMs * BusPollFactor : m_intervalMs);
}

void NotificationWatcher::onRefreshed()
{
    if (!m_active)
        return;
    m_backoff.reset();
    scheduleNext();
}

void NotificationWatcher::onRefreshFailed()
{
    if (m_active)
        m_timer.start(int(m_backoff.nextDelayMs()));
}

} // namespace Aivizor
