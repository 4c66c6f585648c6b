#pragma once

#include <QPointer>
#include <QToolButton>
#include <QUuid>

namespace Aivizor {

class OutboxDialog;
class Outbox;
class ReplySender;

// "Outbox (N)" for the status bar: hidden while nothing waits, opens the outbox list.
class OutboxButton : public QToolButton
{
    Q_OBJECT
public:
    OutboxButton(Outbox *outbox, ReplySender *sender, QWidget *parent = nullptr);
    ~OutboxButton() override;

    OutboxDialog *dialog() const;

public slots:
    void showDialog();

signals:
    void editRequested(const QUuid &entryId);

private:
    void update();

    Outbox *m_outbox;
    ReplySender *m_sender;
    QPointer<OutboxDialog> m_dialog;
};

} // namespace Aivizor
