#include "app/reader/imageloader.h"

#include "app/reader/letteravatar.h"
#include "lib/images/imagecache.h"

namespace Aivizor {

namespace {
constexpr int RoundAvatarBytes = 8 * 1024 * 1024; // ~2000 avatars of 96 px
}

ImageLoader::ImageLoader(QObject *parent)
    : QObject(parent)
    , m_roundAvatars(RoundAvatarBytes)
{
}

ImageLoader::~ImageLoader() = default;

void ImageLoader::setImageCache(ImageCache *cache)
{
    if (m_images == cache)
        return;
    if (m_images)
        m_images->disconnect(this);
    m_images = cache;
    m_waiting.clear();
    m_roundAvatars.clear();
    if (cache) {
        connect(cache, &ImageCache::imageReady, this, &ImageLoader::onImageReady);
        connect(cache, &ImageCache::imageFailed, this, [this](const QUrl &url) { m_waiting.remove(url); });
    }
}

QUrl ImageLoader::registerAvatar(const QUrl &url, const QString &name)
{
    if (url.isEmpty())
        return url;
    QUrl documentUrl = url;
    documentUrl.setFragment(name);
    m_avatarNames.insert(documentUrl, name);
    return documentUrl;
}

QUrl ImageLoader::source(const QUrl &url) const
{
    return isAvatar(url) ? url.adjusted(QUrl::RemoveFragment) : url;
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

bool ImageLoader::isCached(const QUrl &url) const
{
    return m_images && m_images->contains(source(url));
}

QVariant ImageLoader::resource(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        // Generated letter avatars use their own scheme; nothing else is loaded (no file:, no qrc:).
        if (scheme == QLatin1String("aivizor-letter"))
            return LetterAvatar::generate(url.path(), AvatarPixels);
        return {};
    }
    const QUrl load = source(url);
    if (const QImage *round = m_roundAvatars.object(load))
        return *round;
    if (m_images) {
        const QImage image = m_images->image(load);
        if (!image.isNull()) {
            if (!isAvatar(url)) {
                m_loadedSizes.insert(url, image.size());
                return image;
            }
            const QImage round = LetterAvatar::roundCrop(image, AvatarPixels);
            m_roundAvatars.insert(load, new QImage(round), int(round.sizeInBytes()));
            return round;
        }
        if (!m_images->hasFailed(load) && !m_waiting.contains(load, url))
            m_waiting.insert(load, url);
    }
    return placeholderFor(url);
}

void ImageLoader::onImageReady(const QUrl &url)
{
    // The cache serves the whole forum (the topic list's avatars too): only this document's URLs.
    const QList<QUrl> waiting = m_waiting.values(url);
    if (waiting.isEmpty())
        return;
    m_waiting.remove(url);
    for (const QUrl &documentUrl : waiting) {
        if (!isAvatar(documentUrl)) {
            const QImage image = m_images->image(url);
            if (!image.isNull())
                m_loadedSizes.insert(documentUrl, image.size());
        }
        emit imageReady(documentUrl);
    }
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

} // namespace Aivizor
