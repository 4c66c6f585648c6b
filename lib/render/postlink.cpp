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
    if (postNumber > 0)
        query.addQueryItem(QStringLiteral("post"), QString::number(postNumber));
    url.setQuery(query);
    return url;
}

} // namespace PostLink

} // namespace Aivizor
