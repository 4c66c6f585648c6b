#pragma once

#include "lib/credentials/credentialstore.h"

namespace QKeychain {
class Job;
}

namespace Aivizor {

// Keeps API keys in the desktop's keychain through QtKeychain (Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows), under the service name "Aivizor Desktop".
//
// QtKeychain's insecure fallback is switched off: when no keychain answers (no D-Bus session, no
// Secret Service, a locked or missing collection) the result is CredentialResult::Error::Unavailable
// and the UI asks the user whether to keep the key for this session only or not at all.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    static const QString serviceName;

    using CredentialStore::CredentialStore;

    void readSecret(const QString &key, QObject *context, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void removeSecret(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }

private:
    enum class Operation { Read, Write, Remove };
    void start(QKeychain::Job *job, Operation operation, QObject *context, const Callback &done);
    static CredentialResult resultOf(const QKeychain::Job *job, Operation operation);
};

} // namespace Aivizor
