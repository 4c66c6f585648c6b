#pragma once

#include "lib/net/apiresult.h"
#include "lib/net/transport.h"

#include "lib/domain/community.h"
#include "lib/domain/feedspec.h"
#include "lib/domain/notification.h"
#include "lib/domain/post.h"
#include "lib/domain/searchresult.h"
#include "lib/domain/topic.h"
#include "lib/domain/topicpage.h"
#include "lib/domain/topicreadstate.h"
#include "lib/domain/user.h"
#include "lib/parse/notificationparser.h"

#include <QList>
#include <QObject>

#include <functional>

namespace Aivizor {

// One method per Discourse endpoint (paths from lib/api/endpoints.h): sends through the Transport (not owned), parses with
// lib/parse and calls back with a typed ApiResult. A structurally wrong payload comes back as
// ApiError::Kind::MalformedResponse naming the JSON path. `context` bounds the callback's
// lifetime as in Transport::get(). All calls return at once; no nested event loops.
class ForumClient : public QObject
{
    Q_OBJECT
public:
    using RequestId = Transport::RequestId;
    template<typename T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    explicit ForumClient(Transport *transport, QObject *parent = nullptr);

    Transport *transport() const { return m_transport; }
    QUrl baseUrl() const; // the forum's base URL, for avatarUrl()

    // GET /site.json: the flat category list (every level).
    RequestId fetchSite(QObject *context, Callback<QList<Community>> callback);
    // GET /categories.json?include_subcategories=true: flattened, parents before children.
    RequestId fetchCategories(QObject *context, Callback<QList<Community>> callback);

    // GET a topic list page: Api::topicList(feed, page), 0-based pages.
    RequestId fetchTopicList(const FeedSpec &feed, int page, QObject *context,
                             Callback<TopicPage> callback);
    // GET a topic list by the server's more_topics_url ("/latest?page=1"; .json is inserted).
    RequestId fetchTopicListUrl(const QString &moreTopicsUrl, QObject *context,
                                Callback<TopicPage> callback);

    // GET /t/{id}.json: metadata, the whole post id stream and the first chunk of posts.
    RequestId fetchTopic(int topicId, QObject *context, Callback<Topic> callback);
    // GET /t/{id}/posts.json?post_ids[]=...: the given posts, in stream order.
    RequestId fetchPosts(int topicId, const QList<int> &postIds, QObject *context,
                         Callback<QList<Post>> callback);

    // GET /search.json?q=&page=: one page (1-based) of full-page search results, in Discourse's
    // query language (lib/search/searchquery.h builds it).
    RequestId search(const QString &query, int page, QObject *context, Callback<SearchResultPage> callback);

    // GET /u/{username}.json: a user's profile.
    RequestId fetchUser(const QString &username, QObject *context, Callback<User> callback);
    // GET /u/{username}/topic-tracking-state.json: the reader's new and unread topics.
    RequestId fetchTrackingState(const QString &username, QObject *context, Callback<QList<TopicReadState>> callback);
    // GET /notifications.json?limit=: the newest `limit` notifications, newest first.
    RequestId fetchNotifications(int limit, QObject *context, Callback<QList<Notification>> callback);
    // POST /message-bus/{clientId}/poll: waits up to `holdMs` for a message on one of `channels`
    // (channel -> last id seen; -1 asks for the channel's head at once).
    RequestId pollMessageBus(const QString &clientId, const QHash<QString, qint64> &channels, int holdMs,
                             QObject *context, Callback<QList<BusMessage>> callback);

    void cancel(RequestId id) { m_transport->cancel(id); }

private:
    Transport *m_transport;
};

} // namespace Aivizor
