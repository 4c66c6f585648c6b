#include "lib/net/forumclient.h"

#include "lib/api/endpoints.h"
#include "lib/parse/communityparser.h"
#include "lib/parse/notificationparser.h"
#include "lib/parse/postparser.h"
#include "lib/parse/searchparser.h"
#include "lib/parse/topiclistparser.h"
#include "lib/parse/topicparser.h"
#include "lib/parse/trackingstateparser.h"
#include "lib/parse/userparser.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Aivizor {

namespace {

// Runs the parser on a successful transport result, or forwards the transport's error.
template<typename T, typename Parser>
Transport::Callback adapt(Parser parser, std::function<void(const ApiResult<T> &)> callback)
{
    return [parser, callback = std::move(callback)](const TransportResult &result) {
        if (!callback)
            return;
        if (result.error.isError()) {
            callback(ApiResult<T>::failure(result.error));
            return;
        }
        const ParseResult<T> parsed = parser(result.json);
        if (!parsed.ok()) {
            ApiError e = ApiError::fromKind(
                ApiError::Kind::MalformedResponse,
                QCoreApplication::translate("Aivizor::ForumClient", "The forum sent an unexpected answer: %1").arg(parsed.error),
                result.httpStatus);
            callback(ApiResult<T>::failure(e));
            return;
        }
        callback(ApiResult<T>::success(*parsed.value));
    };
}

} // namespace

ForumClient::ForumClient(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

QUrl ForumClient::baseUrl() const
{
    return m_transport->baseUrl();
}

ForumClient::RequestId ForumClient::fetchSite(QObject *context, Callback<QList<Community>> callback)
{
    return m_transport->get(Api::site(), context,
                            adapt<QList<Community>>(&parseSiteCommunities, std::move(callback)));
}

ForumClient::RequestId ForumClient::fetchCategories(QObject *context, Callback<QList<Community>> callback)
{
    return m_transport->get(Api::categories(), context,
                            adapt<QList<Community>>(&parseCategoryList, std::move(callback)));
}

ForumClient::RequestId ForumClient::fetchTopicList(const FeedSpec &feed, int page, QObject *context,
                                                   Callback<TopicPage> callback)
{
    return m_transport->get(Api::topicList(feed, page), context, adapt<TopicPage>(&parseTopicList, std::move(callback)));
}

ForumClient::RequestId ForumClient::fetchTopicListUrl(const QString &moreTopicsUrl, QObject *context,
                                                      Callback<TopicPage> callback)
{
    return m_transport->get(moreTopicsUrl, context, adapt<TopicPage>(&parseTopicList, std::move(callback)));
}

ForumClient::RequestId ForumClient::fetchTopic(int topicId, QObject *context, Callback<Topic> callback)
{
    return m_transport->get(Api::topic(topicId), context,
                            adapt<Topic>(&parseTopic, std::move(callback)));
}

ForumClient::RequestId ForumClient::fetchPosts(int topicId, const QList<int> &postIds, QObject *context,
                                               Callback<QList<Post>> callback)
{
    // Keep stream order whatever order the server answers in.
    auto ordered = [postIds, callback = std::move(callback)](const ApiResult<QList<Post>> &result) {
        if (!callback)
            return;
        if (!result.ok()) {
            callback(result);
            return;
        }
        QHash<int, int> order;
        for (int i = 0; i < postIds.size(); ++i)
            order.insert(postIds.at(i), i);
        QList<Post> posts = *result.value;
        std::stable_sort(posts.begin(), posts.end(), [&order](const Post &a, const Post &b) {
            return order.value(a.id, INT_MAX) < order.value(b.id, INT_MAX);
        });
        callback(ApiResult<QList<Post>>::success(posts));
    };
    return m_transport->get(Api::postsOfTopic(topicId, postIds), context, adapt<QList<Post>>(&parsePostChunk, std::move(ordered)));
}

ForumClient::RequestId ForumClient::search(const QString &query, int page, QObject *context,
                                           Callback<SearchResultPage> callback)
{
    return m_transport->get(Api::search(query, page), context,
                            adapt<SearchResultPage>(&parseSearchResult, std::move(callback)));
}

ForumClient::RequestId ForumClient::fetchUser(const QString &username, QObject *context, Callback<User> callback)
{
    return m_transport->get(Api::userProfile(username), context, adapt<User>(&parseUserProfile, std::move(callback)));
}

ForumClient::RequestId ForumClient::fetchTrackingState(const QString &username, QObject *context,
                                                      Callback<QList<TopicReadState>> callback)
{
    return m_transport->get(Api::topicTrackingState(username), context,
                            adapt<QList<TopicReadState>>(&parseTrackingState, std::move(callback)));
}

ForumClient::RequestId ForumClient::fetchNotifications(int limit, QObject *context,
                                                      Callback<QList<Notification>> callback)
{
    return m_transport->get(Api::notifications(limit), context,
                            adapt<QList<Notification>>(&parseNotifications, std::move(callback)));
}

ForumClient::RequestId ForumClient::pollMessageBus(const QString &clientId, const QHash<QString, qint64> &channels,
                                                   int holdMs, QObject *context, Callback<QList<BusMessage>> callback)
{
    QJsonObject body;
    for (auto it = channels.constBegin(); it != channels.constEnd(); ++it)
        body.insert(it.key(), it.value());
    // The transfer may take the hold plus the time to answer.
    return m_transport->postJsonLongPoll(Api::messageBusPoll(clientId), QJsonDocument(body), holdMs + 15000, context,
                                         adapt<QList<BusMessage>>(&parseBusMessages, std::move(callback)));
}

} // namespace Aivizor
