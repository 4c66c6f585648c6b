#pragma once

#include "queries.h"

#include <QList>

class Database;

// Private messages: topics with archetype private_message and no category, readable by the
// users in topic_allowed_users (Discourse's TopicAllowedUser).
class PrivateMessageStore
{
public:
    explicit PrivateMessageStore(Database &db) : m_db(db) {}

    // Turns a new topic into a private message between these users (the author among them).
    // Every participant watches it, as TopicCreator/PostCreator set for the author and the
    // recipients of a message. Runs in the caller's transaction.
    bool makePrivate(int topicId, const QList<int> &participantIds);
    QList<int> participantIds(int topicId) const;

    enum class Box { Inbox, Sent };
    // The messages of a user, most recently bumped first, like TopicQuery#list_private_messages
    // (inbox: every message they take part in) and list_private_messages_sent (those they posted in).
    TopicPage list(int userId, Box box, int page, int perPage) const;
    // The user's last read post number per topic (0 when never read).
    QHash<int, int> lastRead(int userId, const QList<int> &topicIds) const;

private:
    Database &m_db;
};
