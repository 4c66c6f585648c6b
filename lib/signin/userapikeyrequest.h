#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QSettings;
struct evp_pkey_st;

namespace Aivizor {

// What a successful User API Key handshake yields.
struct UserApiKeyResult
{
    QString key;          // send as "User-Api-Key"; store it through a CredentialStore only
    bool push = false;
    int apiVersion = 0;
    QString error;        // translated; empty on success

    bool isOk() const { return error.isEmpty(); }
};

// One Discourse User API Key authorization (/user-api-key/new): generates a throw-away RSA-2048 key
// pair and a nonce, builds the URL the user opens in a browser, and decrypts the payload the forum
// returns (pasted by the user or delivered to auth_redirect). The private key exists only in this
// object's memory and is freed after a successful decryption, on clear() and on destruction.
class UserApiKeyRequest
{
    Q_DECLARE_TR_FUNCTIONS(UserApiKeyRequest)
public:
    enum class Padding {
        Pkcs1, // the default and the only one older servers know
        Oaep   // padding=oaep (newer servers; OAEP with SHA-1)
    };

    struct Params
    {
        QUrl site;                 // the forum base URL, may include a subfolder
        QString applicationName;   // shown to the user on the approval page
        QString clientId;          // clientId(settings)
        QStringList scopes = defaultScopes();
        QUrl authRedirect;         // optional; must be allowed by the forum's allowed_user_api_auth_redirects
        Padding padding = Padding::Pkcs1;
    };

    UserApiKeyRequest();
    ~UserApiKeyRequest();
    UserApiKeyRequest(UserApiKeyRequest &&) noexcept;
    UserApiKeyRequest &operator=(UserApiKeyRequest &&) noexcept;
    UserApiKeyRequest(const UserApiKeyRequest &) = delete;
    UserApiKeyRequest &operator=(const UserApiKeyRequest &) = delete;

    // read, write, notifications, session_info: what reading and replying need.
    static QStringList defaultScopes();
    // The per-install client id: 32 random bytes as hex, created on first use and kept in `settings`
    // ("auth/userApiClientId"). Discourse replaces a user's earlier key for the same client id.
    static QString clientId(QSettings &settings);
    // The "payload" query value from an auth_redirect URL, undoing CGI escaping ('+' is a space there,
    // '%2B' the Base64 plus).
    static QString payloadFromRedirect(const QUrl &redirectUrl);

    // Generates the key pair and nonce (takes a moment: RSA key generation). Returns false and sets
    // *error (translated) if the parameters are unusable or key generation failed.
    bool start(const Params &params, QString *error);
    bool isActive() const;

    QString publicKeyPem() const { return m_publicKeyPem; }
    QString nonce() const { return m_nonce; }
    // GET <site>/user-api-key/new?application_name=..&client_id=..&scopes=..&public_key=..&nonce=..
    // [&auth_redirect=..][&padding=oaep]; every value strictly percent-encoded ('+' as %2B).
    QUrl authorizationUrl() const;

    // Strips whitespace (Ruby's Base64.encode64 adds a newline every 60 characters), Base64-decodes,
    // RSA-decrypts, parses {key, nonce, push, api} and checks the nonce against ours.
    UserApiKeyResult decryptPayload(const QString &payload);

    // Forgets the private key (e.g. the user cancelled).
    void clear();

private:
    struct KeyDeleter
    {
        void operator()(evp_pkey_st *key) const;
    };
    std::unique_ptr<evp_pkey_st, KeyDeleter> m_key;
    Params m_params;
    QString m_publicKeyPem;
    QString m_nonce;
};

} // namespace Aivizor
