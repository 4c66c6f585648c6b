#pragma once

#include <QIcon>
#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace Aivizor {

// The application's icon in the system tray while one is there: the unread count in its tooltip
// and as a badge on the icon; a click asks for the window, its menu shows the window or quits.
class NotificationTray : public QObject
{
    Q_OBJECT
public:
    explicit NotificationTray(QObject *parent = nullptr);
    ~NotificationTray() override;

    // False without a system tray (then nothing is shown and close-to-tray is off).
    bool isAvailable() const { return m_tray != nullptr; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    void setUnreadCount(int count);
    QString toolTip() const { return m_toolTip; }

signals:
    void showRequested();
    void quitRequested();

private:
    QIcon badged(int count) const;

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QIcon m_base;
    QString m_toolTip;
    int m_count = -1;
};

} // namespace Aivizor
