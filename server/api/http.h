#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Response builders that set every header themselves: the custom missing handler bypasses
// afterRequest in QtHttpServer 6.4, so no header may depend on it.
namespace Http {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse json(const QJsonObject &body, Status status = Status::Ok);
QHttpServerResponse json(const QJsonArray &body, Status status = Status::Ok);
QHttpServerResponse bytes(const QByteArray &mimeType, const QByteArray &body, const QByteArray &cacheControl,
                          Status status = Status::Ok);
// Discourse's error body: {"errors":[message],"error_type":type}.
QHttpServerResponse error(Status status, const QString &type, const QString &message);
QHttpServerResponse notFound();
QHttpServerResponse invalidParameter(const QString &name);
// 403 invalid_access: no, wrong or insufficient credentials.
QHttpServerResponse invalidAccess();
QHttpServerResponse forbidden(const QString &message);
// 413: the body is larger than limitBytes.
QHttpServerResponse tooLarge(qsizetype limitBytes);
// 422 record_invalid with one full sentence per problem.
QHttpServerResponse recordInvalid(const QStringList &errors);
// 429 rate_limit with Retry-After and extras.wait_seconds/time_left.
QHttpServerResponse rateLimited(int waitSeconds);
// 429 of Discourse's per-IP limiter: Retry-After, Discourse-Rate-Limit-Error-Code and a
// plain-text body (that limiter answers before any controller, so not the JSON errors shape).
QHttpServerResponse ipRateLimited(int waitSeconds);

// A non-negative integer query parameter; fallback when absent, nullopt when malformed.
std::optional<int> intParam(const QHttpServerRequest &request, const QString &name, int fallback);
// "http://host:port" of this request, for absolute links in feeds.
QString origin(const QHttpServerRequest &request);

} // namespace Http
