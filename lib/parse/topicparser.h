#pragma once

#include "lib/domain/topic.h"
#include "lib/parse/parseresult.h"

#include <QJsonDocument>

namespace Aivizor {

// GET /t/{id}.json: metadata, details (created_by, participants, can_create_post),
// post_stream.stream (all post ids) and post_stream.posts (the first chunk).
// When "stream" is absent (very old servers) it is taken from the posts' ids.
ParseResult<Topic> parseTopic(const QJsonDocument &doc);

} // namespace Aivizor
