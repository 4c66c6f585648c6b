// Notifications: GET /notifications.json, PUT /notifications/mark-read.json and
// GET /notifications/totals.json (core:app/controllers/notifications_controller.rb).
#include "context.h"
#include "http.h"
#include "notificationjson.h"
#include "params.h"
#include "routes.h"
#include "serializers.h"
#include "signedin.h"
#include "db/database.h"
#include "db/notificationstore.h"
#include "db/writer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUrlQuery>

namespace {

// NotificationsController::INDEX_LIMIT; the user menu shows 15 by default.
constexpr int kMaxLimit = 60;
constexpr int kRecentDefault = 15;
// default_other_new_topic_duration_minutes: topics of the last two days are new.
constexpr int kNewTopicMinutes = 2880;

QString tr(const char *text)
{
    return QCoreApplication::translate("NotificationRoutes", text);
}

// Notification type names ("mentioned,replied") to their numbers; nullopt when one is unknown.
std::optional<QList<int>> typesByName(const QString &names)
{
    const QJsonObject known = Serializers::siteConstants().value(QStringLiteral("notification_types")).toObject();
    QList<int> types;
    for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QJsonValue type = known.value(name.trimmed());
        if (!type.isDouble())
            return std::nullopt;
        types.append(type.toInt());
    }
    return types;
}

QJsonArray toJson(const QList<NotificationRow> &rows)
{
    QJsonArray out;
    for (const NotificationRow &row : rows)
        out.append(NotificationJson::notification(row));
    return out;
}

QHttpServerResponse recentList(ApiContext &ctx, const QHttpServerRequest &request, const RequestAuth &auth)
{
    const std::optional<int> limit = Http::intParam(request, QStringLiteral("limit"), kRecentDefault);
    if (!limit || *limit > kMaxLimit)
        return Http::invalidParameter(QStringLiteral("limit"));
    const QUrlQuery query = request.query();
    const QString typeNames = query.queryItemValue(QStringLiteral("filter_by_types"), QUrl::FullyDecoded);
    const std::optional<QList<int>> types = typesByName(typeNames);
    if (!types)
        return Http::invalidParameter(QStringLiteral("filter_by_types"));
    NotificationStore store(ctx.db);
    const int userId = auth.key.userId;
    const QList<NotificationRow> rows = store.prioritized(userId, *limit, *types);
    // The user menu marks what it showed as seen (not read), unless asked to stay silent.
    if (!rows.isEmpty() && !query.hasQueryItem(QStringLiteral("silent")) && store.bumpSeen(userId))
        NotificationJson::publishState(ctx, userId);
    QJsonObject body{{QStringLiteral("notifications"), toJson(rows)},
                     {QStringLiteral("seen_notification_id"), store.seenId(userId)}};
    // Staff see their review queue there; this server has no reviewables.
    if (types->isEmpty() && auth.key.admin)
        body.insert(QStringLiteral("pending_reviewables"), QJsonArray());
    return Http::json(body);
}

QHttpServerResponse fullList(ApiContext &ctx, const QHttpServerRequest &request, const RequestAuth &auth)
{
    const std::optional<int> limit = Http::intParam(request, QStringLiteral("limit"), kMaxLimit);
    if (!limit || *limit > kMaxLimit)
        return Http::invalidParameter(QStringLiteral("limit"));
    const QUrlQuery query = request.query();
    // params[:offset].to_i: anything unreadable is 0.
    const int offset = qMax(0, query.queryItemValue(QStringLiteral("offset")).toInt());
    const QString filterName = query.queryItemValue(QStringLiteral("filter"));
    const NotificationStore::Filter filter = filterName == QLatin1String("read")     ? NotificationStore::Filter::Read
                                             : filterName == QLatin1String("unread") ? NotificationStore::Filter::Unread
                                                                                     : NotificationStore::Filter::All;
    // Another user's list: only for admins (guardian.can_see_notifications?).
    UserRow user;
    user.id = auth.key.userId;
    user.username = auth.key.username;
    const QString username = query.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    if (!username.isEmpty()) {
        const std::optional<UserRow> named = ctx.queries.userByUsername(username);
        if (!named)
            return Http::notFound();
        if (named->id != auth.key.userId && !auth.key.admin)
            return Http::invalidAccess();
        user = *named;
    }
    const NotificationStore store(ctx.db);
    // notifications_path(username:, offset:, limit:, filter:): Rails sorts the query keys.
    QString more = QStringLiteral("/notifications?");
    if (!filterName.isEmpty())
        more += QStringLiteral("filter=%1&").arg(QString::fromLatin1(QUrl::toPercentEncoding(filterName)));
    more += QStringLiteral("limit=%1&offset=%2&username=%3")
                .arg(*limit)
                .arg(offset + *limit)
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(user.username)));
    return Http::json(QJsonObject{{QStringLiteral("notifications"), toJson(store.list(user.id, filter, offset, *limit))},
                                  {QStringLiteral("total_rows_notifications"), store.count(user.id, filter)},
                                  {QStringLiteral("seen_notification_id"), store.seenId(user.id)},
                                  {QStringLiteral("load_more_notifications"), more}});
}

QHttpServerResponse index(ApiContext &ctx, const QHttpServerRequest &request)
{
    RequestAuth auth;
    if (std::optional<QHttpServerResponse> refused =
            SignedIn::refuse(ctx, request, SignedIn::Access::Read, QStringLiteral("notifications"), &auth))
        return std::move(*refused);
    if (!request.query().queryItemValue(QStringLiteral("recent")).isEmpty())
        return recentList(ctx, request, auth);
    return fullList(ctx, request, auth);
}

