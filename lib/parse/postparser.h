#pragma once

#include "lib/domain/post.h"
#include "lib/parse/jsonreader.h"
#include "lib/parse/parseresult.h"

#include <QJsonDocument>
#include <QList>

namespace Aivizor {

// One post object (topic view, posts.json chunk, /posts/{id}.json, latest_posts).
// id and post_number are required. Likes come from actions_summary entry id 2.
Post parsePostObject(const QJsonObject &o, const QString &path, JsonReader &r);
// An array of post objects at `path`.
QList<Post> parsePostArray(const QJsonArray &a, const QString &path, JsonReader &r);

// GET /posts/{id}.json (a bare post, or {post:{...}} from nested_post / PUT).
ParseResult<Post> parseSinglePost(const QJsonDocument &doc);
// GET /t/{id}/posts.json: {post_stream:{posts:[...]}}.
ParseResult<QList<Post>> parsePostChunk(const QJsonDocument &doc);
// GET /posts.json: {latest_posts:[...]}.
ParseResult<QList<Post>> parseLatestPosts(const QJsonDocument &doc);

} // namespace Aivizor
