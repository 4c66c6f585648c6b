#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

namespace Aivizor {

struct CredentialResult
{
    enum class Error {
        None,
        NotFound,     // read: nothing stored under that key
        Unavailable,  // no usable keychain (no D-Bus session, no Secret Service, locked collection):
                      // the UI should offer "remember for this session only" or "do not remember"
        AccessDenied, // the user or the system refused access
        Failed        // anything else; message says what
    };

    Error error = Error::None;
    QString message; // translated; empty on success; never contains the secret
    QString secret;  // read only

    bool isOk() const { return error == Error::None; }
};

// Where API keys are kept, behind an asynchronous interface because OS keychains answer over D-Bus
// and may show a prompt. Every call answers exactly once through `done`, always later from the
// event loop (never before the call returns), and not at all if `context` was destroyed meanwhile.
// Implementations never log secrets and never fall back to a plain file on their own.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult &)>;

    using QObject::QObject;

    // "<site-url>|<username>", the site URL normalized (no trailing slash).
    static QString key(const QUrl &site, const QString &username);

    virtual void readSecret(const QString &key, QObject *context, Callback done) = 0;
    virtual void writeSecret(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    // Removing a key that does not exist succeeds.
    virtual void removeSecret(const QString &key, QObject *context, Callback done) = 0;
    // True if secrets outlive the process (a keychain), false for the session-only store.
    virtual bool isPersistent() const = 0;

protected:
    // Queues `done(result)` on the context's thread, unless the context is gone by then.
    static void deliver(QObject *context, const Callback &done, const CredentialResult &result);
};

} // namespace Aivizor
