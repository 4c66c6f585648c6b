#pragma once

#include "lib/credentials/account.h"
#include "lib/signin/userapikeyrequest.h"
#include "lib/net/apierror.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Aivizor {

class CredentialStore;
class ForumWriter;
class LoopbackReceiver;
class MemoryCredentialStore;
class Transport;
struct TransportResult;

// Signing in to and out of the forum behind one Transport (whose base URL is the site):
//  (a) API key + username: checked against the forum, then stored.
//  (b) User API Key: asks the app to open the authorization URL (openUrlRequested), receives the
//      encrypted payload on a one-shot loopback auth_redirect or as pasted text, decrypts it and
//      checks the nonce (UserApiKeyRequest), learns the username from /session/current.json.
//  (c) sign out: revokes a user API key on the forum, then forgets the secret and the account.
// On success the secret is in the CredentialStore under Account::credentialKey(), the auth headers
// are set on the Transport, and accountStored() tells the owner (ForumSession) to remember the
// account (without secret). Every failure is an ApiError: the forum's own errors as the Transport
// reported them, Forbidden for a refused key, InvalidInput for a bad payload, Storage for the keychain.
// When the keychain is unavailable, credentialStoreUnavailable() asks the UI to choose between
// rememberForSessionOnly() and doNotRemember(); the secret is never written to a plain file.
class SignIn : public QObject
{
    Q_OBJECT
public:
    // Neither pointer is owned; both must outlive this object.
    SignIn(Transport *transport, CredentialStore *store, QObject *parent = nullptr);
    ~SignIn() override;

    QUrl site() const;
    bool isBusy() const { return m_busy; }
    // The account whose headers are on the Transport, if any.
    std::optional<Account> current() const { return m_current; }
    // Where session-only secrets are kept (for this process only).
    MemoryCredentialStore *sessionStore() const { return m_sessionStore; }

    // (a) Returns false if another sign-in is running or the input is empty.
    bool signInWithApiKey(const QString &username, const QString &apiKey);

    // (b) Starts the handshake and emits openUrlRequested(). `clientId` comes from
    // UserApiKeyRequest::clientId(settings). `expectedUsername` is used only when the forum has no
    // /session/current.json to tell who approved. With `useLoopback` false (or when listening fails)
    // the forum shows the payload for the user to paste into submitPayload().
    bool startUserApiKey(const QString &applicationName, const QString &clientId,
                         const QString &expectedUsername = QString(), bool useLoopback = true);
    // The payload the user pasted (or the full redirect URL they copied).
    void submitPayload(const QString &payloadOrUrl);
    // The loopback address the forum redirects to while a handshake waits; empty otherwise.
    QUrl redirectUrl() const;

    // Where the forum sends the key when the desktop hands aivizor:// links to this app (set by
    // the app once it knows the scheme is registered); empty falls back to the loopback listener.
    // The link then arrives through the command line and goes to submitPayload().
    void setAppRedirect(const QUrl &url) { m_appRedirect = url; }

    // Abandons a running sign-in; the Transport keeps the headers it had before.
    void cancel();

    // Answers to credentialStoreUnavailable().
    void rememberForSessionOnly();
    void doNotRemember();

    // Reads the stored secret of `account` (keychain first, then the session store) and applies it.
    void restore(const Account &account);
    // (c)
    void signOut(const Account &account);

signals:
    void openUrlRequested(const QUrl &url);
    void signedIn(const Account &account);
    // The secret went to the persistent store (not the session-only one): the account can be
    // restored after a restart. Emitted just before signedIn().
    void accountStored(const Account &account);
    void failed(const Aivizor::ApiError &error);
    // The keychain cannot keep `account`'s secret; call rememberForSessionOnly() or doNotRemember().
    void credentialStoreUnavailable(const Account &account, const QString &message);
    // `revokeError` is no error when the forum confirmed the revocation (or there was nothing to
    // revoke); otherwise the key may still be valid on the forum, or the keychain kept it.
    void signedOut(const Account &account, const Aivizor::ApiError &revokeError);

private:
    struct PendingSecret
    {
        Account account;
        QString secret;
    };

    void verify(const Account &account, const QString &secret, const QString &expectedUsername);
    // Fails the sign-in for an error answer; true for a success.
    bool checkAnswer(const TransportResult &result);
    void store(const Account &account, const QString &secret);
    void finish(const Account &account, const QString &secret);
    void fail(const ApiError &error);
    void onRedirect(const QUrl &url);
    void forget(const Account &account, const ApiError &revokeError);
    void applyHeaders(const std::optional<Account> &account, const QString &secret);

    Transport *m_transport;
    CredentialStore *m_store;
    MemoryCredentialStore *m_sessionStore;
    ForumWriter *m_writer;
    LoopbackReceiver *m_loopback;
    QUrl m_appRedirect;
    UserApiKeyRequest m_request;
    QString m_requestClientId;
    QString m_expectedUsername;
    std::optional<Account> m_current;
    QString m_currentSecret; // what the Transport's headers carry (it holds them anyway)
    std::optional<PendingSecret> m_pending;
    bool m_busy = false;
    quint64 m_generation = 0; // answers of a cancelled sign-in are ignored
};

} // namespace Aivizor
