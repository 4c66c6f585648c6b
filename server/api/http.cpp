#include "http.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Http {

QHttpServerResponse bytes(const QByteArray &mimeType, const QByteArray &body, const QByteArray &cacheControl,
                          Status status)
{
    QHttpServerResponse response(mimeType, body, status);
    response.setHeader(QByteArrayLiteral("Cache-Control"), cacheControl);
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    return response;
}

namespace {

QHttpServerResponse jsonDocument(const QJsonDocument &document, Status status)
{
    return bytes(QByteArrayLiteral("application/json; charset=utf-8"), document.toJson(QJsonDocument::Compact),
                 QByteArrayLiteral("no-cache, no-store"), status);
}

} // namespace

QHttpServerResponse json(const QJsonObject &body, Status status)
{
    return jsonDocument(QJsonDocument(body), status);
}

QHttpServerResponse json(const QJsonArray &body, Status status)
{
    return jsonDocument(QJsonDocument(body), status);
}

QHttpServerResponse error(Status status, const QString &type, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("errors"), QJsonArray{message}}, {QStringLiteral("error_type"), type}},
                status);
}

QHttpServerResponse notFound()
{
    return error(Status::NotFound, QStringLiteral("not_found"),
                 QCoreApplication::translate("Http", "The requested URL or resource could not be found."));
}

QHttpServerResponse invalidParameter(const QString &name)
{
    return error(Status::BadRequest, QStringLiteral("invalid_parameters"),
                 QCoreApplication::translate("Http", "Invalid parameter: %1").arg(name));
}

QHttpServerResponse invalidAccess()
{
    return forbidden(QCoreApplication::translate(
        "Http", "You are not permitted to view the requested resource. The API username or key is invalid."));
}

QHttpServerResponse forbidden(const QString &message)
{
    return error(Status::Forbidden, QStringLiteral("invalid_access"), message);
}

QHttpServerResponse tooLarge(qsizetype limitBytes)
{
    return error(Status::PayloadTooLarge, QStringLiteral("payload_too_large"),
                 QCoreApplication::translate("Http", "The request body is too large (the limit is %1 KiB).")
                     .arg(limitBytes / 1024));
}

QHttpServerResponse recordInvalid(const QStringList &errors)
{
    return json(QJsonObject{{QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                            {QStringLiteral("error_type"), QStringLiteral("record_invalid")}},
                Status::UnprocessableEntity);
}

QHttpServerResponse rateLimited(int waitSeconds)
{
    const QString timeLeft = waitSeconds == 1 ? QCoreApplication::translate("Http", "1 second")
                                              : QCoreApplication::translate("Http", "%1 seconds").arg(waitSeconds);
    QHttpServerResponse response = json(
        QJsonObject{{QStringLiteral("errors"),
                     QJsonArray{QCoreApplication::translate(
                                    "Http", "You've performed this action too many times. Please wait %1 before trying again.")
                                    .arg(timeLeft)}},
                    {QStringLiteral("error_type"), QStringLiteral("rate_limit")},
                    {QStringLiteral("extras"), QJsonObject{{QStringLiteral("wait_seconds"), waitSeconds},
                                                           {QStringLiteral("time_left"), timeLeft}}}},
        Status::TooManyRequests);
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(waitSeconds));
    return response;
}

QHttpServerResponse ipRateLimited(int waitSeconds)
{
    const QByteArray code = QByteArrayLiteral("ip_10_secs_limit");
    const QString text = QCoreApplication::translate("Http", "Slow down, too many requests from this IP address.\n"
                                                             "Please retry again in %1 seconds.\n"
                                                             "Error code: %2.\n")
                             .arg(waitSeconds)
                             .arg(QString::fromLatin1(code));
    QHttpServerResponse response = bytes(QByteArrayLiteral("text/plain; charset=utf-8"), text.toUtf8(),
                                         QByteArrayLiteral("no-cache, no-store"), Status::TooManyRequests);
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(waitSeconds));
    response.setHeader(QByteArrayLiteral("Discourse-Rate-Limit-Error-Code"), code);
    return response;
}

std::optional<int> intParam(const QHttpServerRequest &request, const QString &name, int fallback)
{
    const QUrlQuery query = request.query();
    if (!query.hasQueryItem(name))
        return fallback;
    const QString value = query.queryItemValue(name, QUrl::FullyDecoded);
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 0 || value.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return n;
}

QString origin(const QHttpServerRequest &request)
{
    QString host = QString::fromLatin1(request.value(QByteArrayLiteral("Host")));
    if (host.isEmpty() || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char(' ')))
        host = request.url().authority();
    return QStringLiteral("http://") + host;
}

} // namespace Http
