#include "app/composer/outboxbutton.h"

#include "app/composer/outboxdialog.h"

#include "lib/session/forumsession.h"

namespace Aivizor {

OutboxButton::OutboxButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("outboxButton"));
    setAutoRaise(true);
    setToolTip(tr("Posts waiting to be sent"));
    connect(this, &QToolButton::clicked, this, &OutboxButton::showDialog);
    update();
}

void OutboxButton::setSession(ForumSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    delete m_dialog;
    m_session = session;
    if (session)
        connect(session, &ForumSession::outboxCountChanged, this, &OutboxButton::update);
    update();
}

OutboxButton::~OutboxButton() = default;

OutboxDialog *OutboxButton::dialog() const
{
    return m_dialog;
}

void OutboxButton::update()
{
    const int count = m_session ? m_session->outboxCount() : 0;
    setText(tr("Outbox (%1)").arg(count));
    setAccessibleName(text());
    setVisible(count > 0);
}

void OutboxButton::showDialog()
{
    if (!m_session)
        return;
    if (!m_dialog) {
        m_dialog = new OutboxDialog(m_session->outbox(), m_session->sender(), window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &OutboxDialog::editRequested, this, &OutboxButton::editRequested);
    }
    m_dialog->show();
    m_dialog->raise();
}

} // namespace Aivizor
