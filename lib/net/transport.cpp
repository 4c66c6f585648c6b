#include "lib/net/transport.h"

#include "lib/api/forumurls.h"
#include "lib/images/imagedecoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QIODevice>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Aivizor {

namespace {

// What a reply may hold before Transport reads it out (and checks the response cap).
constexpr qint64 ReadBufferBytes = 1024 * 1024;


const QByteArray UserAgent = QByteArrayLiteral("AivizorDesktop/0.1 (+Qt 6.4)");

// A request body that can be read once and never rewound. QNAM silently sends a request again when
// its connection drops after the request went out but before any answer (the reconnect attempts of
// QHttpNetworkConnectionChannel), POST included, so a reply could be created twice. With an unbuffered
// body that cannot be reset, QNAM reports ContentReSendError instead, and the outbox's duplicate check
// decides whether to send again.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_data.size()) - m_pos);
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isHttp(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

ApiError networkError(QNetworkReply::NetworkError code, const QString &detail)
{
    QString message;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        message = Transport::tr("The forum refused the connection.");
        break;
    case QNetworkReply::HostNotFoundError:
        message = Transport::tr("The forum's host name could not be found.");
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what an expired transferTimeout reports
        message = Transport::tr("The forum did not answer in time.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        message = Transport::tr("A secure connection to the forum could not be established.");
        break;
    case QNetworkReply::RemoteHostClosedError:
        message = Transport::tr("The forum closed the connection unexpectedly.");
        break;
    default:
        message = Transport::tr("Network error: %1").arg(detail);
        break;
    }
    return ApiError::fromKind(ApiError::Kind::Network, message);
}

} // namespace

Transport::Transport(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    setBaseUrl(baseUrl);
}

Transport::~Transport()
{
    // Owners are going away: drop callbacks, just stop the network work.
    const auto replies = m_running.keys();
    m_running.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

void Transport::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
    m_baseUrl.setQuery(QString());
    m_baseUrl.setFragment(QString());
}

void Transport::setTransferTimeout(int milliseconds)
{
    m_timeoutMs = qMax(0, milliseconds);
}

void Transport::setMaxResponseSize(qint64 bytes)
{
    m_maxResponseSize = qMax<qint64>(1, bytes);
}

void Transport::setMaxImageSize(qint64 bytes)
{
    m_maxImageSize = qMax<qint64>(1, bytes);
}

void Transport::setMaxParallelRequests(int count)
{
    m_maxParallel = qMax(1, count);
    startQueued();
}

void Transport::setAuthHeaders(const QHash<QByteArray, QByteArray> &headers)
{
    m_authHeaders = headers;
}

void Transport::clearAuthHeaders()
{
    m_authHeaders.clear();
}

QUrl Transport::resolve(const QString &pathAndQuery) const
{
    return ForumUrls(m_baseUrl).api(pathAndQuery);
}

Transport::RequestId Transport::get(const QString &pathAndQuery, QObject *context, Callback callback)
{
    return enqueue(Verb::Get, resolve(pathAndQuery), {}, context, std::move(callback));
}

Transport::RequestId Transport::postJson(const QString &pathAndQuery, const QJsonDocument &body,
                                         QObject *context, Callback callback)
{
    return enqueue(Verb::Post, resolve(pathAndQuery), body.toJson(QJsonDocument::Compact), context, std::move(callback));
}

Transport::RequestId Transport::deleteResource(const QString &pathAndQuery, QObject *context,
                                               Callback callback)
{
    return enqueue(Verb::Delete, resolve(pathAndQuery), {}, context, std::move(callback));
}

Transport::RequestId Transport::putJson(const QString &pathAndQuery, const QJsonDocument &body,
                                        QObject *context, Callback callback)
{
    return enqueue(Verb::Put, resolve(pathAndQuery), body.toJson(QJsonDocument::Compact), context, std::move(callback));
}

Transport::RequestId Transport::postJsonLongPoll(const QString &pathAndQuery, const QJsonDocument &body,
                                                 int transferTimeoutMs, QObject *context, Callback callback)
{
    // The bus's path has no ".json" (the message_bus middleware, not a Rails route).
    return enqueue(Verb::Post, ForumUrls(m_baseUrl).apiWithoutSuffix(pathAndQuery),
                   body.toJson(QJsonDocument::Compact), context, std::move(callback), qMax(0, transferTimeoutMs));
}

Transport::RequestId Transport::getImage(const QUrl &absoluteUrl, QObject *context, ImageCallback callback,
                                        int maxWidth)
{
    Pending p;
    const RequestId id = m_nextId++;
    p.id = id;
    p.verb = Verb::GetImage;
    p.url = absoluteUrl;
    p.requestedUrl = absoluteUrl;
    p.maxWidth = maxWidth;
    p.context = context;
    p.hasContext = context != nullptr;
    p.imageCallback = std::move(callback);
    if (!isHttp(absoluteUrl)) {
        // No file:, data: or qrc: reads: a post cannot make the client open local files.
        deliverLater(std::move(p), ApiError::fromKind(ApiError::Kind::InvalidRequest, tr("Only web images are loaded.")));
        return id;
    }
    m_imageQueue.push_back(std::move(p));
    startQueued();
    return id;
}

int Transport::runningImageCount() const
{
    int count = 0;
    for (const Running &r : m_running)
        count += r.request.verb == Verb::GetImage ? 1 : 0;
    return count;
}

Transport::RequestId Transport::enqueue(Verb verb, const QUrl &url, const QByteArray &body,
                                        QObject *context, Callback callback, int timeoutMs)
{
    Pending p;
    const RequestId id = m_nextId++;
    p.id = id;
    p.verb = verb;
    p.timeoutMs = timeoutMs;
    p.url = url;
    p.body = body;
    p.context = context;
    p.hasContext = context != nullptr;
    p.callback = std::move(callback);
    m_queue.push_back(std::move(p));
    startQueued();
    return id;
}

void Transport::startQueued()
{
    while (!m_queue.empty() && m_running.size() < m_maxParallel) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        if (p.hasContext && !p.context)
            continue; // its owner is gone; nobody wants the answer
        start(std::move(p));
    }
    // Images never take the last free slot, so a click's API request does not wait behind them.
    const int imageSlots = qMax(1, m_maxParallel - 1);
    while (m_queue.empty() && !m_imageQueue.empty() && m_running.size() < m_maxParallel
           && runningImageCount() < imageSlots) {
        Pending p = std::move(m_imageQueue.front());
        m_imageQueue.pop_front();
        if (p.hasContext && !p.context)
            continue;
        start(std::move(p));
    }
}

