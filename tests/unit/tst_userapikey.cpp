#include "lib/signin/userapikeyrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace Aivizor;

namespace {

// Encrypts like Discourse does: RSA with the PEM public key from the authorization URL, then Ruby's
// Base64.encode64, which breaks the text every 60 characters.
QString serverEncrypt(const QString &publicKeyPem, const QByteArray &plain, bool oaep)
{
    const QByteArray pem = publicKeyPem.toLatin1();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return {};
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, nullptr);
    QByteArray cipher;
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(plain.constData());
    if (EVP_PKEY_encrypt_init(ctx) == 1
        && EVP_PKEY_CTX_set_rsa_padding(ctx, oaep ? RSA_PKCS1_OAEP_PADDING : RSA_PKCS1_PADDING) == 1
        && EVP_PKEY_encrypt(ctx, nullptr, &length, in, size_t(plain.size())) == 1) {
        cipher.resize(qsizetype(length));
        if (EVP_PKEY_encrypt(ctx, reinterpret_cast<unsigned char *>(cipher.data()), &length, in, size_t(plain.size())) == 1)
            cipher.resize(qsizetype(length));
        else
            cipher.clear();
    }
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(key);
    ERR_clear_error();
    const QByteArray b64 = cipher.toBase64();
    QString wrapped;
    for (qsizetype i = 0; i < b64.size(); i += 60)
        wrapped += QString::fromLatin1(b64.mid(i, 60)) + QLatin1Char('\n');
    return wrapped;
}

QByteArray payloadJson(const QString &nonce, const QString &key = QStringLiteral("0123456789abcdef0123456789abcdef"))
{
    return QJsonDocument(QJsonObject{{"key", key}, {"nonce", nonce}, {"push", false}, {"api", 4}})
        .toJson(QJsonDocument::Compact);
}

UserApiKeyRequest::Params params(UserApiKeyRequest::Padding padding = UserApiKeyRequest::Padding::Pkcs1)
{
    UserApiKeyRequest::Params p;
    p.site = QUrl(QStringLiteral("https://forum.example.org/community/"));
    p.applicationName = QStringLiteral("Aivizor Desktop & Co (тест)");
    p.clientId = QStringLiteral("ab").repeated(32);
    p.authRedirect = QUrl(QStringLiteral("aivizor://auth_redirect?x=1&y=2"));
    p.padding = padding;
    return p;
}

