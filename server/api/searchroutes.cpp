// GET /search.json (full page) and GET /search/query.json (header search), in the shape of
// Discourse's GroupedSearchResultSerializer (search_controller.rb, lib/search.rb).
#include "context.h"
#include "http.h"
#include "params.h"
#include "routes.h"
#include "serializers.h"
#include "topicstate.h"
#include "db/database.h"
#include "db/writer.h"
#include "search/searchengine.h"
#include "search/searchtext.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonArray>
#include <QSqlQuery>

namespace {

// search_controller.rb PAGE_LIMIT; search_page_size; Search.per_facet; blurb lengths.
constexpr int kPageLimit = 10;
constexpr int kFullPageSize = 50;
constexpr int kPerFacet = 5;
constexpr int kFullPageBlurb = 300;
constexpr int kHeaderBlurb = 200;
// Longer queries are refused: nobody types them, and each word costs an index lookup.
constexpr int kMaxQueryLength = 1000;
// SearchLog.search_types.
constexpr int kHeaderSearch = 1;
constexpr int kFullPageSearch = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("SearchRoutes", text);
}

QJsonValue nullValue()
{
    return QJsonValue(QJsonValue::Null);
}

int logSearch(ApiContext &ctx, const QString &term, int userId, int type)
{
    QSqlQuery q(ctx.db.connection());
    q.prepare(QStringLiteral("INSERT INTO search_logs (term, user_id, search_type, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(term);
    q.addBindValue(userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(type);
    q.addBindValue(Writer::isoTime(QDateTime::currentDateTimeUtc()));
    return q.exec() ? q.lastInsertId().toInt() : 0;
}

// The term checks of search#show: present, long enough, not too long, no NUL.
std::optional<QHttpServerResponse> refuseTerm(const QString &term, const QString &name)
{
    const QString trimmed = term.trimmed();
    if (trimmed.isEmpty())
        return Http::error(Http::Status::BadRequest, QStringLiteral("invalid_parameters"),
                           tr("The search term is missing: %1 is required.").arg(name));
    if (trimmed.size() < SearchEngine::minTermLength(trimmed))
        return Http::error(Http::Status::BadRequest, QStringLiteral("invalid_parameters"),
                           tr("Your search term is too short (minimum %1 characters).")
                               .arg(SearchEngine::minTermLength(trimmed)));
    if (trimmed.size() > kMaxQueryLength)
        return Http::error(Http::Status::BadRequest, QStringLiteral("invalid_parameters"),
                           tr("Your search term is too long (maximum %1 characters).").arg(kMaxQueryLength));
    if (trimmed.contains(QChar(0)))
        return Http::error(Http::Status::BadRequest, QStringLiteral("invalid_parameters"),
                           tr("The search term contains a null byte."));
    return std::nullopt;
}

struct Facets
{
    bool posts = true;
    bool users = false;
    bool categories = false;
    bool tags = false;
};

QJsonArray postsJson(ApiContext &ctx, const SearchEngine::Result &result, int blurbLength, QJsonArray *topics,
                     QJsonArray *postIds, int userId)
{
    QList<PostRow> posts;
    QList<TopicRow> topicRows;
    for (const SearchEngine::Hit &hit : result.hits) {
        const std::optional<PostRow> post = ctx.queries.post(hit.postId);
        const std::optional<TopicRow> topic = ctx.queries.topic(hit.topicId);
        if (!post || !topic)
            continue;
        posts.append(*post);
        topicRows.append(*topic);
    }
    QSet<int> userIds = Serializers::postUserIds(posts) + Serializers::posterIds(topicRows);
    const QHash<int, UserRow> users = ctx.queries.users(userIds);
    QJsonArray out;
    for (const PostRow &p : std::as_const(posts)) {
        const UserRow u = users.value(p.userId);
        out.append(QJsonObject{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("username"), u.username},
            {QStringLiteral("avatar_template"), u.avatarTemplate()},
            {QStringLiteral("created_at"), p.createdAt},
            {QStringLiteral("like_count"), p.likeCount},
            {QStringLiteral("blurb"), SearchText::blurb(SearchText::plainText(p.cooked), result.needles, blurbLength)},
            {QStringLiteral("post_number"), p.postNumber},
            {QStringLiteral("topic_id"), p.topicId},
        });
        postIds->append(p.id);
    }
    for (const TopicRow &t : std::as_const(topicRows))
        topics->append(Serializers::topicListItem(t, users));
    if (userId > 0)
        TopicState::decorateList(ctx, userId, topicRows, topics);
    return out;
}

// Header search also looks for users, categories and tags by name (Search#user_search etc.).
QString likePattern(const QStringList &terms)
{
    QString text = terms.join(QLatin1Char(' ')).toLower();
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

QHttpServerResponse search(ApiContext &ctx, const QHttpServerRequest &request, bool header)
{
    const RequestAuth auth = RequestAuth::from(request, ctx.keys);
    if (auth.invalid() || (auth.valid() && !auth.canRead()))
        return Http::invalidAccess();
    // Params decodes the query string as Rails does ('+' is a space, "%2B" a plus).
    Params query;
    query.parse(request);
    const QString name = header ? QStringLiteral("term") : QStringLiteral("q");
    const QString term = query.value(name);
    if (std::optional<QHttpServerResponse> refused = refuseTerm(term, name))
        return std::move(*refused);

    int page = 1;
    if (query.has(QStringLiteral("page"))) {
        const QString value = query.value(QStringLiteral("page"));
        bool ok = false;
        page = value.toInt(&ok);
        if (!ok || page < 1 || page > kPageLimit || value.startsWith(QLatin1Char('+')))
            return Http::invalidParameter(QStringLiteral("page"));
    }

    Facets facets;
    int pageSize = kFullPageSize;
    if (header) {
        const QString type = query.value(QStringLiteral("type_filter"));
        pageSize = type.isEmpty() ? kPerFacet : kFullPageSize;
        if (type.isEmpty() || type == QLatin1String("exclude_topics")) {
            facets = {type.isEmpty(), true, true, true};
        } else if (type == QLatin1String("user")) {
            facets = {false, true, false, false};
        } else if (type == QLatin1String("category")) {
            facets = {false, false, true, false};
        } else if (type == QLatin1String("tags")) {
            facets = {false, false, false, true};
        } else if (type == QLatin1String("private_messages")) {
            facets = {false, false, false, false};   // this server has no private messages
        } else if (type != QLatin1String("topic") && type != QLatin1String("all_topics")) {
            return Http::forbidden(tr("invalid type filter"));
        }
    }

    const int userId = auth.valid() ? auth.key.userId : 0;
    const SearchEngine engine(ctx.db, ctx.queries);
    SearchEngine::Result result;
    if (facets.posts)
        result = engine.run(term, userId, page, pageSize);
    else
        result.terms = QStringList{term.trimmed()};

    QJsonArray topics;
    QJsonArray postIds;
    const QJsonArray posts = postsJson(ctx, result, header ? kHeaderBlurb : kFullPageBlurb, &topics, &postIds, userId);

    const QString like = likePattern(result.terms);
    QJsonArray users, userIds, categories, categoryIds, tags, tagIds;
    bool moreUsers = false, moreCategories = false;
    if (!like.isEmpty() && facets.users) {
        QSqlQuery q(ctx.db.connection());
        q.prepare(QStringLiteral("SELECT id FROM users WHERE lower(username) LIKE ? ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\'"
                                 " ORDER BY (lower(username) = ?) DESC, username LIMIT ?"));
        q.addBindValue(like + QLatin1Char('%'));
        q.addBindValue(QLatin1Char('%') + like + QLatin1Char('%'));
        q.addBindValue(like);
        q.addBindValue(kPerFacet + 1);
        QList<int> ids;
        if (q.exec()) {
            while (q.next())
                ids.append(q.value(0).toInt());
        }
        moreUsers = ids.size() > kPerFacet;
        const QHash<int, UserRow> rows = ctx.queries.users(QSet<int>(ids.begin(), ids.end()));
        for (int id : ids.mid(0, kPerFacet)) {
            QJsonObject o = Serializers::basicUser(rows.value(id));
            o.insert(QStringLiteral("custom_data"), QJsonArray());
            users.append(o);
            userIds.append(id);
        }
    }
    if (!like.isEmpty() && facets.categories) {
        for (const CategoryRow &c : ctx.queries.categories()) {
            if (!c.name.toLower().contains(like) && !c.slug.toLower().contains(like))
                continue;
            if (categories.size() == kPerFacet) {
                moreCategories = true;
                break;
            }
            categories.append(Serializers::siteCategory(c));
            categoryIds.append(c.id);
        }
    }
    if (!like.isEmpty() && facets.tags) {
        for (const TagRow &t : ctx.queries.topTags(1000)) {
            if (!t.name.toLower().contains(like))
                continue;
            if (tags.size() == kPerFacet)
                break;
            tags.append(QJsonObject{{QStringLiteral("id"), t.id},
                                    {QStringLiteral("name"), t.name},
                                    {QStringLiteral("slug"), QString(t.name).toLower().replace(QLatin1Char(' '), QLatin1Char('-'))}});
            tagIds.append(t.id);
        }
    }

    const auto flag = [header](bool more, bool headerOnly) {
        return more && header == headerOnly ? QJsonValue(true) : nullValue();
    };
    QJsonObject grouped{
        {QStringLiteral("more_posts"), flag(result.hasMore, true)},
        {QStringLiteral("more_users"), flag(moreUsers, true)},
        {QStringLiteral("more_categories"), flag(moreCategories, true)},
        {QStringLiteral("term"), term},
        {QStringLiteral("search_log_id"), logSearch(ctx, term.trimmed(), userId, header ? kHeaderSearch : kFullPageSearch)},
        {QStringLiteral("more_full_page_results"), flag(result.hasMore, false)},
        {QStringLiteral("can_create_topic"), auth.canWrite()},
        {QStringLiteral("error"), nullValue()},
        {QStringLiteral("extra"), QJsonObject()},
        {QStringLiteral("post_ids"), postIds},
        {QStringLiteral("user_ids"), userIds},
        {QStringLiteral("category_ids"), categoryIds},
        {QStringLiteral("tag_ids"), tagIds},
        {QStringLiteral("group_ids"), QJsonArray()},
    };
    return Http::json(QJsonObject{{QStringLiteral("posts"), posts},
                                  {QStringLiteral("topics"), topics},
                                  {QStringLiteral("users"), users},
                                  {QStringLiteral("categories"), categories},
                                  {QStringLiteral("tags"), tags},
                                  {QStringLiteral("groups"), QJsonArray()},
                                  {QStringLiteral("grouped_search_result"), grouped}});
}

} // namespace

void registerSearchRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    // Not cached: every search is logged and gets its own search_log_id.
    for (const QString &path : {QStringLiteral("/search\\.json"), QStringLiteral("/search")}) {
        server.route(path, Method::Get, [&ctx](const QHttpServerRequest &request) { return search(ctx, request, false); });
    }
    server.route(QStringLiteral("/search/query\\.json"), Method::Get,
                 [&ctx](const QHttpServerRequest &request) { return search(ctx, request, true); });
}
