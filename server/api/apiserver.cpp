#include "apiserver.h"
#include "http.h"
#include "lowdelaytcpserver.h"
#include "routes.h"

#include <QCoreApplication>

ApiServer::ApiServer(Database &db, const QString &dataDir, const WriteLimits &limits)
    : m_context(db, dataDir, limits)
    , m_ipLimit(limits.maxReqsPerIpPer10Seconds)
{
    // First, so that it sees every request before the routes do (unknown paths included).
    if (m_ipLimit.enabled()) {
        m_http.route<IpLimitRule>(&m_ipLimit, QStringLiteral("/.*"), QHttpServerRequest::Method::AnyKnown,
                                  [this](const QHttpServerRequest &) { return Http::ipRateLimited(m_ipLimit.lastWait()); });
    }
    registerSiteRoutes(m_http, m_context);
    registerListRoutes(m_http, m_context);
    registerTopicRoutes(m_http, m_context);
    registerMediaRoutes(m_http, m_context);
    registerFeedRoutes(m_http, m_context);
    registerPostRoutes(m_http, m_context);
    registerLikeRoutes(m_http, m_context);
    registerUserApiKeyRoutes(m_http, m_context);
    registerNotificationRoutes(m_http, m_context);
    registerMessageBusRoutes(m_http, m_context);
    registerPrivateMessageRoutes(m_http, m_context);
    registerAboutRoutes(m_http, m_context);
    registerReadStateRoutes(m_http, m_context);
    registerSearchRoutes(m_http, m_context);
    registerUserRoutes(m_http, m_context);
    // Unknown paths and wrong methods: Discourse's JSON 404, never an HTML page.
    m_http.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        Http::notFound().write(std::move(responder));
    });
}

bool ApiServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // Our own QTcpServer, so a failure comes with the socket's reason (port in use, ...).
    m_tcp = new LowDelayTcpServer(m_context.limits.maxBodyBytes, &m_http);
    if (!m_tcp->listen(address, port)) {
        *error = QCoreApplication::translate("ApiServer", "Cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_tcp->errorString());
        return false;
    }
    m_http.bind(m_tcp);
    return true;
}

quint16 ApiServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}
