#pragma once

#include "requestauth.h"
#include "serializers.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <optional>

struct ApiContext;

// Shared by the write handlers and by the reads that depend on who asks.
namespace WriteSupport {

// The checks every write handler starts with, in order: body size (413), then credentials
// with the write scope (403). nullopt means go ahead; auth is filled in either way.
std::optional<QHttpServerResponse> refuse(ApiContext &ctx, const QHttpServerRequest &request, RequestAuth *auth);

// The reader state for a set of posts: who, may they write, which of the posts they liked.
Serializers::PostViewer viewerFor(ApiContext &ctx, const RequestAuth &auth, const QList<int> &postIds);

// One post as /posts/{id}.json shows it (Single) or as a like answers (Action), for this reader.
std::optional<QJsonObject> postJson(ApiContext &ctx, int postId, Serializers::PostFlavor flavor,
                                    const RequestAuth &auth);

} // namespace WriteSupport
