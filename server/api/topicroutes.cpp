#include "context.h"
#include "http.h"
#include "routes.h"
#include "serializers.h"
#include "topicstate.h"
#include "writesupport.h"
#include "db/privatemessagestore.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QUrlQuery>

namespace {

constexpr int kChunkSize = 20;
constexpr int kMaxPostIds = 200;

QList<int> idsOf(const QList<PostRow> &posts)
{
    QList<int> ids;
    for (const PostRow &p : posts)
        ids.append(p.id);
    return ids;
}

// Reads depend on who asks (yours, acted, can_act, can_create_post): signed-in requests are
// built fresh, anonymous ones come from the shared cache. Bad credentials are a 403 as in Discourse.
QHttpServerResponse viewerAware(ApiContext &ctx, const QHttpServerRequest &request,
                                const std::function<QHttpServerResponse(const RequestAuth &)> &build)
{
    const RequestAuth auth = RequestAuth::from(request, ctx.keys);
    if (auth.invalid() || (auth.valid() && !auth.canRead()))
        return Http::invalidAccess();
    if (auth.valid())
        return build(auth);
    return ctx.cache.get(request, [&] { return build(auth); });
}

int viewerId(const RequestAuth &auth)
{
    return auth.valid() ? auth.key.userId : 0;
}

QHttpServerResponse topicView(ApiContext &ctx, const QHttpServerRequest &request, int id, const RequestAuth &auth)
{
    const std::optional<TopicRow> topic = ctx.queries.topic(id, viewerId(auth));
    if (!topic)
        return Http::notFound();
    // ?page=N is 1-based for a topic: posts (N-1)*20 onwards; past the end is a 404.
    const std::optional<int> page = Http::intParam(request, QStringLiteral("page"), 1);
    if (!page || *page < 1)
        return Http::invalidParameter(QStringLiteral("page"));
    const QList<int> stream = ctx.queries.postStream(id);
    const qsizetype offset = qsizetype(*page - 1) * kChunkSize;
    if (offset >= stream.size() && *page > 1)
        return Http::notFound();
    const QList<PostRow> posts = ctx.queries.postsFrom(id, int(offset), kChunkSize);
    const QList<QPair<int, int>> participants = ctx.queries.participants(id, 24);
    const bool privateMessage = topic->archetype == QLatin1String("private_message");
    const QList<int> allowedUserIds = privateMessage ? PrivateMessageStore(ctx.db).participantIds(id) : QList<int>();

    QSet<int> userIds = Serializers::postUserIds(posts);
    for (int allowed : allowedUserIds)
        userIds.insert(allowed);
    userIds.insert(topic->userId);
    userIds.insert(topic->lastPostUserId);
    for (const auto &p : participants)
        userIds.insert(p.first);
    const QHash<int, UserRow> users = ctx.queries.users(userIds);

    const Serializers::PostViewer viewer = WriteSupport::viewerFor(ctx, auth, idsOf(posts));
    QJsonArray postArray;
    for (const PostRow &p : posts)
        postArray.append(Serializers::post(p, *topic, users, Serializers::PostFlavor::TopicView, viewer));
    QJsonArray streamArray;
    for (int postId : stream)
        streamArray.append(postId);
    QJsonArray participantArray;
    for (const auto &[userId, count] : participants) {
        const UserRow u = users.value(userId);
        QJsonObject o = Serializers::basicUser(u);
        o.insert(QStringLiteral("post_count"), count);
        o.insert(QStringLiteral("primary_group_name"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("flair_name"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("flair_url"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("flair_color"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("flair_bg_color"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("admin"), u.admin);
        o.insert(QStringLiteral("moderator"), u.moderator);
        o.insert(QStringLiteral("trust_level"), u.trustLevel);
        participantArray.append(o);
    }
    QJsonArray tags;
    for (const QString &name : topic->tags) {
        const std::optional<TagRow> tag = ctx.queries.tagByName(name);
        tags.append(QJsonObject{{QStringLiteral("id"), tag ? tag->id : 0},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("slug"), QString(name).toLower().replace(QLatin1Char(' '), QLatin1Char('-'))}});
    }
    QJsonArray timeline;
    for (const auto &[postNumber, daysAgo] : ctx.queries.timelineLookup(id))
        timeline.append(QJsonArray{postNumber, daysAgo});

    QJsonObject details{
        {QStringLiteral("can_edit"), false},
        {QStringLiteral("notification_level"), 1},
        {QStringLiteral("can_move_posts"), false},
        {QStringLiteral("can_delete"), false},
        {QStringLiteral("can_remove_allowed_users"), false},
        // Anonymous readers cannot reply; signed-in writers can, unless the topic is closed.
        {QStringLiteral("can_create_post"), auth.canWrite() && !topic->closed && !topic->archived},
        {QStringLiteral("can_reply_as_new_topic"), false},
        {QStringLiteral("can_flag_topic"), false},
        {QStringLiteral("can_convert_topic"), false},
        {QStringLiteral("can_review_topic"), false},
        {QStringLiteral("can_close_topic"), false},
        {QStringLiteral("can_archive_topic"), false},
        {QStringLiteral("can_split_merge_topic"), false},
        {QStringLiteral("can_edit_staff_notes"), false},
        {QStringLiteral("can_toggle_topic_visibility"), false},
        {QStringLiteral("can_pin_unpin_topic"), false},
        {QStringLiteral("can_moderate_category"), false},
        {QStringLiteral("participants"), participantArray},
        {QStringLiteral("created_by"), Serializers::basicUser(users.value(topic->userId))},
        {QStringLiteral("last_poster"), Serializers::basicUser(users.value(topic->lastPostUserId))},
    };
    // TopicViewDetailsSerializer: a private message lists who may read it.
    if (privateMessage) {
        QJsonArray allowed;
        for (int allowedId : allowedUserIds)
            allowed.append(Serializers::basicUser(users.value(allowedId)));
        details.insert(QStringLiteral("allowed_users"), allowed);
        details.insert(QStringLiteral("allowed_groups"), QJsonArray());
    }
    const QJsonValue null(QJsonValue::Null);
    QJsonObject body{
        {QStringLiteral("post_stream"), QJsonObject{{QStringLiteral("posts"), postArray},
                                                    {QStringLiteral("stream"), streamArray}}},
        {QStringLiteral("timeline_lookup"), timeline},
        {QStringLiteral("suggested_topics"), QJsonArray()},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("tags_descriptions"), QJsonObject()},
        {QStringLiteral("id"), topic->id},
        {QStringLiteral("title"), topic->title},
        {QStringLiteral("fancy_title"), topic->title.toHtmlEscaped()},
        {QStringLiteral("posts_count"), topic->postsCount},
        {QStringLiteral("created_at"), topic->createdAt},
        {QStringLiteral("views"), topic->views},
        {QStringLiteral("reply_count"), topic->replyCount},
        {QStringLiteral("like_count"), topic->likeCount},
        {QStringLiteral("last_posted_at"), topic->lastPostedAt},
        {QStringLiteral("visible"), topic->visible},
        {QStringLiteral("closed"), topic->closed},
        {QStringLiteral("archived"), topic->archived},
        {QStringLiteral("has_summary"), false},
        {QStringLiteral("archetype"), topic->archetype},
        {QStringLiteral("slug"), topic->slug},
        {QStringLiteral("category_id"), topic->categoryId > 0 ? QJsonValue(topic->categoryId) : null},
        {QStringLiteral("word_count"), topic->wordCount},
        {QStringLiteral("deleted_at"), null},
        {QStringLiteral("user_id"), topic->userId},
        {QStringLiteral("featured_link"), null},
        {QStringLiteral("pinned_globally"), topic->pinnedGlobally},
        {QStringLiteral("pinned_at"), topic->pinnedAt.isEmpty() ? null : QJsonValue(topic->pinnedAt)},
        {QStringLiteral("pinned_until"), null},
        {QStringLiteral("image_url"), null},
        {QStringLiteral("slow_mode_seconds"), 0},
        {QStringLiteral("draft"), null},
        {QStringLiteral("draft_key"), QStringLiteral("topic_%1").arg(topic->id)},
        {QStringLiteral("draft_sequence"), 0},
        {QStringLiteral("unpinned"), null},
        {QStringLiteral("pinned"), !topic->pinnedAt.isEmpty()},
        {QStringLiteral("current_post_number"), posts.isEmpty() ? 1 : posts.first().postNumber},
        {QStringLiteral("highest_post_number"), topic->highestPostNumber},
        {QStringLiteral("deleted_by"), null},
        {QStringLiteral("has_deleted"), false},
        {QStringLiteral("actions_summary"), QJsonArray()},
        {QStringLiteral("chunk_size"), kChunkSize},
        {QStringLiteral("bookmarked"), false},
        {QStringLiteral("bookmarks"), QJsonArray()},
        {QStringLiteral("topic_timer"), null},
        {QStringLiteral("message_bus_last_id"), 0},
        {QStringLiteral("participant_count"), topic->participantCount},
        {QStringLiteral("show_read_indicator"), false},
        {QStringLiteral("thumbnails"), null},
        {QStringLiteral("slow_mode_enabled_until"), null},
        {QStringLiteral("details"), details},
    };
    if (auth.valid())
        TopicState::decorateTopicView(ctx, request, auth.key.userId, *topic, &body);
    return Http::json(body);
}

QHttpServerResponse postsResponse(ApiContext &ctx, const RequestAuth &auth, const TopicRow &topic,
                                  const QList<PostRow> &posts)
{
    const QHash<int, UserRow> users = ctx.queries.users(Serializers::postUserIds(posts));
    const Serializers::PostViewer viewer = WriteSupport::viewerFor(ctx, auth, idsOf(posts));
    QJsonArray postArray;
    for (const PostRow &p : posts)
        postArray.append(Serializers::post(p, topic, users, Serializers::PostFlavor::TopicView, viewer));
    return Http::json(QJsonObject{{QStringLiteral("id"), topic.id},
                                  {QStringLiteral("post_stream"), QJsonObject{{QStringLiteral("posts"), postArray}}}});
}

QHttpServerResponse topicPosts(ApiContext &ctx, const QHttpServerRequest &request, int id, const RequestAuth &auth)
{
    const std::optional<TopicRow> topic = ctx.queries.topic(id, viewerId(auth));
    if (!topic)
        return Http::notFound();
    // ?post_number=N[&asc=true]: the chunk after (or before) post N, as Discourse's
    // TopicView#filter_posts_by_post_number; a client checks there whether its reply landed.
    if (request.query().hasQueryItem(QStringLiteral("post_number"))) {
        const std::optional<int> postNumber = Http::intParam(request, QStringLiteral("post_number"), 0);
        if (!postNumber)
            return Http::invalidParameter(QStringLiteral("post_number"));
        const bool asc = request.query().queryItemValue(QStringLiteral("asc")) == QLatin1String("true");
        return postsResponse(ctx, auth, *topic, ctx.queries.postsNear(id, *postNumber, asc, kChunkSize));
    }
    QList<int> ids;
    const auto items = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key != QLatin1String("post_ids[]") && key != QLatin1String("post_ids"))
            continue;
        bool ok = false;
        const int postId = value.toInt(&ok);
        if (!ok || postId <= 0)
            return Http::invalidParameter(QStringLiteral("post_ids"));
        ids.append(postId);
    }
    if (ids.isEmpty() || ids.size() > kMaxPostIds)
        return Http::invalidParameter(QStringLiteral("post_ids"));
    // Ids of other topics or of nothing are ignored, as Discourse does.
    return postsResponse(ctx, auth, *topic, ctx.queries.postsByIds(id, ids));
}

QHttpServerResponse singlePost(ApiContext &ctx, int id, const RequestAuth &auth)
{
    const std::optional<QJsonObject> json = WriteSupport::postJson(ctx, id, Serializers::PostFlavor::Single, auth);
    return json ? Http::json(*json) : Http::notFound();
}

} // namespace

void registerTopicRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/t/<arg>/posts\\.json"), Method::Get, [&ctx](int id, const QHttpServerRequest &request) {
        return viewerAware(ctx, request, [&](const RequestAuth &auth) { return topicPosts(ctx, request, id, auth); });
    });
    server.route(QStringLiteral("/t/<arg>\\.json"), Method::Get, [&ctx](int id, const QHttpServerRequest &request) {
        return viewerAware(ctx, request, [&](const RequestAuth &auth) { return topicView(ctx, request, id, auth); });
    });
    // The slug is cosmetic: the id decides.
    server.route(QStringLiteral("/t/<arg>/<arg>\\.json"), Method::Get,
                 [&ctx](const QString &, int id, const QHttpServerRequest &request) {
                     return viewerAware(ctx, request,
                                        [&](const RequestAuth &auth) { return topicView(ctx, request, id, auth); });
                 });
    server.route(QStringLiteral("/posts/<arg>\\.json"), Method::Get, [&ctx](int id, const QHttpServerRequest &request) {
        return viewerAware(ctx, request, [&](const RequestAuth &auth) { return singlePost(ctx, id, auth); });
    });
}
