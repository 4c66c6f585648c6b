#pragma once

#include "lib/session/forumsession.h"

#include "lib/credentials/account.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QAction;
class QToolButton;
class QWidget;

namespace Aivizor {

class SignIn;
class SignInDialog;

// Signing in and out of the forum the window shows, as the user sees it: the File menu's
// Sign In…/Sign Out actions, the account button for the status bar, the sign-in dialog and the
// question what to do when the keychain cannot keep a key (this session only, or not at all).
// The sign-in itself and who is signed in belong to the ForumSession.
class AccountController : public QObject
{
    Q_OBJECT
public:
    explicit AccountController(QWidget *window, QObject *parent = nullptr);
    ~AccountController() override;

    // The forum the window shows (null: none). For the demo server the app started itself,
    // `demoDataDir` holds demo-credentials.json and the demo user is signed in at once (the
    // session keeps that key in memory only: it changes with the demo's data).
    void setSession(ForumSession *session, const QString &demoDataDir = QString());

    std::optional<Account> current() const;
    bool isSignedIn() const { return current().has_value(); }
    QString username() const;
    QUrl site() const;
    SignIn *signIn() const;

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
    QPointer<ForumSession> m_session;
    QPointer<SignInDialog> m_dialog;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QToolButton *m_indicator = nullptr;
};

} // namespace Aivizor
