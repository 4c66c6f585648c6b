#include "app/composer/outboxbutton.h"

#include "app/composer/outboxdialog.h"

#include "lib/posting/outbox.h"

namespace Aivizor {

OutboxButton::OutboxButton(Outbox *outbox, ReplySender *sender, QWidget *parent)
    : QToolButton(parent)
    , m_outbox(outbox)
    , m_sender(sender)
{
    setObjectName(QStringLiteral("outboxButton"));
    setAutoRaise(true);
    setToolTip(tr("Posts waiting to be sent"));
    connect(this, &QToolButton::clicked, this, &OutboxButton::showDialog);
    connect(outbox, &Outbox::changed, this, &OutboxButton::update);
    connect(outbox, &Outbox::modelReset, this, &OutboxButton::update);
    update();
}

OutboxButton::~OutboxButton() = default;

OutboxDialog *OutboxButton::dialog() const
{
    return m_dialog;
}

void OutboxButton::update()
{
    const int count = m_outbox->rowCount();
    setText(tr("Outbox (%1)").arg(count));
    setAccessibleName(text());
    setVisible(count > 0);
}

void OutboxButton::showDialog()
{
    if (!m_dialog) {
        m_dialog = new OutboxDialog(m_outbox, m_sender, window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &OutboxDialog::editRequested, this, &OutboxButton::editRequested);
    }
    m_dialog->show();
    m_dialog->raise();
}

} // namespace Aivizor
