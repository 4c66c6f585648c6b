#pragma once

#include <QTcpServer>
#include <QTcpSocket>

// QtHttpServer 6.4 writes the status line, headers and body as separate small writes; with
// Nagle's algorithm on, a mid-sized response then waits for the client's delayed ACK
// (measured: /latest.json stuck at ~48 ms per request under wrk). TCP_NODELAY avoids that.
class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};
