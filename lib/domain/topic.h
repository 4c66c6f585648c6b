#pragma once

#include "lib/domain/post.h"
#include "lib/domain/user.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Aivizor {

// A row of a topic list (/latest.json, /c/..., /tag/...).
struct TopicSummary
{
    int id = 0;
    QString title;             // "title", never "fancy_title" (that one is HTML-escaped)
    QString slug;
    int categoryId = 0;
    QStringList tags;          // names; servers send strings or {id,name,slug} objects
    int postsCount = 0;
    int replyCount = 0;
    int views = 0;
    int likeCount = 0;
    QDateTime createdAt;
    QDateTime lastPostedAt;
    QDateTime bumpedAt;
    bool pinned = false;
    bool closed = false;
    bool archived = false;
    QString lastPosterUsername;
    int originalPosterId = 0;  // from posters[] ("Original Poster" description) or the first poster
    User originalPoster;       // resolved from the page's users (id 0 when unknown)
    QString excerpt;
    // The signed-in reader's state (listable_topic_serializer.rb). `unseen` is false for anonymous
    // readers; the rest is sent only when the reader has a topic_users row (hasReaderState).
    int highestPostNumber = 0;
    bool unseen = false;
    bool hasReaderState = false;
    int lastReadPostNumber = 0; // 0: never read
    int unreadPosts = 0;
    int notificationLevel = -1; // -1: not sent
};

// A topic opened in the reader (/t/{id}.json).
struct Topic
{
    int id = 0;
    QString title;
    QString slug;
    int categoryId = 0;
    QStringList tags;
    int postsCount = 0;
    int replyCount = 0;
    int views = 0;
    int likeCount = 0;
    int highestPostNumber = 0;
    int chunkSize = 20;
    QDateTime createdAt;
    QDateTime lastPostedAt;
    bool pinned = false;
    bool closed = false;
    bool archived = false;
    bool canCreatePost = false;
    int lastReadPostNumber = 0;
    int notificationLevel = -1; // details.notification_level; -1 when not sent (anonymous)
    User createdBy;
    QList<User> participants;  // details.participants
    QList<int> stream;         // every visible post id, in order
    QList<Post> posts;         // the first chunk
};

} // namespace Aivizor
