#include "app/notifications/notificationbell.h"

#include "app/shell/icons.h"

namespace Aivizor {

NotificationBell::NotificationBell(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("notificationBell"));
    setIcon(Icons::themed(QStringLiteral("preferences-desktop-notification-bell"), QStringLiteral("bell")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setCount(0);
}

void NotificationBell::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    // Discourse shows at most 99 too.
    setText(count <= 0 ? QString() : count > 99 ? QStringLiteral("99+") : QString::number(count));
    const QString described = count > 0 ? tr("Notifications: %n unread", nullptr, count) : tr("Notifications");
    setToolTip(described);
    setAccessibleName(described);
    emit countChanged(count);
}

} // namespace Aivizor
