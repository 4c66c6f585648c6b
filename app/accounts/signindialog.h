#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Aivizor {

class SignIn;

// Non-modal sign-in: the forum's address, then either the User API Key handshake (the system
// browser shows the forum's approval page; the key comes back through the loopback redirect, or
// the user pastes what the forum shows) or an API key with its username. Errors stay in the
// dialog; it closes itself once signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    // The SignIn of the forum the window shows (replaced when the window switches forums).
    void setSignIn(SignIn *signIn);
    QUrl forumUrl() const;

    QLineEdit *forumEdit() const { return m_forum; }
    QLineEdit *usernameEdit() const { return m_keyUser; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QPushButton *apiKeyButton() const { return m_keyButton; }
    QPlainTextEdit *payloadEdit() const { return m_payload; }
    QLabel *statusLabel() const { return m_status; }

signals:
    // The address differs from the forum the window shows.
    void forumRequested(const QUrl &site);

private:
    bool ensureForum();
    void startBrowserFlow();
    void submitApiKey();
    void setStatus(const QString &text, bool error);
    void setBusy(bool busy);

    QPointer<SignIn> m_signIn;
    QLineEdit *m_forum = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_browserUser = nullptr;
    QCheckBox *m_loopback = nullptr;
    QPushButton *m_browserButton = nullptr;
    QLabel *m_approvalLink = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QPushButton *m_payloadButton = nullptr;
    QLineEdit *m_keyUser = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QPushButton *m_keyButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Aivizor
