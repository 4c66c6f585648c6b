#include "app/demo/demoserver.h"

#include "lib/files/sitekey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Aivizor {

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("The demo server did not report its address within %n second(s).", nullptr,
                StartTimeoutMs / 1000));
        stop();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoServer::onStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        // Keep only the end of stderr: it explains a failed start.
        m_stderrTail += m_process.readAllStandardError();
        if (m_stderrTail.size() > 2000)
            m_stderrTail = m_stderrTail.right(2000);
    });
    connect(&m_process, &QProcess::errorOccurred, this, &DemoServer::onProcessError);
    connect(&m_process, &QProcess::finished, this, &DemoServer::onFinished);
}

DemoServer::~DemoServer()
{
    stop();
}

QString DemoServer::findServerBinary()
{
    const QString name = QStringLiteral("aivizor-server");
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {appDir.filePath(QStringLiteral("../server/") + name),
                                     appDir.filePath(name)}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

void DemoServer::start(const QString &dataDir)
{
    if (isRunning())
        return;
    m_reported = false;
    m_url.clear();
    m_stdout.clear();
    m_stderrTail.clear();

    const QString binary = findServerBinary();
    if (binary.isEmpty()) {
        fail(tr("The demo server (aivizor-server) was not found next to the application or in PATH."));
        return;
    }
    const QString dir = dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-server")
        : dataDir;
    m_dataDir = dir;
    if (!QDir().mkpath(dir)) {
        fail(tr("Cannot create the demo server's data folder %1.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    m_startTimer.start(StartTimeoutMs);
    m_process.start(binary, {QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--data-dir"), dir});
}

void DemoServer::stop()
{
    m_startTimer.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Called on shutdown: a short bounded wait is the only way to not leave an orphan behind.
    m_process.terminate();
    if (!m_process.waitForFinished(StopGraceMs)) {
        m_process.kill();
        m_process.waitForFinished(StopGraceMs);
    }
}

void DemoServer::onStdout()
{
    if (m_reported) {
        m_process.readAllStandardOutput(); // the server's later output is not ours to show
        return;
    }
    m_stdout += m_process.readAllStandardOutput();
    const int newline = m_stdout.indexOf('\n');
    if (newline < 0) {
        if (m_stdout.size() > 4096)
            fail(tr("The demo server printed no address."));
        return;
    }
    const QString line = QString::fromUtf8(m_stdout.left(newline)).trimmed();
    const QUrl url(line, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0) {
        fail(tr("The demo server printed an unexpected first line: %1").arg(line.left(200)));
        stop();
        return;
    }
    m_startTimer.stop();
    m_url = url;
    m_reported = true;
    setDemoSiteUrl(url); // its drafts and outbox entries belong to the demo forum, not to this port
    emit ready(url);
}

void DemoServer::onProcessError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        fail(tr("The demo server could not be started: %1").arg(m_process.errorString()));
}

void DemoServer::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_startTimer.stop();
    const QString detail = QString::fromUtf8(m_stderrTail).trimmed();
    if (!m_reported) {
        QString message = status == QProcess::CrashExit
            ? tr("The demo server crashed while starting.")
            : tr("The demo server exited while starting (exit code %1).").arg(exitCode);
        if (!detail.isEmpty())
            message += QLatin1Char('\n') + detail.right(500);
        fail(message);
    }
}

void DemoServer::fail(const QString &message)
{
    m_startTimer.stop();
    if (m_reported)
        return;
    m_reported = true;
    emit failed(message);
}

} // namespace Aivizor
