#include "app/shell/schemehandler.h"

#include "lib/render/postlink.h"

#include <QProcess>
#include <QStandardPaths>

namespace Aivizor {

namespace SchemeHandler {

QUrl signInRedirect()
{
    // xdg-mime answers with the desktop entry that opens the scheme; a build run from its folder
    // has none, and then the loopback listener takes the redirect instead.
    const QString xdgMime = QStandardPaths::findExecutable(QStringLiteral("xdg-mime"));
    if (xdgMime.isEmpty())
        return {};
    QProcess query;
    query.start(xdgMime, {QStringLiteral("query"), QStringLiteral("default"),
                          QStringLiteral("x-scheme-handler/") + QLatin1String(PostLink::Scheme)});
    if (!query.waitForFinished(2000) || query.exitCode() != 0)
        return {};
    if (QString::fromLocal8Bit(query.readAllStandardOutput()).trimmed() != QLatin1String("org.aivizor.Aivizor.desktop"))
        return {};
    return QUrl(QLatin1String(PostLink::Scheme) + QStringLiteral("://auth_redirect"));
}

} // namespace SchemeHandler

} // namespace Aivizor
