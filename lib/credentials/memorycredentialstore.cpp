#include "lib/credentials/memorycredentialstore.h"

namespace Aivizor {

bool MemoryCredentialStore::failIfUnavailable(QObject *context, const Callback &done)
{
    if (!m_unavailable)
        return false;
    CredentialResult r;
    r.error = CredentialResult::Error::Unavailable;
    r.message = tr("No keychain is available on this system.");
    deliver(context, done, r);
    return true;
}

void MemoryCredentialStore::readSecret(const QString &key, QObject *context, Callback done)
{
    if (failIfUnavailable(context, done))
        return;
    CredentialResult r;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        r.error = CredentialResult::Error::NotFound;
        r.message = tr("No saved key for this account.");
    } else {
        r.secret = it.value();
    }
    deliver(context, done, r);
}

void MemoryCredentialStore::writeSecret(const QString &key, const QString &secret, QObject *context, Callback done)
{
    if (failIfUnavailable(context, done))
        return;
    m_secrets.insert(key, secret);
    deliver(context, done, CredentialResult());
}

void MemoryCredentialStore::removeSecret(const QString &key, QObject *context, Callback done)
{
    if (failIfUnavailable(context, done))
        return;
    m_secrets.remove(key);
    deliver(context, done, CredentialResult());
}

} // namespace Aivizor
