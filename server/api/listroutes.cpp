#include "context.h"
#include "http.h"
#include "routes.h"
#include "serializers.h"
#include "topiclists.h"
#include "topicstate.h"
#include "db/readstate.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QUrlQuery>

namespace {

// Categories whose topics a category list shows: itself and, unless asked not to, its subtree.
QList<int> categoryScope(const QList<CategoryRow> &rows, int id, bool withSubcategories)
{
    QList<int> scope{id};
    for (int i = 0; withSubcategories && i < scope.size(); ++i) {
        for (const CategoryRow &c : rows) {
            if (c.parentId == scope.at(i))
                scope.append(c.id);
        }
    }
    return scope;
}

std::optional<QString> periodStart(const QString &period)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime since;
    if (period.isEmpty() || period == QLatin1String("all"))
        return QString();
    if (period == QLatin1String("yearly"))
        since = now.addYears(-1);
    else if (period == QLatin1String("quarterly"))
        since = now.addMonths(-3);
    else if (period == QLatin1String("monthly"))
        since = now.addMonths(-1);
    else if (period == QLatin1String("weekly"))
        since = now.addDays(-7);
    else if (period == QLatin1String("daily"))
        since = now.addDays(-1);
    else
        return std::nullopt;
    return since.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

// Builds the list; `extra` adds endpoint-specific topic_list keys (for_period, tags).
QHttpServerResponse topicList(ApiContext &ctx, const QHttpServerRequest &request, ListFilter filter,
                              const QJsonObject &extra = {})
{
    const std::optional<int> page = Http::intParam(request, QStringLiteral("page"), 0);
    if (!page || *page > 100000)
        return Http::invalidParameter(QStringLiteral("page"));
    filter.page = *page;
    // A signed-in reader gets their reading state on every row (the cache skips such requests).
    const RequestAuth auth = RequestAuth::from(request, ctx.keys);
    if (auth.invalid() || (auth.valid() && !auth.canRead()))
        return Http::invalidAccess();
    const TopicPage result = ctx.queries.topicList(filter);
    const QHash<int, UserRow> users = ctx.queries.users(Serializers::posterIds(result.topics));

    QJsonArray topics;
    for (const TopicRow &t : result.topics)
        topics.append(Serializers::topicListItem(t, users));
    if (auth.valid()) {
        ReadState(ctx.db).touch(auth.key.userId);
        TopicState::decorateList(ctx, auth.key.userId, result.topics, &topics);
    }
    QJsonArray userList;
    QList<int> ids = users.keys();
    std::sort(ids.begin(), ids.end());
    for (int id : ids)
        userList.append(Serializers::basicUser(users.value(id)));

    QJsonObject list = extra;
    list.insert(QStringLiteral("can_create_topic"), auth.canWrite());
    list.insert(QStringLiteral("per_page"), filter.perPage);
    list.insert(QStringLiteral("topics"), topics);
    if (result.hasMore && result.topics.size() == filter.perPage) {
        // Like Discourse: the path without ".json", the query kept, page advanced.
        QString path = request.url().path();
        path.chop(5);
        QUrlQuery query = request.query();
        query.removeAllQueryItems(QStringLiteral("page"));
        query.addQueryItem(QStringLiteral("page"), QString::number(filter.page + 1));
        list.insert(QStringLiteral("more_topics_url"), path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded));
    }
    return Http::json(QJsonObject{{QStringLiteral("users"), userList},
                                  {QStringLiteral("primary_groups"), QJsonArray()},
                                  {QStringLiteral("topic_list"), list}});
}

QHttpServerResponse categoryTopics(ApiContext &ctx, const QHttpServerRequest &request, int id, bool top)
{
    const QList<CategoryRow> rows = ctx.queries.categoryTree();
    const bool exists = std::any_of(rows.begin(), rows.end(), [id](const CategoryRow &c) { return c.id == id; });
    if (!exists)
        return Http::notFound();
    const bool noSubcategories = request.query().queryItemValue(QStringLiteral("no_subcategories")) == QLatin1String("true");
    ListFilter filter;
    filter.categoryIds = categoryScope(rows, id, !noSubcategories);
    filter.pinnedGloballyOnly = false;
    QJsonObject extra;
    if (top) {
        const QString period = request.query().queryItemValue(QStringLiteral("period"));
        const std::optional<QString> since = periodStart(period);
        if (!since)
            return Http::invalidParameter(QStringLiteral("period"));
        filter.order = ListFilter::Order::Top;
        filter.createdSince = *since;
        filter.prioritizePinned = false;
    }
    return topicList(ctx, request, filter, extra);
}

