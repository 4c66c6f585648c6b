#pragma once

#include "lib/net/apierror.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
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

// What a finished getImage() hands to its callback.
struct ImageResult
{
    ApiError error;  // Kind::None when `image` holds the decoded image
    int httpStatus = 0;
    QUrl url;        // the URL that was asked for (redirects are not reflected here)
    QImage image;
    QByteArray data;        // the bytes as received (set with `image`), for keeping on disk
    QByteArray contentType; // the Content-Type header
};

// Every request of one site goes through one Transport: base URL (may contain a subfolder),
// User-Agent, Accept, auth headers, transfer timeout, response-size cap and a FIFO-queued cap on
// parallel requests. API requests and images (post images, avatars) share the queue; queued API
// requests start before queued images, and images leave one slot free for the API.
// Asynchronous only; callbacks run on the Transport's thread.
class Transport : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TransportResult &)>;
    using ImageCallback = std::function<void(const ImageResult &)>;
    using RequestId = quint64;

    static constexpr int DefaultTimeoutMs = 20000;
    static constexpr qint64 DefaultMaxResponseSize = 16 * 1024 * 1024;
    static constexpr int DefaultMaxParallelRequests = 4;
    static constexpr qint64 DefaultMaxImageSize = 8 * 1024 * 1024;
    static constexpr int MaxImageRedirects = 5;
    static constexpr int MaxRedirects = 5; // API requests, same origin only

    explicit Transport(const QUrl &baseUrl, QObject *parent = nullptr);
    ~Transport() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &baseUrl);

    int transferTimeout() const { return m_timeoutMs; }
    void setTransferTimeout(int milliseconds);

    qint64 maxResponseSize() const { return m_maxResponseSize; }
    void setMaxResponseSize(qint64 bytes);

    // The cap on one image's encoded size; larger downloads are aborted (ResponseTooLarge).
    qint64 maxImageSize() const { return m_maxImageSize; }
    void setMaxImageSize(qint64 bytes);

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
    // A JSON PUT (Discourse's mark-read and other state changes).
    RequestId putJson(const QString &pathAndQuery, const QJsonDocument &body, QObject *context, Callback callback);
    // A JSON POST the forum may hold open for up to `transferTimeoutMs` (the message bus's long
    // poll); other requests keep transferTimeout().
    RequestId postJsonLongPoll(const QString &pathAndQuery, const QJsonDocument &body, int transferTimeoutMs,
                               QObject *context, Callback callback);

    // GETs and decodes an image at an absolute http(s) URL (anything else fails at once with
    // InvalidRequest). The auth headers go only to the forum's own origin: the Transport follows
    // redirects itself (at most MaxImageRedirects) so a redirect to an image host gets none.
    // Decoding runs on a worker thread; with `maxWidth` > 0 a wider image is scaled down to it
    // while decoding. `context` bounds the callback's lifetime as in get().
    RequestId getImage(const QUrl &absoluteUrl, QObject *context, ImageCallback callback, int maxWidth = 0);

    // Aborts a queued or running request; its callback gets ApiError::Kind::Cancelled.
    void cancel(RequestId id);

    int runningCount() const { return m_running.size(); }
    int queuedCount() const { return int(m_queue.size() + m_imageQueue.size()); }

signals:
    // Emitted when a request's error is a RateLimited, so callers can cool down.
    void rateLimited(int waitSeconds);
    // Every request that went out ended with this outcome (Kind::None for a usable answer), just
    // before its callback runs; cancelled requests say nothing about the forum and are not reported.
    // ForumSession derives its connection state from it.
    void requestFinished(const Aivizor::ApiError &error);

private:
    enum class Verb { Get, Post, Put, Delete, GetImage };
    struct Pending
    {
        RequestId id = 0;
        Verb verb = Verb::Get;
        QUrl url;
        QByteArray body;
        int timeoutMs = -1; // -1: the Transport's transferTimeout()
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
        // GetImage only
        ImageCallback imageCallback;
        QUrl requestedUrl;
        int maxWidth = 0;
        int redirects = 0;
    };
    struct Running
    {
        Pending request;
        QNetworkReply *reply = nullptr;
        ApiError abortReason; // set when we abort (size cap, cancel)
        QByteArray received;  // the body so far, read out as it arrives so the cap is checked on it
    };

    RequestId enqueue(Verb verb, const QUrl &url, const QByteArray &body,
                      QObject *context, Callback callback, int timeoutMs = -1);
    void startQueued();
    void start(Pending request);
    void abortRunning(RequestId id, const ApiError &reason);
    void deliverLater(Pending request, const ApiError &error);
    void onFinished(QNetworkReply *reply);
    void onImageFinished(QNetworkReply *reply, Pending request, const QByteArray &body);
    int runningImageCount() const;
    static void deliver(const Pending &request, const TransportResult &result);
    static void deliverImage(const Pending &request, const ImageResult &result);

    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_baseUrl;
    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_maxResponseSize = DefaultMaxResponseSize;
    qint64 m_maxImageSize = DefaultMaxImageSize;
    int m_maxParallel = DefaultMaxParallelRequests;
    QHash<QByteArray, QByteArray> m_authHeaders;
    RequestId m_nextId = 1;
    std::deque<Pending> m_queue;      // API requests
    std::deque<Pending> m_imageQueue; // images, started when no API request waits
    QHash<QNetworkReply *, Running> m_running;
};

} // namespace Aivizor
