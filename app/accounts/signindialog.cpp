#include "app/accounts/signindialog.h"

#include "app/shell/schemehandler.h"

#include "lib/signin/signin.h"
#include "lib/signin/userapikeyrequest.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Aivizor {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In"));
    setModal(false);

    m_forum = new QLineEdit(this);
    m_forum->setObjectName(QStringLiteral("signInForum"));
    m_forum->setPlaceholderText(QStringLiteral("https://forum.example.org"));

    // Tab 1: approve in the browser (no password ever typed into this app).
    auto *browser = new QWidget(this);
    m_browserUser = new QLineEdit(browser);
    m_browserUser->setPlaceholderText(tr("optional"));
    m_loopback = new QCheckBox(tr("Receive the key automatically (local redirect)"), browser);
    m_loopback->setChecked(true);
    m_loopback->setToolTip(tr("Turn this off when the forum does not allow redirects to this computer; "
                              "it then shows a text to paste below."));
    m_browserButton = new QPushButton(tr("Open the Approval Page"), browser);
    m_approvalLink = new QLabel(browser);
    m_approvalLink->setWordWrap(true);
    m_approvalLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_approvalLink->setOpenExternalLinks(true);
    m_approvalLink->hide();
    m_payload = new QPlainTextEdit(browser);
    m_payload->setObjectName(QStringLiteral("signInPayload"));
    m_payload->setPlaceholderText(tr("If the forum shows a block of text instead of returning here, paste it here."));
    m_payload->setMaximumHeight(80);
    m_payloadButton = new QPushButton(tr("Use the Pasted Text"), browser);
    auto *browserForm = new QFormLayout(browser);
    browserForm->addRow(tr("Username:"), m_browserUser);
    browserForm->addRow(m_loopback);
    browserForm->addRow(m_browserButton);
    browserForm->addRow(m_approvalLink);
    browserForm->addRow(m_payload);
    browserForm->addRow(m_payloadButton);

    // Tab 2: an API key an administrator issued.
    auto *key = new QWidget(this);
    m_keyUser = new QLineEdit(key);
    m_keyUser->setObjectName(QStringLiteral("signInUsername"));
    m_apiKey = new QLineEdit(key);
    m_apiKey->setObjectName(QStringLiteral("signInApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_keyButton = new QPushButton(tr("Sign In"), key);
    m_keyButton->setObjectName(QStringLiteral("signInApiKeyButton"));
    auto *keyForm = new QFormLayout(key);
    keyForm->addRow(tr("&Username:"), m_keyUser);
    keyForm->addRow(tr("API &key:"), m_apiKey);
    keyForm->addRow(m_keyButton);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(browser, tr("Approve in the Browser"));
    m_tabs->addTab(key, tr("API Key"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Forum address:"), m_forum);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_browserButton, &QPushButton::clicked, this, &SignInDialog::startBrowserFlow);
    connect(m_payloadButton, &QPushButton::clicked, this, [this] {
        if (m_signIn && !m_payload->toPlainText().trimmed().isEmpty()) {
            setStatus(tr("Checking the key…"), false);
            m_signIn->submitPayload(m_payload->toPlainText().trimmed());
        }
    });
    connect(m_keyButton, &QPushButton::clicked, this, &SignInDialog::submitApiKey);
    connect(m_apiKey, &QLineEdit::returnPressed, this, &SignInDialog::submitApiKey);
    connect(this, &QDialog::rejected, this, [this] {
        if (m_signIn)
            m_signIn->cancel();
    });
}

void SignInDialog::setSignIn(SignIn *signIn)
{
    if (m_signIn)
        m_signIn->disconnect(this);
    m_signIn = signIn;
    setBusy(false);
    if (!signIn)
        return;
    if (m_forum->text().isEmpty() || QUrl::fromUserInput(m_forum->text()) == signIn->site())
        m_forum->setText(signIn->site().toString());
    connect(signIn, &SignIn::openUrlRequested, this, [this](const QUrl &url) {
        // The link stays visible: the browser may not start, or may open on another screen.
        m_approvalLink->setText(tr("Approve Aivizor on the forum's page: <a href=\"%1\">open it again</a>.")
                                    .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
        m_approvalLink->show();
        setStatus(m_signIn && m_signIn->redirectUrl().isValid()
                      ? tr("Waiting for the approval in the browser…")
                      : tr("After approving, paste the text the forum shows below."),
                  false);
    });
    connect(signIn, &SignIn::signedIn, this, [this](const Account &account) {
        setStatus(tr("Signed in as %1.").arg(account.username), false);
        m_apiKey->clear();
        m_payload->clear();
        accept();
    });
    connect(signIn, &SignIn::failed, this, [this](const ApiError &error) {
        setBusy(false);
        setStatus(error.userText(), true);
    });
}

QUrl SignInDialog::forumUrl() const
{
    QUrl url = QUrl::fromUserInput(m_forum->text().trimmed());
    if (url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path().chopped(1));
    return url;
}

bool SignInDialog::ensureForum()
{
    const QUrl url = forumUrl();
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        setStatus(tr("Enter the forum's address, for example https://forum.example.org."), true);
        return false;
    }
    if (!m_signIn || url.adjusted(QUrl::StripTrailingSlash) != m_signIn->site().adjusted(QUrl::StripTrailingSlash)) {
        setStatus(tr("Connecting to %1… Sign in again once the forum is shown.").arg(url.toDisplayString()), false);
        emit forumRequested(url);
        return false;
    }
    return true;
}

void SignInDialog::startBrowserFlow()
{
    if (!ensureForum())
        return;
    QSettings settings;
    m_signIn->setAppRedirect(SchemeHandler::signInRedirect());
    if (!m_signIn->startUserApiKey(QStringLiteral("Aivizor Desktop"), UserApiKeyRequest::clientId(settings),
                                   m_browserUser->text().trimmed(), m_loopback->isChecked())) {
        setStatus(tr("A sign-in is already running."), true);
        return;
    }
    setBusy(true);
}

void SignInDialog::submitApiKey()
{
    if (!ensureForum())
        return;
    const QString user = m_keyUser->text().trimmed();
    const QString key = m_apiKey->text().trimmed();
    if (user.isEmpty() || key.isEmpty()) {
        setStatus(tr("Enter your username and the API key."), true);
        return;
    }
    if (!m_signIn->signInWithApiKey(user, key)) {
        setStatus(tr("A sign-in is already running."), true);
        return;
    }
    setBusy(true);
    setStatus(tr("Checking the key…"), false);
}

void SignInDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x10));
    m_status->setPalette(pal);
}

void SignInDialog::setBusy(bool busy)
{
    m_browserButton->setEnabled(!busy);
    m_keyButton->setEnabled(!busy);
}

} // namespace Aivizor
