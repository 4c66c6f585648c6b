// Sign-in: API key sign-in (the forum list itself is tested in tst_forumregistry), the keychain-unavailable
// choice, and the User API Key handshake through the loopback auth_redirect against a stub forum
// that encrypts the payload the way Discourse does.
#include "lib/signin/loopbackreceiver.h"
#include "lib/signin/signin.h"
#include "lib/credentials/memorycredentialstore.h"
#include "lib/net/transport.h"

#include <QAbstractItemModelTester>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

using namespace Aivizor;

namespace {
constexpr int WaitMs = 10000;
const QByteArray GoodApiKey = "k-api-0123456789";
const QByteArray IssuedUserKey = "k-user-abcdef";

// RSA PKCS#1 v1.5 with the client's public key, then Base64 with a newline every 60 characters (Ruby).
QByteArray encryptLikeDiscourse(const QString &publicKeyPem, const QByteArray &plain)
{
    const QByteArray pem = publicKeyPem.toUtf8();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return {};
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, nullptr);
    QByteArray cipher;
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(plain.constData());
    if (EVP_PKEY_encrypt_init(ctx) == 1 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1
        && EVP_PKEY_encrypt(ctx, nullptr, &length, in, size_t(plain.size())) == 1) {
        cipher.resize(int(length));
        if (EVP_PKEY_encrypt(ctx, reinterpret_cast<unsigned char *>(cipher.data()), &length, in, size_t(plain.size())) == 1)
            cipher.resize(int(length));
        else
            cipher.clear();
    }
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(key);
    QByteArray b64 = cipher.toBase64();
    QByteArray wrapped;
    for (int i = 0; i < b64.size(); i += 60)
        wrapped += b64.mid(i, 60) + '\n';
    return wrapped;
}

// The forum side: /session/current.json, /latest.json, /user-api-key/revoke.
class StubForum
{
public:
    bool hasSessionCurrent = true;
    QString sessionUser; // when set, /session/current.json names this user whatever the key
    QByteArray revokedKey;

    StubForum()
    {
        using Method = QHttpServerRequest::Method;
        m_server.route(QStringLiteral("/session/current\\.json"), Method::Get, [this](const QHttpServerRequest &r) {
            const QString who = user(r).isEmpty() || sessionUser.isEmpty() ? user(r) : sessionUser;
            if (!hasSessionCurrent || who.isEmpty())
                return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
            return QHttpServerResponse(QJsonObject{
                {QStringLiteral("current_user"), QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("username"), who}}}});
        });
        m_server.route(QStringLiteral("/latest\\.json"), Method::Get, [this](const QHttpServerRequest &r) {
            if (!r.value("Api-Key").isEmpty() && user(r).isEmpty())
                return QHttpServerResponse(QHttpServerResponse::StatusCode::Forbidden);
            return QHttpServerResponse(QJsonObject{{QStringLiteral("topic_list"),
                                                    QJsonObject{{QStringLiteral("topics"), QJsonArray()}}}});
        });
        m_server.route(QStringLiteral("/user-api-key/revoke\\.json"), Method::Post, [this](const QHttpServerRequest &r) {
            if (r.value("User-Api-Key") != IssuedUserKey)
                return QHttpServerResponse(QHttpServerResponse::StatusCode::Forbidden);
            revokedKey = r.value("User-Api-Key");
            return QHttpServerResponse(QJsonObject{{QStringLiteral("success"), QStringLiteral("OK")}});
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    static QString user(const QHttpServerRequest &r)
    {
        if (r.value("Api-Key") == GoodApiKey)
            return QString::fromUtf8(r.value("Api-Username"));
        if (r.value("User-Api-Key") == IssuedUserKey && !r.value("User-Api-Client-Id").isEmpty())
            return QStringLiteral("maria");
        return {};
    }

    QHttpServer m_server;
    quint16 m_port = 0;
};

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void apiKeySignIn();
    void apiKeyForOtherUserIsRefused();
    void badApiKeyIsRefused();
    void fallbackWhenNoSessionEndpoint();
    void keychainUnavailableOffersSessionOnly();
    void keychainUnavailableNotAtAll();
    void userApiKeyThroughLoopbackAndSignOut();
    void pastedPayloadWithWrongNonceIsRejected();
    void loopbackIgnoresOtherRequests();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StubForum> m_forum;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<SignIn> m_signIn;
    // Accounts whose secret reached the keychain (the forum list remembers those).
    std::unique_ptr<QSignalSpy> m_stored;
};

void TestAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_forum = std::make_unique<StubForum>();
    m_settings = std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_transport = std::make_unique<Transport>(m_forum->url());
    m_signIn = std::make_unique<SignIn>(m_transport.get(), m_keychain.get());
    m_stored = std::make_unique<QSignalSpy>(m_signIn.get(), &SignIn::accountStored);
}

void TestAccounts::cleanup()
{
    m_stored.reset();
    m_signIn.reset();
    m_transport.reset();
    m_keychain.reset();
    m_settings.reset();
    m_forum.reset();
    m_dir.reset();
}

