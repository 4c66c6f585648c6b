#pragma once

#include <QHash>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace Aivizor {

// A one-shot HTTP listener on 127.0.0.1 used as the User API Key auth_redirect: the forum redirects
// the browser to http://127.0.0.1:<port>/auth_redirect?payload=..., this answers a short "you can
// close this tab" page, hands the payload over and stops listening. Other requests (favicon, a
// wrong path) get a 404 and the listener keeps waiting.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRequestBytes = 64 * 1024; // the payload is ~350 bytes of Base64

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Listens on a free loopback port. Returns false (errorString()) if that is impossible.
    bool listen();
    void stop();
    bool isListening() const;
    // http://127.0.0.1:<port>/auth_redirect
    QUrl redirectUrl() const;
    QString errorString() const { return m_error; }

signals:
    // The full URL the browser asked for; read the payload with UserApiKeyRequest::payloadFromRedirect.
    void redirectReceived(const QUrl &url);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    static void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QString &html);

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_error;
};

} // namespace Aivizor
