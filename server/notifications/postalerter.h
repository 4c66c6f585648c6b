#pragma once

#include "db/notificationstore.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>

#include <optional>

class Database;

// What notification writes changed, for the live channels once the transaction has committed:
// the users whose counts to republish (/notification/<uid>) and the /notification-alert/<uid>
// payloads (PostAlerter.create_notification_alert).
struct AlertOutcome
{
    QSet<int> changedUsers;
    QList<QPair<int, QJsonObject>> alerts;
};

// Creates notifications by Discourse's rules: PostAlerter#after_save_post for new posts and
// PostActionNotifier for likes (core:app/services/post_alerter.rb, post_action_notifier.rb).
// Runs inside the caller's transaction. Not implemented, because this server has none of
// what they need: group mentions, linked posts, category/tag watching, muting users.
// Likes follow like_notification_frequency "always": every like notifies, and a like within a
// day of an earlier one on the same post replaces it with username2/count.
class PostAlerter
{
public:
    explicit PostAlerter(Database &db);

    void postCreated(int postId, const QStringList &mentionedUsernames);
    void liked(int postId, int likerId, qint64 postActionId);
    // PostActionNotifier.post_action_deleted: the author's like notifications on the post are
    // rebuilt from the likes of the last day, read when all the old ones were.
    void unliked(int postId);

    const AlertOutcome &outcome() const { return m_outcome; }

private:
    struct PostInfo
    {
        int id = 0;
        int topicId = 0;
        int postNumber = 0;
        int userId = 0;
        int postType = 1;
        int replyToPostNumber = 0;
        QString raw;
        QString cooked;
        QString authorUsername;
        QString topicTitle;
        QString topicSlug;
        bool privateMessage = false;
    };
    struct Options
    {
        QString displayUsername;
        qint64 postActionId = 0;
    };

    std::optional<PostInfo> load(int postId) const;
    void create(int userId, int type, const PostInfo &post, const Options &options);
    bool canSee(int userId, const PostInfo &post) const;
    int topicLevel(int userId, int topicId) const;
    QList<int> userIds(const QStringList &usernames, int exceptUserId) const;
    QList<int> quotedUserIds(const PostInfo &post) const;
    QList<int> allowedUserIds(int topicId) const;
    QList<int> watcherIds(int topicId) const;
    // PostAlerter#unread_posts: after the user's last read post, replying to them or in a topic
    // they watch. Returns (first post number, its author, how many).
    struct Unread
    {
        int postNumber = 0;
        QString authorUsername;
        int count = 0;
    };
    Unread unread(int userId, int topicId) const;
    QJsonObject alertPayload(int type, const PostInfo &post, const QString &username) const;

    Database &m_db;
    NotificationStore m_store;
    AlertOutcome m_outcome;
};
