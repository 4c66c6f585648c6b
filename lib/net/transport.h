#pragma once

#include "lib/net/apierror.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Aivizor {

// What a finished request hands to its callback.
struct TransportResult
{
    ApiError error;        // Kind::None on a 2xx with valid JSON
    int httpStatus = 0;
    QUrl url;              // final URL (after redirects)
    QByteArray body;       // raw body (also kept for error responses)
    QJsonDocument json;    // parsed body for successful requests
};

// Every request of one site goes through one Transport: base URL (may contain a subfolder),
// User-Agent, Accept: application/json, auth headers, transfer timeout, response-size cap and a
// FIFO-queued cap on parallel requests. Asynchronous only; callbacks run on the Transport's thread.
class Transport : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TransportResult &)>;
    using RequestId = quint64;

    static constexpr int DefaultTimeoutMs = 20000;
    static constexpr qint64 DefaultMaxResponseSize = 16 * 1024 * 1024;
    static constexpr int DefaultMaxParallelRequests = 4;

    explicit Transport(const QUrl &baseUrl, QObject *parent = nullptr);
    ~Transport() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &baseUrl);

    int transferTimeout() const { return m_timeoutMs; }
    void setTransferTimeout(int milliseconds);

    qint64 maxResponseSize() const { return m_maxResponseSize; }
    void setMaxResponseSize(qint64 bytes);

    int maxParallelRequests() const { return m_maxParallel; }
    void setMaxParallelRequests(int count);

    // Extra headers sent with every request (Api-Key/Api-Username or User-Api-Key/
    // User-Api-Client-Id). They are secrets: never logged, never part of error messages.
    void setAuthHeaders(const QHash<QByteArray, QByteArray> &headers);
    void clearAuthHeaders();
    bool hasAuthHeaders() const { return !m_authHeaders.isEmpty(); }

    // Turns "/latest?page=1", "latest.json", or a same-origin absolute URL into the full JSON URL:
    // the base path is prefixed and ".json" is inserted before the query when missing.
    QUrl resolve(const QString &pathAndQuery) const;

    // Sends a GET / a JSON POST / a DELETE. `context` bounds the callback's lifetime: when it is
    // destroyed first the callback is not called. Returns an id usable with cancel().
    RequestId get(const QString &pathAndQuery, QObject *context, Callback callback);
    RequestId postJson(const QString &pathAndQuery, const QJsonDocument &body, QObject *context,
                       Callback callback);
    RequestId deleteResource(const QString &pathAndQuery, QObject *context, Callback callback);

    // Aborts a queued or running request; its callback gets ApiError::Kind::Cancelled.
    void cancel(RequestId id);

    int runningCount() const { return m_running.size(); }
    int queuedCount() const { return int(m_queue.size()); }

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

signals:
    // Emitted when a request's error is a RateLimited, so callers can cool down.
    void rateLimited(int waitSeconds);
    // Every request that went out ended with this outcome (Kind::None for a usable answer), just
    // before its callback runs; cancelled requests say nothing about the forum and are not reported.
    // ForumSession derives its connection state from it.
    void requestFinished(const Aivizor::ApiError &error);

private:
    enum class Verb { Get, Post, Delete };
    struct Pending
    {
        RequestId id = 0;
        Verb verb = Verb::Get;
        QUrl url;
        QByteArray body;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
    };
    struct Running
    {
        Pending request;
        QNetworkReply *reply = nullptr;
        ApiError abortReason; // set when we abort (size cap, cancel)
    };

    RequestId enqueue(Verb verb, const QString &pathAndQuery, const QByteArray &body,
                      QObject *context, Callback callback);
    void startQueued();
    void start(Pending request);
    void abortRunning(RequestId id, const ApiError &reason);
    void onFinished(QNetworkReply *reply);
    static void deliver(const Pending &request, const TransportResult &result);

    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_baseUrl;
    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_maxResponseSize = DefaultMaxResponseSize;
    int m_maxParallel = DefaultMaxParallelRequests;
    QHash<QByteArray, QByteArray> m_authHeaders;
    RequestId m_nextId = 1;
    std::deque<Pending> m_queue;
    QHash<QNetworkReply *, Running> m_running;
};

} // namespace Aivizor
