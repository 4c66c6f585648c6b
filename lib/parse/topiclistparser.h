#pragma once

#include "lib/domain/topicpage.h"
#include "lib/parse/jsonreader.h"
#include "lib/parse/parseresult.h"

#include <QJsonDocument>

namespace Aivizor {

// A topic list page (/latest.json, /top.json, /c/.../id.json, /tag/x.json, ...):
// topic_list.topics joined with the top-level users through posters[].
ParseResult<TopicPage> parseTopicList(const QJsonDocument &doc);

// One topic list item (also the topics of a search result); users embedded in posters[] are added
// to `users`.
TopicSummary parseTopicSummary(const QJsonObject &o, const QString &path, JsonReader &r,
                               QHash<int, User> &users);

} // namespace Aivizor
