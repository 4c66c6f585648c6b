#include "app/notifications/notificationtray.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace Aivizor {

namespace {
constexpr int IconSize = 64;
}

NotificationTray::NotificationTray(QObject *parent)
    : QObject(parent)
    , m_base(QStringLiteral(":/app/org.aivizor.Aivizor.svg"))
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    m_menu = new QMenu;
    m_menu->addAction(tr("&Show Aivizor"), this, &NotificationTray::showRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &NotificationTray::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    setUnreadCount(0);
    m_tray->show();
}

NotificationTray::~NotificationTray()
{
    delete m_menu; // a QMenu has no QObject parent here: the tray does not own its menu
}

void NotificationTray::setUnreadCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    m_toolTip = count > 0 ? tr("Aivizor: %n unread notification(s)", nullptr, count) : tr("Aivizor: no unread notifications");
    if (!m_tray)
        return;
    m_tray->setToolTip(m_toolTip);
    m_tray->setIcon(badged(count));
}

QIcon NotificationTray::badged(int count) const
{
    QPixmap pixmap = m_base.pixmap(IconSize, IconSize);
    if (count <= 0 || pixmap.isNull())
        return QIcon(pixmap);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF badge(IconSize * 0.45, 0, IconSize * 0.55, IconSize * 0.55);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xd0, 0x24, 0x24));
    p.drawEllipse(badge);
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(int(badge.height() * (count > 9 ? 0.5 : 0.7)));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, count > 99 ? QStringLiteral("99+") : QString::number(count));
    return QIcon(pixmap);
}

} // namespace Aivizor
