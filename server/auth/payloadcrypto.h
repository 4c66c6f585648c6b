#pragma once

#include <QByteArray>
#include <QString>

// The User API Key payload as Discourse sends it: RSA-encrypted with the client's public key
// (PKCS#1 v1.5 by default, OAEP with SHA-1 on request) and Base64 encoded like Ruby's
// Base64.encode64, i.e. with a newline after every 60 characters and at the end.
namespace PayloadCrypto {

// pem: an RSA public key, "BEGIN PUBLIC KEY" (SubjectPublicKeyInfo) or "BEGIN RSA PUBLIC KEY".
// Returns the ciphertext, or an empty array with error set (bad key, payload too large).
QByteArray encrypt(const QByteArray &pem, const QByteArray &plain, bool oaep, QString *error);
bool isRsaPublicKey(const QByteArray &pem);
QByteArray rubyBase64(const QByteArray &data);

} // namespace PayloadCrypto
