#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class Database;

// Discourse's Notification.types that this server creates or counts (core:app/models/notification.rb).
namespace NotificationType {
constexpr int Mentioned = 1;
constexpr int Replied = 2;
constexpr int Quoted = 3;
constexpr int Liked = 5;
constexpr int PrivateMessage = 6;
constexpr int Posted = 9;
constexpr int LikedConsolidated = 19;
constexpr int BookmarkReminder = 24;
constexpr int Reaction = 25;

// Notification.high_priority_types.
inline bool isHighPriority(int type)
{
    return type == PrivateMessage || type == BookmarkReminder;
}
} // namespace NotificationType

struct NotificationRow
{
    qint64 id = 0;
    int userId = 0;
    int type = 0;
    bool read = false;
    bool highPriority = false;
    QString createdAt;
    int topicId = 0;       // 0: none
    int postNumber = 0;    // 0: none
    QJsonObject data;
    QString topicTitle;    // empty when there is no topic
    QString topicSlug;
};

struct NewNotification
{
    int userId = 0;
    int type = 0;
    int topicId = 0;
    int postNumber = 0;
    qint64 postActionId = 0;
    QJsonObject data;
    bool read = false;
};

// The notifications table: rows in and out, and the counts Discourse's User model derives
// from it (core:app/models/user.rb). Only notifications the user can still see are read:
// those without a topic, on visible regular topics, or on private messages they take part in.
class NotificationStore
{
public:
    // Discourse's MAX_UNREAD_NOTIFICATIONS: the badge counts stop there.
    static constexpr int kMaxUnread = 99;

    explicit NotificationStore(Database &db) : m_db(db) {}

    qint64 add(const NewNotification &notification);
    void remove(qint64 id);
    // The user's newest notification of that type on that post.
    std::optional<NotificationRow> findOnPost(int userId, int topicId, int postNumber, int type) const;
    bool anyOnPost(int userId, int topicId, int postNumber) const;
    QList<NotificationRow> onPost(int topicId, int postNumber, int type) const;
    void removeInTopic(int userId, const QList<int> &types, int topicId);

    enum class Filter { All, Read, Unread };
    // List mode of /notifications.json: newest first.
    QList<NotificationRow> list(int userId, Filter filter, int offset, int limit) const;
    int count(int userId, Filter filter) const;
    // Recent (user menu) mode: Notification.prioritized_list. Without types, likes come after
    // the other unread ones; with types, only those.
    QList<NotificationRow> prioritized(int userId, int limit, const QList<int> &types = {}) const;
    std::optional<NotificationRow> newest(int userId) const;

    // Marks one (or, with id 0, every) unread notification of the user read; returns how many changed.
    int markRead(int userId, qint64 id);
    // Notification.read_types: the user's unread ones of these types.
    int markReadTypes(int userId, const QList<int> &types);
    // users.seen_notification_id := the newest visible id; false when nothing changed.
    bool bumpSeen(int userId);
    qint64 seenId(int userId) const;

    // Counts behind /notification/<uid> and /notifications/totals.json.
    int unreadNormalPriority(int userId) const;          // since seen, capped
    int unreadHighPriority(int userId) const;
    int allUnread(int userId) const;                     // since seen, capped
    int newPersonalMessages(int userId) const;           // since seen
    QHash<int, int> groupedUnread(int userId) const;     // type -> count
    // [[id, read], ...]: up to 20 unread high-priority ones, then 20 others, newest first.
    QList<QPair<qint64, bool>> recentStates(int userId) const;

private:
    QList<NotificationRow> read(const QString &where, const QString &tail, const QVariantList &binds) const;
    int scalar(const QString &sql, const QVariantList &binds) const;

    Database &m_db;
};
