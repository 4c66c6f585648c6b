#pragma once

#include "lib/domain/notification.h"
#include "lib/notifications/alertkind.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Aivizor {

class ForumClient;
class NotificationFeed;

// Shows new unread notifications of the user's forums on the desktop through the freedesktop
// notification service (org.freedesktop.Notifications on the session bus): who, what, the forum,
// the topic and an excerpt of the post, with a "default" action that opens it. A notification
// is shown once: the highest id seen per forum is kept in QSettings, so a restart does not show
// the same ones again, and the very first start shows none of what was already there. Without a
// notification service nothing is shown and one warning is logged.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    // Whether a kind of notification from a forum is shown (the user's choice).
    using Filter = std::function<bool(const QString &forumKey, AlertKind kind)>;

    static constexpr int ExcerptLength = 200;

    explicit DesktopNotifier(QObject *parent = nullptr);

    void setFilter(Filter filter) { m_filter = std::move(filter); }
    // Follows a forum's feed; `forumKey` names it in the settings and in activated(). The client
    // fetches the post for the excerpt.
    void track(NotificationFeed *feed, ForumClient *client, const QString &forumKey, const QString &forumName);
    void untrack(NotificationFeed *feed);
    void setForumName(const QString &forumKey, const QString &name);

signals:
    // The user clicked a notification (its default action).
    void activated(const QString &forumKey, int topicId, int postNumber);
    // The service accepted a notification (its id on the bus).
    void shown(uint id, const QString &forumKey, qint64 notificationId);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Forum
    {
        QPointer<ForumClient> client;
        QString key;
        QString name;
    };
    struct Shown
    {
        QString forumKey;
        int topicId = 0;
        int postNumber = 0;
    };

    void onRefreshed(NotificationFeed *feed);
    void send(const Forum &forum, const Notification &notification, const QString &excerpt);
    void warnOnce(const QString &message);

    Filter m_filter;
    QHash<NotificationFeed *, Forum> m_forums;
    QHash<uint, Shown> m_shown; // by the service's id, until it is closed
    bool m_connected = false;
    bool m_warned = false;
    bool m_markup = true; // the service's "body-markup" capability, assumed until it answers
};

} // namespace Aivizor
