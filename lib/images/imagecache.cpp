#include "lib/images/imagecache.h"

#include "lib/images/imagedecoding.h"
#include "lib/net/transport.h"
#include "lib/store/forumstore.h"

#include <QFutureWatcher>

namespace Aivizor {

namespace {

bool isHttp(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

ImageCache::ImageCache(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_cache(DefaultMaxBytes)
{
}

void ImageCache::setMaxBytes(qint64 bytes)
{
    m_cache.setMaxCost(qMax<qint64>(1, bytes));
}

QImage ImageCache::image(const QUrl &url)
{
    if (const QImage *cached = m_cache.object(url))
        return *cached;
    request(url);
    return {};
}

void ImageCache::load(const QUrl &url, QObject *context, Callback callback)
{
    if (const QImage *cached = m_cache.object(url)) {
        callback(*cached);
        return;
    }
    if (!isHttp(url) || m_failed.contains(url)) {
        callback(QImage());
        return;
    }
    request(url);
    m_waiting[url].append(Waiter{context, context != nullptr, std::move(callback)});
}

void ImageCache::request(const QUrl &url)
{
    if (!isHttp(url) || m_failed.contains(url) || m_waiting.contains(url))
        return;
    m_waiting.insert(url, {});
    emit pendingCountChanged();
    const ApiResult<StoredImage> stored = m_store ? m_store->image(url) : ApiResult<StoredImage>();
    if (!stored.ok()) {
        fetch(url);
        return;
    }
    // Decoding may take milliseconds for a large picture: off the GUI thread, as for downloads.
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, url] {
        watcher->deleteLater();
        const QImage image = watcher->result();
        if (image.isNull())
            fetch(url); // the saved bytes are not an image: ask the forum
        else
            finish(url, image);
    });
    watcher->setFuture(decodeImageAsync(stored.value->data, MaxDecodedWidth));
}

void ImageCache::fetch(const QUrl &url)
{
    m_transport->getImage(
        url, this,
        [this, url](const ImageResult &result) {
            if (!result.error && m_store)
                m_store->putImage(url, result.contentType, result.data);
            finish(url, result.image, result.error.isRetryable());
        },
        MaxDecodedWidth);
}

void ImageCache::retryFailed()
{
    for (const QUrl &url : std::as_const(m_failedRetryable))
        m_failed.remove(url);
    m_failedRetryable.clear();
}

void ImageCache::finish(const QUrl &url, const QImage &image, bool retryable)
{
    const QList<Waiter> waiters = m_waiting.take(url);
    if (image.isNull()) {
        m_failed.insert(url);
        if (retryable)
            m_failedRetryable.insert(url);
    } else {
        // An image larger than the whole cache still evicts everything else rather than being
        // dropped: dropping it would make the next paint load it again.
        m_cache.insert(url, new QImage(image), qMin<qint64>(image.sizeInBytes(), m_cache.maxCost()));
    }
    for (const Waiter &w : waiters) {
        if (w.callback && (!w.hasContext || w.context))
            w.callback(image);
    }
    if (image.isNull())
        emit imageFailed(url);
    else
        emit imageReady(url);
    emit pendingCountChanged();
}

} // namespace Aivizor
