#include "testserver.h"

#include <QDeadlineTimer>
#include <QFileInfo>

TestServer::TestServer(const QString &binary)
    : m_binary(binary.isEmpty() ? defaultBinary() : binary)
{
}

TestServer::~TestServer()
{
    if (isRunning())
        stop();
}

QString TestServer::defaultBinary()
{
    const QString fromEnv = qEnvironmentVariable("AIVIZOR_SERVER_BIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef AIVIZOR_SERVER_BIN
    return QStringLiteral(AIVIZOR_SERVER_BIN);
#else
    return QString();
#endif
}

QString TestServer::dataDir() const
{
    if (!m_customDataDir.isEmpty())
        return m_customDataDir;
    return m_tempDir ? m_tempDir->path() : QString();
}

QUrl TestServer::url(const QString &pathAndQuery) const
{
    return QUrl(m_baseUrl.toString() + pathAndQuery);
}

qint64 TestServer::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool TestServer::start(const QStringList &extraArgs, int timeoutMs)
{
    m_error.clear();
    m_stderr.clear();
    m_baseUrl.clear();
    if (isRunning()) {
        m_error = QStringLiteral("already running");
        return false;
    }
    if (m_binary.isEmpty() || !QFileInfo(m_binary).isExecutable()) {
        m_error = QStringLiteral("server binary not found: \"%1\" (set AIVIZOR_SERVER_BIN)").arg(m_binary);
        return false;
    }
    if (m_customDataDir.isEmpty() && !m_tempDir) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary data directory");
            return false;
        }
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_binary);
    m_process->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                                        dataDir()} + extraArgs);
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_binary, m_process->errorString());
        return false;
    }
    // The server prints its base URL as the first stdout line once it listens.
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process->canReadLine()) {
        if (m_process->state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_process->waitForFinished(1000);
            m_stderr += m_process->readAllStandardError();
            m_error = QStringLiteral("the server printed no URL (exit code %1): %2")
                          .arg(m_process->exitCode())
                          .arg(QString::fromLocal8Bit(m_stderr));
            if (m_process->state() != QProcess::NotRunning) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
            return false;
        }
        m_process->waitForReadyRead(int(qMin<qint64>(200, qMax<qint64>(1, deadline.remainingTime()))));
    }
    const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
    m_baseUrl = QUrl(line);
    if (!m_baseUrl.isValid() || m_baseUrl.port() <= 0) {
        m_error = QStringLiteral("unexpected first line from the server: \"%1\"").arg(line);
        stop();
        return false;
    }
    return true;
}

bool TestServer::stop(int timeoutMs)
{
    if (!m_process)
        return false;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(timeoutMs)) {
            m_error = QStringLiteral("the server ignored SIGTERM for %1 ms").arg(timeoutMs);
            m_process->kill();
            m_process->waitForFinished(5000);
            m_stderr += m_process->readAllStandardError();
            return false;
        }
    }
    m_stderr += m_process->readAllStandardError();
    m_exitCode = m_process->exitCode();
    const bool clean = m_process->exitStatus() == QProcess::NormalExit && m_exitCode == 0;
    if (!clean)
        m_error = QStringLiteral("the server exited with status %1, code %2: %3")
                      .arg(int(m_process->exitStatus()))
                      .arg(m_exitCode)
                      .arg(QString::fromLocal8Bit(m_stderr));
    return clean;
}

QString TestServer::addUser(const QString &dataDir, const QStringList &arguments)
{
    QProcess cli;
    cli.start(defaultBinary(), QStringList{QStringLiteral("user"), QStringLiteral("add")} + arguments
                                   + QStringList{QStringLiteral("--data-dir"), dataDir});
    if (!cli.waitForFinished(60000) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
        qWarning("user add failed: %s", cli.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
}
