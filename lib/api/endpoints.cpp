#include "lib/api/endpoints.h"

#include <QStringList>
#include <QUrl>

namespace Aivizor::Api {

namespace {

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

QString site()
{
    return QStringLiteral("/site.json");
}

QString siteBasicInfo()
{
    return QStringLiteral("/site/basic-info.json");
}

QString categories()
{
    return QStringLiteral("/categories.json?include_subcategories=true");
}

QString feedPath(const FeedSpec &feed)
{
    switch (feed.kind) {
    case FeedSpec::Kind::Latest:
        return QStringLiteral("/latest");
    case FeedSpec::Kind::Top:
        return QStringLiteral("/top");
    case FeedSpec::Kind::Community: {
        // Discourse finds the category by the trailing id; the slug only makes the URL readable.
        const QString id = QString::number(feed.communityId);
        if (feed.communitySlug.isEmpty())
            return QStringLiteral("/c/") + id;
        return QStringLiteral("/c/") + encoded(feed.communitySlug) + QLatin1Char('/') + id;
    }
    case FeedSpec::Kind::Tag:
        return QStringLiteral("/tag/") + encoded(feed.tag);
    case FeedSpec::Kind::New:
        return QStringLiteral("/new");
    case FeedSpec::Kind::Unread:
        return QStringLiteral("/unread");
    }
    return {};
}

QString topicList(const FeedSpec &feed, int page)
{
    QStringList query;
    if (feed.kind == FeedSpec::Kind::Top && !feed.topPeriod.isEmpty())
        query.append(QStringLiteral("period=") + encoded(feed.topPeriod));
    if (page > 0)
        query.append(QStringLiteral("page=") + QString::number(page));
    return feedPath(feed) + QStringLiteral(".json")
           + (query.isEmpty() ? QString() : QLatin1Char('?') + query.join(QLatin1Char('&')));
}

QString topic(int topicId)
{
    return QStringLiteral("/t/%1.json").arg(topicId);
}

QString postsOfTopic(int topicId, const QList<int> &postIds)
{
    QStringList params;
    for (int id : postIds)
        params.append(QStringLiteral("post_ids[]=") + QString::number(id));
    const QString path = QStringLiteral("/t/%1/posts.json").arg(topicId);
    return params.isEmpty() ? path : path + QLatin1Char('?') + params.join(QLatin1Char('&'));
}

QString post(int postId)
{
    return QStringLiteral("/posts/%1.json").arg(postId);
}

QString search(const QString &query, int page)
{
    // Percent-encode everything but unreserved characters: '+' must reach Rails as a plus
    // (tags:a+b), not as a space.
    QString path = QStringLiteral("/search.json?q=") + encoded(query);
    if (page > 1)
        path += QStringLiteral("&page=") + QString::number(page);
    return path;
}

QString createPost()
{
    return QStringLiteral("/posts.json");
}

QString like()
{
    return QStringLiteral("/post_actions.json");
}

QString unlike(int postId)
{
    // The path holds the post's id, not an action id.
    return QStringLiteral("/post_actions/%1.json?post_action_type_id=%2").arg(postId).arg(LikeActionType);
}

QString topicTimings()
{
    return QStringLiteral("/topics/timings");
}

QString topicTrackingState(const QString &user)
{
    return QStringLiteral("/u/") + encoded(user) + QStringLiteral("/topic-tracking-state.json");
}

QString topicNotificationLevel(int topicId)
{
    return QStringLiteral("/t/%1/notifications").arg(topicId);
}

QString bulkTopics()
{
    return QStringLiteral("/topics/bulk");
}

QString forgetLastRead(int topicId)
{
    return QStringLiteral("/t/%1/timings?last=1").arg(topicId);
}

QString notifications(int limit)
{
    return QStringLiteral("/notifications.json?limit=%1").arg(limit);
}

QString markNotificationsRead()
{
    return QStringLiteral("/notifications/mark-read.json");
}

QString notificationTotals()
{
    return QStringLiteral("/notifications/totals.json");
}

QString messageBusPoll(const QString &clientId)
{
    return QStringLiteral("/message-bus/%1/poll").arg(QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
}

QString notificationChannel(int userId)
{
    return QStringLiteral("/notification/%1").arg(userId);
}

QString userProfile(const QString &username)
{
    return QStringLiteral("/u/%1.json").arg(QString::fromLatin1(QUrl::toPercentEncoding(username)));
}

QString currentSession()
{
    return QStringLiteral("/session/current.json");
}

QString revokeUserApiKey()
{
    return QStringLiteral("/user-api-key/revoke.json");
}

QString userApiKeyNew()
{
    return QStringLiteral("/user-api-key/new");
}

} // namespace Aivizor::Api