QHttpServerResponse topTopics(ApiContext &ctx, const QHttpServerRequest &request)
{
    const QString period = request.query().queryItemValue(QStringLiteral("period"));
    const std::optional<QString> since = periodStart(period);
    if (!since)
        return Http::invalidParameter(QStringLiteral("period"));
    ListFilter filter;
    filter.order = ListFilter::Order::Top;
    filter.createdSince = *since;
    filter.prioritizePinned = false;
    return topicList(ctx, request, filter,
                     {{QStringLiteral("for_period"), period.isEmpty() ? QStringLiteral("all") : period}});
}

QHttpServerResponse tagTopics(ApiContext &ctx, const QHttpServerRequest &request, const QString &name)
{
    const std::optional<TagRow> tag = ctx.queries.tagByName(name);
    if (!tag)
        return Http::notFound();
    ListFilter filter;
    filter.tagId = tag->id;
    filter.prioritizePinned = false;
    const QJsonArray tags{QJsonObject{{QStringLiteral("id"), tag->id},
                                      {QStringLiteral("name"), tag->name},
                                      {QStringLiteral("topic_count"), tag->topicCount},
                                      {QStringLiteral("staff"), false}}};
    return topicList(ctx, request, filter, {{QStringLiteral("tags"), tags}});
}

} // namespace

QHttpServerResponse TopicLists::respond(ApiContext &ctx, const QHttpServerRequest &request, const ListFilter &filter)
{
    return topicList(ctx, request, filter);
}

QList<int> TopicLists::categoryScope(const QList<CategoryRow> &rows, int id, bool withSubcategories)
{
    return ::categoryScope(rows, id, withSubcategories);
}

void registerListRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/latest\\.json"), Method::Get, [&ctx](const QHttpServerRequest &request) {
        return ctx.cache.get(request, [&] { return topicList(ctx, request, ListFilter()); });
    });
    server.route(QStringLiteral("/top\\.json"), Method::Get, [&ctx](const QHttpServerRequest &request) {
        return ctx.cache.get(request, [&] { return topTopics(ctx, request); });
    });
    server.route(QStringLiteral("/tag/<arg>\\.json"), Method::Get,
                 [&ctx](const QString &name, const QHttpServerRequest &request) {
                     return ctx.cache.get(request, [&] { return tagTopics(ctx, request, name); });
                 });
    // Category lists: /c/<id>, /c/<slug>/<id>, /c/<parent>/<slug>/<id>, each also with /l/latest or /l/top.
    // Slugs are cosmetic; the id decides.
    const auto category = [&ctx](bool top) {
        return [&ctx, top](int id, const QHttpServerRequest &request) {
            return ctx.cache.get(request, [&] { return categoryTopics(ctx, request, id, top); });
        };
    };
    const auto slugged = [&ctx](bool top) {
        return [&ctx, top](const QString &, int id, const QHttpServerRequest &request) {
            return ctx.cache.get(request, [&] { return categoryTopics(ctx, request, id, top); });
        };
    };
    const auto nested = [&ctx](bool top) {
        return [&ctx, top](const QString &, const QString &, int id, const QHttpServerRequest &request) {
            return ctx.cache.get(request, [&] { return categoryTopics(ctx, request, id, top); });
        };
    };
    server.route(QStringLiteral("/c/<arg>\\.json"), Method::Get, category(false));
    server.route(QStringLiteral("/c/<arg>/l/latest\\.json"), Method::Get, category(false));
    server.route(QStringLiteral("/c/<arg>/l/top\\.json"), Method::Get, category(true));
    server.route(QStringLiteral("/c/<arg>/<arg>\\.json"), Method::Get, slugged(false));
    server.route(QStringLiteral("/c/<arg>/<arg>/l/latest\\.json"), Method::Get, slugged(false));
    server.route(QStringLiteral("/c/<arg>/<arg>/l/top\\.json"), Method::Get, slugged(true));
    server.route(QStringLiteral("/c/<arg>/<arg>/<arg>\\.json"), Method::Get, nested(false));
    server.route(QStringLiteral("/c/<arg>/<arg>/<arg>/l/latest\\.json"), Method::Get, nested(false));
    server.route(QStringLiteral("/c/<arg>/<arg>/<arg>/l/top\\.json"), Method::Get, nested(true));
}
