#include "app/accounts/keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

namespace Aivizor {

const QString KeychainCredentialStore::serviceName = QStringLiteral("Aivizor Desktop");

void KeychainCredentialStore::readSecret(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName, this);
    job->setKey(key);
    start(job, Operation::Read, context, done);
}

void KeychainCredentialStore::writeSecret(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName, this);
    job->setKey(key);
    job->setTextData(secret);
    start(job, Operation::Write, context, done);
}

void KeychainCredentialStore::removeSecret(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName, this);
    job->setKey(key);
    start(job, Operation::Remove, context, done);
}

void KeychainCredentialStore::start(QKeychain::Job *job, Operation operation, QObject *context, const Callback &done)
{
    // Never write the key to a QSettings file behind the user's back (QtKeychain's fallback).
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done, operation](QKeychain::Job *finished) {
        deliver(guard.data(), done, resultOf(finished, operation));
    });
    job->start();
}

CredentialResult KeychainCredentialStore::resultOf(const QKeychain::Job *job, Operation operation)
{
    CredentialResult r;
    // QtKeychain's own error text is technical but useful ("Cannot autolaunch D-Bus ..."); it never
    // contains the secret.
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read)
            r.secret = static_cast<const QKeychain::ReadPasswordJob *>(job)->textData();
        return r;
    case QKeychain::EntryNotFound:
        if (operation == Operation::Remove)
            return r; // already gone
        r.error = CredentialResult::Error::NotFound;
        r.message = tr("No saved key for this account.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        r.error = CredentialResult::Error::Unavailable;
        r.message = tr("No keychain is available on this system (%1).").arg(detail);
        return r;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.error = CredentialResult::Error::AccessDenied;
        r.message = tr("Access to the keychain was denied (%1).").arg(detail);
        return r;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    r.error = CredentialResult::Error::Failed;
    r.message = operation == Operation::Remove ? tr("The saved key could not be deleted (%1).").arg(detail)
                                               : tr("The keychain reported an error (%1).").arg(detail);
    return r;
}

} // namespace Aivizor
