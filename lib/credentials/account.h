#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QUrl>

class QSettings;

namespace Aivizor {

// One signed-in identity on one forum. Holds no secret: the key lives in a CredentialStore under
// credentialKey().
struct Account
{
    enum class AuthKind {
        ApiKey,    // Api-Key + Api-Username (a key an admin issued for this user)
        UserApiKey // User-Api-Key + User-Api-Client-Id (the user approved this app in the browser)
    };

    QUrl site;        // forum base URL, may include a subfolder
    QString username;
    AuthKind authKind = AuthKind::UserApiKey;
    QString clientId; // UserApiKey only: the User-Api-Client-Id the key was issued for

    bool isValid() const { return site.isValid() && !site.isRelative() && !username.isEmpty(); }
    // CredentialStore::key(site, username)
    QString credentialKey() const;
    // The headers that authenticate requests with `secret`.
    QHash<QByteArray, QByteArray> authHeaders(const QString &secret) const;

    // Reads/writes the non-secret fields at the settings' current group or array index.
    void save(QSettings &settings) const;
    static Account load(const QSettings &settings);

    bool operator==(const Account &o) const
    {
        return site == o.site && username == o.username && authKind == o.authKind && clientId == o.clientId;
    }
    bool operator!=(const Account &o) const { return !(*this == o); }
};

} // namespace Aivizor

Q_DECLARE_METATYPE(Aivizor::Account)
