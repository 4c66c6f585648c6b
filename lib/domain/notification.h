#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Aivizor {

// One entry of a user's notifications (Discourse's NotificationSerializer).
struct Notification
{
    // Discourse's Notification.types; the numbers are the API's.
    enum class Kind {
        Other = 0,
        Mentioned = 1,
        Replied = 2,
        Quoted = 3,
        Edited = 4,
        Liked = 5,
        PrivateMessage = 6,
        InvitedToPrivateMessage = 7,
        Posted = 9,
        Linked = 11,
        GrantedBadge = 12,
        GroupMentioned = 15,
        WatchingFirstPost = 17,
        LikedConsolidated = 19,
    };

    qint64 id = 0;
    Kind kind = Kind::Other;
    int type = 0;           // notification_type as sent, also when Kind is Other
    bool read = false;
    QDateTime createdAt;
    int topicId = 0;        // 0: not about a topic (a badge)
    int postNumber = 0;
    QString slug;
    QString topicTitle;     // data.topic_title, or fancy_title with its entities decoded
    QString username;       // data.display_username (who did it), else data.username
    int originalPostId = 0; // data.original_post_id
};

// Maps a notification_type number to the kinds the client tells apart.
Notification::Kind notificationKind(int type);

} // namespace Aivizor

Q_DECLARE_METATYPE(Aivizor::Notification)
