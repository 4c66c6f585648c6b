#include "lib/signin/loopbackreceiver.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace Aivizor {

namespace {
const QString RedirectPath = QStringLiteral("/auth_redirect");
}

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen()
{
    if (m_server->isListening())
        return true;
    // Loopback only: nothing on the network can deliver a payload to us.
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        m_error = tr("Could not wait for the browser's answer: %1").arg(m_server->errorString());
        return false;
    }
    m_error.clear();
    return true;
}

void LoopbackReceiver::stop()
{
    m_server->close();
}

bool LoopbackReceiver::isListening() const
{
    return m_server->isListening();
}

QUrl LoopbackReceiver::redirectUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(RedirectPath);
    return url;
}

void LoopbackReceiver::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.size() > MaxRequestBytes) {
        respond(socket, 431, "Request Header Fields Too Large", tr("The request was too large."));
        return;
    }
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return; // wait for the rest of the header
    // "GET /auth_redirect?payload=... HTTP/1.1"
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    m_buffers.remove(socket);
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        respond(socket, 405, "Method Not Allowed", tr("Unexpected request."));
        return;
    }
    const QUrl url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())
                          + QString::fromLatin1(requestLine.at(1)));
    if (!url.isValid() || url.path() != RedirectPath || !url.query().contains(QLatin1String("payload="))) {
        respond(socket, 404, "Not Found", tr("Nothing here."));
        return;
    }
    respond(socket, 200, "OK", tr("Aivizor received the forum's answer. You can close this tab."));
    stop();
    emit redirectReceived(url);
}

void LoopbackReceiver::respond(QTcpSocket *socket, int status, const QByteArray &reason, const QString &text)
{
    const QByteArray body = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Aivizor</title>"
                                           "</head><body><p>%1</p></body></html>")
                                .arg(text.toHtmlEscaped())
                                .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace Aivizor
