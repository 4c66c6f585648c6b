#include "app/reader/readerlink.h"

#include "lib/render/postlink.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace Aivizor {

namespace {

const QString InternalScheme = QLatin1String(PostLink::Scheme);

int positiveInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? value : 0;
}

bool sameForum(const QUrl &url, const QUrl &forumBase)
{
    return !forumBase.isEmpty() && url.host().compare(forumBase.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
               == forumBase.port(forumBase.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

ReaderLink ReaderLink::classify(const QUrl &url, const QUrl &forumBase)
{
    ReaderLink link;
    link.url = url;
    if (!url.isValid())
        return link;
    const QString scheme = url.scheme().toLower();
    if (scheme == InternalScheme) {
        const QUrlQuery query(url);
        const QString what = url.host().isEmpty() ? url.path() : url.host();
        if (what == QLatin1String("post")) {
            link.topicId = positiveInt(query.queryItemValue(QStringLiteral("topic")));
            link.postNumber = positiveInt(query.queryItemValue(QStringLiteral("post")));
            if (link.topicId > 0)
                link.kind = Kind::Post;
        } else if (what == QLatin1String("community")) {
            link.communityId = positiveInt(query.queryItemValue(QStringLiteral("id")));
            if (link.communityId > 0)
                link.kind = Kind::Community;
        } else if (what == QLatin1String("reply")) {
            link.postNumber = positiveInt(query.queryItemValue(QStringLiteral("post")));
            if (link.postNumber > 0)
                link.kind = Kind::Reply;
        } else if (what == QLatin1String("like")) {
            link.postId = positiveInt(query.queryItemValue(QStringLiteral("id")));
            if (link.postId > 0)
                link.kind = Kind::Like;
        } else if (what == QLatin1String("show-rest")) {
            link.postId = positiveInt(query.queryItemValue(QStringLiteral("id")));
            if (link.postId > 0)
                link.kind = Kind::ShowRest;
        } else if (what == QLatin1String("tag")) {
            link.tag = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
            if (!link.tag.isEmpty())
                link.kind = Kind::Tag;
        }
        return link;
    }
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return link;
    link.kind = Kind::External;
    if (sameForum(url, forumBase)) {
        // /t/slug/123, /t/slug/123/4, /t/123, /t/123/4 below the forum's (sub)folder.
        QString path = url.path();
        const QString basePath = forumBase.path().endsWith(QLatin1Char('/')) ? forumBase.path().chopped(1)
                                                                               : forumBase.path();
        if (!basePath.isEmpty() && path.startsWith(basePath + QLatin1Char('/')))
            path = path.mid(basePath.size());
        static const QRegularExpression topicPath(
            QStringLiteral("^/t/(?:[^/]+/)?(\\d+)(?:/(\\d+))?/?$"));
        const auto match = topicPath.match(path);
        if (match.hasMatch()) {
            link.topicId = positiveInt(match.captured(1));
            link.postNumber = positiveInt(match.captured(2));
            if (link.topicId > 0)
                link.kind = Kind::Post;
        }
    }
    return link;
}

QUrl ReaderLink::postLink(int topicId, int postNumber)
{
    return PostLink::make(topicId, postNumber);
}

QUrl ReaderLink::communityLink(int communityId)
{
    QUrl url;
    url.setScheme(InternalScheme);
    url.setHost(QStringLiteral("community"));
    url.setQuery(QStringLiteral("id=%1").arg(communityId));
    return url;
}

QUrl ReaderLink::tagLink(const QString &tag)
{
    QUrl url;
    url.setScheme(InternalScheme);
    url.setHost(QStringLiteral("tag"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(tag)));
    url.setQuery(query);
    return url;
}

QUrl ReaderLink::replyLink(int postNumber)
{
    QUrl url;
    url.setScheme(InternalScheme);
    url.setHost(QStringLiteral("reply"));
    url.setQuery(QStringLiteral("post=%1").arg(postNumber));
    return url;
}

QUrl ReaderLink::likeLink(int postId)
{
    QUrl url;
    url.setScheme(InternalScheme);
    url.setHost(QStringLiteral("like"));
    url.setQuery(QStringLiteral("id=%1").arg(postId));
    return url;
}

QUrl ReaderLink::showRestLink(int postId)
{
    QUrl url;
    url.setScheme(InternalScheme);
    url.setHost(QStringLiteral("show-rest"));
    url.setQuery(QStringLiteral("id=%1").arg(postId));
    return url;
}

} // namespace Aivizor
