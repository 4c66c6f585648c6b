#include "app/reader/imageloader.h"

#include "app/reader/letteravatar.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Aivizor {

namespace {
constexpr int MaxDecodedWidth = 2400; // larger images are scaled down once, to bound memory
}

ImageLoader::ImageLoader(QObject *parent)
    : QObject(parent)
    , m_cache(CacheBytes)
{
}

ImageLoader::~ImageLoader()
{
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

void ImageLoader::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    m_nam = nam;
}

void ImageLoader::registerAvatar(const QUrl &url, const QString &name)
{
    if (!url.isEmpty())
        m_avatarNames.insert(url, name);
}

void ImageLoader::setExpectedSize(const QUrl &url, const QSize &size)
{
    if (size.isValid() && !size.isEmpty())
        m_expectedSizes.insert(url, size);
}

QSize ImageLoader::naturalSize(const QUrl &url) const
{
    const QSize loaded = m_loadedSizes.value(url);
    return loaded.isValid() ? loaded : m_expectedSizes.value(url);
}

QVariant ImageLoader::resource(const QUrl &url)
{
    if (const QImage *cached = m_cache.object(url))
        return *cached;
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        // Generated letter avatars use their own scheme; nothing else is loaded (no file:, no qrc:).
        if (scheme == QLatin1String("aivizor-letter"))
            return LetterAvatar::generate(url.path(), AvatarPixels);
        return {};
    }
    if (!m_failed.contains(url))
        enqueue(url);
    return placeholderFor(url);
}

QImage ImageLoader::placeholderFor(const QUrl &url)
{
    const auto name = m_avatarNames.constFind(url);
    if (name != m_avatarNames.cend()) {
        auto it = m_letterAvatars.find(url);
        if (it == m_letterAvatars.end())
            it = m_letterAvatars.insert(url, LetterAvatar::generate(*name, AvatarPixels));
        return *it;
    }
    // A flat tile: the document scales it to the img's width/height, so one pixel per aspect is
    // enough and costs nothing. Unknown sizes get a modest square until the real image arrives.
    const QSize size = naturalSize(url);
    QImage tile(size.isValid() ? QSize(qMin(size.width(), 8), qMin(size.height(), 8)) : QSize(48, 48),
                QImage::Format_RGB32);
    tile.fill(m_placeholderColor);
    return tile;
}

void ImageLoader::enqueue(const QUrl &url)
{
    if (m_inFlight.contains(url))
        return;
    m_inFlight.insert(url);
    m_queue.push_back(url);
    startQueued();
}

void ImageLoader::startQueued()
{
    if (!m_nam)
        return;
    while (m_running.size() < MaxParallel && !m_queue.empty()) {
        const QUrl url = m_queue.front();
        m_queue.pop_front();
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("AivizorDesktop"));
        request.setRawHeader("Accept", "image/*");
        request.setTransferTimeout(20000);
        QNetworkReply *reply = m_nam->get(request);
        m_running.insert(reply, url);
        connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64 total) {
            if (received > MaxImageBytes || total > MaxImageBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    }
}

void ImageLoader::onFinished(QNetworkReply *reply)
{
    const QUrl url = m_running.take(reply);
    reply->deleteLater();
    m_inFlight.remove(url);
    QImage image;
    if (reply->error() == QNetworkReply::NoError)
        image = QImage::fromData(reply->readAll());
    if (image.isNull()) {
        m_failed.insert(url); // keep the placeholder; a broken image must not be fetched in a loop
    } else {
        if (m_avatarNames.contains(url))
            image = LetterAvatar::roundCrop(image, AvatarPixels);
        else if (image.width() > MaxDecodedWidth)
            image = image.scaledToWidth(MaxDecodedWidth, Qt::SmoothTransformation);
        if (!m_avatarNames.contains(url))
            m_loadedSizes.insert(url, image.size());
        const int cost = int(qMin<qint64>(image.sizeInBytes(), CacheBytes));
        m_cache.insert(url, new QImage(image), cost);
        emit imageReady(url);
    }
    startQueued();
}

} // namespace Aivizor
