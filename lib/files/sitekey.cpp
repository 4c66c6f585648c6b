#include "lib/files/sitekey.h"

#include <QCryptographicHash>
#include <QMutex>

namespace Aivizor {

namespace {

QMutex demoMutex;
QString demoSite; // normalized, without the demo rule; empty when no demo server runs

QString plainNormalizedUrl(const QUrl &forumBaseUrl)
{
    QUrl url = forumBaseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo
                                     | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if (url.path() == QLatin1String("/")) // StripTrailingSlash keeps a lone root slash
        url.setPath(QString());
    if ((url.scheme() == QLatin1String("https") && url.port() == 443)
        || (url.scheme() == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

void setDemoSiteUrl(const QUrl &url)
{
    const QString site = url.isEmpty() ? QString() : plainNormalizedUrl(url);
    const QMutexLocker lock(&demoMutex);
    demoSite = site;
}

QString normalizedSiteUrl(const QUrl &forumBaseUrl)
{
    const QString site = plainNormalizedUrl(forumBaseUrl);
    const QMutexLocker lock(&demoMutex);
    return !demoSite.isEmpty() && site == demoSite ? QString::fromLatin1(DemoSiteIdentity) : site;
}

QString siteKey(const QUrl &forumBaseUrl)
{
    const QString normalized = normalizedSiteUrl(forumBaseUrl);
    const QUrl named = normalized == QLatin1String(DemoSiteIdentity) ? QUrl(normalized) : forumBaseUrl;
    QString host;
    for (const QChar c : named.host().toLower()) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                          || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
                          || c == QLatin1Char('-');
        host += safe ? c : QLatin1Char('_');
    }
    if (host.isEmpty())
        host = QStringLiteral("site");
    const QByteArray hash = QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256);
    return host.left(64) + QLatin1Char('-') + QString::fromLatin1(hash.toHex().left(16));
}

} // namespace Aivizor
