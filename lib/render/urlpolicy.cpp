#include "lib/render/urlpolicy.h"

namespace Aivizor {

namespace {

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

bool isHttp(const QUrl &url)
{
    return (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

// The scheme of an absolute URL as a browser would read it, or empty for a relative one.
QStringView schemeOf(QStringView url)
{
    for (qsizetype i = 0; i < url.size(); ++i) {
        const char16_t c = url[i].unicode();
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (c == ':')
            return i > 0 ? url.left(i) : QStringView();
        if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))
            return {};
    }
    return {};
}

} // namespace

UrlPolicy::UrlPolicy(const QUrl &forumBase)
{
    if (!isHttp(forumBase))
        return;
    m_origin.setScheme(forumBase.scheme());
    m_origin.setHost(forumBase.host());
    m_origin.setPort(forumBase.port());
    m_origin.setPath(QStringLiteral("/"));
    m_base = m_origin;
    QString path = forumBase.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    m_base.setPath(path);
}

QUrl UrlPolicy::resolve(const QString &raw) const
{
    QString s = raw;
    if (s.contains(QLatin1Char('\t')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))) {
        s.remove(QLatin1Char('\t'));
        s.remove(QLatin1Char('\n'));
        s.remove(QLatin1Char('\r'));
    }
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && s[begin].unicode() <= 0x20)
        ++begin;
    while (end > begin && s[end - 1].unicode() <= 0x20)
        --end;
    if (begin > 0 || end < s.size())
        s = s.mid(begin, end - begin);
    if (s.isEmpty())
        return {};

    QUrl url;
    if (!schemeOf(s).isEmpty()) {
        url = QUrl(s, QUrl::TolerantMode);
    } else {
        if (!m_base.isValid())
            return {};
        s.replace(QLatin1Char('\\'), QLatin1Char('/'));
        if (s.startsWith(QLatin1String("//")))
            url = QUrl(m_base.scheme() + QLatin1Char(':') + s, QUrl::TolerantMode);
        else if (s.startsWith(QLatin1Char('/')))
            url = m_origin.resolved(QUrl(s, QUrl::TolerantMode));
        else
            url = m_base.resolved(QUrl(s, QUrl::TolerantMode));
    }
    if (!url.isValid() || url.isRelative())
        return {};
    // Credentials in a link are a phishing device ("https://forum@evil.example/"), never needed here.
    url.setUserInfo(QString());
    return url;
}

QUrl UrlPolicy::link(const QString &raw) const
{
    const QUrl url = resolve(raw);
    if (isHttp(url))
        return url;
    if (url.scheme() == u"mailto" && !url.path().isEmpty())
        return url;
    return {};
}

QUrl UrlPolicy::image(const QString &raw) const
{
    const QUrl url = resolve(raw);
    return isHttp(url) ? url : QUrl();
}

bool UrlPolicy::isSameSite(const QUrl &url) const
{
    return m_origin.isValid() && isHttp(url) && url.host() == m_origin.host()
        && effectivePort(url) == effectivePort(m_origin);
}

} // namespace Aivizor
