#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Plain rows read from the database; the api/ serializers turn them into Discourse JSON.

struct UserRow
{
    int id = 0;
    QString username;
    QString name;
    QString title;
    QString avatarColor;
    bool admin = false;
    bool moderator = false;
    int trustLevel = 1;

    // Discourse's letter avatar: /letter_avatar_proxy/v4/letter/<initial>/<color>/{size}.png
    QString avatarTemplate() const;
};

struct CategoryRow
{
    int id = 0;
    int parentId = 0;
    QString name;
    QString slug;
    QString color;
    QString textColor;
    QString description;
    int position = 0;
    int topicCount = 0;
    int postCount = 0;
    int topicsDay = 0;
    int topicsWeek = 0;
    int topicsMonth = 0;
    int topicsYear = 0;
    QList<int> childIds;
};

struct TopicRow
{
    int id = 0;
    int categoryId = 0;
    int userId = 0;
    int lastPostUserId = 0;
    QString title;
    QString slug;
    QString excerpt;
    QString archetype;
    QString createdAt;
    QString bumpedAt;
    QString lastPostedAt;
    QString pinnedAt;          // empty when not pinned
    int views = 0;
    int postsCount = 0;
    int replyCount = 0;
    int highestPostNumber = 0;
    int likeCount = 0;
    int participantCount = 0;
    int wordCount = 0;
    QList<int> featuredUserIds;
    bool pinnedGlobally = false;
    bool closed = false;
    bool archived = false;
    bool visible = true;
    QStringList tags;
};

struct PostRow
{
    int id = 0;
    int topicId = 0;
    int postNumber = 0;
    int userId = 0;
    QString raw;
    QString cooked;
    QString createdAt;
    QString updatedAt;
    int replyToPostNumber = 0;
    int replyToUserId = 0;
    bool replyQuoted = false;
    int replyCount = 0;
    int quoteCount = 0;
    int likeCount = 0;
    int postType = 1;
    int version = 1;
};

struct TagRow
{
    int id = 0;
    QString name;
    int topicCount = 0;
};

struct UploadRow
{
    QString sha1;
    QString extension;
    int width = 0;
    int height = 0;
};
