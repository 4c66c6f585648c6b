#pragma once

#include "lib/domain/searchresult.h"
#include "lib/parse/parseresult.h"

#include <QJsonDocument>

namespace Aivizor {

// GET /search.json (and /search/query.json, the same GroupedSearchResultSerializer): posts,
// topics, users, categories and grouped_search_result. A post whose topic is missing is kept (its
// title is then empty); grouped_search_result is required.
ParseResult<SearchResultPage> parseSearchResult(const QJsonDocument &doc);

} // namespace Aivizor
