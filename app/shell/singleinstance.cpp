#include "app/shell/singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace Aivizor {

namespace {

// The running instance answers this byte once it has taken the arguments.
constexpr char Ack = '\x06';
// Command lines are small; anything bigger is not ours.
constexpr qint64 MaxMessageBytes = 64 * 1024;

} // namespace

SingleInstance::SingleInstance(const QString &settingsDir, QObject *parent)
    : QObject(parent)
    , m_name(serverName(settingsDir))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &settingsDir)
{
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(settingsDir).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("aivizor-%1-%2").arg(qEnvironmentVariable("USER"), QString::fromLatin1(hash.toHex().left(16)));
}

bool SingleInstance::forwardToRunning(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << quint32(0) << arguments;
    out.device()->seek(0);
    out << quint32(message.size() - 4);
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // A running instance that took the message acknowledges; a hung one must not swallow the
    // start, so without the answer this process opens a window of its own.
    return socket.waitForReadyRead(timeoutMs) && socket.read(1) == QByteArray(1, Ack);
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket file left by a crashed instance: nobody answered forwardToRunning(), so take it.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readConnection(socket); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return true;
}

void SingleInstance::readConnection(QLocalSocket *socket)
{
    // The message is a 32-bit length and a QStringList; wait until all of it has arrived.
    if (socket->bytesAvailable() < 4)
        return;
    quint32 size = 0;
    QDataStream header(socket->peek(4));
    header >> size;
    if (size > MaxMessageBytes) {
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < qint64(4 + size))
        return;
    socket->skip(4);
    QStringList arguments;
    QDataStream body(socket->read(size));
    body >> arguments;
    socket->write(QByteArray(1, Ack));
    socket->flush();
    emit argumentsReceived(arguments);
}

} // namespace Aivizor
