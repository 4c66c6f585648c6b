#include "lib/net/forumwriter.h"

#include "lib/api/endpoints.h"
#include "lib/api/requestbodies.h"
#include "lib/parse/postparser.h"
#include "lib/parse/topiclistparser.h"
#include "lib/parse/topicparser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>

#include <algorithm>

namespace Aivizor {

namespace {

ApiError malformed(const QString &detail, int httpStatus)
{
    return ApiError::fromKind(
        ApiError::Kind::MalformedResponse,
        QCoreApplication::translate("Aivizor::ForumWriter", "The forum sent an unexpected answer: %1").arg(detail), httpStatus);
}

// A like/unlike answer: Discourse sends the updated post.
Transport::Callback postCallback(ForumWriter::Callback<Post> callback)
{
    return [callback = std::move(callback)](const TransportResult &result) {
        if (result.error.isError()) {
            callback(ApiResult<Post>::failure(result.error));
            return;
        }
        const ParseResult<Post> parsed = parseSinglePost(result.json);
        if (!parsed.ok()) {
            callback(ApiResult<Post>::failure(malformed(parsed.error, result.httpStatus)));
            return;
        }
        callback(ApiResult<Post>::success(*parsed.value));
    };
}

bool sameUser(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0; // Discourse usernames are case-insensitive
}

} // namespace

// One running duplicate search: the candidates left to check, newest first.
struct ForumWriter::Search
{
    QString raw;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback<std::optional<Post>> callback;
    QList<Post> candidates;

    static std::shared_ptr<Search> start(const QString &raw, QObject *context,
                                         Callback<std::optional<Post>> callback)
    {
        auto search = std::make_shared<Search>();
        search->raw = ForumWriter::normalizedRaw(raw);
        search->context = context;
        search->hasContext = context != nullptr;
        search->callback = std::move(callback);
        return search;
    }

