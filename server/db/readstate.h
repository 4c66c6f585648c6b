#pragma once

#include "rows.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

#include <optional>

class Database;

// A reader's topic_users row (Discourse's TopicUser).
struct TopicUserRow
{
    int topicId = 0;
    std::optional<int> lastReadPostNumber;   // nullopt: never read (drives "new")
    int notificationLevel = 1;
    std::optional<int> notificationsReasonId;
    bool posted = false;
    bool bookmarked = false;
    QString firstVisitedAt;
    QString lastVisitedAt;
    int totalMsecsViewed = 0;
};

// Which topics a dismiss or bulk action covers; empty lists mean "no restriction".
struct TopicScope
{
    QList<int> categoryIds;
    int tagId = 0;
    QList<int> topicIds;
    bool restrictToTopicIds = false;
};

// Per-user reading state with Discourse's rules (topic_user.rb, post_timing.rb,
// user_option.rb, topic_query.rb, topics_bulk_action.rb). Writes run in their own transaction.
// Reading state never changes what an anonymous reader sees, so it leaves the response cache alone.
class ReadState
{
public:
    // Discourse's notification levels and the site defaults of the user options.
    enum Level { Muted = 0, Regular = 1, Tracking = 2, Watching = 3 };
    static constexpr int kReasonUserChanged = 2;
    static constexpr int kDefaultNewTopicDurationMinutes = 2880;
    static constexpr int kNewTopicDurationAlways = -1;
    static constexpr int kNewTopicDurationLastVisit = -2;
    static constexpr int kDefaultAutoTrackAfterMsecs = 300000;
    static constexpr int kMaxNewTopics = 500;

    explicit ReadState(Database &db) : m_db(db) {}

    // UserOption#treat_as_new_topic_start_date: topics created before this are never new.
    QDateTime newTopicCutoff(int userId) const;
    QHash<int, TopicUserRow> rows(int userId, const QList<int> &topicIds) const;
    std::optional<TopicUserRow> row(int userId, int topicId) const;
    // Topics in which the user liked at least one post (the list's "liked").
    QSet<int> likedTopicIds(int userId, const QList<int> &topicIds) const;
    // Topics the user dismissed from "new".
    QSet<int> dismissedTopicIds(int userId, const QList<int> &topicIds) const;

    // PostTiming.process_timings + TopicUser.update_last_read. timings: post number -> ms.
    bool recordTimings(int userId, const TopicRow &topic, const QMap<int, int> &timings, int topicTimeMs);
    // TopicUser.track_visit!: the row exists afterwards, with the visit times set.
    bool trackVisit(int userId, int topicId);
    // User#update_last_seen!: a gap of more than an hour starts a new visit (previous_visit_at).
    void touch(int userId);
    // TopicUser.change with reason user_changed, which stops auto-tracking for the topic.
    bool setNotificationLevel(int userId, int topicId, int level);
    // Dismiss new (TopicsBulkAction#dismiss_topics): never-read topics since the cutoff get a
    // dismissed_topic_users row; unscoped, new_since moves to now. Returns the dismissed ids.
    QList<int> dismissNewTopics(int userId, const TopicScope &scope, bool unscoped);
    // Dismiss unread (dismiss_posts): existing rows read up to the highest post. Returns the topic ids.
    QList<int> dismissPosts(int userId, const QList<int> &topicIds);
    // The user's unread topics in a scope (TopicQuery#unread_filter).
    QList<int> unreadTopicIds(int userId, const TopicScope &scope) const;
    // DELETE /t/{id}/timings: lastOnly forgets the last read post, otherwise all timings and the row.
    bool destroyTimings(int userId, int topicId, bool lastOnly);

    // SQL conditions over a topic "t" for the new and unread filters; binds in order.
    static QString newFilterSql();
    static QVariantList newFilterBinds(int userId, const QDateTime &cutoff);
    static QString unreadFilterSql();

private:
    QString scopeSql(const TopicScope &scope, QVariantList *binds) const;

    Database &m_db;
};
