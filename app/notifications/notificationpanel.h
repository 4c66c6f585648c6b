#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTreeView;

namespace Aivizor {

class NotificationTreeModel;

// The bell's popup: every forum's notifications under its name, unread ones in bold. Enter or a
// click opens one; Mark Read and Mark All Read ask the forum (the rows change at once and come
// back if the forum refuses, with the reason above the list).
class NotificationPanel : public QFrame
{
    Q_OBJECT
public:
    NotificationPanel(NotificationTreeModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QPushButton *markReadButton() const { return m_markRead; }
    QPushButton *markAllReadButton() const { return m_markAllRead; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *emptyLabel() const { return m_empty; }

    // Below `anchor`, within its window.
    void popupBelow(QWidget *anchor);
    void showMessage(const QString &message);

signals:
    void notificationActivated(const QModelIndex &index);
    void markReadRequested(const QModelIndex &index);
    void markAllReadRequested();

private:
    void updateButtons();

    NotificationTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_message;
    QLabel *m_empty;
    QPushButton *m_markRead;
    QPushButton *m_markAllRead;
};

} // namespace Aivizor
