#pragma once

#include "testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

// Real HTTP against a running aivizor-server, with a user's personal API key when given.
// Shared by the reading-state and search tests.
struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const;
    QString errorType() const { return json().value(QLatin1String("error_type")).toString(); }
};

class ServerClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit ServerClient(TestServer &server) : m_server(server) {}

    Reply get(const QString &path, const Headers &headers = {});
    // A form-encoded body by default, as Discourse's web client sends it.
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers,
               const QByteArray &contentType = "application/x-www-form-urlencoded");
    Reply sendJson(const QByteArray &method, const QString &path, const QJsonObject &body, const Headers &headers);

    // `aivizor-server user add NAME` on the data directory; the headers of the new key.
    static Headers addUser(const QString &dataDir, const QString &username);
    // The demo reader's headers from demo-credentials.json.
    static Headers demoUser(const QString &dataDir);

    // A new topic by the user; its id, 0 on failure.
    int createTopic(const Headers &user, const QString &title, const QString &raw, int categoryId,
                    const QStringList &tags = {});
    int reply(const Headers &user, int topicId, const QString &raw);
    // `count` topics "Okapi sighting report number N" in the community: what the search tests find
    // and page through. False when one could not be created.
    bool createOkapiTopics(const Headers &user, int categoryId, int count);
    int categoryId(const QString &slug);
    // The topic ids of a list endpoint, every page.
    QList<int> listIds(const QString &path, const Headers &headers);
    // One row of a list (first page); empty when the topic is not on it.
    QJsonObject listRow(const QString &path, int topicId, const Headers &headers);

private:
    Reply finish(class QNetworkReply *reply);

    TestServer &m_server;
    QNetworkAccessManager m_nam;
};
