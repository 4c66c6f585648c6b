#pragma once

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A freedesktop notification service for tests and benches, on its own connection to the session
// bus (the process's D-Bus session, e.g. under dbus-run-session), named
// org.freedesktop.Notifications: records every Notify call and emits ActionInvoked and
// NotificationClosed when told to, as a desktop's notification daemon does on a click.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        uint id = 0;
        QString appName;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        qint64 atMs = 0; // since the service started
    };

    explicit FakeNotificationService(const QStringList &capabilities = {QStringLiteral("body"),
                                                                        QStringLiteral("body-markup"),
                                                                        QStringLiteral("actions")},
                                     QObject *parent = nullptr);
    ~FakeNotificationService() override;

    // False when the service name could not be taken (no session bus, or another service has it).
    bool isRegistered() const { return m_registered; }
    QString errorString() const { return m_error; }
    const QList<Call> &calls() const { return m_calls; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    // What the daemon sends when the user clicks the notification, or it goes away.
    void invokeAction(uint id, const QString &action = QStringLiteral("default"));
    void close(uint id, uint reason = 2);

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities() const { return m_capabilities; }
    void CloseNotification(uint id) { close(id, 3); }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) const;

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
    // A Notify call was recorded (calls().last()), for QSignalSpy.
    void notified();

private:
    QDBusConnection m_bus;
    QStringList m_capabilities;
    QList<Call> m_calls;
    QElapsedTimer m_clock;
    bool m_registered = false;
    QString m_error;
    uint m_nextId = 1;
};
