#include "context.h"
#include "http.h"
#include "routes.h"
#include "serializers.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QUrlQuery>

namespace {

QHttpServerResponse site(ApiContext &ctx)
{
    QJsonObject body = Serializers::siteConstants();
    QJsonArray categories;
    for (const CategoryRow &c : ctx.queries.categories())
        categories.append(Serializers::siteCategory(c));
    body.insert(QStringLiteral("categories"), categories);
    QJsonArray topTags;
    for (const TagRow &t : ctx.queries.topTags(50))
        topTags.append(QJsonObject{{QStringLiteral("id"), t.id},
                                   {QStringLiteral("name"), t.name},
                                   {QStringLiteral("slug"), QString(t.name).toLower().replace(QLatin1Char(' '), QLatin1Char('-'))}});
    body.insert(QStringLiteral("top_tags"), topTags);
    return Http::json(body);
}

// Discourse's site#basic_info: what a client may show before signing in (DiscourseMobile reads it to
// name a site), so it answers anonymous requests. The fields are those of the published schema, which
// allows no others; the demo has no logos or header colours, so those are empty like an unset setting.
QHttpServerResponse basicInfo(ApiContext &ctx)
{
    const QString empty;
    return Http::json(QJsonObject{{QStringLiteral("logo_url"), empty},
                                  {QStringLiteral("logo_small_url"), empty},
                                  {QStringLiteral("apple_touch_icon_url"), empty},
                                  {QStringLiteral("favicon_url"), empty},
                                  {QStringLiteral("title"), ctx.queries.setting(QStringLiteral("title"))},
                                  {QStringLiteral("description"), ctx.queries.setting(QStringLiteral("description"))},
                                  {QStringLiteral("header_primary_color"), empty},
                                  {QStringLiteral("header_background_color"), empty},
                                  {QStringLiteral("login_required"), false},
                                  {QStringLiteral("locale"), QStringLiteral("en")},
                                  {QStringLiteral("include_in_discourse_discover"), false},
                                  {QStringLiteral("mobile_logo_url"), empty}});
}

QHttpServerResponse categoryList(ApiContext &ctx, const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const QString include = query.queryItemValue(QStringLiteral("include_subcategories"));
    if (!include.isEmpty() && include != QLatin1String("true") && include != QLatin1String("false"))
        return Http::invalidParameter(QStringLiteral("include_subcategories"));
    const std::optional<int> parent = Http::intParam(request, QStringLiteral("parent_category_id"), 0);
    if (!parent)
        return Http::invalidParameter(QStringLiteral("parent_category_id"));

    const QList<CategoryRow> rows = ctx.queries.categories();
    QHash<int, CategoryRow> byId;
    for (const CategoryRow &c : rows)
        byId.insert(c.id, c);
    if (*parent && !byId.contains(*parent))
        return Http::notFound();
    QJsonArray list;
    for (const CategoryRow &c : rows) {
        if (c.parentId == *parent)
            list.append(Serializers::listCategory(c, byId, include == QLatin1String("true")));
    }
    return Http::json(QJsonObject{{QStringLiteral("category_list"),
                                   QJsonObject{{QStringLiteral("can_create_category"), false},
                                               {QStringLiteral("can_create_topic"), false},
                                               {QStringLiteral("categories"), list}}}});
}

} // namespace

void registerSiteRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/site\\.json"), Method::Get, [&ctx](const QHttpServerRequest &request) {
        return ctx.cache.get(request, [&] { return site(ctx); });
    });
    server.route(QStringLiteral("/site/basic-info\\.json"), Method::Get, [&ctx](const QHttpServerRequest &request) {
        return ctx.cache.get(request, [&] { return basicInfo(ctx); });
    });
    server.route(QStringLiteral("/categories\\.json"), Method::Get, [&ctx](const QHttpServerRequest &request) {
        return ctx.cache.get(request, [&] { return categoryList(ctx, request); });
    });
}
