#pragma once

#include "bodylimit.h"

#include <QTcpServer>
#include <QTcpSocket>

// QtHttpServer 6.4 writes the status line, headers and body as separate small writes; with
// Nagle's algorithm on, a mid-sized response then waits for the client's delayed ACK
// (measured: /latest.json stuck at ~48 ms per request under wrk). TCP_NODELAY avoids that.
// Each connection also gets its BodyLimit here, before QtHttpServer sees the socket.
class LowDelayTcpServer : public QTcpServer
{
public:
    LowDelayTcpServer(qsizetype maxBodyBytes, QObject *parent)
        : QTcpServer(parent)
        , m_maxBodyBytes(maxBodyBytes)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        new BodyLimit(socket, m_maxBodyBytes); // connects to readyRead first
        addPendingConnection(socket);
    }

private:
    const qsizetype m_maxBodyBytes;
};