void Transport::start(Pending request)
{
    const bool image = request.verb == Verb::GetImage;
    QNetworkRequest req(request.url);
    req.setHeader(QNetworkRequest::UserAgentHeader, UserAgent);
    req.setRawHeader("Accept", image ? "image/*" : "application/json");
    req.setTransferTimeout(request.timeoutMs >= 0 ? request.timeoutMs : m_timeoutMs);
    // Auth headers go to the forum's own origin only. API requests, signed in or not, never follow
    // a redirect elsewhere (a forum's answer comes from the forum), and a chain stops after a few hops.
    const bool withAuth = !m_authHeaders.isEmpty() && ForumUrls(m_baseUrl).isSameOrigin(request.url);
    if (withAuth) {
        for (auto it = m_authHeaders.cbegin(); it != m_authHeaders.cend(); ++it)
            req.setRawHeader(it.key(), it.value());
    }
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setMaximumRedirectsAllowed(MaxRedirects);
    // Images follow redirects here (onImageFinished), each hop asking again whether it is ours:
    // avatars and uploads often redirect to a CDN, which must get no credentials.
    if (image)
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = nullptr;
    switch (request.verb) {
    case Verb::Get:
    case Verb::GetImage:
        reply = m_nam->get(req);
        break;
    case Verb::Post:
    case Verb::Put: {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(request.body);
        reply = request.verb == Verb::Put ? m_nam->put(req, body) : m_nam->post(req, body);
        body->setParent(reply);
        break;
    }
    case Verb::Delete:
        reply = m_nam->deleteResource(req);
        break;
    }

    const RequestId id = request.id;
    Running running;
    running.request = std::move(request);
    running.reply = reply;
    m_running.insert(reply, std::move(running));

    const qint64 cap = image ? m_maxImageSize : m_maxResponseSize;
    const auto tooLarge = [this, id, cap, image] {
        abortRunning(id, ApiError::fromKind(ApiError::Kind::ResponseTooLarge,
                                            image ? tr("The image is larger than %1 bytes.").arg(cap)
                                                  : tr("The forum's answer is larger than %1 bytes.").arg(cap)));
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, cap, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap)
            tooLarge();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [cap, tooLarge](qint64 received, qint64) {
        if (received > cap)
            tooLarge();
    });
    // Each piece is taken out of the reply as it arrives and counted, so an endless answer is
    // aborted one piece past the cap. The reply's own buffer stays bounded too, or QNAM's network
    // thread reads far ahead of these checks (hundreds of MiB against a fast endless answer).
    // (Bounding it at the cap without reading it out stalls the transfer when it fills up
    // exactly, until the transfer timeout.)
    reply->setReadBufferSize(qMin<qint64>(cap + 1, ReadBufferBytes));
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, cap, tooLarge] {
        const auto it = m_running.find(reply);
        if (it == m_running.end())
            return;
        it->received += reply->readAll();
        if (it->received.size() > cap)
            tooLarge();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void Transport::abortRunning(RequestId id, const ApiError &reason)
{
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        if (it->request.id != id)
            continue;
        QNetworkReply *reply = it.key();
        Pending request = std::move(it->request);
        m_running.erase(it);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        // Deliver from the event loop: cancel() and size checks run inside other callbacks.
        deliverLater(std::move(request), reason);
        startQueued();
        return;
    }
}

void Transport::cancel(RequestId id)
{
    const ApiError reason = ApiError::fromKind(ApiError::Kind::Cancelled, tr("The request was cancelled."));
    for (std::deque<Pending> *queue : {&m_queue, &m_imageQueue}) {
        for (auto it = queue->begin(); it != queue->end(); ++it) {
            if (it->id != id)
                continue;
            Pending request = std::move(*it);
            queue->erase(it);
            deliverLater(std::move(request), reason);
            return;
        }
    }
    abortRunning(id, reason);
}

