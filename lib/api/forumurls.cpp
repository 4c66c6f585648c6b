#include "lib/api/forumurls.h"

#include "lib/api/endpoints.h"

namespace Aivizor {

namespace {

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

QString withJsonSuffix(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty() || path == QLatin1String("/"))
        return path;
    if (!path.endsWith(QLatin1String(".json")))
        path += QLatin1String(".json");
    return path;
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

ForumUrls::ForumUrls(const QUrl &forumBase)
    : m_base(forumBase.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment))
{
    QString path = m_base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_base.setPath(path);
}

bool ForumUrls::isSameOrigin(const QUrl &url) const
{
    return url.scheme() == m_base.scheme() && url.host().compare(m_base.host(), Qt::CaseInsensitive) == 0
           && effectivePort(url) == effectivePort(m_base);
}

QUrl ForumUrls::page(const QString &path) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path),
                QUrl::TolerantMode);
    return url;
}

QUrl ForumUrls::topic(int topicId, const QString &slug, int postNumber) const
{
    // Concatenated, not arg(): an encoded slug holds '%' sequences that arg() would replace.
    QString path = QStringLiteral("/t/") + (slug.isEmpty() ? QStringLiteral("topic") : encoded(slug))
                   + QLatin1Char('/') + QString::number(topicId);
    if (postNumber > 0)
        path += QLatin1Char('/') + QString::number(postNumber);
    return page(path);
}

QUrl ForumUrls::user(const QString &username) const
{
    return page(QStringLiteral("/u/") + encoded(username));
}

QUrl ForumUrls::category(int categoryId, const QString &slug) const
{
    return feed(FeedSpec::community(categoryId, slug));
}

QUrl ForumUrls::tag(const QString &tag) const
{
    return feed(FeedSpec::forTag(tag));
}

QUrl ForumUrls::feed(const FeedSpec &feed) const
{
    return page(Api::feedPath(feed));
}

QUrl ForumUrls::userApiKeyAuthorization(const QString &encodedQuery) const
{
    QUrl url = page(Api::userApiKeyNew());
    url.setQuery(encodedQuery, QUrl::StrictMode);
    return url;
}

QUrl ForumUrls::api(const QString &pathAndQuery) const
{
    return resolved(pathAndQuery, true);
}

QUrl ForumUrls::apiWithoutSuffix(const QString &pathAndQuery) const
{
    return resolved(pathAndQuery, false);
}

QUrl ForumUrls::resolved(const QString &pathAndQuery, bool jsonSuffix) const
{
    const auto suffixed = [jsonSuffix](const QString &path) { return jsonSuffix ? withJsonSuffix(path) : path; };
    const QUrl given(pathAndQuery, QUrl::TolerantMode);
    if (!given.scheme().isEmpty()) {
        QUrl url = given;
        url.setPath(suffixed(url.path()));
        return url;
    }
    const int q = pathAndQuery.indexOf(QLatin1Char('?'));
    QString path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    const QString query = q < 0 ? QString() : pathAndQuery.mid(q + 1);
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    // Server-sent relative URLs already carry the subfolder ("/forum/latest?page=1").
    const QString basePath = m_base.path();
    if (!basePath.isEmpty() && !(path == basePath || path.startsWith(basePath + QLatin1Char('/'))))
        path.prepend(basePath);
    QUrl url = m_base;
    url.setPath(suffixed(path), QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query, QUrl::TolerantMode);
    return url;
}

QUrl ForumUrls::avatar(const QString &avatarTemplate, int size) const
{
    if (avatarTemplate.isEmpty())
        return {};
    QString path = avatarTemplate;
    path.replace(QStringLiteral("{size}"), QString::number(size));
    if (path.startsWith(QLatin1String("//")))
        return QUrl((m_base.scheme().isEmpty() ? QStringLiteral("https") : m_base.scheme()) + QLatin1Char(':') + path);
    const QUrl url(path);
    if (!url.isRelative())
        return url;
    // Server-relative paths already carry a subfolder prefix: resolve against the origin.
    QUrl origin = m_base;
    origin.setPath(QString());
    return origin.resolved(url);
}

} // namespace Aivizor
