#pragma once

#include "lib/credentials/account.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QAction;
class QSettings;
class QToolButton;
class QWidget;

namespace Aivizor {

class AccountListModel;
class CredentialStore;
class MemoryCredentialStore;
class SignIn;
class SignInDialog;
class Transport;

// Who is signed in on the forum the window shows: keeps the accounts list (QSettings, no
// secrets), the keychain, one SignIn per forum connection, the File menu's Sign In…/Sign Out
// actions and the account button for the status bar. Secrets go to the keychain; when it is not
// available the user chooses in a dialog (this session only, or not at all).
class AccountController : public QObject
{
    Q_OBJECT
public:
    // `store` null = the system keychain (KeychainCredentialStore). Not owned when given.
    explicit AccountController(QWidget *window, CredentialStore *store = nullptr, QObject *parent = nullptr);
    ~AccountController() override;

    // The window connected to a forum through `transport`. For the demo server the app started
    // itself, `demoDataDir` holds demo-credentials.json and the demo user is signed in at once
    // (kept in memory only: the demo server's key changes with its data).
    void setForum(Transport *transport, const QString &demoDataDir = QString());

    std::optional<Account> current() const;
    bool isSignedIn() const { return current().has_value(); }
    QString username() const;
    QUrl site() const { return m_site; }
    SignIn *signIn() const { return m_signIn; }
    AccountListModel *accounts() const;

    QAction *signInAction() const { return m_signInAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    // "Signed in as …" / "Not signed in"; its menu holds the same actions.
    QToolButton *indicator() const { return m_indicator; }

public slots:
    void showSignInDialog();
    void signOut();

signals:
    void signedInChanged(bool signedIn, const QString &username);
    void statusMessage(const QString &message);
    // The user typed another forum's address in the sign-in dialog.
    void forumRequested(const QUrl &site);

private:
    void connectSignIn();
    void signInDemo(const QString &dataDir);
    void askAboutKeychain(const Account &account, const QString &message);
    void updateUi();

    QPointer<QWidget> m_window;
    CredentialStore *m_store = nullptr;
    std::unique_ptr<CredentialStore> m_ownStore;
    QSettings *m_settings = nullptr;
    AccountListModel *m_accounts = nullptr;
    // The demo's account list and keys live apart: they must neither reach the keychain nor
    // pile up in the settings (the demo server runs on a new port every time).
    MemoryCredentialStore *m_demoStore = nullptr;
    QSettings *m_demoSettings = nullptr;
    AccountListModel *m_demoAccounts = nullptr;
    bool m_demo = false;

    QPointer<Transport> m_transport;
    QUrl m_site;
    SignIn *m_signIn = nullptr;
    QPointer<SignInDialog> m_dialog;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QToolButton *m_indicator = nullptr;
};

} // namespace Aivizor