void Transport::deliverLater(Pending request, const ApiError &error)
{
    QTimer::singleShot(0, this, [request = std::move(request), error] {
        if (request.verb == Verb::GetImage) {
            ImageResult result;
            result.error = error;
            result.url = request.requestedUrl;
            deliverImage(request, result);
        } else {
            TransportResult result;
            result.error = error;
            result.url = request.url;
            deliver(request, result);
        }
    });
}

void Transport::onFinished(QNetworkReply *reply)
{
    auto it = m_running.find(reply);
    if (it == m_running.end())
        return;
    Pending request = std::move(it->request);
    const QByteArray body = std::move(it->received) + reply->readAll();
    m_running.erase(it);
    reply->deleteLater();
    if (request.verb == Verb::GetImage) {
        onImageFinished(reply, std::move(request), body);
        return;
    }

    TransportResult result;
    result.url = reply->url();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (result.httpStatus == 0) {
        result.error = networkError(reply->error(), reply->errorString());
    } else {
        result.body = body;
        if (result.body.size() > m_maxResponseSize) {
            result.body.clear();
            result.error = ApiError::fromKind(ApiError::Kind::ResponseTooLarge,
                                              tr("The forum's answer is larger than %1 bytes.").arg(m_maxResponseSize),
                                              result.httpStatus);
        } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
            if (!(result.body.trimmed().isEmpty() && request.verb == Verb::Delete)) {
                QJsonParseError parseError;
                result.json = QJsonDocument::fromJson(result.body, &parseError);
                if (parseError.error != QJsonParseError::NoError) {
                    result.error = ApiError::fromKind(
                        ApiError::Kind::MalformedResponse,
                        tr("The forum's answer is not valid JSON (%1 at byte %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset),
                        result.httpStatus);
                }
            }
        } else {
            result.error = ApiError::fromHttpStatus(result.httpStatus, result.body, reply->rawHeader("Retry-After"));
            // A redirect still here is one the same-origin policy or the hop limit did not follow.
            if (isRedirect(result.httpStatus)) {
                const QUrl location = reply->url().resolved(QUrl(QString::fromLatin1(reply->rawHeader("Location"))));
                result.error.message = ForumUrls(m_baseUrl).isSameOrigin(location)
                    ? tr("The forum redirected the request too many times.")
                    : tr("The forum sent the request on to another site, which Aivizor does not follow.");
            }
            if (result.error.kind == ApiError::Kind::RateLimited)
                emit rateLimited(result.error.waitSeconds);
        }
    }

    startQueued();
    emit requestFinished(result.error);
    deliver(request, result);
}

void Transport::onImageFinished(QNetworkReply *reply, Pending request, const QByteArray &body)
{
    ImageResult result;
    result.url = request.requestedUrl;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // The raw header: QNetworkRequest::LocationHeader drops relative locations.
    const QUrl target = QUrl::fromEncoded(reply->rawHeader("Location"));
    const QUrl location = target.isEmpty() ? QUrl() : reply->url().resolved(target);
    if (isRedirect(result.httpStatus) && isHttp(location) && request.redirects < MaxImageRedirects) {
        // The slot this hop held is free again: take it at once, ahead of the queue.
        request.url = location;
        ++request.redirects;
        start(std::move(request));
        return;
    }

    if (result.httpStatus == 0) {
        result.error = networkError(reply->error(), reply->errorString());
    } else if (result.httpStatus < 200 || result.httpStatus >= 300) {
        result.error = ApiError::fromHttpStatus(result.httpStatus, body, reply->rawHeader("Retry-After"));
        if (result.error.kind == ApiError::Kind::RateLimited)
            emit rateLimited(result.error.waitSeconds);
    }
    startQueued();
    if (result.error.isError()) {
        deliverImage(request, result);
        return;
    }

    if (body.size() > m_maxImageSize) {
        result.error = ApiError::fromKind(ApiError::Kind::ResponseTooLarge,
                                          tr("The image is larger than %1 bytes.").arg(m_maxImageSize), result.httpStatus);
        deliverImage(request, result);
        return;
    }
    result.data = body;
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [watcher, request, result]() mutable {
        watcher->deleteLater();
        result.image = watcher->result();
        if (result.image.isNull())
            result.error = ApiError::fromKind(ApiError::Kind::MalformedResponse, tr("The image could not be decoded."),
                                              result.httpStatus);
        deliverImage(request, result);
    });
    watcher->setFuture(decodeImageAsync(body, request.maxWidth));
}

void Transport::deliverImage(const Pending &request, const ImageResult &result)
{
    if (request.hasContext && !request.context)
        return;
    if (request.imageCallback)
        request.imageCallback(result);
}

void Transport::deliver(const Pending &request, const TransportResult &result)
{
    if (request.hasContext && !request.context)
        return;
    if (request.callback)
        request.callback(result);
}

} // namespace Aivizor
