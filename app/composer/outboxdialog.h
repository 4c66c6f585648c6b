#pragma once

#include <QDialog>
#include <QUuid>

class QPushButton;
class QTableWidget;

namespace Aivizor {

class Outbox;
class ReplySender;

// The posts waiting to be sent: state, attempts, next attempt, last error, with Retry now, Edit
// (back into the composer) and Discard. Non-modal; follows the Outbox as it changes.
class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    OutboxDialog(Outbox *outbox, ReplySender *sender, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

signals:
    void editRequested(const QUuid &entryId);

private:
    void refill();
    QUuid selectedId() const;
    void updateButtons();

    Outbox *m_outbox;
    ReplySender *m_sender;
    QTableWidget *m_table;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_discard;
};

} // namespace Aivizor
