#include "lib/notifications/notificationtext.h"

#include <QCoreApplication>

namespace Aivizor {

QString notificationSentence(const Notification &n)
{
    const QString who = n.username.isEmpty() ? QCoreApplication::translate("Aivizor::NotificationText", "Someone") : n.username;
    using K = Notification::Kind;
    switch (n.kind) {
    case K::Replied: return QCoreApplication::translate("Aivizor::NotificationText", "%1 replied to you").arg(who);
    case K::Mentioned: return QCoreApplication::translate("Aivizor::NotificationText", "%1 mentioned you").arg(who);
    case K::GroupMentioned: return QCoreApplication::translate("Aivizor::NotificationText", "%1 mentioned your group").arg(who);
    case K::Quoted: return QCoreApplication::translate("Aivizor::NotificationText", "%1 quoted you").arg(who);
    case K::Edited: return QCoreApplication::translate("Aivizor::NotificationText", "%1 edited your post").arg(who);
    case K::Liked:
    case K::LikedConsolidated: return QCoreApplication::translate("Aivizor::NotificationText", "%1 liked your post").arg(who);
    case K::PrivateMessage: return QCoreApplication::translate("Aivizor::NotificationText", "%1 sent you a message").arg(who);
    case K::InvitedToPrivateMessage:
        return QCoreApplication::translate("Aivizor::NotificationText", "%1 invited you to a message").arg(who);
    case K::Posted: return QCoreApplication::translate("Aivizor::NotificationText", "%1 posted in a topic you watch").arg(who);
    case K::Linked: return QCoreApplication::translate("Aivizor::NotificationText", "%1 linked to your post").arg(who);
    case K::GrantedBadge: return QCoreApplication::translate("Aivizor::NotificationText", "You were granted a badge");
    case K::WatchingFirstPost: return QCoreApplication::translate("Aivizor::NotificationText", "%1 started a new topic").arg(who);
    case K::Other: break;
    }
    return QCoreApplication::translate("Aivizor::NotificationText", "News from %1").arg(who);
}

} // namespace Aivizor
