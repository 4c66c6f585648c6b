#pragma once

#include "lib/domain/topicpage.h"
#include "lib/parse/parseresult.h"

#include <QJsonDocument>

namespace Aivizor {

// A topic list page (/latest.json, /top.json, /c/.../id.json, /tag/x.json, ...):
// topic_list.topics joined with the top-level users through posters[].
ParseResult<TopicPage> parseTopicList(const QJsonDocument &doc);

} // namespace Aivizor
