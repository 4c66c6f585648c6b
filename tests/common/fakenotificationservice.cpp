#include "fakenotificationservice.h"

#include <QDBusConnectionInterface>
#include <QDBusError>

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

FakeNotificationService::FakeNotificationService(const QStringList &capabilities, QObject *parent)
    : QObject(parent)
    // A connection of its own: the application under test talks to it as to another process.
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fakeNotificationService")))
    , m_capabilities(capabilities)
{
    m_clock.start();
    if (!m_bus.isConnected()) {
        m_error = QStringLiteral("no session bus: %1").arg(m_bus.lastError().message());
        return;
    }
    if (!m_bus.registerObject(Path, this, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)) {
        m_error = QStringLiteral("object not registered: %1").arg(m_bus.lastError().message());
        return;
    }
    if (!m_bus.registerService(Service)) {
        m_error = QStringLiteral("name not taken: %1").arg(m_bus.lastError().message());
        return;
    }
    m_registered = true;
}

FakeNotificationService::~FakeNotificationService()
{
    if (m_registered) {
        m_bus.unregisterService(Service);
        m_bus.unregisterObject(Path);
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("fakeNotificationService"));
}

uint FakeNotificationService::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                     const QString &summary, const QString &body, const QStringList &actions,
                                     const QVariantMap &hints, int expireTimeout)
{
    Q_UNUSED(expireTimeout)
    const uint id = replacesId ? replacesId : m_nextId++;
    const Call call{id, appName, appIcon, summary, body, actions, hints, m_clock.elapsed()};
    m_calls.append(call);
    emit notified();
    return id;
}

QString FakeNotificationService::GetServerInformation(QString &vendor, QString &version, QString &specVersion) const
{
    vendor = QStringLiteral("Aivizor tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("fake-notifications");
}

void FakeNotificationService::invokeAction(uint id, const QString &action)
{
    emit ActionInvoked(id, action);
}

void FakeNotificationService::close(uint id, uint reason)
{
    emit NotificationClosed(id, reason);
}