QHttpServerResponse markRead(ApiContext &ctx, const QHttpServerRequest &request)
{
    RequestAuth auth;
    if (std::optional<QHttpServerResponse> refused =
            SignedIn::refuse(ctx, request, SignedIn::Access::Write, QStringLiteral("notifications"), &auth))
        return std::move(*refused);
    Params params;
    if (!params.parse(request))
        return Http::invalidParameter(QStringLiteral("body"));
    const int userId = auth.key.userId;
    NotificationStore store(ctx.db);
    QSqlDatabase db = ctx.db.connection();
    if (!db.transaction())
        return Http::error(Http::Status::InternalServerError, QStringLiteral("server_error"),
                           tr("The notifications could not be updated."));
    if (params.has(QStringLiteral("id"))) {
        // params[:id].to_i, like Discourse: an id that is not the user's changes nothing.
        store.markRead(userId, params.value(QStringLiteral("id")).toLongLong());
    } else {
        const QString dismiss = params.value(QStringLiteral("dismiss_types"));
        const std::optional<QList<int>> types = typesByName(dismiss);
        if (!types) {
            db.rollback();
            return Http::invalidParameter(QStringLiteral("dismiss_types"));
        }
        if (types->isEmpty())
            store.markRead(userId, 0);
        else
            store.markReadTypes(userId, *types);
        store.bumpSeen(userId);
    }
    if (!db.commit()) {
        db.rollback();
        return Http::error(Http::Status::InternalServerError, QStringLiteral("server_error"),
                           tr("The notifications could not be updated."));
    }
    // No markChanged(): cached pages are anonymous and show no notifications.
    NotificationJson::publishState(ctx, userId);
    return Http::json(QJsonObject{{QStringLiteral("success"), QStringLiteral("OK")}});
}

// TopicTrackingState.report_totals with API.md 11.3's filters: new = created since the cutoff
// (two days, never before the account) and never read; unread = read before, tracked or watched,
// with posts after the last read one. Private messages are not counted.
QJsonObject trackingTotals(ApiContext &ctx, int userId)
{
    QString cutoff = Writer::isoTime(QDateTime::currentDateTimeUtc().addSecs(-60 * kNewTopicMinutes));
    QSqlQuery q(ctx.db.connection());
    q.prepare(QStringLiteral("SELECT created_at FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (q.exec() && q.next())
        cutoff = qMax(cutoff, q.value(0).toString());
    q.prepare(QStringLiteral(
        "SELECT"
        " sum(t.created_at >= ? AND tu.last_read_post_number IS NULL AND coalesce(tu.notification_level, 2) >= 2),"
        " sum(tu.last_read_post_number IS NOT NULL AND tu.last_read_post_number < t.highest_post_number"
        "     AND coalesce(tu.notification_level, 1) >= 2)"
        " FROM topics t LEFT JOIN topic_users tu ON tu.topic_id = t.id AND tu.user_id = ?"
        " WHERE t.visible = 1 AND t.archetype = 'regular' AND (t.created_at >= ? OR tu.user_id IS NOT NULL)"));
    q.addBindValue(cutoff);
    q.addBindValue(userId);
    q.addBindValue(cutoff);
    const bool ok = q.exec() && q.next();
    return QJsonObject{{QStringLiteral("new"), ok ? q.value(0).toInt() : 0},
                       {QStringLiteral("unread"), ok ? q.value(1).toInt() : 0}};
}

QHttpServerResponse totals(ApiContext &ctx, const QHttpServerRequest &request)
{
    RequestAuth auth;
    if (std::optional<QHttpServerResponse> refused =
            SignedIn::refuse(ctx, request, SignedIn::Access::Read, QStringLiteral("notifications"), &auth))
        return std::move(*refused);
    const int userId = auth.key.userId;
    const NotificationStore store(ctx.db);
    const int newMessages = store.newPersonalMessages(userId);
    // UserNotificationTotalSerializer.
    QJsonObject body{{QStringLiteral("username"), auth.key.username},
                     {QStringLiteral("unread_notifications"), store.allUnread(userId) - newMessages},
                     {QStringLiteral("unread_personal_messages"), newMessages},
                     {QStringLiteral("topic_tracking"), trackingTotals(ctx, userId)},
                     {QStringLiteral("group_inboxes"), QJsonArray()}};
    if (auth.key.admin)
        body.insert(QStringLiteral("unseen_reviewables"), 0);
    return Http::json(body);
}

} // namespace

void registerNotificationRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    for (const QString &path : {QStringLiteral("/notifications\\.json"), QStringLiteral("/notifications")}) {
        server.route(path, Method::Get, [&ctx](const QHttpServerRequest &request) { return index(ctx, request); });
    }
    for (const QString &path : {QStringLiteral("/notifications/mark-read\\.json"), QStringLiteral("/notifications/mark-read"),
                                QStringLiteral("/notifications/read\\.json"), QStringLiteral("/notifications/read")}) {
        server.route(path, Method::Put, [&ctx](const QHttpServerRequest &request) { return markRead(ctx, request); });
    }
    for (const QString &path : {QStringLiteral("/notifications/totals\\.json"), QStringLiteral("/notifications/totals")}) {
        server.route(path, Method::Get, [&ctx](const QHttpServerRequest &request) { return totals(ctx, request); });
    }
}
