#pragma once

#include "lib/session/forumsession.h"

#include <QPointer>
#include <QToolButton>
#include <QUuid>

namespace Aivizor {

class OutboxDialog;

// "Outbox (N)" for the status bar: follows the session's outboxCount, hidden while nothing waits,
// opens the list of the session's outbox.
class OutboxButton : public QToolButton
{
    Q_OBJECT
public:
    explicit OutboxButton(QWidget *parent = nullptr);
    ~OutboxButton() override;

    OutboxDialog *dialog() const;
    // The forum the window shows (null: none). Closes a dialog showing the previous one.
    void setSession(ForumSession *session);

public slots:
    void showDialog();

signals:
    void editRequested(const QUuid &entryId);

private:
    void update();

    QPointer<ForumSession> m_session;
    QPointer<OutboxDialog> m_dialog;
};

} // namespace Aivizor
