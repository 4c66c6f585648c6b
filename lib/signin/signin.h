#pragma once

#include "lib/credentials/account.h"
#include "lib/signin/userapikeyrequest.h"
#include "lib/net/apierror.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Aivizor {

class AccountListModel;
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
// On success the secret is in the CredentialStore under Account::credentialKey(), the account in
// the AccountListModel (without secret) and the auth headers are set on the Transport.
// When the keychain is unavailable, credentialStoreUnavailable() asks the UI to choose between
// rememberForSessionOnly() and doNotRemember(); the secret is never written to a plain file.
class SignIn : public QObject
{
    Q_OBJECT
public:
    // None of the pointers is owned; all must outlive this object.
    SignIn(Transport *transport, CredentialStore *store, AccountListModel *accounts, QObject *parent = nullptr);
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
    void failed(const QString &message);
    // The keychain cannot keep `account`'s secret; call rememberForSessionOnly() or doNotRemember().
    void credentialStoreUnavailable(const Account &account, const QString &message);
    // `revokeError` is empty when the forum confirmed the revocation (or there was nothing to revoke).
    void signedOut(const Account &account, const QString &revokeError);

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
    void fail(const QString &message);
    void onRedirect(const QUrl &url);
    void forget(const Account &account, const QString &revokeError);
    void applyHeaders(const std::optional<Account> &account, const QString &secret);

    Transport *m_transport;
    CredentialStore *m_store;
    AccountListModel *m_accounts;
    MemoryCredentialStore *m_sessionStore;
    ForumWriter *m_writer;
    LoopbackReceiver *m_loopback;
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