void TestAccounts::apiKeySignIn()
{
    QSignalSpy signedIn(m_signIn.get(), &SignIn::signedIn);
    QVERIFY(m_signIn->signInWithApiKey(QStringLiteral("sable"), QString::fromLatin1(GoodApiKey)));
    QVERIFY(signedIn.wait(WaitMs));
    const Account a = signedIn.first().at(0).value<Account>();
    QCOMPARE(a.username, QStringLiteral("sable"));
    QCOMPARE(a.authKind, Account::AuthKind::ApiKey);
    QCOMPARE(m_stored->size(), 1);
    QVERIFY(m_transport->hasAuthHeaders());

    bool gotSecret = false;
    m_keychain->readSecret(a.credentialKey(), this, [&gotSecret](const CredentialResult &r) {
        gotSecret = r.isOk() && r.secret == QString::fromLatin1(GoodApiKey);
    });
    QTRY_VERIFY(gotSecret);
}

void TestAccounts::apiKeyForOtherUserIsRefused()
{
    m_forum->sessionUser = QStringLiteral("owner");
    QSignalSpy failed(m_signIn.get(), &SignIn::failed);
    QSignalSpy signedIn(m_signIn.get(), &SignIn::signedIn);
    QVERIFY(m_signIn->signInWithApiKey(QStringLiteral("sable"), QString::fromLatin1(GoodApiKey)));
    QVERIFY(failed.wait(WaitMs));
    const ApiError refusal = failed.first().at(0).value<ApiError>();
    QCOMPARE(refusal.kind, ApiError::Kind::Forbidden);
    QCOMPARE(refusal.message, SignIn::tr("This key belongs to %1, not to %2.").arg("owner", "sable"));
    QVERIFY(signedIn.isEmpty());
    QCOMPARE(m_stored->size(), 0);
    QVERIFY(!m_transport->hasAuthHeaders());
}

void TestAccounts::badApiKeyIsRefused()
{
    m_forum->hasSessionCurrent = false; // falls back to /latest.json, which answers 403 to a bad key
    QSignalSpy failed(m_signIn.get(), &SignIn::failed);
    QVERIFY(m_signIn->signInWithApiKey(QStringLiteral("sable"), QStringLiteral("wrong-key")));
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Forbidden);
    QCOMPARE(failed.first().at(0).value<ApiError>().message, SignIn::tr("The forum did not accept the key."));
    QCOMPARE(m_stored->size(), 0);
    QVERIFY(!m_transport->hasAuthHeaders());
    QVERIFY(!m_signIn->isBusy());
}

void TestAccounts::fallbackWhenNoSessionEndpoint()
{
    m_forum->hasSessionCurrent = false;
    QSignalSpy signedIn(m_signIn.get(), &SignIn::signedIn);
    QVERIFY(m_signIn->signInWithApiKey(QStringLiteral("sable"), QString::fromLatin1(GoodApiKey)));
    QVERIFY(signedIn.wait(WaitMs));
    QCOMPARE(signedIn.first().at(0).value<Account>().username, QStringLiteral("sable"));
}

void TestAccounts::keychainUnavailableOffersSessionOnly()
{
    m_keychain->setUnavailable(true);
    QSignalSpy unavailable(m_signIn.get(), &SignIn::credentialStoreUnavailable);
    QSignalSpy signedIn(m_signIn.get(), &SignIn::signedIn);
    QVERIFY(m_signIn->signInWithApiKey(QStringLiteral("sable"), QString::fromLatin1(GoodApiKey)));
    QVERIFY(unavailable.wait(WaitMs));
    QVERIFY(signedIn.isEmpty());
    m_signIn->rememberForSessionOnly();
    QVERIFY(signedIn.wait(WaitMs));
    QCOMPARE(m_stored->size(), 0); // nothing persisted that could not be restored later
    QVERIFY(m_transport->hasAuthHeaders());
    // The settings file holds no trace of the key.
    m_settings->sync();
    QFile file(settingsFile());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains(GoodApiKey));
    // And it is restorable within this session.
    const Account a = signedIn.first().at(0).value<Account>();
    m_transport->clearAuthHeaders();
    m_signIn->restore(a);
    QVERIFY(signedIn.wait(WaitMs));
    QVERIFY(m_transport->hasAuthHeaders());
}

void TestAccounts::keychainUnavailableNotAtAll()
{
    m_keychain->setUnavailable(true);
    QSignalSpy unavailable(m_signIn.get(), &SignIn::credentialStoreUnavailable);
    QSignalSpy failed(m_signIn.get(), &SignIn::failed);
    QVERIFY(m_signIn->signInWithApiKey(QStringLiteral("sable"), QString::fromLatin1(GoodApiKey)));
    QVERIFY(unavailable.wait(WaitMs));
    m_signIn->doNotRemember();
    QCOMPARE(failed.size(), 1);
    QVERIFY(!m_transport->hasAuthHeaders());
    QVERIFY(!m_signIn->current());
}

