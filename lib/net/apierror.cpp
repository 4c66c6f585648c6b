#include "lib/net/apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Aivizor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aivizor::ApiError", text);
}
} // namespace

ApiError ApiError::fromKind(Kind kind, const QString &message, int httpStatus)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = httpStatus;
    return e;
}

QString ApiError::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::None: return tr("No error");
    case Kind::NotFound: return tr("Not found");
    case Kind::Forbidden: return tr("Access denied");
    case Kind::RateLimited: return tr("Too many requests");
    case Kind::ServerError: return tr("Server error");
    case Kind::Network: return tr("Network error");
    case Kind::MalformedResponse: return tr("Unexpected response");
    case Kind::InvalidRequest: return tr("Request rejected");
    case Kind::ResponseTooLarge: return tr("Response too large");
    case Kind::Cancelled: return tr("Cancelled");
    case Kind::Storage: return tr("Saved copy unavailable");
    case Kind::InvalidInput: return tr("Cannot be sent");
    }
    return {};
}

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::ServerError:
    case Kind::RateLimited:
    case Kind::Cancelled:
        return true;
    case Kind::None:
    case Kind::NotFound:
    case Kind::Forbidden:
    case Kind::InvalidRequest:
    // The same request gets the same unreadable or oversized body again.
    case Kind::MalformedResponse:
    case Kind::ResponseTooLarge:
    // A full disk or a broken file needs the user; the operation is not repeated on a timer.
    case Kind::Storage:
    case Kind::InvalidInput:
        return false;
    }
    return false;
}

QString ApiError::userText() const
{
    return message.isEmpty() ? kindLabel(kind) : message;
}

ApiError ApiError::fromHttpStatus(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError e;
    e.httpStatus = status;

    // Discourse: {"errors":[...], "error_type":"...", "extras":{...}}; proxies may send HTML.
    QString errorType;
    int extrasWait = 0;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue errors = o.value(QStringLiteral("errors"));
        if (errors.isArray()) {
            for (const QJsonValue &v : errors.toArray())
                if (v.isString())
                    e.serverMessages.append(v.toString());
        } else if (errors.isString()) {
            e.serverMessages.append(errors.toString());
        }
        const QJsonValue single = o.value(QStringLiteral("error"));
        if (single.isString() && e.serverMessages.isEmpty())
            e.serverMessages.append(single.toString());
        errorType = o.value(QStringLiteral("error_type")).toString();
        extrasWait = o.value(QStringLiteral("extras")).toObject().value(QStringLiteral("wait_seconds")).toInt();
    } else if (doc.isArray()) { // ["BAD CSRF"]
        for (const QJsonValue &v : doc.array())
            if (v.isString())
                e.serverMessages.append(v.toString());
    }

    if (status == 404 || status == 410) {
        e.kind = Kind::NotFound;
        e.message = tr("The page or topic does not exist, or you need to log in to see it.");
    } else if (status == 401 || status == 403) {
        e.kind = Kind::Forbidden;
        e.message = errorType == QLatin1String("not_logged_in")
                        ? tr("This forum requires you to log in.")
                        : tr("You are not allowed to see this.");
    } else if (status == 429) {
        e.kind = Kind::RateLimited;
        bool ok = false;
        const int header = retryAfter.trimmed().toInt(&ok);
        e.waitSeconds = ok && header > 0 ? header : extrasWait;
        e.message = e.waitSeconds > 0
                        ? QCoreApplication::translate("Aivizor::ApiError",
                                                      "The forum asked us to slow down. Try again in %n second(s).",
                                                      nullptr, e.waitSeconds)
                        : tr("The forum asked us to slow down. Try again later.");
    } else if (status >= 500) {
        e.kind = Kind::ServerError;
        e.message = errorType == QLatin1String("read_only")
                        ? tr("The forum is in read-only mode.")
                        : tr("The forum had an internal error (HTTP %1).").arg(status);
    } else if (status >= 400) {
        e.kind = Kind::InvalidRequest;
        e.message = e.serverMessages.isEmpty() ? tr("The forum rejected the request (HTTP %1).").arg(status)
                                               : e.serverMessages.join(QLatin1Char('\n'));
    } else {
        e.kind = Kind::MalformedResponse;
        e.message = tr("Unexpected HTTP status %1.").arg(status);
    }
    return e;
}

} // namespace Aivizor
