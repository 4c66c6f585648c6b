#pragma once

#include "requestauth.h"
#include "db/rows.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

struct ApiContext;

// The signed-in reader's state on topic lists and the topic view (Discourse's
// listable_topic_serializer.rb, topic_view_serializer.rb, lib/unread.rb).
namespace TopicState {

// Checks done before anything else by endpoints that need a user: 413 for a body over the
// limit, 403 not_logged_in without credentials, 403 invalid_access for bad ones or a missing
// scope (write for writes, read for reads). nullopt: go ahead, auth is filled in.
std::optional<QHttpServerResponse> requireUser(ApiContext &ctx, const QHttpServerRequest &request, bool write,
                                               RequestAuth *auth);

// Adds unseen, last_read_post_number, unread_posts (and the older unread/new_posts),
// notification_level, bookmarked and liked to list items built from topics, in the same order.
void decorateList(ApiContext &ctx, int userId, const QList<TopicRow> &topics, QJsonArray *items);

// /t/{id}.json for a signed-in reader: records the visit when track_visit=true (as the web
// client asks), then adds last_read_post_number, posted and the details' notification level.
void decorateTopicView(ApiContext &ctx, const QHttpServerRequest &request, int userId, const TopicRow &topic,
                       QJsonObject *body);

} // namespace TopicState
