// POST /posts.json: replies and new topics, validated and rate limited like Discourse.
#include "context.h"
#include "http.h"
#include "params.h"
#include "routes.h"
#include "writesupport.h"
#include "content/cooker.h"
#include "notificationjson.h"
#include "db/database.h"
#include "db/privatemessagestore.h"
#include "db/writer.h"
#include "notifications/postalerter.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QSqlQuery>

#include <cmath>

namespace {

// Discourse's defaults: min_post_length, max_post_length, min_topic_title_length, max_tags_per_topic.
constexpr int kMinPostLength = 20;
constexpr int kMaxPostLength = 32000;
constexpr int kMinTitleLength = 15;
constexpr int kMaxTitleLength = 255;
constexpr int kMaxTags = 5;
// min_personal_message_post_length, min_personal_message_title_length, max_allowed_message_recipients.
constexpr int kMinMessageLength = 10;
constexpr int kMinMessageTitleLength = 2;
constexpr int kMaxRecipients = 30;

QString tr(const char *text)
{
    return QCoreApplication::translate("PostRoutes", text);
}

qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

struct NewPost
{
    int userId = 0;
    QString raw;
    std::optional<TopicRow> topic;   // set for a reply
    int replyTo = 0;
    QString title;                   // set for a new topic
    int categoryId = 0;
    QStringList tags;
    bool privateMessage = false;     // a new message, or a reply in one
    QList<int> recipientIds;         // set for a new message
};

QStringList validateReply(ApiContext &ctx, const Params &params, NewPost *post)
{
    QStringList errors;
    bool ok = false;
    const int topicId = params.value(QStringLiteral("topic_id")).toInt(&ok);
    post->topic = ok ? ctx.queries.topic(topicId, post->userId) : std::nullopt;
    if (!post->topic) {
        errors << tr("The topic you are replying to does not exist.");
        return errors;
    }
    post->privateMessage = post->topic->archetype == QLatin1String("private_message");
    if (post->topic->archived)
        errors << tr("This topic is archived and can't be replied to.");
    else if (post->topic->closed)
        errors << tr("This topic is closed and can't be replied to.");
    const QString replyTo = params.value(QStringLiteral("reply_to_post_number")).trimmed();
    if (!replyTo.isEmpty()) {
        post->replyTo = replyTo.toInt(&ok);
        if (!ok || post->replyTo < 1 || !ctx.queries.postByNumber(post->topic->id, post->replyTo))
            errors << tr("The post you are replying to does not exist.");
    }
    return errors;
}

QStringList validateTitle(NewPost *post, const Params &params, int minLength)
{
    post->title = params.value(QStringLiteral("title")).simplified();
    if (post->title.isEmpty())
        return {tr("Title can't be blank")};
    if (characters(post->title) < minLength)
        return {tr("Title is too short (minimum is %1 characters)").arg(minLength)};
    if (characters(post->title) > kMaxTitleLength)
        return {tr("Title is too long (maximum is %1 characters)").arg(kMaxTitleLength)};
    return {};
}

// archetype=private_message: recipients as target_recipients (comma-separated usernames), or
// target_usernames as older clients send them. Groups and e-mail invitations do not exist here.
QStringList validateMessage(ApiContext &ctx, const Params &params, NewPost *post)
{
    QStringList errors = validateTitle(post, params, kMinMessageTitleLength);
    post->privateMessage = true;
    QStringList names;
    for (const QString &key : {QStringLiteral("target_recipients"), QStringLiteral("target_usernames")}) {
        for (const QString &value : params.list(key)) {
            for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!name.trimmed().isEmpty() && !names.contains(name.trimmed(), Qt::CaseInsensitive))
                    names.append(name.trimmed());
            }
        }
    }
    for (const QString &name : std::as_const(names)) {
        const std::optional<UserRow> user = ctx.queries.userByUsername(name);
        if (!user)
            errors << tr("There is no user named \"%1\" to send this message to.").arg(name);
        else if (user->id != post->userId && !post->recipientIds.contains(user->id))
            post->recipientIds.append(user->id);
    }
    if (names.isEmpty() || (post->recipientIds.isEmpty() && errors.isEmpty()))
        errors << tr("You must select a valid user.");
    if (post->recipientIds.size() > kMaxRecipients)
        errors << tr("A message can have at most %1 recipients.").arg(kMaxRecipients);
    return errors;
}

QStringList validateTopic(ApiContext &ctx, const Params &params, NewPost *post)
{
    QStringList errors = validateTitle(post, params, kMinTitleLength);

    const QString category = params.value(QStringLiteral("category")).trimmed();
    bool ok = false;
    post->categoryId = category.toInt(&ok);
    if (category.isEmpty())
        errors << tr("Category can't be blank");
    else if (!ok || !ctx.queries.categoryExists(post->categoryId))
        errors << tr("The category %1 does not exist.").arg(category);

    QStringList seen;
    for (const QString &name : params.list(QStringLiteral("tags"))) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed, Qt::CaseInsensitive))
            continue;
        seen.append(trimmed);
        // Only existing tags: this server has no tag permissions to decide who may create one.
        const std::optional<TagRow> tag = ctx.queries.tagByName(trimmed);
        if (tag)
            post->tags.append(tag->name);
        else
            errors << tr("The tag \"%1\" does not exist.").arg(trimmed);
    }
    if (seen.size() > kMaxTags)
        errors << tr("You can only apply up to %1 tags to a topic.").arg(kMaxTags);
    return errors;
}