    bool alive() const { return !hasContext || context; }
    void finish(const ApiResult<std::optional<Post>> &result) const
    {
        if (alive() && callback)
            callback(result);
    }
};

ForumWriter::ForumWriter(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

QString ForumWriter::normalizedRaw(const QString &raw)
{
    static const QRegularExpression trailingBlanks(QStringLiteral("[ \\t]+\\n"));
    QString s = raw;
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    s.replace(trailingBlanks, QStringLiteral("\n"));
    return s.trimmed();
}

ForumWriter::RequestId ForumWriter::sendPost(const QJsonObject &body, QObject *context,
                                             Callback<CreatedPost> callback)
{
    return m_transport->postJson(
        Api::createPost(), QJsonDocument(body), context,
        [callback = std::move(callback)](const TransportResult &result) {
            if (result.error.isError()) {
                callback(ApiResult<CreatedPost>::failure(result.error));
                return;
            }
            // Check for the moderation queue before reading an id (API.md §5).
            const QJsonObject o = result.json.object();
            CreatedPost created;
            if (o.value(QStringLiteral("action")).toString() == QLatin1String("enqueued")) {
                created.queuedForApproval = true;
                created.pendingCount = o.value(QStringLiteral("pending_count")).toInt();
                callback(ApiResult<CreatedPost>::success(created));
                return;
            }
            const ParseResult<Post> parsed = parseSinglePost(result.json);
            if (!parsed.ok()) {
                callback(ApiResult<CreatedPost>::failure(malformed(parsed.error, result.httpStatus)));
                return;
            }
            created.post = *parsed.value;
            callback(ApiResult<CreatedPost>::success(created));
        });
}

ForumWriter::RequestId ForumWriter::createPost(int topicId, const QString &raw, int replyToPostNumber,
                                               QObject *context, Callback<CreatedPost> callback)
{
    return sendPost(Api::CreatePostBody::reply(topicId, raw, replyToPostNumber).toJson(), context, std::move(callback));
}

ForumWriter::RequestId ForumWriter::createTopic(const QString &title, const QString &raw, int categoryId,
                                                const QStringList &tags, QObject *context,
                                                Callback<CreatedPost> callback)
{
    return sendPost(Api::CreatePostBody::newTopic(title, raw, categoryId, tags).toJson(), context,
                    std::move(callback));
}

ForumWriter::RequestId ForumWriter::like(int postId, QObject *context, Callback<Post> callback)
{
    return m_transport->postJson(Api::like(), QJsonDocument(Api::likeBody(postId)), context,
                                 postCallback(std::move(callback)));
}

ForumWriter::RequestId ForumWriter::unlike(int postId, QObject *context, Callback<Post> callback)
{
    return m_transport->deleteResource(Api::unlike(postId), context, postCallback(std::move(callback)));
}

ForumWriter::RequestId ForumWriter::markNotificationsRead(qint64 notificationId, QObject *context,
                                                        Callback<bool> callback)
{
    QJsonObject body;
    if (notificationId > 0)
        body.insert(QStringLiteral("id"), notificationId);
    return m_transport->putJson(Api::markNotificationsRead(), QJsonDocument(body), context,
                                [callback = std::move(callback)](const TransportResult &result) {
                                    if (result.error.isError())
                                        callback(ApiResult<bool>::failure(result.error));
                                    else
                                        callback(ApiResult<bool>::success(true));
                                });
}

ForumWriter::RequestId ForumWriter::revokeUserApiKey(QObject *context, Callback<bool> callback)
{
    return m_transport->postJson(Api::revokeUserApiKey(), QJsonDocument(QJsonObject()), context,
                                 [callback = std::move(callback)](const TransportResult &result) {
                                     // Only the status matters; Discourse's body is {"success":"OK"}.
                                     const bool answered2xx = result.httpStatus >= 200 && result.httpStatus < 300;
                                     if (result.error.isError() && !answered2xx)
                                         callback(ApiResult<bool>::failure(result.error));
                                     else
                                         callback(ApiResult<bool>::success(true));
                                 });
}

// Why raw and not cooked: /posts/{id}.json returns the stored raw, which Discourse keeps as sent
// apart from surrounding whitespace, so an exact comparison is reliable. Cooked HTML would need a
// server-side preview and changes with oneboxes, emoji and plugins. The window of the newest posts,
// the author and `since` keep an older identical post ("+1", "Thanks!") from counting as ours.
void ForumWriter::findOwnPost(int topicId, const QString &username, const QString &raw, const QDateTime &since,
                              QObject *context, Callback<std::optional<Post>> callback)
{
    auto search = Search::start(raw, context, std::move(callback));

    m_transport->get(Api::topic(topicId), this, [this, search, topicId, username, since](
                                                                           const TransportResult &result) {
        if (!search->alive())
            return;
        if (result.error.isError()) {
            search->finish(ApiResult<std::optional<Post>>::failure(result.error));
            return;
        }
        const ParseResult<Topic> topic = parseTopic(result.json);
        if (!topic.ok()) {
            search->finish(ApiResult<std::optional<Post>>::failure(malformed(topic.error, result.httpStatus)));
            return;
        }
        const QList<int> stream = topic.value->stream;
        const QList<int> newest = stream.mid(qMax(0, int(stream.size()) - OwnPostWindow));
        if (newest.isEmpty()) {
            search->finish(ApiResult<std::optional<Post>>::success(std::nullopt));
            return;
        }
        m_transport->get(Api::postsOfTopic(topicId, newest), this, [this, search, username, since](const TransportResult &chunk) {
            if (!search->alive())
                return;
            if (chunk.error.isError()) {
                search->finish(ApiResult<std::optional<Post>>::failure(chunk.error));
                return;
            }
            const ParseResult<QList<Post>> posts = parsePostChunk(chunk.json);
            if (!posts.ok()) {
                search->finish(ApiResult<std::optional<Post>>::failure(malformed(posts.error, chunk.httpStatus)));
                return;
            }
            for (const Post &p : *posts.value) {
                if (sameUser(p.username, username) && (!since.isValid() || p.createdAt >= since))
                    search->candidates.append(p);
            }
            std::sort(search->candidates.begin(), search->candidates.end(),
                      [](const Post &a, const Post &b) { return a.postNumber > b.postNumber; });
            checkNextCandidate(search);
        });
    });
}

void ForumWriter::findOwnTopic(const QString &raw, int categoryId, const QString &username,
                               const QDateTime &since, QObject *context, Callback<std::optional<Post>> callback)
{
    auto search = Search::start(raw, context, std::move(callback));

    const FeedSpec feed = categoryId > 0 ? FeedSpec::community(categoryId) : FeedSpec::latest();
    m_transport->get(Api::topicList(feed), this, [this, search, username, since](const TransportResult &result) {
        if (!search->alive())
            return;
        if (result.error.isError()) {
            search->finish(ApiResult<std::optional<Post>>::failure(result.error));
            return;
        }
        const ParseResult<TopicPage> page = parseTopicList(result.json);
        if (!page.ok()) {
            search->finish(ApiResult<std::optional<Post>>::failure(malformed(page.error, result.httpStatus)));
            return;
        }
        QList<int> topicIds;
        for (const TopicSummary &t : page.value->topics) {
            if (sameUser(t.originalPoster.username, username) && (!since.isValid() || t.createdAt >= since)
                && topicIds.size() < OwnPostWindow)
                topicIds.append(t.id);
        }
        collectFirstPosts(search, topicIds);
    });
}

// Each candidate topic's first post (from /t/{id}.json), one request at a time.
void ForumWriter::collectFirstPosts(std::shared_ptr<Search> search, QList<int> topicIds)
{
    if (topicIds.isEmpty()) {
        checkNextCandidate(search);
        return;
    }
    const int topicId = topicIds.takeFirst();
    m_transport->get(Api::topic(topicId), this,
                     [this, search, topicIds](const TransportResult &result) {
                         if (!search->alive())
                             return;
                         if (result.error.isError()) {
                             search->finish(ApiResult<std::optional<Post>>::failure(result.error));
                             return;
                         }
                         const ParseResult<Topic> topic = parseTopic(result.json);
                         if (!topic.ok()) {
                             search->finish(ApiResult<std::optional<Post>>::failure(
                                 malformed(topic.error, result.httpStatus)));
                             return;
                         }
                         for (const Post &p : topic.value->posts) {
                             if (p.postNumber == 1)
                                 search->candidates.append(p);
                         }
                         collectFirstPosts(search, topicIds);
                     });
}

// Compares the raw of the next candidate (GET /posts/{id}.json carries it); stops at the first match.
void ForumWriter::checkNextCandidate(std::shared_ptr<Search> search)
{
    if (search->candidates.isEmpty()) {
        search->finish(ApiResult<std::optional<Post>>::success(std::nullopt));
        return;
    }
    const Post candidate = search->candidates.takeFirst();
    m_transport->get(Api::post(candidate.id), this,
                     [this, search, candidate](const TransportResult &result) {
                         if (!search->alive())
                             return;
                         if (result.error.isError()) {
                             search->finish(ApiResult<std::optional<Post>>::failure(result.error));
                             return;
                         }
                         const QJsonValue raw = result.json.object().value(QStringLiteral("raw"));
                         if (!raw.isString()) {
                             search->finish(ApiResult<std::optional<Post>>::failure(
                                 malformed(QStringLiteral("raw: expected a string"), result.httpStatus)));
                             return;
                         }
                         if (normalizedRaw(raw.toString()) == search->raw) {
                             search->finish(ApiResult<std::optional<Post>>::success(candidate));
                             return;
                         }
                         checkNextCandidate(search);
                     });
}

} // namespace Aivizor
