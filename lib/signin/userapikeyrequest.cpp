#include "lib/signin/userapikeyrequest.h"

#include "lib/api/forumurls.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

namespace Aivizor {

namespace {

constexpr int rsaBits = 2048;
const QString clientIdSetting = QStringLiteral("auth/userApiClientId");

struct CtxDeleter
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using CtxPtr = std::unique_ptr<EVP_PKEY_CTX, CtxDeleter>;

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};

// Hex of `bytes` bytes from OpenSSL's CSPRNG; empty if it failed.
QString randomHex(int bytes)
{
    QByteArray buffer(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(buffer.data()), bytes) != 1)
        return {};
    return QString::fromLatin1(buffer.toHex());
}

bool isHex(const QString &s, int length)
{
    if (s.size() != length)
        return false;
    for (const QChar c : s) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool lower = c >= QLatin1Char('a') && c <= QLatin1Char('f');
        if (!digit && !lower)
            return false;
    }
    return true;
}

// RSA-decrypts `cipher`; an empty result means failure. OpenSSL's error queue is cleared either way
// so a failure here never shows up as a stale error in unrelated TLS code.
QByteArray rsaDecrypt(EVP_PKEY *key, const QByteArray &cipher, UserApiKeyRequest::Padding padding)
{
    QByteArray plain;
    CtxPtr ctx(EVP_PKEY_CTX_new(key, nullptr));
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(cipher.constData());
    const bool oaep = padding == UserApiKeyRequest::Padding::Oaep;
    if (ctx && EVP_PKEY_decrypt_init(ctx.get()) == 1
        && EVP_PKEY_CTX_set_rsa_padding(ctx.get(), oaep ? RSA_PKCS1_OAEP_PADDING : RSA_PKCS1_PADDING) == 1
        // Discourse (Ruby OpenSSL) uses OAEP's defaults: SHA-1 for the digest and for MGF1.
        && (!oaep
            || (EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), EVP_sha1()) == 1
                && EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), EVP_sha1()) == 1))
        && EVP_PKEY_decrypt(ctx.get(), nullptr, &length, in, size_t(cipher.size())) == 1) {
        plain.resize(qsizetype(length));
        if (EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &length, in,
                             size_t(cipher.size()))
            == 1)
            plain.resize(qsizetype(length));
        else
            plain.clear();
    }
    ERR_clear_error();
    return plain;
}

} // namespace

void UserApiKeyRequest::KeyDeleter::operator()(evp_pkey_st *key) const
{
    EVP_PKEY_free(key);
}

UserApiKeyRequest::UserApiKeyRequest() = default;
UserApiKeyRequest::~UserApiKeyRequest() = default;
UserApiKeyRequest::UserApiKeyRequest(UserApiKeyRequest &&) noexcept = default;
UserApiKeyRequest &UserApiKeyRequest::operator=(UserApiKeyRequest &&) noexcept = default;

QStringList UserApiKeyRequest::defaultScopes()
{
    return {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("notifications"),
            QStringLiteral("session_info")};
}

QString UserApiKeyRequest::clientId(QSettings &settings)
{
    const QString stored = settings.value(clientIdSetting).toString();
    if (isHex(stored, 64))
        return stored;
    const QString fresh = randomHex(32);
    if (!fresh.isEmpty())
        settings.setValue(clientIdSetting, fresh);
    return fresh;
}

QString UserApiKeyRequest::payloadFromRedirect(const QUrl &redirectUrl)
{
    // Read the still-encoded query so '+' can be told apart from "%2B" before decoding.
    const QString query = redirectUrl.query(QUrl::FullyEncoded);
    for (const QString &pair : query.split(QLatin1Char('&'))) {
        if (pair.startsWith(QLatin1String("payload="))) {
            QByteArray value = pair.mid(8).toLatin1();
            value.replace('+', ' ');
            return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
        }
    }
    return {};
}

