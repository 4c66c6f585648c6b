// Reading state, as Discourse serves it: POST /topics/timings, /new and /unread lists,
// PUT /topics/reset-new, PUT /topics/bulk, POST /t/{id}/notifications, DELETE /t/{id}/timings,
// GET /u/{username}/topic-tracking-state.json.
#include "context.h"
#include "http.h"
#include "params.h"
#include "routes.h"
#include "topiclists.h"
#include "topicstate.h"
#include "db/readstate.h"
#include "db/writer.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonArray>
#include <QUrlQuery>

namespace {

// topics_bulk_action.rb operations that need moderation rights this server gives nobody.
const QStringList kModerationOperations{
    QStringLiteral("change_category"), QStringLiteral("close"), QStringLiteral("archive"),
    QStringLiteral("unlist"), QStringLiteral("relist"), QStringLiteral("delete"),
    QStringLiteral("archive_messages"), QStringLiteral("move_messages_to_inbox"),
    QStringLiteral("change_tags"), QStringLiteral("append_tags"), QStringLiteral("remove_tags"),
    QStringLiteral("reset_bump_dates")};
// A bulk request names at most this many topics: each is checked on its own.
constexpr int kMaxBulkTopics = 1000;
// TopicTrackingState::MAX_TOPICS: the tracking state report lists at most this many topics.
constexpr int kMaxTrackedTopics = 5000;

QString tr(const char *text)
{
    return QCoreApplication::translate("ReadStateRoutes", text);
}

QHttpServerResponse emptyOk()
{
    // Discourse answers timings with `render body: nil`.
    return Http::bytes(QByteArrayLiteral("text/plain; charset=utf-8"), QByteArray(),
                       QByteArrayLiteral("no-cache, no-store"));
}

QHttpServerResponse topicIdsJson(const QList<int> &ids)
{
    QJsonArray array;
    for (int id : ids)
        array.append(id);
    return Http::json(QJsonObject{{QStringLiteral("topic_ids"), array}});
}

QHttpServerResponse badBody()
{
    return Http::error(Http::Status::BadRequest, QStringLiteral("invalid_parameters"),
                       tr("The request body is not a JSON object."));
}

// Every write here needs a signed-in user with the write scope and a readable body.
std::optional<QHttpServerResponse> beginWrite(ApiContext &ctx, const QHttpServerRequest &request, RequestAuth *auth,
                                              Params *params)
{
    if (std::optional<QHttpServerResponse> refused = TopicState::requireUser(ctx, request, true, auth))
        return refused;
    if (!params->parse(request))
        return badBody();
    return std::nullopt;
}

std::optional<int> positiveInt(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok && n > 0 ? std::optional<int>(n) : std::nullopt;
}

std::optional<int> level(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok && n >= ReadState::Muted && n <= ReadState::Watching ? std::optional<int>(n) : std::nullopt;
}

// category_id [+ include_subcategories=true], tag_name, tracked=true, topic_ids[]: the filters
// reset-new and bulk share. A missing category or tag is a 404 (nullopt with *response set).
std::optional<TopicScope> scopeFrom(ApiContext &ctx, const Params &params, QHttpServerResponse *response,
                                    bool *unscoped)
{
    TopicScope scope;
    *unscoped = true;
    if (!params.value(QStringLiteral("category_id")).isEmpty()) {
        const std::optional<int> id = positiveInt(params.value(QStringLiteral("category_id")));
        if (!id || !ctx.queries.categoryExists(*id)) {
            *response = Http::notFound();
            return std::nullopt;
        }
        const bool subcategories = params.value(QStringLiteral("include_subcategories")) == QLatin1String("true");
        scope.categoryIds = TopicLists::categoryScope(ctx.queries.categoryTree(), *id, subcategories);
        *unscoped = false;
    }
    const QString tagName = params.value(QStringLiteral("tag_name")).trimmed();
    if (!tagName.isEmpty()) {
        const std::optional<TagRow> tag = ctx.queries.tagByName(tagName);
        if (!tag) {
            *response = Http::notFound();
            return std::nullopt;
        }
        scope.tagId = tag->id;
        *unscoped = false;
    }
    // tracked=true: topics in tracked or watched categories and tags. Users here track no
    // categories or tags, so nothing qualifies.
    if (params.value(QStringLiteral("tracked")) == QLatin1String("true")) {
        scope.restrictToTopicIds = true;
        *unscoped = false;
        return scope;
    }
    if (params.has(QStringLiteral("topic_ids"))) {
        scope.restrictToTopicIds = true;
        for (const QString &value : params.list(QStringLiteral("topic_ids"))) {
            const std::optional<int> id = positiveInt(value);
            if (!id) {
                *response = Http::invalidParameter(QStringLiteral("topic_ids"));
                return std::nullopt;
            }
            scope.topicIds.append(*id);
        }
    }
    return scope;
}

QHttpServerResponse timings(ApiContext &ctx, const QHttpServerRequest &request, int pathTopicId)
{
    RequestAuth auth;
    Params params;
    if (std::optional<QHttpServerResponse> refused = beginWrite(ctx, request, &auth, &params))
        return std::move(*refused);
    const std::optional<int> topicId = pathTopicId > 0 ? std::optional<int>(pathTopicId)
                                                       : positiveInt(params.value(QStringLiteral("topic_id")));
    if (!topicId)
        return Http::invalidParameter(QStringLiteral("topic_id"));
    const std::optional<TopicRow> topic = ctx.queries.topic(*topicId);
    if (!topic)
        return Http::notFound();
    QMap<int, int> postTimes;
    const QHash<QString, QString> sent = params.hash(QStringLiteral("timings"));
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        bool keyOk = false, valueOk = false;
        const int postNumber = it.key().toInt(&keyOk);
        const int ms = it.value().toInt(&valueOk);
        if (!keyOk || !valueOk)
            return Http::invalidParameter(QStringLiteral("timings"));
        postTimes.insert(postNumber, ms);
    }
    const int topicTime = params.value(QStringLiteral("topic_time")).toInt();
    if (!ReadState(ctx.db).recordTimings(auth.key.userId, *topic, postTimes, topicTime))
        return Http::error(Http::Status::InternalServerError, QStringLiteral("server_error"),
                           tr("The reading progress could not be saved."));
    return emptyOk();
}

