#include "lib/credentials/account.h"

#include "lib/credentials/credentialstore.h"
#include "lib/files/sitekey.h"

#include <QHash>
#include <QSettings>

namespace Aivizor {

QString Account::credentialKey() const
{
    return CredentialStore::key(site, username);
}

QHash<QByteArray, QByteArray> Account::authHeaders(const QString &secret) const
{
    if (authKind == AuthKind::ApiKey)
        return {{QByteArrayLiteral("Api-Key"), secret.toUtf8()}, {QByteArrayLiteral("Api-Username"), username.toUtf8()}};
    return {{QByteArrayLiteral("User-Api-Key"), secret.toUtf8()},
            {QByteArrayLiteral("User-Api-Client-Id"), clientId.toUtf8()}};
}

void Account::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("site"), normalizedSiteUrl(site));
    settings.setValue(QStringLiteral("username"), username);
    settings.setValue(QStringLiteral("auth"),
                      authKind == AuthKind::ApiKey ? QStringLiteral("api-key") : QStringLiteral("user-api-key"));
    settings.setValue(QStringLiteral("clientId"), clientId);
}

Account Account::load(const QSettings &settings)
{
    Account a;
    a.site = QUrl(settings.value(QStringLiteral("site")).toString());
    a.username = settings.value(QStringLiteral("username")).toString();
    a.authKind = settings.value(QStringLiteral("auth")).toString() == QLatin1String("api-key") ? AuthKind::ApiKey
                                                                                               : AuthKind::UserApiKey;
    a.clientId = settings.value(QStringLiteral("clientId")).toString();
    return a;
}

} // namespace Aivizor
