#include "serverclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QUrlQuery>

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

Reply ServerClient::finish(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

Reply ServerClient::get(const QString &path, const Headers &headers)
{
    QNetworkRequest request(m_server.url(path));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return finish(m_nam.get(request));
}

Reply ServerClient::send(const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers,
                         const QByteArray &contentType)
{
    QNetworkRequest request(m_server.url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return finish(m_nam.sendCustomRequest(request, method, body));
}

Reply ServerClient::sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                             const Headers &headers)
{
    QNetworkRequest request(m_server.url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return finish(m_nam.sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ServerClient::Headers ServerClient::addUser(const QString &dataDir, const QString &username)
{
    QProcess cli;
    cli.start(TestServer::defaultBinary(),
              {QStringLiteral("user"), QStringLiteral("add"), username, QStringLiteral("--data-dir"), dataDir});
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
        return {};
    const QByteArray key = cli.readAllStandardOutput().trimmed();
    return {{"Api-Key", key}, {"Api-Username", username.toUtf8()}};
}

ServerClient::Headers ServerClient::demoUser(const QString &dataDir)
{
    QFile file(dataDir + QStringLiteral("/demo-credentials.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    return {{"Api-Key", o.value(QLatin1String("api_key")).toString().toLatin1()},
            {"Api-Username", o.value(QLatin1String("username")).toString().toUtf8()}};
}

int ServerClient::createTopic(const Headers &user, const QString &title, const QString &raw, int categoryId,
                              const QStringList &tags)
{
    QJsonObject body{{QStringLiteral("title"), title}, {QStringLiteral("raw"), raw},
                     {QStringLiteral("category"), categoryId}};
    if (!tags.isEmpty())
        body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    const Reply r = sendJson("POST", QStringLiteral("/posts.json"), body, user);
    if (r.status != 200)
        qWarning("createTopic: %d %s", r.status, r.body.constData());
    return r.json().value(QLatin1String("topic_id")).toInt();
}

int ServerClient::reply(const Headers &user, int topicId, const QString &raw)
{
    const Reply r = sendJson("POST", QStringLiteral("/posts.json"),
                             {{QStringLiteral("topic_id"), topicId}, {QStringLiteral("raw"), raw}}, user);
    if (r.status != 200)
        qWarning("reply: %d %s", r.status, r.body.constData());
    return r.json().value(QLatin1String("post_number")).toInt();
}

int ServerClient::categoryId(const QString &slug)
{
    for (const QJsonValue &c : get(QStringLiteral("/site.json")).json().value(QLatin1String("categories")).toArray()) {
        if (c[QLatin1String("slug")].toString() == slug)
            return c[QLatin1String("id")].toInt();
    }
    return 0;
}

QList<int> ServerClient::listIds(const QString &path, const Headers &headers)
{
    QList<int> ids;
    for (int page = 0; page < 50; ++page) {
        const QString separator = path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
        const QJsonObject list = get(path + separator + QStringLiteral("page=%1").arg(page), headers)
                                     .json().value(QLatin1String("topic_list")).toObject();
        for (const QJsonValue &t : list.value(QLatin1String("topics")).toArray())
            ids.append(t[QLatin1String("id")].toInt());
        if (!list.contains(QLatin1String("more_topics_url")))
            break;
    }
    return ids;
}

QJsonObject ServerClient::listRow(const QString &path, int topicId, const Headers &headers)
{
    for (const QJsonValue &t : get(path, headers).json().value(QLatin1String("topic_list")).toObject()
                                   .value(QLatin1String("topics")).toArray()) {
        if (t[QLatin1String("id")].toInt() == topicId)
            return t.toObject();
    }
    return {};
}

bool ServerClient::createOkapiTopics(const Headers &user, int categoryId, int count)
{
    for (int i = 0; i < count; ++i) {
        if (createTopic(user, QStringLiteral("Okapi sighting report number %1").arg(i),
                        QStringLiteral("An okapi was seen near the river again, report %1.").arg(i), categoryId) <= 0)
            return false;
    }
    return true;
}
