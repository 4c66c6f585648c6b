#pragma once

#include "domain/community.h"
#include "parseresult.h"

#include <QJsonDocument>
#include <QList>

// GET /site.json: "categories" is a flat list of every level.
ParseResult<QList<Community>> parseSiteCommunities(const QJsonDocument &doc);
// GET /categories.json: "category_list.categories" are top-level, with subcategory_ids and, with
// include_subcategories=true, nested subcategory_list (any depth). Flattened, parents first;
// children get their parentId from the nesting when parent_category_id is absent.
ParseResult<QList<Community>> parseCategoryList(const QJsonDocument &doc);
