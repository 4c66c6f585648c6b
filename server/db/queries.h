#pragma once

#include "rows.h"

#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QSet>

#include <optional>

class Database;

struct ListFilter
{
    enum class Order { Latest, Top };
    Order order = Order::Latest;
    QList<int> categoryIds;        // empty: every category
    int tagId = 0;                 // 0: any tag
    int page = 0;
    int perPage = 30;
    QString createdSince;          // ISO time, for /top periods; empty: no limit
    bool prioritizePinned = true;
    bool pinnedGloballyOnly = true;
    // /new and /unread: the reader's state decides (ReadState's filters). NewOrUnread is the
    // union, for the topic tracking state report.
    enum class State { Any, New, Unread, NewOrUnread };
    State state = State::Any;
    int userId = 0;
    QDateTime newSince;
};

struct TopicPage
{
    QList<TopicRow> topics;
    bool hasMore = false;
};

// Read queries of the API. Every statement is indexed for 100k topics / 10k-post topics.
class Queries
{
public:
    explicit Queries(Database &db) : m_db(db) {}

    // With topic/post counts (a scan of the stats index): for /site.json and /categories.json.
    QList<CategoryRow> categories() const;
    // Names, slugs and the tree only: cheap, for scoping lists and feeds.
    QList<CategoryRow> categoryTree() const;
    QHash<int, UserRow> users(const QSet<int> &ids) const;
    std::optional<UserRow> userByUsername(const QString &username) const;

    TopicPage topicList(const ListFilter &filter) const;
    // A private message only for its participants and admins (Guardian#can_see_topic?); viewer 0
    // is anonymous, so everything else sees private messages as missing.
    std::optional<TopicRow> topic(int id, int viewerUserId = 0) const;
    QList<int> postStream(int topicId) const;
    QList<PostRow> postsByIds(int topicId, const QList<int> &ids) const;
    QList<PostRow> postsFrom(int topicId, int offset, int limit) const;
    QList<PostRow> latestPosts(int topicId, int limit) const;
    // Up to limit posts after (asc) or before (desc) postNumber, in post_number order.
    QList<PostRow> postsNear(int topicId, int postNumber, bool asc, int limit) const;
    std::optional<PostRow> postByNumber(int topicId, int postNumber) const;
    // Which of postIds the user has liked.
    QSet<int> likedPostIds(int userId, const QList<int> &postIds) const;
    bool categoryExists(int id) const;
    std::optional<PostRow> post(int id) const;
    // (user id, post count) of the busiest posters of a topic.
    QList<QPair<int, int>> participants(int topicId, int limit) const;
    // (post number, days before now) samples for the topic timeline.
    QList<QPair<int, int>> timelineLookup(int topicId) const;

    std::optional<TagRow> tagByName(const QString &name) const;
    QList<TagRow> topTags(int limit) const;
    std::optional<UploadRow> upload(const QString &sha1) const;
    QString setting(const QString &name) const;

private:
    QList<TopicRow> readTopics(const QString &sql, const QVariantList &binds) const;
    void attachTags(QList<TopicRow> &topics) const;
    QList<PostRow> readPosts(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};