bool UserApiKeyRequest::start(const Params &params, QString *error)
{
    clear();
    if (!params.site.isValid() || params.site.host().isEmpty()
        || (params.site.scheme() != QLatin1String("https") && params.site.scheme() != QLatin1String("http"))) {
        *error = tr("The forum address is not a valid http(s) URL.");
        return false;
    }
    if (params.applicationName.trimmed().isEmpty() || params.clientId.isEmpty() || params.scopes.isEmpty()) {
        *error = tr("The authorization request is missing the application name, client id or scopes.");
        return false;
    }
    if (!params.authRedirect.isEmpty() && !params.authRedirect.isValid()) {
        *error = tr("The authorization redirect address is not valid.");
        return false;
    }

    EVP_PKEY *generated = nullptr;
    CtxPtr ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr));
    const bool ok = ctx && EVP_PKEY_keygen_init(ctx.get()) == 1
                    && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), rsaBits) == 1
                    && EVP_PKEY_keygen(ctx.get(), &generated) == 1;
    std::unique_ptr<evp_pkey_st, KeyDeleter> key(generated);
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_mem()));
    const QString nonce = randomHex(16);
    if (!ok || !bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1 || nonce.isEmpty()) {
        ERR_clear_error();
        *error = tr("Could not create the encryption key for the authorization.");
        return false;
    }
    char *pem = nullptr;
    const long pemLength = BIO_get_mem_data(bio.get(), &pem);

    m_key = std::move(key);
    m_publicKeyPem = QString::fromLatin1(pem, int(pemLength));
    m_nonce = nonce;
    m_params = params;
    return true;
}

bool UserApiKeyRequest::isActive() const
{
    return bool(m_key);
}

QUrl UserApiKeyRequest::authorizationUrl() const
{
    if (!m_key)
        return {};
    QList<QPair<QString, QString>> items = {
        {QStringLiteral("application_name"), m_params.applicationName},
        {QStringLiteral("client_id"), m_params.clientId},
        {QStringLiteral("scopes"), m_params.scopes.join(QLatin1Char(','))},
        {QStringLiteral("public_key"), m_publicKeyPem},
        {QStringLiteral("nonce"), m_nonce},
    };
    if (!m_params.authRedirect.isEmpty())
        items.append({QStringLiteral("auth_redirect"), m_params.authRedirect.toString(QUrl::FullyEncoded)});
    if (m_params.padding == Padding::Oaep)
        items.append({QStringLiteral("padding"), QStringLiteral("oaep")});

    // QUrlQuery leaves '+' alone, which Rails would read as a space and so break the Base64 of the
    // PEM; encode every value completely instead.
    QStringList encoded;
    for (const auto &[name, value] : items)
        encoded.append(name + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));

    return ForumUrls(m_params.site).userApiKeyAuthorization(encoded.join(QLatin1Char('&')));
}

UserApiKeyResult UserApiKeyRequest::decryptPayload(const QString &payload)
{
    UserApiKeyResult result;
    if (!m_key) {
        result.error = tr("No authorization is in progress; start it again.");
        return result;
    }
    QByteArray base64;
    for (const QChar c : payload) {
        if (!c.isSpace())
            base64.append(c.unicode() < 0x80 ? char(c.unicode()) : '?');
    }
    if (base64.isEmpty()) {
        result.error = tr("The authorization payload is empty.");
        return result;
    }
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        result.error = tr("The authorization payload is not valid Base64 text. Copy it again, completely.");
        return result;
    }
    const int keyBytes = EVP_PKEY_size(m_key.get());
    if (decoded.decoded.size() != keyBytes) {
        result.error = tr("The authorization payload has the wrong length (%1 bytes instead of %2). "
                          "Copy it again, completely.")
                           .arg(decoded.decoded.size())
                           .arg(keyBytes);
        return result;
    }
    QByteArray plain = rsaDecrypt(m_key.get(), decoded.decoded, m_params.padding);
    // A server too old for padding=oaep ignores it and encrypts with PKCS#1 v1.5.
    if (plain.isEmpty() && m_params.padding == Padding::Oaep)
        plain = rsaDecrypt(m_key.get(), decoded.decoded, Padding::Pkcs1);
    if (plain.isEmpty()) {
        result.error = tr("The authorization payload could not be decrypted. It may belong to an earlier "
                          "authorization attempt; start again.");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(plain, &parseError);
    const QJsonObject o = doc.object();
    const QString key = o.value(QStringLiteral("key")).toString();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || key.isEmpty()) {
        result.error = tr("The decrypted authorization payload does not contain an API key.");
        return result;
    }
    if (o.value(QStringLiteral("nonce")).toString() != m_nonce) {
        result.error = tr("The authorization payload does not match this request (wrong nonce). "
                          "Start the authorization again.");
        return result;
    }
    result.key = key;
    result.push = o.value(QStringLiteral("push")).toBool();
    result.apiVersion = o.value(QStringLiteral("api")).toInt();
    clear(); // one key per handshake: the private key is not needed any more
    return result;
}

void UserApiKeyRequest::clear()
{
    m_key.reset();
    m_publicKeyPem.clear();
    m_nonce.clear();
}

} // namespace Aivizor