// Decodes a query value as Rails does for a form-encoded query: '+' is a space, then %XX.
QString railsDecode(const QString &encoded)
{
    QByteArray bytes = encoded.toLatin1();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

class TestUserApiKey : public QObject
{
    Q_OBJECT

private slots:
    void generatesKeyAndNonce()
    {
        UserApiKeyRequest request;
        QVERIFY(!request.isActive());
        QString error;
        QVERIFY2(request.start(params(), &error), qPrintable(error));
        QVERIFY(request.isActive());
        QVERIFY(request.publicKeyPem().startsWith(QStringLiteral("-----BEGIN PUBLIC KEY-----\n")));
        QVERIFY(request.publicKeyPem().trimmed().endsWith(QStringLiteral("-----END PUBLIC KEY-----")));
        QCOMPARE(request.nonce().size(), 32);

        // A 2048-bit RSA key, as Discourse needs for the payload to fit.
        const QByteArray pem = request.publicKeyPem().toLatin1();
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        EVP_PKEY *key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        QVERIFY(key);
        QCOMPARE(EVP_PKEY_bits(key), 2048);
        QCOMPARE(EVP_PKEY_base_id(key), EVP_PKEY_RSA);
        EVP_PKEY_free(key);

        UserApiKeyRequest other;
        QVERIFY(other.start(params(), &error));
        QVERIFY(other.nonce() != request.nonce());
        QVERIFY(other.publicKeyPem() != request.publicKeyPem());
    }

    void rejectsUnusableParameters()
    {
        UserApiKeyRequest request;
        QString error;
        auto p = params();
        p.site = QUrl(QStringLiteral("ftp://forum.example.org"));
        QVERIFY(!request.start(p, &error));
        QVERIFY(!error.isEmpty());
        p = params();
        p.clientId.clear();
        error.clear();
        QVERIFY(!request.start(p, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!request.isActive());
        QVERIFY(request.authorizationUrl().isEmpty());
    }

    void authorizationUrlEncodesEveryParameter()
    {
        UserApiKeyRequest request;
        QString error;
        QVERIFY(request.start(params(), &error));
        const QUrl url = request.authorizationUrl();
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("forum.example.org"));
        QCOMPARE(url.path(), QStringLiteral("/community/user-api-key/new"));

        // Check the wire form: what the server will actually decode.
        const QString query = url.query(QUrl::FullyEncoded);
        QVERIFY2(!query.contains(QLatin1Char('+')), qPrintable(query)); // '+' would become a space
        QVERIFY(!query.contains(QLatin1Char('\n')) && !query.contains(QLatin1Char(' ')));
        QHash<QString, QString> values;
        for (const QString &pair : query.split(QLatin1Char('&'))) {
            const int eq = pair.indexOf(QLatin1Char('='));
            QVERIFY(eq > 0);
            QVERIFY(!values.contains(pair.left(eq)));
            values.insert(pair.left(eq), railsDecode(pair.mid(eq + 1)));
        }
        QCOMPARE(values.size(), 6);
        QCOMPARE(values.value(QStringLiteral("application_name")), params().applicationName);
        QCOMPARE(values.value(QStringLiteral("client_id")), params().clientId);
        QCOMPARE(values.value(QStringLiteral("scopes")), QStringLiteral("read,write,notifications,session_info"));
        QCOMPARE(values.value(QStringLiteral("public_key")), request.publicKeyPem());
        QCOMPARE(values.value(QStringLiteral("nonce")), request.nonce());
        QCOMPARE(values.value(QStringLiteral("auth_redirect")), QStringLiteral("aivizor://auth_redirect?x=1&y=2"));

        // QUrl's own view of it agrees (no re-encoding surprises when the URL is handed to a browser).
        QCOMPARE(QUrl(url.toString(QUrl::FullyEncoded)), url);

        // Without a redirect the payload is shown for copy and paste; OAEP adds padding=oaep.
        auto p = params(UserApiKeyRequest::Padding::Oaep);
        p.authRedirect = QUrl();
        QVERIFY(request.start(p, &error));
        const QUrlQuery q(request.authorizationUrl());
        QVERIFY(!q.hasQueryItem(QStringLiteral("auth_redirect")));
        QCOMPARE(q.queryItemValue(QStringLiteral("padding")), QStringLiteral("oaep"));
    }

    void decryptsServerPayload_data()
    {
        QTest::addColumn<int>("padding");
        QTest::addColumn<bool>("serverUsesOaep");
        QTest::newRow("pkcs1") << int(UserApiKeyRequest::Padding::Pkcs1) << false;
        QTest::newRow("oaep") << int(UserApiKeyRequest::Padding::Oaep) << true;
        // An older server ignores padding=oaep and answers with PKCS#1 v1.5.
        QTest::newRow("oaep requested, old server") << int(UserApiKeyRequest::Padding::Oaep) << false;
    }

    void decryptsServerPayload()
    {
        QFETCH(int, padding);
        QFETCH(bool, serverUsesOaep);
        UserApiKeyRequest request;
        QString error;
        QVERIFY(request.start(params(UserApiKeyRequest::Padding(padding)), &error));
        const QString payload = serverEncrypt(request.publicKeyPem(), payloadJson(request.nonce()), serverUsesOaep);
        QVERIFY(payload.count(QLatin1Char('\n')) >= 5); // 344 Base64 characters in lines of 60

        const UserApiKeyResult result = request.decryptPayload(QStringLiteral("  \r\n") + payload + QStringLiteral("\t"));
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(result.key, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(result.apiVersion, 4);
        QCOMPARE(result.push, false);
        // The private key is gone once the key was obtained.
        QVERIFY(!request.isActive());
        QVERIFY(!request.decryptPayload(payload).isOk());
    }

    void payloadFromRedirectUndoesCgiEscaping()
    {
        UserApiKeyRequest request;
        QString error;
        QVERIFY(request.start(params(), &error));
        const QString payload = serverEncrypt(request.publicKeyPem(), payloadJson(request.nonce()), false);
        // Ruby's CGI.escape: '+' -> %2B, '/' -> %2F, '=' -> %3D, newline -> %0A, space -> '+'.
        QString escaped = QString::fromLatin1(QUrl::toPercentEncoding(payload));
        escaped.prepend(QStringLiteral("+"));
        const QUrl redirect(QStringLiteral("aivizor://auth_redirect?x=1&payload=") + escaped);
        const QString extracted = UserApiKeyRequest::payloadFromRedirect(redirect);
        QCOMPARE(extracted, QLatin1Char(' ') + payload);
        QVERIFY(request.decryptPayload(extracted).isOk());
        QVERIFY(UserApiKeyRequest::payloadFromRedirect(QUrl(QStringLiteral("aivizor://auth_redirect?x=1"))).isEmpty());
    }

    void wrongNonceIsRejected()
    {
        UserApiKeyRequest request;
        QString error;
        QVERIFY(request.start(params(), &error));
        const QString payload = serverEncrypt(request.publicKeyPem(), payloadJson(QStringLiteral("not-our-nonce")), false);
        const UserApiKeyResult result = request.decryptPayload(payload);
        QVERIFY(!result.isOk());
        QVERIFY(result.key.isEmpty());
        QVERIFY2(result.error.contains(QStringLiteral("nonce")), qPrintable(result.error));
        QVERIFY(request.isActive()); // the user may still paste the right payload
    }

    void payloadForAnotherKeyIsRejected()
    {
        UserApiKeyRequest earlier, current;
        QString error;
        QVERIFY(earlier.start(params(), &error));
        QVERIFY(current.start(params(), &error));
        const QString payload = serverEncrypt(earlier.publicKeyPem(), payloadJson(current.nonce()), false);
        const UserApiKeyResult result = current.decryptPayload(payload);
        QVERIFY(!result.isOk());
        QVERIFY(result.key.isEmpty());
        QVERIFY(!result.error.isEmpty());
    }

    void garbageIsRejectedClearly_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("expectedWord");
        QTest::newRow("empty") << QStringLiteral(" \n ") << QStringLiteral("empty");
        QTest::newRow("not base64") << QStringLiteral("this is *not* base64!") << QStringLiteral("Base64");
        QTest::newRow("truncated") << QString::fromLatin1(QByteArray(100, 'x').toBase64()) << QStringLiteral("length");
        QTest::newRow("random bytes") << QString::fromLatin1(QByteArray(256, '\x5a').toBase64()) << QStringLiteral("decrypted");
        QTest::newRow("non-ascii") << QStringLiteral("äöü") << QStringLiteral("Base64");
    }

    void garbageIsRejectedClearly()
    {
        QFETCH(QString, payload);
        QFETCH(QString, expectedWord);
        UserApiKeyRequest request;
        QString error;
        QVERIFY(request.start(params(), &error));
        const UserApiKeyResult result = request.decryptPayload(payload);
        QVERIFY(!result.isOk());
        QVERIFY(result.key.isEmpty());
        QVERIFY2(result.error.contains(expectedWord), qPrintable(result.error));
    }

    void encryptedNonJsonIsRejected()
    {
        UserApiKeyRequest request;
        QString error;
        QVERIFY(request.start(params(), &error));
        const QString payload = serverEncrypt(request.publicKeyPem(), QByteArray("key=abc&nonce=1"), false);
        const UserApiKeyResult result = request.decryptPayload(payload);
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.contains(QStringLiteral("API key")), qPrintable(result.error));
    }

    void clientIdIsStablePerInstall()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QString first;
        {
            QSettings settings(ini, QSettings::IniFormat);
            first = UserApiKeyRequest::clientId(settings);
            QCOMPARE(first.size(), 64);
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(first).hasMatch());
            QCOMPARE(UserApiKeyRequest::clientId(settings), first);
        }
        {
            QSettings settings(ini, QSettings::IniFormat);
            QCOMPARE(UserApiKeyRequest::clientId(settings), first);
        }
        QTemporaryDir otherInstall;
        QSettings other(otherInstall.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QVERIFY(UserApiKeyRequest::clientId(other) != first);
        // A damaged value is replaced rather than sent.
        other.setValue(QStringLiteral("auth/userApiClientId"), QStringLiteral("short"));
        QCOMPARE(UserApiKeyRequest::clientId(other).size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestUserApiKey)
#include "tst_userapikey.moc"
