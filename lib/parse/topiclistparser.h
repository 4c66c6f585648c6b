#pragma once

#include "domain/topicpage.h"
#include "parseresult.h"

#include <QJsonDocument>

// A topic list page (/latest.json, /top.json, /c/.../id.json, /tag/x.json, ...):
// topic_list.topics joined with the top-level users through posters[].
ParseResult<TopicPage> parseTopicList(const QJsonDocument &doc);
