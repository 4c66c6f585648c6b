#include "lib/render/postlink.h"

#include <QUrlQuery>

namespace Aivizor {

namespace PostLink {

QUrl make(int topicId, int postNumber)
{
    QUrl url;
    url.setScheme(QLatin1String(Scheme));
    url.setHost(QStringLiteral("post"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("topic"), QString::number(topicId));
    query.addQueryItem(QStringLiteral("post"), QString::number(postNumber));
    url.setQuery(query);
    return url;
}

bool parse(const QUrl &url, int *topicId, int *postNumber)
{
    if (url.scheme() != QLatin1String(Scheme) || url.host() != u"post")
        return false;
    const QUrlQuery query(url);
    bool topicOk = false;
    bool postOk = false;
    const int topic = query.queryItemValue(QStringLiteral("topic")).toInt(&topicOk);
    const int post = query.queryItemValue(QStringLiteral("post")).toInt(&postOk);
    if (!topicOk || !postOk || topic <= 0 || post <= 0)
        return false;
    if (topicId)
        *topicId = topic;
    if (postNumber)
        *postNumber = post;
    return true;
}

} // namespace PostLink

} // namespace Aivizor
