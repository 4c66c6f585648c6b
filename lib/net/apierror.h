#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Aivizor {

// The one error type every request, parser and model reports. Built from the HTTP status
// (never from QNetworkReply::error(), which lumps 422 and 429 together as "unknown").
struct ApiError
{
    enum class Kind {
        None,
        NotFound,          // 404, 410 (Discourse also answers 404 for private topics)
        Forbidden,         // 401, 403 (invalid_access, not_logged_in on login_required sites, bad key)
        RateLimited,       // 429; waitSeconds from Retry-After or extras.wait_seconds
        ServerError,       // 5xx (503 read_only included)
        Network,           // connection refused, host not found, timeout, TLS failure
        MalformedResponse, // body is not JSON or not the expected structure
        InvalidRequest,    // 400, 409, 422 and other 4xx; serverMessages holds "errors"
        ResponseTooLarge,  // the body exceeded Transport::maxResponseSize() and was aborted
        Cancelled,         // the caller cancelled the request
        Storage,           // a local file or database (store, drafts, outbox) could not be read or written
        InvalidInput       // what the user entered cannot be sent (empty reply, bad address, bad payload)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;         // 0 when no HTTP response arrived
    QString message;            // human-readable, translated
    QStringList serverMessages; // the server's "errors" array, as sent
    int waitSeconds = 0;        // RateLimited only

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // True when the same request may succeed later without anyone changing it (network, 5xx, 429,
    // a cancelled request); false when only the user or the forum's admin can change the answer.
    bool isRetryable() const;
    // The translated text to show: the message, or the kind's label when there is none.
    QString userText() const;

    static ApiError fromKind(Kind kind, const QString &message, int httpStatus = 0);
    // Maps an HTTP error status plus its (optional, possibly non-JSON) body and Retry-After header.
    static ApiError fromHttpStatus(int status, const QByteArray &body, const QByteArray &retryAfter);
    // A short translated label for a kind ("Not found", "Rate limited", ...).
    static QString kindLabel(Kind kind);
};

} // namespace Aivizor

Q_DECLARE_METATYPE(Aivizor::ApiError)
