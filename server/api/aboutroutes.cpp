// GET /about.json (core:app/controllers/about_controller.rb, app/serializers/about_serializer.rb
// in the version that embeds moderators and admins as objects).
#include "context.h"
#include "http.h"
#include "routes.h"
#include "serializers.h"
#include "db/database.h"
#include "db/writer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QSqlQuery>

namespace {

QJsonArray staff(ApiContext &ctx, const QString &where)
{
    QJsonArray out;
    QSqlQuery q(ctx.db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM users WHERE %1 ORDER BY id").arg(where)))
        return out;
    QSet<int> ids;
    QList<int> order;
    while (q.next()) {
        ids.insert(q.value(0).toInt());
        order.append(q.value(0).toInt());
    }
    const QHash<int, UserRow> users = ctx.queries.users(ids);
    for (int id : order) {
        const UserRow u = users.value(id);
        QJsonObject o = Serializers::basicUser(u);
        o.insert(QStringLiteral("title"), u.title.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(u.title));
        // This server does not record visits.
        o.insert(QStringLiteral("last_seen_at"), QJsonValue(QJsonValue::Null));
        out.append(o);
    }
    return out;
}

// About#stats: <group>_count plus _last_day/_7_days/_30_days for topics, posts, users, likes
// and active users (here: users who posted in the period, as visits are not recorded).
QJsonObject stats(ApiContext &ctx)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString day = Writer::isoTime(now.addDays(-1));
    const QString week = Writer::isoTime(now.addDays(-7));
    const QString month = Writer::isoTime(now.addDays(-30));
    struct Group
    {
        const char *name;
        const char *countKey;
        QString table;       // rows with a created_at column
        QString distinct;    // counted expression
    };
    const QString publicPosts = QStringLiteral(
        "(SELECT p.created_at, p.user_id FROM posts p JOIN topics t ON t.id = p.topic_id"
        " WHERE t.visible = 1 AND t.archetype = 'regular')");
    const Group groups[] = {
        {"topics", "topic_count",
         QStringLiteral("(SELECT created_at FROM topics WHERE visible = 1 AND archetype = 'regular')"),
         QStringLiteral("*")},
        {"posts", "post_count", publicPosts, QStringLiteral("*")},
        {"users", "user_count", QStringLiteral("users"), QStringLiteral("*")},
        {"likes", "like_count",
         QStringLiteral("(SELECT a.created_at FROM post_actions a JOIN posts p ON p.id = a.post_id"
                        " JOIN topics t ON t.id = p.topic_id WHERE a.post_action_type_id = 2"
                        " AND t.archetype = 'regular')"),
         QStringLiteral("*")},
        {"active_users", nullptr, publicPosts, QStringLiteral("DISTINCT user_id")},
    };
    QJsonObject out;
    for (const Group &g : groups) {
        QSqlQuery q(ctx.db.connection());
        q.prepare(QStringLiteral("SELECT count(%1), (SELECT count(%1) FROM %2 WHERE created_at >= ?),"
                                 " (SELECT count(%1) FROM %2 WHERE created_at >= ?),"
                                 " (SELECT count(%1) FROM %2 WHERE created_at >= ?) FROM %2")
                      .arg(g.distinct, g.table));
        q.addBindValue(day);
        q.addBindValue(week);
        q.addBindValue(month);
        if (!q.exec() || !q.next())
            continue;
        const QString name = QLatin1String(g.name);
        if (g.countKey)
            out.insert(QLatin1String(g.countKey), q.value(0).toInt());
        out.insert(name + QStringLiteral("_last_day"), q.value(1).toInt());
        out.insert(name + QStringLiteral("_7_days"), q.value(2).toInt());
        out.insert(name + QStringLiteral("_30_days"), q.value(3).toInt());
    }
    return out;
}

QHttpServerResponse about(ApiContext &ctx)
{
    const QJsonObject body{
        {QStringLiteral("moderators"), staff(ctx, QStringLiteral("moderator = 1 AND admin = 0"))},
        {QStringLiteral("admins"), staff(ctx, QStringLiteral("admin = 1"))},
        {QStringLiteral("category_moderators"), QJsonArray()},
        {QStringLiteral("stats"), stats(ctx)},
        {QStringLiteral("description"), ctx.queries.setting(QStringLiteral("description"))},
        {QStringLiteral("title"), ctx.queries.setting(QStringLiteral("title"))},
        {QStringLiteral("locale"), QStringLiteral("en")},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("https"), false},
        {QStringLiteral("can_see_about_stats"), true},
        // Site contact details are shown on sites without login_required; none are configured.
        {QStringLiteral("contact_url"), QString()},
        {QStringLiteral("contact_email"), QString()},
    };
    return Http::json(QJsonObject{{QStringLiteral("about"), body}});
}

} // namespace

void registerAboutRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/about\\.json"), Method::Get, [&ctx](const QHttpServerRequest &request) {
        return ctx.cache.get(request, [&] { return about(ctx); });
    });
}
