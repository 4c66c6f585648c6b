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

enum class PostFlavor { TopicView, Single };
QJsonObject post(const PostRow &post, const TopicRow &topic, const QHash<int, UserRow> &users,
                 PostFlavor flavor);
QSet<int> postUserIds(const QList<PostRow> &posts);

// The fixed part of /site.json: notification, post and flag types, trust levels, menus...
QJsonObject siteConstants();

} // namespace Serializers
