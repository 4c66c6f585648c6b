#pragma once

#include "lib/credentials/credentialstore.h"

#include <QHash>

namespace Aivizor {

// Keeps secrets in this process only: the "remember for this session only" choice, and the fake
// keychain for tests (setUnavailable() makes it answer like a machine without a keychain).
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void readSecret(const QString &key, QObject *context, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void removeSecret(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return false; }

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

private:
    bool failIfUnavailable(QObject *context, const Callback &done);

    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};

} // namespace Aivizor
