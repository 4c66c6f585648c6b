#pragma once

#include "lib/session/backoff.h"

#include <QObject>
#include <QTimer>

namespace Aivizor {

class ForumSession;
class MessageBusPoller;
class NotificationFeed;

// Keeps a session's NotificationFeed current while someone is signed in: refreshes it every
// pollInterval (every BusPollFactor intervals while the message bus works), at once when the bus
// says the user's notifications changed, and after failures on the session's Backoff rule.
// Stops (and empties the feed) on sign-out.
class NotificationWatcher : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busActive READ isBusActive NOTIFY busActiveChanged)
public:
    static constexpr int DefaultPollIntervalMs = 60 * 1000;
    static constexpr int BusPollFactor = 5;

    explicit NotificationWatcher(ForumSession *session, QObject *parent = nullptr);

    NotificationFeed *feed() const { return m_feed; }
    MessageBusPoller *bus() const { return m_bus; }

    int pollIntervalMs() const { return m_intervalMs; }
    void setPollIntervalMs(int ms);
    // Off: polling only (the forum's bus is never asked).
    void setBusEnabled(bool enabled);
    bool isBusActive() const;

signals:
    void busActiveChanged(bool active);

private:
    void follow(const QString &signedInUser);
    void start();
    void stop();
    void scheduleNext();
    void onRefreshed();
    void onRefreshFailed();

    ForumSession *m_session;
    NotificationFeed *m_feed;
    MessageBusPoller *m_bus;
    QTimer m_timer;
    Backoff m_backoff;
    int m_intervalMs = DefaultPollIntervalMs;
    bool m_busEnabled = true;
    bool m_active = false;
    int m_userId = 0;
};

} // namespace Aivizor
