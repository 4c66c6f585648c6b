#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Aivizor {

class DesktopNotifier;
class ForumSession;
class MainWindow;
class NotificationBell;
class NotificationPanel;
class NotificationTray;
class NotificationTreeModel;
class NotificationWatcher;
class Preferences;

// Notifications in the window: a NotificationWatcher for every forum the window was shown (the
// sessions outlive the window), the toolbar's bell with the unread count, its panel grouped by
// forum, desktop notifications as the user chose per forum and kind, and the tray icon with the
// count (closing the window hides it there when the user asked for that). Opening a notification,
// from the panel or the desktop, shows its forum and the post in the reader.
class NotificationController : public QObject
{
    Q_OBJECT
public:
    NotificationController(MainWindow *window, Preferences *preferences);
    ~NotificationController() override;

    // Follows the session's notifications under `forumKey` ("demo" or its base URL); again for a
    // session already followed, only the name changes.
    void watch(ForumSession *session, const QString &forumKey, const QString &forumName);
    void setForumName(const QString &forumKey, const QString &name);
    // Off: nothing goes to the desktop and nothing is remembered as shown (screenshots).
    void setDesktopAlertsEnabled(bool enabled) { m_desktopAlerts = enabled; }

    NotificationWatcher *watcher(const QString &forumKey) const;
    NotificationTreeModel *model() const { return m_model; }
    NotificationBell *bell() const { return m_bell; }
    NotificationPanel *panel() const { return m_panel; }
    NotificationTray *tray() const { return m_tray; }
    DesktopNotifier *desktopNotifier() const { return m_notifier; }

    void togglePanel();
    // Shows the forum's topic at the post, marking what notified of it read.
    void open(const QString &forumKey, int topicId, int postNumber);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Forum
    {
        QPointer<ForumSession> session;
        NotificationWatcher *watcher = nullptr;
    };

    void showWindow();
    void onMarkReadFailed(const QString &forumKey, const QString &reason);

    MainWindow *m_window;
    Preferences *m_preferences;
    NotificationTreeModel *m_model;
    DesktopNotifier *m_notifier;
    NotificationBell *m_bell;
    NotificationPanel *m_panel;
    NotificationTray *m_tray;
    QHash<QString, Forum> m_forums;
    bool m_quitting = false;
    bool m_desktopAlerts = true;
};

} // namespace Aivizor