QHttpServerResponse stateList(ApiContext &ctx, const QHttpServerRequest &request, ListFilter::State state,
                              int categoryId, const QString &tagName)
{
    RequestAuth auth;
    if (std::optional<QHttpServerResponse> refused = TopicState::requireUser(ctx, request, false, &auth))
        return std::move(*refused);
    ListFilter filter;
    filter.state = state;
    filter.userId = auth.key.userId;
    filter.newSince = ReadState(ctx.db).newTopicCutoff(auth.key.userId);
    // /new and /unread never put pinned topics first (TopicQuery#new_results, #unread_results).
    filter.prioritizePinned = false;
    if (categoryId > 0) {
        const QList<CategoryRow> rows = ctx.queries.categoryTree();
        if (!std::any_of(rows.begin(), rows.end(), [categoryId](const CategoryRow &c) { return c.id == categoryId; }))
            return Http::notFound();
        const bool noSubcategories =
            request.query().queryItemValue(QStringLiteral("no_subcategories")) == QLatin1String("true");
        filter.categoryIds = TopicLists::categoryScope(rows, categoryId, !noSubcategories);
    }
    if (!tagName.isEmpty()) {
        const std::optional<TagRow> tag = ctx.queries.tagByName(tagName);
        if (!tag)
            return Http::notFound();
        filter.tagId = tag->id;
    }
    return TopicLists::respond(ctx, request, filter);
}

