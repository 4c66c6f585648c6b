#include "lib/domain/avatar.h"

namespace Aivizor {

QUrl avatarUrl(const QString &avatarTemplate, int size, const QUrl &forumBase)
{
    if (avatarTemplate.isEmpty())
        return {};
    QString path = avatarTemplate;
    path.replace(QStringLiteral("{size}"), QString::number(size));
    if (path.startsWith(QLatin1String("//")))
        return QUrl(forumBase.scheme().isEmpty() ? QStringLiteral("https:") + path
                                                 : forumBase.scheme() + QLatin1Char(':') + path);
    const QUrl url(path);
    if (url.isRelative()) {
        // Server-relative paths already carry a subfolder prefix: resolve against the origin.
        QUrl origin = forumBase;
        origin.setPath(QString());
        origin.setQuery(QString());
        return origin.resolved(url);
    }
    return url;
}

} // namespace Aivizor
