#pragma once

#include "db/queries.h"
#include "db/rows.h"

#include <QJsonArray>
#include <QJsonObject>

// Discourse JSON shapes for an anonymous reader (openapi.json: getSite, listCategories,
// list*Topics, getTopic, getSpecificPostsFromTopic, getPost). Rows in, JSON out, no SQL.
namespace Serializers {

QJsonObject basicUser(const UserRow &user);

// The flat /site.json category and the /categories.json one differ in their field sets.
QJsonObject siteCategory(const CategoryRow &category);
QJsonObject listCategory(const CategoryRow &category, const QHash<int, CategoryRow> &byId,
                         bool includeSubcategories);

QJsonObject topicListItem(const TopicRow &topic, const QHash<int, UserRow> &users);
QSet<int> posterIds(const QList<TopicRow> &topics);

// TopicView: a post of /t/{id}.json; Single: /posts/{id}.json and POST /posts.json (with raw);
// Action: the answer to a like or unlike (Discourse leaves raw out there).
enum class PostFlavor { TopicView, Single, Action };

// The signed-in reader a post is serialized for; userId 0 is anonymous.
struct PostViewer
{
    int userId = 0;
    bool canWrite = false;
    QSet<int> likedPostIds;
};

QJsonObject post(const PostRow &post, const TopicRow &topic, const QHash<int, UserRow> &users,
                 PostFlavor flavor, const PostViewer &viewer = {});
QSet<int> postUserIds(const QList<PostRow> &posts);

// The fixed part of /site.json: notification, post and flag types, trust levels, menus...
QJsonObject siteConstants();

} // namespace Serializers
