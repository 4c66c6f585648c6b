#include "lib/signin/signin.h"

#include "lib/signin/loopbackreceiver.h"

#include "lib/api/endpoints.h"
#include "lib/credentials/credentialstore.h"
#include "lib/credentials/memorycredentialstore.h"
#include "lib/net/forumwriter.h"
#include "lib/net/transport.h"
#include "lib/parse/topiclistparser.h"
#include "lib/parse/userparser.h"


namespace Aivizor {

namespace {

ApiError refused(const QString &message)
{
    return ApiError::fromKind(ApiError::Kind::Forbidden, message);
}

// The keychain's answer, in the one error vocabulary.
ApiError storageError(const CredentialResult &result)
{
    return ApiError::fromKind(ApiError::Kind::Storage, result.message);
}

} // namespace

SignIn::SignIn(Transport *transport, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_store(store)
    , m_sessionStore(new MemoryCredentialStore(this))
    , m_writer(new ForumWriter(transport, this))
    , m_loopback(new LoopbackReceiver(this))
{
    connect(m_loopback, &LoopbackReceiver::redirectReceived, this, &SignIn::onRedirect);
}

SignIn::~SignIn() = default;

QUrl SignIn::site() const
{
    return m_transport->baseUrl();
}

QUrl SignIn::redirectUrl() const
{
    if (m_loopback->isListening())
        return m_loopback->redirectUrl();
    return m_busy ? m_appRedirect : QUrl();
}

void SignIn::applyHeaders(const std::optional<Account> &account, const QString &secret)
{
    if (account)
        m_transport->setAuthHeaders(account->authHeaders(secret));
    else
        m_transport->clearAuthHeaders();
}

bool SignIn::signInWithApiKey(const QString &username, const QString &apiKey)
{
    if (m_busy || username.trimmed().isEmpty() || apiKey.trimmed().isEmpty())
        return false;
    m_busy = true;
    ++m_generation;
    Account account;
    account.site = site();
    account.username = username.trimmed();
    account.authKind = Account::AuthKind::ApiKey;
    verify(account, apiKey.trimmed(), QString());
    return true;
}

bool SignIn::startUserApiKey(const QString &applicationName, const QString &clientId,
                             const QString &expectedUsername, bool useLoopback)
{
    if (m_busy)
        return false;
    UserApiKeyRequest::Params params;
    params.site = site();
    params.applicationName = applicationName;
    params.clientId = clientId;
    // The app's own link scheme first (no port left open while the browser waits), then loopback,
    // then the payload shown on the forum's page for pasting.
    if (useLoopback && m_appRedirect.isValid())
        params.authRedirect = m_appRedirect;
    else if (useLoopback && m_loopback->listen())
        params.authRedirect = m_loopback->redirectUrl();
    QString error;
    if (!m_request.start(params, &error)) {
        m_loopback->stop();
        emit failed(ApiError::fromKind(ApiError::Kind::InvalidInput, error));
        return false;
    }
    m_busy = true;
    ++m_generation;
    m_requestClientId = clientId;
    m_expectedUsername = expectedUsername;
    emit openUrlRequested(m_request.authorizationUrl());
    return true;
}

void SignIn::onRedirect(const QUrl &url)
{
    submitPayload(UserApiKeyRequest::payloadFromRedirect(url));
}

void SignIn::submitPayload(const QString &payloadOrUrl)
{
    if (!m_busy || !m_request.isActive())
        return;
    QString payload = payloadOrUrl.trimmed();
    const QUrl asUrl(payload);
    if (asUrl.isValid() && !asUrl.scheme().isEmpty() && asUrl.hasQuery())
        payload = UserApiKeyRequest::payloadFromRedirect(asUrl);
    const UserApiKeyResult result = m_request.decryptPayload(payload); // checks the nonce
    if (!result.isOk()) {
        // The request stays active: the user may paste again.
        emit failed(ApiError::fromKind(ApiError::Kind::InvalidInput, result.error));
        return;
    }
    m_loopback->stop();
    Account account;
    account.site = site();
    account.authKind = Account::AuthKind::UserApiKey;
    account.clientId = m_requestClientId;
    verify(account, result.key, m_expectedUsername);
}

void SignIn::verify(const Account &candidate, const QString &secret, const QString &expectedUsername)
{
    applyHeaders(candidate, secret);
    const quint64 generation = m_generation;
    m_transport->get(
        Api::currentSession(), this,
        [this, generation, candidate, secret, expectedUsername](const TransportResult &result) {
            if (generation != m_generation)
                return;
            Account account = candidate;
            if (!result.error.isError()) {
                const ParseResult<User> user = parseCurrentUser(result.json);
                const QString who = user.ok() ? user.value->username : QString();
                if (who.isEmpty()) {
                    fail(ApiError::fromKind(ApiError::Kind::MalformedResponse,
                                            tr("The forum did not say who is signed in.")));
                    return;
                }
                if (!account.username.isEmpty() && account.username.compare(who, Qt::CaseInsensitive) != 0) {
                    fail(refused(tr("This key belongs to %1, not to %2.").arg(who, account.username)));
                    return;
                }
                account.username = who;
                store(account, secret);
                return;
            }
            if (result.error.kind == ApiError::Kind::Forbidden) {
                fail(refused(tr("The forum did not accept the key.")));
                return;
            }
            if (result.error.kind != ApiError::Kind::NotFound) {
                fail(result.error);
                return;
            }
            // No /session/current.json on this server (Discourse itself answers 404 only when
            // logged out). Lists may be public even for a bad key, so the proof is a topic read,
            // which every server checks: the first topic of /latest.
            if (account.username.isEmpty())
                account.username = expectedUsername;
            if (account.username.isEmpty()) {
                fail(ApiError::fromKind(ApiError::Kind::MalformedResponse,
                                        tr("The forum did not say who approved the key.")));
                return;
            }
            m_transport->get(Api::topicList(FeedSpec::latest()), this,
                             [this, generation, account, secret](const TransportResult &list) {
                                 if (generation != m_generation)
                                     return;
                                 if (!checkAnswer(list))
                                     return;
                                 const ParseResult<TopicPage> page = parseTopicList(list.json);
                                 if (!page.ok()) {
                                     fail(ApiError::fromKind(ApiError::Kind::MalformedResponse,
                                                         tr("The forum sent an unexpected answer: %1").arg(page.error)));
                                     return;
                                 }
                                 const int topicId = page.value->topics.isEmpty() ? 0 : page.value->topics.first().id;
                                 if (topicId <= 0) {
                                     store(account, secret); // an empty forum: nothing more to check against
                                     return;
                                 }
                                 m_transport->get(Api::topic(topicId), this,
                                                  [this, generation, account, secret](const TransportResult &topic) {
                                                      if (generation == m_generation && checkAnswer(topic))
                                                          store(account, secret);
                                                  });
                             });
        });
}

bool SignIn::checkAnswer(const TransportResult &result)
{
    if (result.error.kind == ApiError::Kind::Forbidden)
        fail(refused(tr("The forum did not accept the key.")));
    else if (result.error.isError())
        fail(result.error);
    return !result.error.isError();
}

void SignIn::store(const Account &account, const QString &secret)
{
    const quint64 generation = m_generation;
    m_store->writeSecret(account.credentialKey(), secret, this,
                         [this, generation, account, secret](const CredentialResult &result) {
                             if (generation != m_generation)
                                 return;
                             if (result.isOk()) {
                                 emit accountStored(account);
                                 finish(account, secret);
                             } else if (result.error == CredentialResult::Error::Unavailable) {
                                 m_pending = PendingSecret{account, secret};
                                 emit credentialStoreUnavailable(account, result.message);
                             } else {
                                 fail(storageError(result));
                             }
                         });
}

void SignIn::rememberForSessionOnly()
{
    if (!m_pending)
        return;
    const PendingSecret pending = *m_pending;
    m_pending.reset();
    const quint64 generation = m_generation;
    // Not added to the persisted account list: after a restart there would be no secret for it.
    m_sessionStore->writeSecret(pending.account.credentialKey(), pending.secret, this,
                                [this, generation, pending](const CredentialResult &result) {
                                    if (generation != m_generation)
                                        return;
                                    if (result.isOk())
                                        finish(pending.account, pending.secret);
                                    else
                                        fail(storageError(result));
                                });
}

void SignIn::doNotRemember()
{
    if (!m_pending)
        return;
    m_pending.reset();
    fail(ApiError::fromKind(ApiError::Kind::Storage, tr("Not signed in: the key was not kept.")));
}

void SignIn::finish(const Account &account, const QString &secret)
{
    m_busy = false;
    m_request.clear();
    m_current = account;
    m_currentSecret = secret;
    applyHeaders(m_current, m_currentSecret);
    emit signedIn(account);
}

void SignIn::fail(const ApiError &error)
{
    m_busy = false;
    m_pending.reset();
    m_request.clear();
    m_loopback->stop();
    applyHeaders(m_current, m_currentSecret); // back to whoever was signed in before
    emit failed(error);
}

void SignIn::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    m_busy = false;
    m_pending.reset();
    m_request.clear();
    m_loopback->stop();
    applyHeaders(m_current, m_currentSecret);
}

void SignIn::restore(const Account &account)
{
    const QString key = account.credentialKey();
    auto apply = [this, account](const QString &secret) {
        m_current = account;
        m_currentSecret = secret;
        applyHeaders(m_current, m_currentSecret);
        emit signedIn(account);
    };
    m_sessionStore->readSecret(key, this, [this, key, account, apply](const CredentialResult &session) {
        if (session.isOk()) {
            apply(session.secret);
            return;
        }
        m_store->readSecret(key, this, [this, account, apply](const CredentialResult &stored) {
            if (stored.isOk())
                apply(stored.secret);
            else if (stored.error == CredentialResult::Error::NotFound)
                emit failed(refused(tr("The key for %1 is no longer stored. Please sign in again.").arg(account.username)));
            else
                emit failed(storageError(stored));
        });
    });
}

void SignIn::signOut(const Account &account)
{
    const QString key = account.credentialKey();
    auto revokeWith = [this, account](const QString &secret) {
        if (account.authKind != Account::AuthKind::UserApiKey) {
            forget(account, ApiError()); // admin-issued keys are managed on the forum, not by us
            return;
        }
        applyHeaders(account, secret);
        m_writer->revokeUserApiKey(this, [this, account](const ApiResult<bool> &result) {
            forget(account, result.ok() ? ApiError() : result.error);
        });
    };
    m_sessionStore->readSecret(key, this, [this, key, account, revokeWith](const CredentialResult &session) {
        if (session.isOk()) {
            revokeWith(session.secret);
            return;
        }
        m_store->readSecret(key, this, [this, account, revokeWith](const CredentialResult &stored) {
            if (stored.isOk())
                revokeWith(stored.secret);
            else
                forget(account, stored.error == CredentialResult::Error::NotFound ? ApiError() : storageError(stored));
        });
    });
}

void SignIn::forget(const Account &account, const ApiError &revokeError)
{
    const QString key = account.credentialKey();
    m_sessionStore->removeSecret(key, this, [](const CredentialResult &) {});
    m_store->removeSecret(key, this, [this, account, revokeError](const CredentialResult &removed) {
        if (m_current && *m_current == account) {
            m_current.reset();
            m_currentSecret.clear();
        }
        applyHeaders(m_current, m_currentSecret);
        // A revocation the forum did not confirm matters more than a keychain entry left behind.
        ApiError problem = revokeError;
        if (!problem && !removed.isOk() && removed.error != CredentialResult::Error::Unavailable)
            problem = storageError(removed);
        emit signedOut(account, problem);
    });
}

} // namespace Aivizor
