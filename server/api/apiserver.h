#pragma once

#include "context.h"
#include "iplimit.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QTcpServer>

class Database;

// The HTTP face of the server: every route group, the JSON 404, and the listening socket.
class ApiServer
{
public:
    ApiServer(Database &db, const QString &dataDir, const WriteLimits &limits);

    // Binds address:port (0 = any free port). On failure, error says why.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;

private:
    ApiContext m_context;
    IpLimit m_ipLimit;
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr;
};
