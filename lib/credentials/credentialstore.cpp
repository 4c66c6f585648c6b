#include "lib/credentials/credentialstore.h"

#include "lib/files/sitekey.h"

#include <QMetaObject>

namespace Aivizor {

QString CredentialStore::key(const QUrl &site, const QString &username)
{
    return normalizedSiteUrl(site) + QLatin1Char('|') + username;
}

void CredentialStore::deliver(QObject *context, const Callback &done, const CredentialResult &result)
{
    if (!context || !done)
        return;
    // Queued even when called from the caller's thread, so callers never see a re-entrant answer;
    // Qt drops the call if the context is deleted before it runs.
    QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
}

} // namespace Aivizor
