#pragma once

#include "lib/domain/community.h"
#include "lib/parse/jsonreader.h"
#include "lib/parse/parseresult.h"

#include <QJsonDocument>
#include <QList>

namespace Aivizor {

// GET /site.json: "categories" is a flat list of every level.
ParseResult<QList<Community>> parseSiteCommunities(const QJsonDocument &doc);
// GET /categories.json: "category_list.categories" are top-level, with subcategory_ids and, with
// include_subcategories=true, nested subcategory_list (any depth). Flattened, parents first;
// children get their parentId from the nesting when parent_category_id is absent.
ParseResult<QList<Community>> parseCategoryList(const QJsonDocument &doc);

// One category object (id and name required), as every endpoint that side-loads categories sends it.
Community parseCommunity(const QJsonObject &o, const QString &path, JsonReader &r);

} // namespace Aivizor