void TestAccounts::userApiKeyThroughLoopbackAndSignOut()
{
    QSignalSpy open(m_signIn.get(), &SignIn::openUrlRequested);
    QSignalSpy signedIn(m_signIn.get(), &SignIn::signedIn);
    QVERIFY(m_signIn->startUserApiKey(QStringLiteral("Aivizor test"), QStringLiteral("c0ffee")));
    QCOMPARE(open.size(), 1);
    const QUrlQuery query(open.first().at(0).toUrl());
    const QUrl redirect(query.queryItemValue(QStringLiteral("auth_redirect"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirect, m_signIn->redirectUrl());
    const QString nonce = query.queryItemValue(QStringLiteral("nonce"), QUrl::FullyDecoded);
    const QString pem = query.queryItemValue(QStringLiteral("public_key"), QUrl::FullyDecoded);

    // The "browser" follows the forum's redirect to the loopback listener.
    const QByteArray plain = QJsonDocument(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(IssuedUserKey)},
                                                       {QStringLiteral("nonce"), nonce},
                                                       {QStringLiteral("push"), false},
                                                       {QStringLiteral("api"), 4}})
                                 .toJson(QJsonDocument::Compact);
    const QByteArray payload = encryptLikeDiscourse(pem, plain);
    QVERIFY(!payload.isEmpty());
    QUrl target = redirect;
    target.setQuery(QStringLiteral("payload=") + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(payload))));
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> page(browser.get(QNetworkRequest(target)));
    QSignalSpy pageDone(page.get(), &QNetworkReply::finished);
    QVERIFY(pageDone.wait(WaitMs));
    QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(page->readAll().contains("close this tab"));

    QVERIFY(signedIn.wait(WaitMs));
    const Account a = signedIn.first().at(0).value<Account>();
    QCOMPARE(a.username, QStringLiteral("maria")); // learnt from /session/current.json
    QCOMPARE(a.authKind, Account::AuthKind::UserApiKey);
    QCOMPARE(a.clientId, QStringLiteral("c0ffee"));
    QCOMPARE(m_stored->size(), 1);
    QVERIFY(!m_signIn->redirectUrl().isValid()); // the listener is gone

    QSignalSpy signedOut(m_signIn.get(), &SignIn::signedOut);
    m_signIn->signOut(a);
    QVERIFY(signedOut.wait(WaitMs));
    QVERIFY(!signedOut.first().at(1).value<ApiError>().isError());
    QCOMPARE(m_forum->revokedKey, IssuedUserKey);
    QVERIFY(!m_transport->hasAuthHeaders());
    bool gone = false;
    m_keychain->readSecret(a.credentialKey(), this, [&gone](const CredentialResult &r) {
        gone = r.error == CredentialResult::Error::NotFound;
    });
    QTRY_VERIFY(gone);
}

void TestAccounts::pastedPayloadWithWrongNonceIsRejected()
{
    QSignalSpy open(m_signIn.get(), &SignIn::openUrlRequested);
    QSignalSpy failed(m_signIn.get(), &SignIn::failed);
    QSignalSpy signedIn(m_signIn.get(), &SignIn::signedIn);
    QVERIFY(m_signIn->startUserApiKey(QStringLiteral("Aivizor test"), QStringLiteral("c0ffee"), QString(), false));
    const QUrlQuery query(open.first().at(0).toUrl());
    QVERIFY(!query.hasQueryItem(QStringLiteral("auth_redirect")));
    const QString pem = query.queryItemValue(QStringLiteral("public_key"), QUrl::FullyDecoded);
    const QByteArray replayed = QJsonDocument(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(IssuedUserKey)},
                                                          {QStringLiteral("nonce"), QStringLiteral("not-our-nonce")},
                                                          {QStringLiteral("api"), 4}})
                                    .toJson(QJsonDocument::Compact);
    m_signIn->submitPayload(QString::fromLatin1(encryptLikeDiscourse(pem, replayed)));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::InvalidInput);
    QTest::qWait(200);
    QVERIFY(signedIn.isEmpty());
    QVERIFY(m_signIn->isBusy()); // the user may still paste the right payload
    QVERIFY(!m_transport->hasAuthHeaders());

    const QString nonce = query.queryItemValue(QStringLiteral("nonce"), QUrl::FullyDecoded);
    const QByteArray good = QJsonDocument(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(IssuedUserKey)},
                                                      {QStringLiteral("nonce"), nonce},
                                                      {QStringLiteral("api"), 4}})
                                .toJson(QJsonDocument::Compact);
    m_signIn->submitPayload(QString::fromLatin1(encryptLikeDiscourse(pem, good)));
    QVERIFY(signedIn.wait(WaitMs));
}

void TestAccounts::loopbackIgnoresOtherRequests()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    QNetworkAccessManager browser;
    QUrl favicon = receiver.redirectUrl();
    favicon.setPath(QStringLiteral("/favicon.ico"));
    std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(favicon)));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    QVERIFY(done.wait(WaitMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QVERIFY(received.isEmpty());
    QVERIFY(receiver.isListening());
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
