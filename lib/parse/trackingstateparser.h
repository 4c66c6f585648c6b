#pragma once

#include "lib/domain/topicreadstate.h"
#include "lib/parse/parseresult.h"

#include <QJsonDocument>
#include <QList>

namespace Aivizor {

// GET /u/{username}/topic-tracking-state.json: a JSON array of the reader's new and unread topics
// ({topic_id, highest_post_number, last_read_post_number|null, category_id,
// notification_level|null, created_in_new_period}); topic_id is required.
ParseResult<QList<TopicReadState>> parseTrackingState(const QJsonDocument &doc);

} // namespace Aivizor
