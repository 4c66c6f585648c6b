// Likes: POST /post_actions.json and DELETE /post_actions/{post_id}.json, like Discourse.
#include "context.h"
#include "http.h"
#include "params.h"
#include "routes.h"
#include "notificationjson.h"
#include "writesupport.h"
#include "db/database.h"
#include "db/writer.h"
#include "notifications/postalerter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QSqlQuery>

namespace {

constexpr int kLike = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("LikeRoutes", text);
}

// Only likes exist here; flags (types 3-10) would need a review queue.
bool isLikeType(const QString &value)
{
    return value.trimmed() == QString::number(kLike);
}

// Runs one statement in its own transaction, with the notifications it causes; true when it
// changed a row.
bool changeLike(ApiContext &ctx, const QString &sql, int postId, int userId, bool insert)
{
    PostAlerter alerter(ctx.db);
    QSqlDatabase db = ctx.db.connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(postId);
    q.addBindValue(userId);
    if (insert)
        q.addBindValue(Writer::isoTime(QDateTime::currentDateTimeUtc()));
    if (!q.exec() || q.numRowsAffected() != 1) {
        db.rollback();
        return false;
    }
    if (insert)
        alerter.liked(postId, userId, q.lastInsertId().toLongLong());
    else
        alerter.unliked(postId);
    if (!db.commit()) {
        db.rollback();
        return false;
    }
    ctx.db.markChanged();
    NotificationJson::publish(ctx, alerter.outcome());
    return true;
}

QHttpServerResponse updatedPost(ApiContext &ctx, int postId, const RequestAuth &auth)
{
    const std::optional<QJsonObject> json = WriteSupport::postJson(ctx, postId, Serializers::PostFlavor::Action, auth);
    return json ? Http::json(*json) : Http::notFound();
}

QHttpServerResponse like(ApiContext &ctx, const QHttpServerRequest &request)
{
    RequestAuth auth;
    if (std::optional<QHttpServerResponse> refused = WriteSupport::refuse(ctx, request, &auth))
        return std::move(*refused);
    Params params;
    if (!params.parse(request))
        return Http::invalidParameter(QStringLiteral("body"));
    bool ok = false;
    const int postId = params.value(QStringLiteral("id")).toInt(&ok);
    if (!ok || postId <= 0)
        return Http::invalidParameter(QStringLiteral("id"));
    if (!isLikeType(params.value(QStringLiteral("post_action_type_id"))))
        return Http::invalidParameter(QStringLiteral("post_action_type_id"));
    const std::optional<PostRow> post = ctx.queries.post(postId);
    const std::optional<TopicRow> topic = post ? ctx.queries.topic(post->topicId, auth.key.userId) : std::nullopt;
    if (!post || !topic)
        return Http::notFound();
    // Discourse's guardian refuses likes on your own posts and in archived topics.
    if (post->userId == auth.key.userId || topic->archived)
        return Http::forbidden(tr("You are not permitted to view the requested resource."));
    if (ctx.queries.likedPostIds(auth.key.userId, {postId}).contains(postId))
        return Http::forbidden(tr("You already performed this action."));
    if (!changeLike(ctx,
                    QStringLiteral("INSERT INTO post_actions (post_id, user_id, post_action_type_id, created_at)"
                                   " VALUES (?, ?, 2, ?)"),
                    postId, auth.key.userId, true))
        return Http::error(Http::Status::InternalServerError, QStringLiteral("server_error"),
                           tr("The like could not be saved."));
    return updatedPost(ctx, postId, auth);
}

QHttpServerResponse unlike(ApiContext &ctx, const QHttpServerRequest &request, int postId)
{
    RequestAuth auth;
    if (std::optional<QHttpServerResponse> refused = WriteSupport::refuse(ctx, request, &auth))
        return std::move(*refused);
    Params params;
    if (!params.parse(request))
        return Http::invalidParameter(QStringLiteral("body"));
    if (!isLikeType(params.value(QStringLiteral("post_action_type_id"))))
        return Http::invalidParameter(QStringLiteral("post_action_type_id"));
    if (!ctx.queries.post(postId))
        return Http::notFound();
    // No like of this user on the post: Discourse's find_by(...) comes back empty, a 404.
    if (!changeLike(ctx,
                    QStringLiteral("DELETE FROM post_actions WHERE post_id = ? AND user_id = ?"
                                   " AND post_action_type_id = 2"),
                    postId, auth.key.userId, false))
        return Http::notFound();
    return updatedPost(ctx, postId, auth);
}

} // namespace

void registerLikeRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    for (const QString &path : {QStringLiteral("/post_actions\\.json"), QStringLiteral("/post_actions")}) {
        server.route(path, Method::Post, [&ctx](const QHttpServerRequest &request) { return like(ctx, request); });
    }
    // The path id is the post id, not an action id (Discourse's destroy: find_by(post_id:)).
    for (const QString &path : {QStringLiteral("/post_actions/<arg>\\.json"), QStringLiteral("/post_actions/<arg>")}) {
        server.route(path, Method::Delete, [&ctx](int postId, const QHttpServerRequest &request) {
            return unlike(ctx, request, postId);
        });
    }
}
