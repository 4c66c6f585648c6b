#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace Aivizor {

// Runs aivizor-server as a child process for the demo community. start() returns at once;
// ready(url) or failed(message) follows once the server printed its URL (its first stdout line)
// or could not start. The destructor stops it: terminate, then kill after a grace period.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Empty dataDir = QStandardPaths::AppDataLocation + "/demo-server".
    void start(const QString &dataDir = {});
    void stop();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const { return m_url; }
    // The --data-dir of the running (or last started) server; holds demo-credentials.json.
    QString dataDir() const { return m_dataDir; }

    // Where the server binary is looked up: next to the app in the build tree
    // (../server/aivizor-server), beside the app when installed, then PATH. Empty if none.
    static QString findServerBinary();

    static constexpr int StartTimeoutMs = 15000;
    static constexpr int StopGraceMs = 3000;

signals:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void onStdout();
    void onProcessError(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_startTimer;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    QUrl m_url;
    QString m_dataDir;
    bool m_reported = false;
};

} // namespace Aivizor