QStringList validateBody(const QString &raw, int minLength)
{
    if (raw.isEmpty())
        return {tr("Body can't be blank")};
    if (characters(raw) < minLength)
        return {tr("Body is too short (minimum is %1 characters)").arg(minLength)};
    if (characters(raw) > kMaxPostLength)
        return {tr("Body is too long (maximum is %1 characters)").arg(kMaxPostLength)};
    return {};
}

// Inserts the post (and the topic), updates every derived counter; one transaction.
// Returns the new post id, 0 on a database error.
int store(ApiContext &ctx, int userId, const NewPost &post)
{
    QSqlDatabase db = ctx.db.connection();
    if (!db.transaction())
        return 0;
    Writer writer(ctx.db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int topicId = 0;
    int postNumber = 1;
    if (post.topic) {
        topicId = post.topic->id;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT coalesce(max(post_number), 0) + 1 FROM posts WHERE topic_id = ?"));
        q.addBindValue(topicId);
        if (q.exec() && q.next())
            postNumber = q.value(0).toInt();
    } else {
        topicId = writer.addTopic(post.privateMessage ? 0 : post.categoryId, userId, post.title, now, 0, false, false);
        writer.setTopicTags(topicId, post.tags);
    }
    CookContext context;
    context.topicId = topicId;
    context.avatarTemplateFor = [&ctx](const QString &username) {
        const std::optional<UserRow> user = ctx.queries.userByUsername(username);
        return user ? user->avatarTemplate() : QString();
    };
    context.mentionedUser = [&ctx](const QString &name) {
        const std::optional<UserRow> user = ctx.queries.userByUsername(name);
        return user ? user->username : QString();
    };
    const CookedPost cooked = cookMarkdown(post.raw, context);
    const int postId = writer.addPost(topicId, postNumber, userId, post.raw, cooked.html, now, post.replyTo,
                                      post.replyTo > 0 && cooked.quotedPostNumbers.contains(post.replyTo),
                                      cooked.quoteCount);
    if (post.replyTo > 0)
        writer.incrementReplyCount(topicId, post.replyTo);
    if (!post.topic)
        writer.setTopicExcerpt(topicId, excerptOf(cooked.html));
    if (post.topic)
        writer.recordReply(topicId, postId, userId, now);
    else
        writer.refreshTopicStats(topicId);
    writer.markPosted(userId, topicId, postNumber);
    bool ok = writer.ok() && postId != 0;
    // markPosted made the author of a new topic watch it; a message also names its participants.
    if (ok && !post.topic && post.privateMessage)
        ok = PrivateMessageStore(ctx.db).makePrivate(topicId, QList<int>{userId} + post.recipientIds);
    PostAlerter alerter(ctx.db);
    if (ok && writer.ok())
        alerter.postCreated(postId, cooked.mentionedUsernames);
    if (!ok || !writer.ok() || !db.commit()) {
        qWarning("aivizor-server: cannot store a post: %s", qPrintable(writer.error()));
        db.rollback();
        return 0;
    }
    ctx.db.markChanged();
    NotificationJson::publish(ctx, alerter.outcome());
    return postId;
}

QHttpServerResponse createPost(ApiContext &ctx, const QHttpServerRequest &request)
{
    RequestAuth auth;
    if (std::optional<QHttpServerResponse> refused = WriteSupport::refuse(ctx, request, &auth))
        return std::move(*refused);
    Params params;
    if (!params.parse(request))
        return Http::error(Http::Status::BadRequest, QStringLiteral("invalid_parameters"),
                           tr("The request body is not a JSON object."));

    NewPost post;
    post.userId = auth.key.userId;
    post.raw = params.value(QStringLiteral("raw")).trimmed();
    QStringList errors;
    if (!params.value(QStringLiteral("topic_id")).isEmpty())
        errors << validateReply(ctx, params, &post);
    else if (params.value(QStringLiteral("archetype")) == QLatin1String("private_message"))
        errors << validateMessage(ctx, params, &post);
    else
        errors << validateTopic(ctx, params, &post);
    errors << validateBody(post.raw, post.privateMessage ? kMinMessageLength : kMinPostLength);
    if (!errors.isEmpty())
        return Http::recordInvalid(errors);

    const int userId = auth.key.userId;
    if (ctx.limits.postRateLimitSeconds > 0 && ctx.lastPostAt.contains(userId)) {
        const qint64 waitMs = ctx.lastPostAt.value(userId) + qint64(ctx.limits.postRateLimitSeconds) * 1000
                              - ctx.clock.elapsed();
        if (waitMs > 0)
            return Http::rateLimited(int(std::ceil(double(waitMs) / 1000.0)));
    }

    const int postId = store(ctx, userId, post);
    if (postId == 0)
        return Http::error(Http::Status::InternalServerError, QStringLiteral("server_error"),
                           tr("The post could not be saved."));
    ctx.lastPostAt.insert(userId, ctx.clock.elapsed());
    std::optional<QJsonObject> json = WriteSupport::postJson(ctx, postId, Serializers::PostFlavor::Single, auth);
    if (!json)
        return Http::notFound();
    json->insert(QStringLiteral("draft_sequence"), 0);
    return Http::json(*json);
}

} // namespace

void registerPostRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    for (const QString &path : {QStringLiteral("/posts\\.json"), QStringLiteral("/posts")}) {
        server.route(path, Method::Post, [&ctx](const QHttpServerRequest &request) {
            return createPost(ctx, request);
        });
    }
}
