// Message lists: GET /topics/private-messages/{username}.json (inbox) and
// /topics/private-messages-sent/{username}.json (core:app/controllers/list_controller.rb).
#include "context.h"
#include "http.h"
#include "routes.h"
#include "serializers.h"
#include "signedin.h"
#include "db/privatemessagestore.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QUrlQuery>

namespace {

constexpr int kPerPage = 30;
constexpr int kWatching = 3;

QHttpServerResponse messages(ApiContext &ctx, const QHttpServerRequest &request, const QString &username,
                             PrivateMessageStore::Box box)
{
    RequestAuth auth;
    if (std::optional<QHttpServerResponse> refused =
            SignedIn::refuse(ctx, request, SignedIn::Access::Read, QString(), &auth))
        return std::move(*refused);
    const std::optional<UserRow> owner = ctx.queries.userByUsername(username);
    if (!owner)
        return Http::notFound();
    // guardian.can_see_private_messages?: your own, or anyone's for an admin.
    if (owner->id != auth.key.userId && !auth.key.admin)
        return Http::invalidAccess();
    const std::optional<int> page = Http::intParam(request, QStringLiteral("page"), 0);
    if (!page || *page > 100000)
        return Http::invalidParameter(QStringLiteral("page"));

    const PrivateMessageStore store(ctx.db);
    const TopicPage result = store.list(owner->id, box, *page, kPerPage);
    QList<int> topicIds;
    QHash<int, QList<int>> allowedByTopic;
    QSet<int> userIds = Serializers::posterIds(result.topics);
    for (const TopicRow &t : result.topics) {
        topicIds.append(t.id);
        allowedByTopic.insert(t.id, store.participantIds(t.id));
        for (int id : allowedByTopic.value(t.id))
            userIds.insert(id);
    }
    const QHash<int, int> lastRead = store.lastRead(owner->id, topicIds);
    const QHash<int, UserRow> users = ctx.queries.users(userIds);

    QJsonArray topics;
    for (const TopicRow &t : result.topics) {
        QJsonObject item = Serializers::topicListItem(t, users);
        const QSet<int> posters = Serializers::posterIds({t});
        // TopicListItemSerializer#participants: the allowed users who are not among the posters.
        QJsonArray participants;
        for (int id : allowedByTopic.value(t.id)) {
            if (!posters.contains(id) && users.contains(id))
                participants.append(QJsonObject{{QStringLiteral("extras"), QJsonValue(QJsonValue::Null)},
                                                {QStringLiteral("description"), QJsonValue(QJsonValue::Null)},
                                                {QStringLiteral("user_id"), id},
                                                {QStringLiteral("primary_group_id"), QJsonValue(QJsonValue::Null)}});
        }
        const int read = lastRead.value(t.id);
        item.insert(QStringLiteral("category_id"), QJsonValue(QJsonValue::Null));
        item.insert(QStringLiteral("participants"), participants);
        item.insert(QStringLiteral("allowed_user_count"), int(allowedByTopic.value(t.id).size()));
        // The reader's state (ListableTopicSerializer): a message is always watched by its participants.
        item.insert(QStringLiteral("unseen"), read == 0);
        item.insert(QStringLiteral("last_read_post_number"), read);
        item.insert(QStringLiteral("unread_posts"), read > 0 ? qMax(0, t.highestPostNumber - read) : 0);
        item.insert(QStringLiteral("notification_level"), kWatching);
        item.insert(QStringLiteral("bookmarked"), false);
        item.insert(QStringLiteral("liked"), false);
        topics.append(item);
    }
    QJsonArray userList;
    QList<int> ids = users.keys();
    std::sort(ids.begin(), ids.end());
    for (int id : ids)
        userList.append(Serializers::basicUser(users.value(id)));

    QJsonObject list{{QStringLiteral("can_create_topic"), auth.canWrite()},
                     {QStringLiteral("draft"), QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("draft_key"), QStringLiteral("new_topic")},
                     {QStringLiteral("draft_sequence"), 0},
                     {QStringLiteral("per_page"), kPerPage},
                     {QStringLiteral("topics"), topics}};
    if (result.hasMore) {
        QString path = request.url().path();
        path.chop(5);
        QUrlQuery query = request.query();
        query.removeAllQueryItems(QStringLiteral("page"));
        query.addQueryItem(QStringLiteral("page"), QString::number(*page + 1));
        list.insert(QStringLiteral("more_topics_url"), path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded));
    }
    return Http::json(QJsonObject{{QStringLiteral("users"), userList},
                                  {QStringLiteral("primary_groups"), QJsonArray()},
                                  {QStringLiteral("topic_list"), list}});
}

} // namespace

void registerPrivateMessageRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    using Box = PrivateMessageStore::Box;
    server.route(QStringLiteral("/topics/private-messages-sent/<arg>\\.json"), Method::Get,
                 [&ctx](const QString &username, const QHttpServerRequest &request) {
                     return messages(ctx, request, username, Box::Sent);
                 });
    server.route(QStringLiteral("/topics/private-messages/<arg>\\.json"), Method::Get,
                 [&ctx](const QString &username, const QHttpServerRequest &request) {
                     return messages(ctx, request, username, Box::Inbox);
                 });
}
