#include "app/accounts/accountcontroller.h"

#include "app/accounts/signindialog.h"

#include "lib/session/forumsession.h"
#include "lib/signin/signin.h"

#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace Aivizor {

AccountController::AccountController(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_signInAction = new QAction(tr("Sign &In…"), this);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    connect(m_signInAction, &QAction::triggered, this, &AccountController::showSignInDialog);
    m_signOutAction = new QAction(tr("Sign &Out"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &AccountController::signOut);

    m_indicator = new QToolButton(window);
    m_indicator->setObjectName(QStringLiteral("accountIndicator"));
    m_indicator->setAutoRaise(true);
    m_indicator->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_indicator);
    menu->addAction(m_signInAction);
    menu->addAction(m_signOutAction);
    m_indicator->setMenu(menu);
    updateUi();
}

AccountController::~AccountController() = default;

SignIn *AccountController::signIn() const
{
    return m_session ? m_session->signIn() : nullptr;
}

QUrl AccountController::site() const
{
    return m_session ? m_session->site() : QUrl();
}

void AccountController::setSession(ForumSession *session, const QString &demoDataDir)
{
    const bool wasSignedIn = isSignedIn();
    if (m_session)
        m_session->signIn()->disconnect(this);
    m_session = session;
    if (session)
        connectSignIn();
    if (m_dialog)
        m_dialog->setSignIn(signIn());
    updateUi();
    if (wasSignedIn || isSignedIn())
        emit signedInChanged(isSignedIn(), username());
    if (session && !demoDataDir.isEmpty() && !isSignedIn())
        signInDemo(demoDataDir);
}

void AccountController::connectSignIn()
{
    SignIn *in = signIn();
    connect(in, &SignIn::openUrlRequested, this, [this](const QUrl &url) {
        if (!QDesktopServices::openUrl(url))
            emit statusMessage(tr("Could not start a web browser; open the link in the sign-in window yourself."));
    });
    connect(in, &SignIn::signedIn, this, [this](const Account &account) {
        updateUi();
        emit statusMessage(tr("Signed in as %1.").arg(account.username));
        emit signedInChanged(true, account.username);
    });
    connect(in, &SignIn::failed, this, [this](const ApiError &error) {
        updateUi();
        emit statusMessage(error.userText());
    });
    connect(in, &SignIn::credentialStoreUnavailable, this, &AccountController::askAboutKeychain);
    connect(in, &SignIn::signedOut, this, [this](const Account &account, const ApiError &revokeError) {
        updateUi();
        emit statusMessage(!revokeError
                               ? tr("Signed out %1.").arg(account.username)
                               : tr("Signed out %1, but the forum did not confirm that the key was revoked: %2")
                                     .arg(account.username, revokeError.userText()));
        emit signedInChanged(false, QString());
    });
}

void AccountController::signInDemo(const QString &dataDir)
{
    QFile file(dataDir + QStringLiteral("/demo-credentials.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        emit statusMessage(tr("The demo server left no credentials; reading only."));
        return;
    }
    const QJsonObject credentials = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    const QString username = credentials.value(QStringLiteral("username")).toString();
    const QString key = credentials.value(QStringLiteral("api_key")).toString();
    if (username.isEmpty() || key.isEmpty()) {
        emit statusMessage(tr("The demo credentials are unreadable; reading only."));
        return;
    }
    signIn()->signInWithApiKey(username, key);
}

void AccountController::askAboutKeychain(const Account &account, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("No Keychain Available"),
                                tr("Aivizor cannot store the key for %1 in the system keychain:\n%2\n\n"
                                   "It never writes keys to a plain file. Keep the key for this session only "
                                   "(you sign in again after a restart), or do not keep it (you stay signed out)?")
                                    .arg(account.username, message),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("keychainUnavailableDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *session = box->addButton(tr("Keep for This Session"), QMessageBox::AcceptRole);
    session->setObjectName(QStringLiteral("keepForSession"));
    QPushButton *never = box->addButton(tr("Do Not Keep"), QMessageBox::RejectRole);
    never->setObjectName(QStringLiteral("doNotKeep"));
    box->setDefaultButton(session);
    QPointer<SignIn> signIn = this->signIn();
    connect(box, &QMessageBox::buttonClicked, this, [signIn, session](QAbstractButton *button) {
        if (!signIn)
            return;
        if (button == session)
            signIn->rememberForSessionOnly();
        else
            signIn->doNotRemember();
    });
    // Closing the box without a choice keeps nothing.
    connect(box, &QMessageBox::rejected, this, [signIn] {
        if (signIn)
            signIn->doNotRemember();
    });
    box->open();
}

std::optional<Account> AccountController::current() const
{
    return m_session ? m_session->account() : std::nullopt;
}

QString AccountController::username() const
{
    const std::optional<Account> account = current();
    return account ? account->username : QString();
}

void AccountController::showSignInDialog()
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SignInDialog::forumRequested, this, &AccountController::forumRequested);
    }
    m_dialog->setSignIn(signIn());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void AccountController::signOut()
{
    if (m_session)
        m_session->signOut();
}

void AccountController::updateUi()
{
    const std::optional<Account> account = current();
    m_signInAction->setEnabled(m_session != nullptr);
    m_signOutAction->setEnabled(account.has_value());
    if (account) {
        m_indicator->setText(tr("Signed in as %1").arg(account->username));
        m_indicator->setToolTip(tr("%1 on %2").arg(account->username, site().toDisplayString()));
    } else {
        m_indicator->setText(tr("Not signed in"));
        m_indicator->setToolTip(tr("Sign in to reply and like posts"));
    }
    m_indicator->setAccessibleName(m_indicator->text());
}

} // namespace Aivizor