QJsonValue nullable(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// users#topic_tracking_state: the reader's new and unread topics with what a client needs to
// keep its counts (TopicTrackingStateItemSerializer), newest bump first.
QHttpServerResponse trackingState(ApiContext &ctx, const QHttpServerRequest &request, const QString &username)
{
    RequestAuth auth;
    if (std::optional<QHttpServerResponse> refused = TopicState::requireUser(ctx, request, false, &auth))
        return std::move(*refused);
    const std::optional<UserRow> named = ctx.queries.userByUsername(username);
    if (!named)
        return Http::notFound();
    // ensure_can_edit!: one's own report only; this server gives nobody a staff view.
    if (named->id != auth.key.userId)
        return Http::invalidAccess();

    ReadState state(ctx.db);
    ListFilter filter;
    filter.state = ListFilter::State::NewOrUnread;
    filter.userId = auth.key.userId;
    filter.newSince = state.newTopicCutoff(auth.key.userId);
    filter.prioritizePinned = false;
    filter.perPage = kMaxTrackedTopics;
    const QList<TopicRow> topics = ctx.queries.topicList(filter).topics;
    QList<int> ids;
    for (const TopicRow &topic : topics)
        ids.append(topic.id);
    const QHash<int, TopicUserRow> rows = state.rows(auth.key.userId, ids);
    const QString since = Writer::isoTime(filter.newSince);
    QJsonArray items;
    for (const TopicRow &topic : topics) {
        const auto row = rows.constFind(topic.id);
        const bool hasRow = row != rows.cend();
        items.append(QJsonObject{
            {QStringLiteral("topic_id"), topic.id},
            {QStringLiteral("highest_post_number"), topic.highestPostNumber},
            {QStringLiteral("last_read_post_number"), hasRow ? nullable(row->lastReadPostNumber) : QJsonValue()},
            {QStringLiteral("created_at"), topic.createdAt},
            {QStringLiteral("category_id"), topic.categoryId},
            {QStringLiteral("notification_level"), hasRow ? QJsonValue(row->notificationLevel) : QJsonValue()},
            {QStringLiteral("created_in_new_period"), topic.createdAt >= since},
            {QStringLiteral("treat_as_new_topic_start_date"), since},
            {QStringLiteral("tags"), QJsonArray::fromStringList(topic.tags)}});
    }
    return Http::json(items);
}

QHttpServerResponse setNotifications(ApiContext &ctx, const QHttpServerRequest &request, int topicId)
{
    RequestAuth auth;
    Params params;
    if (std::optional<QHttpServerResponse> refused = beginWrite(ctx, request, &auth, &params))
        return std::move(*refused);
    const std::optional<int> newLevel = level(params.value(QStringLiteral("notification_level")));
    if (!newLevel)
        return Http::invalidParameter(QStringLiteral("notification_level"));
    if (!ctx.queries.topic(topicId))
        return Http::notFound();
    if (!ReadState(ctx.db).setNotificationLevel(auth.key.userId, topicId, *newLevel))
        return Http::error(Http::Status::InternalServerError, QStringLiteral("server_error"),
                           tr("The notification level could not be saved."));
    return Http::json(QJsonObject{{QStringLiteral("success"), QStringLiteral("OK")}});
}

QHttpServerResponse resetNew(ApiContext &ctx, const QHttpServerRequest &request)
{
    RequestAuth auth;
    Params params;
    if (std::optional<QHttpServerResponse> refused = beginWrite(ctx, request, &auth, &params))
        return std::move(*refused);
    QHttpServerResponse failure(Http::Status::Ok);
    bool unscoped = true;
    const std::optional<TopicScope> scope = scopeFrom(ctx, params, &failure, &unscoped);
    if (!scope)
        return failure;
    return topicIdsJson(ReadState(ctx.db).dismissNewTopics(auth.key.userId, *scope, unscoped));
}

QHttpServerResponse bulk(ApiContext &ctx, const QHttpServerRequest &request)
{
    RequestAuth auth;
    Params params;
    if (std::optional<QHttpServerResponse> refused = beginWrite(ctx, request, &auth, &params))
        return std::move(*refused);
    const QHash<QString, QString> operation = params.hash(QStringLiteral("operation"));
    const QString type = operation.value(QStringLiteral("type"));
    if (type.isEmpty())
        return Http::invalidParameter(QStringLiteral("operation"));
    if (kModerationOperations.contains(type))
        return Http::invalidAccess();
    static const QStringList known{QStringLiteral("dismiss_posts"), QStringLiteral("dismiss_topics"),
                                   QStringLiteral("change_notification_level"),
                                   QStringLiteral("destroy_post_timing")};
    if (!known.contains(type))
        return Http::invalidParameter(QStringLiteral("operation"));

    ReadState state(ctx.db);
    const int userId = auth.key.userId;
    QList<int> targets;
    if (params.has(QStringLiteral("topic_ids"))) {
        const QStringList values = params.list(QStringLiteral("topic_ids"));
        if (values.size() > kMaxBulkTopics)
            return Http::invalidParameter(QStringLiteral("topic_ids"));
        for (const QString &value : values) {
            const std::optional<int> id = positiveInt(value);
            if (!id)
                return Http::invalidParameter(QStringLiteral("topic_ids"));
            // Unknown or invisible topics are skipped, as Discourse's guardian filter does.
            if (ctx.queries.topic(*id) && !targets.contains(*id))
                targets.append(*id);
        }
    } else if (params.value(QStringLiteral("filter")) == QLatin1String("unread")) {
        QHttpServerResponse failure(Http::Status::Ok);
        bool unscoped = true;
        const std::optional<TopicScope> scope = scopeFrom(ctx, params, &failure, &unscoped);
        if (!scope)
            return failure;
        targets = state.unreadTopicIds(userId, *scope);
    } else {
        return Http::invalidParameter(QStringLiteral("topic_ids"));
    }

    QList<int> changed;
    if (type == QLatin1String("dismiss_posts")) {
        changed = state.dismissPosts(userId, targets);
    } else if (type == QLatin1String("dismiss_topics")) {
        TopicScope scope;
        scope.restrictToTopicIds = true;
        scope.topicIds = targets;
        changed = state.dismissNewTopics(userId, scope, false);
    } else if (type == QLatin1String("change_notification_level")) {
        const std::optional<int> newLevel = level(operation.value(QStringLiteral("notification_level_id")));
        if (!newLevel)
            return Http::invalidParameter(QStringLiteral("notification_level_id"));
        for (int id : std::as_const(targets)) {
            if (state.setNotificationLevel(userId, id, *newLevel))
                changed.append(id);
        }
    } else {
        for (int id : std::as_const(targets)) {
            if (state.destroyTimings(userId, id, false))
                changed.append(id);
        }
    }
    return topicIdsJson(changed);
}

QHttpServerResponse destroyTimings(ApiContext &ctx, const QHttpServerRequest &request, int topicId)
{
    RequestAuth auth;
    Params params;
    if (std::optional<QHttpServerResponse> refused = beginWrite(ctx, request, &auth, &params))
        return std::move(*refused);
    if (!ctx.queries.topic(topicId))
        return Http::notFound();
    const QString last = params.value(QStringLiteral("last"));
    const bool lastOnly = last == QLatin1String("1") || last == QLatin1String("true");
    if (!ReadState(ctx.db).destroyTimings(auth.key.userId, topicId, lastOnly))
        return Http::error(Http::Status::InternalServerError, QStringLiteral("server_error"),
                           tr("The reading progress could not be reset."));
    return emptyOk();
}

} // namespace

void registerReadStateRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    for (const QString &path : {QStringLiteral("/topics/timings"), QStringLiteral("/topics/timings\\.json")}) {
        server.route(path, Method::Post, [&ctx](const QHttpServerRequest &request) { return timings(ctx, request, 0); });
    }
    for (const QString &path : {QStringLiteral("/t/<arg>/timings"), QStringLiteral("/t/<arg>/timings\\.json")}) {
        server.route(path, Method::Post, [&ctx](int id, const QHttpServerRequest &request) {
            return timings(ctx, request, id);
        });
        server.route(path, Method::Delete, [&ctx](int id, const QHttpServerRequest &request) {
            return destroyTimings(ctx, request, id);
        });
    }
    for (const QString &path : {QStringLiteral("/t/<arg>/notifications"), QStringLiteral("/t/<arg>/notifications\\.json")}) {
        server.route(path, Method::Post, [&ctx](int id, const QHttpServerRequest &request) {
            return setNotifications(ctx, request, id);
        });
    }
    for (const QString &path : {QStringLiteral("/topics/reset-new"), QStringLiteral("/topics/reset-new\\.json")}) {
        server.route(path, Method::Put, [&ctx](const QHttpServerRequest &request) { return resetNew(ctx, request); });
    }
    for (const QString &path : {QStringLiteral("/topics/bulk"), QStringLiteral("/topics/bulk\\.json")}) {
        server.route(path, Method::Put, [&ctx](const QHttpServerRequest &request) { return bulk(ctx, request); });
    }

    server.route(QStringLiteral("/u/<arg>/topic-tracking-state\\.json"), Method::Get,
                 [&ctx](const QString &username, const QHttpServerRequest &request) {
                     return trackingState(ctx, request, username);
                 });

    // /new and /unread, also per category (/c/<id>, /c/<slug>/<id>, /c/<parent>/<slug>/<id>) and tag.
    using State = ListFilter::State;
    for (const auto &[name, state] : {std::pair{QStringLiteral("new"), State::New},
                                      std::pair{QStringLiteral("unread"), State::Unread}}) {
        const State s = state;
        server.route(QStringLiteral("/%1\\.json").arg(name), Method::Get, [&ctx, s](const QHttpServerRequest &request) {
            return stateList(ctx, request, s, 0, QString());
        });
        server.route(QStringLiteral("/c/<arg>/l/%1\\.json").arg(name), Method::Get,
                     [&ctx, s](int id, const QHttpServerRequest &request) {
                         return stateList(ctx, request, s, id, QString());
                     });
        server.route(QStringLiteral("/c/<arg>/<arg>/l/%1\\.json").arg(name), Method::Get,
                     [&ctx, s](const QString &, int id, const QHttpServerRequest &request) {
                         return stateList(ctx, request, s, id, QString());
                     });
        server.route(QStringLiteral("/c/<arg>/<arg>/<arg>/l/%1\\.json").arg(name), Method::Get,
                     [&ctx, s](const QString &, const QString &, int id, const QHttpServerRequest &request) {
                         return stateList(ctx, request, s, id, QString());
                     });
        server.route(QStringLiteral("/tag/<arg>/l/%1\\.json").arg(name), Method::Get,
                     [&ctx, s](const QString &tag, const QHttpServerRequest &request) {
                         return stateList(ctx, request, s, 0, tag);
                     });
    }
}
