#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// Runs the real aivizor-server on a free loopback port with its own data directory:
//
//   TestServer server;
//   QVERIFY2(server.start(), qPrintable(server.errorString()));
//   QUrl base = server.baseUrl();
//   ...
//   QVERIFY(server.stop());      // SIGTERM; true when it exited cleanly with code 0
//
// The data directory outlives stop(), so start() again restarts on the same data.
class TestServer
{
public:
    // binary: empty means $AIVIZOR_SERVER_BIN, else the path this library was built with.
    explicit TestServer(const QString &binary = QString());
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Extra arguments go after --port 0 --data-dir DIR (e.g. {"--demo-dir", path}).
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 60000);
    bool stop(int timeoutMs = 10000);
    bool isRunning() const;

    QUrl baseUrl() const { return m_baseUrl; }
    QUrl url(const QString &pathAndQuery) const;
    QString dataDir() const;
    // Use this directory instead of a fresh temporary one (call before start()).
    void setDataDir(const QString &dir) { m_customDataDir = dir; }

    QString errorString() const { return m_error; }
    QByteArray standardError() const { return m_stderr; }
    int exitCode() const { return m_exitCode; }
    // The server's process id while it runs (for /proc/PID/status), else 0.
    qint64 processId() const;

    static QString defaultBinary();
    // `aivizor-server user add ARGUMENTS --data-dir DIR` (the server may be running): the new
    // user's personal API key, or empty (with a warning) when the command failed.
    static QString addUser(const QString &dataDir, const QStringList &arguments);

private:
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_customDataDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_stderr;
    int m_exitCode = -1;
};
