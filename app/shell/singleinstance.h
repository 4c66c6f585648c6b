#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Aivizor {

// One running window per settings folder. A second start hands its command line to the running
// window through a local socket and exits; the running one emits argumentsReceived().
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // `settingsDir` names the instance: two copies on the same settings are the same instance.
    explicit SingleInstance(const QString &settingsDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket name for a settings folder (per user, short enough for every platform).
    static QString serverName(const QString &settingsDir);

    // True when a running instance took `arguments` (this process should exit then).
    bool forwardToRunning(const QStringList &arguments, int timeoutMs = 2000);
    // Becomes the running instance. False when the socket cannot be created.
    bool listen();

signals:
    void argumentsReceived(const QStringList &arguments);

private:
    void readConnection(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Aivizor
