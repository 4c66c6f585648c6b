#pragma once

#include "db/queries.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

struct ApiContext;

// The topic list builder of /latest and friends, for other list endpoints (/new, /unread).
namespace TopicLists {

// The list JSON for a filter (page from ?page=, reader state for signed-in requests).
QHttpServerResponse respond(ApiContext &ctx, const QHttpServerRequest &request, const ListFilter &filter);
// A category and, when asked, its whole subtree.
QList<int> categoryScope(const QList<CategoryRow> &rows, int id, bool withSubcategories);

} // namespace TopicLists
