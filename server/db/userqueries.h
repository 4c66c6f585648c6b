#pragma once

#include "rows.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// A user's profile: the card fields beyond UserRow, with counts over visible topics.
struct UserProfileRow
{
    UserRow user;
    QString createdAt;
    QString lastSeenAt;       // empty: never seen
    QString lastPostedAt;     // empty: never posted
    QString bioRaw;
    QString bioCooked;
    int postCount = 0;
    int topicCount = 0;
};

// One entry of a user's activity stream (Discourse's user_actions rows, derived here from
// posts and likes instead of being stored).
struct UserActionRow
{
    int actionType = 0;
    QString createdAt;
    int actingUserId = 0;
    int postId = 0;
};

// Reads for /u/{username}.json and /user_actions.json.
class UserQueries
{
public:
    // UserAction action types (user_action.rb).
    enum ActionType { Like = 1, WasLiked = 2, NewTopic = 4, Reply = 5, Response = 6 };

    explicit UserQueries(Database &db) : m_db(db) {}

    std::optional<UserProfileRow> profile(const QString &username) const;
    // Newest first; types empty means every type this server derives.
    QList<UserActionRow> actions(int userId, const QList<int> &types, int offset, int limit) const;

private:
    Database &m_db;
};
