#include "context.h"
#include "http.h"
#include "routes.h"
#include "feeds/rss.h"

#include <QCoreApplication>
#include <QHttpServer>

namespace {

const QByteArray kRssType = QByteArrayLiteral("application/rss+xml; charset=utf-8");
constexpr int kFeedSize = 30;

QString siteTitle(ApiContext &ctx)
{
    const QString title = ctx.queries.setting(QStringLiteral("title"));
    return title.isEmpty() ? QStringLiteral("Aivizor") : title;
}

QHttpServerResponse topicsFeed(ApiContext &ctx, const QHttpServerRequest &request, const QList<int> &categoryIds,
                               const QString &title, const QString &path)
{
    const QString origin = Http::origin(request);
    ListFilter filter;
    filter.categoryIds = categoryIds;
    filter.perPage = kFeedSize;
    filter.prioritizePinned = false;
    const TopicPage page = ctx.queries.topicList(filter);
    QSet<int> userIds;
    for (const TopicRow &t : page.topics)
        userIds.insert(t.userId);
    const QHash<int, UserRow> users = ctx.queries.users(userIds);
    const QList<CategoryRow> categories = ctx.queries.categoryTree();

    RssChannel channel{title, origin + path, ctx.queries.setting(QStringLiteral("description")), {}};
    for (const TopicRow &t : page.topics) {
        const QList<PostRow> first = ctx.queries.postsFrom(t.id, 0, 1);
        QString category;
        for (const CategoryRow &c : categories) {
            if (c.id == t.categoryId)
                category = c.name;
        }
        const QString link = origin + QStringLiteral("/t/%1/%2").arg(t.slug).arg(t.id);
        channel.items.append({t.title, link, t.createdAt, QStringLiteral("%1-topic-%2").arg(origin).arg(t.id),
                              users.value(t.userId).username, first.isEmpty() ? QString() : first.first().cooked,
                              category});
    }
    return Http::bytes(kRssType, renderRss(channel), QByteArrayLiteral("no-cache"));
}

QHttpServerResponse topicFeed(ApiContext &ctx, const QHttpServerRequest &request, int id)
{
    const std::optional<TopicRow> topic = ctx.queries.topic(id);
    if (!topic)
        return Http::notFound();
    const QString origin = Http::origin(request);
    const QString link = origin + QStringLiteral("/t/%1/%2").arg(topic->slug).arg(topic->id);
    const QList<PostRow> posts = ctx.queries.latestPosts(id, kFeedSize);
    QSet<int> userIds;
    for (const PostRow &p : posts)
        userIds.insert(p.userId);
    const QHash<int, UserRow> users = ctx.queries.users(userIds);
    RssChannel channel{topic->title, link, topic->excerpt, {}};
    for (const PostRow &p : posts) {
        const QString title = p.postNumber == 1 ? topic->title
                                                : QCoreApplication::translate("Feeds", "Re: %1").arg(topic->title);
        channel.items.append({title, link + QLatin1Char('/') + QString::number(p.postNumber), p.createdAt,
                              QStringLiteral("%1-post-%2").arg(origin).arg(p.id), users.value(p.userId).username,
                              p.cooked, QString()});
    }
    return Http::bytes(kRssType, renderRss(channel), QByteArrayLiteral("no-cache"));
}

QHttpServerResponse categoryFeed(ApiContext &ctx, const QHttpServerRequest &request, int id)
{
    const QList<CategoryRow> rows = ctx.queries.categoryTree();
    QList<int> scope{id};
    QString name;
    for (int i = 0; i < scope.size(); ++i) {
        for (const CategoryRow &c : rows) {
            if (c.id == scope.at(i) && i == 0)
                name = c.name;
            if (c.parentId == scope.at(i))
                scope.append(c.id);
        }
    }
    if (name.isEmpty())
        return Http::notFound();
    return topicsFeed(ctx, request, scope, QStringLiteral("%1 - %2").arg(siteTitle(ctx), name),
                      request.url().path().chopped(4));
}

} // namespace

void registerFeedRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/latest\\.rss"), Method::Get, [&ctx](const QHttpServerRequest &request) {
        return ctx.cache.get(request, [&] {
            return topicsFeed(ctx, request, {}, QCoreApplication::translate("Feeds", "%1 - Latest topics").arg(siteTitle(ctx)),
                              QStringLiteral("/latest"));
        });
    });
    server.route(QStringLiteral("/c/<arg>/<arg>\\.rss"), Method::Get,
                 [&ctx](const QString &, int id, const QHttpServerRequest &request) {
                     return ctx.cache.get(request, [&] { return categoryFeed(ctx, request, id); });
                 });
    server.route(QStringLiteral("/t/<arg>\\.rss"), Method::Get, [&ctx](int id, const QHttpServerRequest &request) {
        return ctx.cache.get(request, [&] { return topicFeed(ctx, request, id); });
    });
}
