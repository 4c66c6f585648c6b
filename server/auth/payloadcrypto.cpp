#include "payloadcrypto.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PayloadCrypto", text);
}

struct KeyDeleter { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
struct CtxDeleter { void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); } };
struct DecoderDeleter { void operator()(OSSL_DECODER_CTX *c) const { OSSL_DECODER_CTX_free(c); } };
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyDeleter>;

// OSSL_DECODER accepts both PEM flavours Ruby's OpenSSL::PKey::RSA.new does.
KeyPtr readRsaPublicKey(const QByteArray &pem)
{
    if (pem.isEmpty() || pem.size() > 16 * 1024)
        return nullptr;
    EVP_PKEY *key = nullptr;
    std::unique_ptr<OSSL_DECODER_CTX, DecoderDeleter> decoder(OSSL_DECODER_CTX_new_for_pkey(
        &key, "PEM", nullptr, "RSA", EVP_PKEY_PUBLIC_KEY, nullptr, nullptr));
    if (!decoder)
        return nullptr;
    const auto *data = reinterpret_cast<const unsigned char *>(pem.constData());
    size_t length = size_t(pem.size());
    if (OSSL_DECODER_from_data(decoder.get(), &data, &length) != 1 || !key)
        return nullptr;
    KeyPtr owned(key);
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA)
        return nullptr;
    return owned;
}

} // namespace

namespace PayloadCrypto {

bool isRsaPublicKey(const QByteArray &pem)
{
    return readRsaPublicKey(pem) != nullptr;
}

QByteArray encrypt(const QByteArray &pem, const QByteArray &plain, bool oaep, QString *error)
{
    const KeyPtr key = readRsaPublicKey(pem);
    if (!key) {
        *error = tr("public_key is not an RSA public key in PEM format");
        return {};
    }
    std::unique_ptr<EVP_PKEY_CTX, CtxDeleter> ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), oaep ? RSA_PKCS1_OAEP_PADDING : RSA_PKCS1_PADDING) != 1) {
        *error = tr("Cannot set up RSA encryption");
        return {};
    }
    // OAEP keeps OpenSSL's default digest, SHA-1, as Discourse and its clients expect.
    const auto *in = reinterpret_cast<const unsigned char *>(plain.constData());
    size_t outLength = 0;
    if (EVP_PKEY_encrypt(ctx.get(), nullptr, &outLength, in, size_t(plain.size())) != 1) {
        *error = tr("Cannot set up RSA encryption");
        return {};
    }
    QByteArray out(qsizetype(outLength), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLength, in,
                         size_t(plain.size())) != 1) {
        *error = tr("Payload too large for OAEP/PKCS#1: use a 2048-bit key and a short nonce");
        return {};
    }
    out.truncate(qsizetype(outLength));
    return out;
}

QByteArray rubyBase64(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 60 + 1);
    for (qsizetype i = 0; i < encoded.size(); i += 60) {
        out += encoded.mid(i, 60);
        out += '\n';
    }
    return out;
}

} // namespace PayloadCrypto
