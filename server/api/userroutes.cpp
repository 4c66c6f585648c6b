// A user's card and profile (GET /u/{username}.json, /u/{username}/card.json) and their
// recent activity (GET /user_actions.json), in the shapes of Discourse's UserSerializer,
// UserCardSerializer and UserActionSerializer.
#include "context.h"
#include "http.h"
#include "requestauth.h"
#include "routes.h"
#include "serializers.h"
#include "db/database.h"
#include "db/userqueries.h"
#include "search/searchtext.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QUrlQuery>

namespace {

// user_actions_controller.rb: 30 per page by default; we refuse more than 60 at once.
constexpr int kDefaultActions = 30;
constexpr int kMaxActions = 60;
constexpr int kExcerptLength = 300;

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString excerpt(const QString &cooked)
{
    const QString text = SearchText::plainText(cooked);
    return text.size() <= kExcerptLength ? text : text.left(kExcerptLength).trimmed() + QStringLiteral("...");
}

QJsonObject userJson(const UserProfileRow &p)
{
    const QJsonValue null(QJsonValue::Null);
    QJsonObject o = Serializers::basicUser(p.user);
    o.insert(QStringLiteral("last_posted_at"), orNull(p.lastPostedAt));
    o.insert(QStringLiteral("last_seen_at"), orNull(p.lastSeenAt));
    o.insert(QStringLiteral("created_at"), p.createdAt);
    o.insert(QStringLiteral("ignored"), false);
    o.insert(QStringLiteral("muted"), false);
    o.insert(QStringLiteral("can_ignore_user"), false);
    o.insert(QStringLiteral("can_mute_user"), false);
    // This server has no private messages.
    o.insert(QStringLiteral("can_send_private_messages"), false);
    o.insert(QStringLiteral("can_send_private_message_to_user"), false);
    o.insert(QStringLiteral("trust_level"), p.user.trustLevel);
    o.insert(QStringLiteral("moderator"), p.user.moderator);
    o.insert(QStringLiteral("admin"), p.user.admin);
    o.insert(QStringLiteral("title"), orNull(p.user.title));
    o.insert(QStringLiteral("badge_count"), 0);
    o.insert(QStringLiteral("custom_fields"), QJsonObject());
    o.insert(QStringLiteral("time_read"), 0);
    o.insert(QStringLiteral("recent_time_read"), 0);
    for (const char *key : {"primary_group_id", "primary_group_name", "flair_group_id", "flair_name", "flair_url",
                            "flair_bg_color", "flair_color", "featured_topic", "uploaded_avatar_id"})
        o.insert(QLatin1String(key), null);
    // Present only when the user wrote one (user_card_serializer.rb include_bio_*?).
    if (!p.bioRaw.isEmpty()) {
        o.insert(QStringLiteral("bio_raw"), p.bioRaw);
        o.insert(QStringLiteral("bio_cooked"), p.bioCooked);
        o.insert(QStringLiteral("bio_excerpt"), excerpt(p.bioCooked));
    }
    o.insert(QStringLiteral("can_edit"), false);
    o.insert(QStringLiteral("can_edit_username"), false);
    o.insert(QStringLiteral("can_edit_email"), false);
    o.insert(QStringLiteral("can_edit_name"), false);
    o.insert(QStringLiteral("has_title_badges"), false);
    o.insert(QStringLiteral("pending_count"), 0);
    o.insert(QStringLiteral("profile_view_count"), 0);
    o.insert(QStringLiteral("can_upload_profile_header"), false);
    o.insert(QStringLiteral("can_upload_user_card_background"), false);
    o.insert(QStringLiteral("post_count"), p.postCount);
    o.insert(QStringLiteral("topic_count"), p.topicCount);
    o.insert(QStringLiteral("can_be_deleted"), false);
    o.insert(QStringLiteral("can_delete_all_posts"), false);
    o.insert(QStringLiteral("featured_user_badge_ids"), QJsonArray());
    o.insert(QStringLiteral("invited_by"), null);
    o.insert(QStringLiteral("groups"), QJsonArray());
    o.insert(QStringLiteral("group_users"), QJsonArray());
    o.insert(QStringLiteral("system_avatar_template"), p.user.avatarTemplate());
    return o;
}

QHttpServerResponse user(ApiContext &ctx, const QHttpServerRequest &request, const QString &username)
{
    const RequestAuth auth = RequestAuth::from(request, ctx.keys);
    if (auth.invalid() || (auth.valid() && !auth.canRead()))
        return Http::invalidAccess();
    const std::optional<UserProfileRow> profile = UserQueries(ctx.db).profile(username);
    if (!profile)
        return Http::notFound();
    return Http::json(QJsonObject{{QStringLiteral("user_badges"), QJsonArray()},
                                  {QStringLiteral("user"), userJson(*profile)}});
}

QHttpServerResponse userActions(ApiContext &ctx, const QHttpServerRequest &request)
{
    const RequestAuth auth = RequestAuth::from(request, ctx.keys);
    if (auth.invalid() || (auth.valid() && !auth.canRead()))
        return Http::invalidAccess();
    const QUrlQuery query = request.query();
    const QString username = query.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded).trimmed();
    if (username.isEmpty())
        return Http::invalidParameter(QStringLiteral("username"));
    QList<int> types;
    for (const QString &part : query.queryItemValue(QStringLiteral("filter")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int type = part.trimmed().toInt(&ok);
        if (!ok || type < 1)
            return Http::invalidParameter(QStringLiteral("filter"));
        types.append(type);
    }
    const std::optional<int> offset = Http::intParam(request, QStringLiteral("offset"), 0);
    const std::optional<int> limit = Http::intParam(request, QStringLiteral("limit"), kDefaultActions);
    if (!offset)
        return Http::invalidParameter(QStringLiteral("offset"));
    if (!limit || *limit < 1 || *limit > kMaxActions)
        return Http::invalidParameter(QStringLiteral("limit"));
    const std::optional<UserProfileRow> profile = UserQueries(ctx.db).profile(username);
    if (!profile)
        return Http::notFound();

    const QList<UserActionRow> rows = UserQueries(ctx.db).actions(profile->user.id, types, *offset, *limit);
    QList<PostRow> posts;
    QSet<int> userIds{profile->user.id};
    for (const UserActionRow &a : rows) {
        if (const std::optional<PostRow> post = ctx.queries.post(a.postId)) {
            posts.append(*post);
            userIds.insert(post->userId);
            userIds.insert(a.actingUserId);
        }
    }
    const QHash<int, UserRow> users = ctx.queries.users(userIds);
    QHash<int, TopicRow> topics;
    QJsonArray actions;
    for (qsizetype i = 0, p = 0; i < rows.size() && p < posts.size(); ++i) {
        const UserActionRow &a = rows.at(i);
        if (posts.at(p).id != a.postId)
            continue;
        const PostRow &post = posts.at(p++);
        if (!topics.contains(post.topicId)) {
            if (const std::optional<TopicRow> t = ctx.queries.topic(post.topicId))
                topics.insert(t->id, *t);
        }
        const TopicRow topic = topics.value(post.topicId);
        const UserRow author = users.value(post.userId);
        const UserRow acting = users.value(a.actingUserId);
        actions.append(QJsonObject{
            {QStringLiteral("excerpt"), excerpt(post.cooked)},
            {QStringLiteral("action_type"), a.actionType},
            {QStringLiteral("created_at"), a.createdAt},
            {QStringLiteral("avatar_template"), author.avatarTemplate()},
            {QStringLiteral("acting_avatar_template"), acting.avatarTemplate()},
            {QStringLiteral("slug"), topic.slug},
            {QStringLiteral("topic_id"), post.topicId},
            {QStringLiteral("target_user_id"), author.id},
            {QStringLiteral("target_name"), orNull(author.name)},
            {QStringLiteral("target_username"), author.username},
            {QStringLiteral("post_number"), post.postNumber},
            {QStringLiteral("post_id"), post.id},
            {QStringLiteral("username"), author.username},
            {QStringLiteral("name"), orNull(author.name)},
            {QStringLiteral("user_id"), author.id},
            {QStringLiteral("acting_username"), acting.username},
            {QStringLiteral("acting_name"), orNull(acting.name)},
            {QStringLiteral("acting_user_id"), acting.id},
            {QStringLiteral("title"), topic.title},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("hidden"), false},
            {QStringLiteral("post_type"), post.postType},
            {QStringLiteral("action_code"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("category_id"), topic.categoryId},
            {QStringLiteral("closed"), topic.closed},
            {QStringLiteral("archived"), topic.archived},
        });
    }
    return Http::json(QJsonObject{{QStringLiteral("user_actions"), actions}});
}

QHttpServerResponse tags(ApiContext &ctx, const QHttpServerRequest &request)
{
    const RequestAuth auth = RequestAuth::from(request, ctx.keys);
    if (auth.invalid() || (auth.valid() && !auth.canRead()))
        return Http::invalidAccess();
    QJsonArray list;
    for (const TagRow &t : ctx.queries.topTags(10000)) {
        // tags_controller.rb: id, text and name, slug, description, topic count, pm_only, target_tag.
        list.append(QJsonObject{{QStringLiteral("id"), t.id},
                                {QStringLiteral("text"), t.name},
                                {QStringLiteral("name"), t.name},
                                {QStringLiteral("slug"), QString(t.name).toLower().replace(QLatin1Char(' '), QLatin1Char('-'))},
                                {QStringLiteral("description"), QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("count"), t.topicCount},
                                {QStringLiteral("pm_only"), false},
                                {QStringLiteral("target_tag"), QJsonValue(QJsonValue::Null)}});
    }
    return Http::json(QJsonObject{{QStringLiteral("tags"), list},
                                  {QStringLiteral("extras"), QJsonObject{{QStringLiteral("categories"), QJsonArray()}}}});
}

} // namespace

void registerUserRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/u/<arg>/card\\.json"), Method::Get,
                 [&ctx](const QString &username, const QHttpServerRequest &request) { return user(ctx, request, username); });
    server.route(QStringLiteral("/u/<arg>\\.json"), Method::Get,
                 [&ctx](const QString &username, const QHttpServerRequest &request) { return user(ctx, request, username); });
    server.route(QStringLiteral("/user_actions\\.json"), Method::Get,
                 [&ctx](const QHttpServerRequest &request) { return userActions(ctx, request); });
    server.route(QStringLiteral("/tags\\.json"), Method::Get, [&ctx](const QHttpServerRequest &request) {
        return ctx.cache.get(request, [&] { return tags(ctx, request); });
    });
}
