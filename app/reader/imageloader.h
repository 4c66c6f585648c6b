#pragma once

#include <QCache>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QUrl>
#include <QVariant>

namespace Aivizor {

class ImageCache;

// Images for the thread document. QTextDocument asks for images synchronously on the GUI thread
// while laying out, so resource() never blocks: it answers from the forum's ImageCache or with a
// placeholder (a letter avatar for avatars), and the cache loads the image; imageReady() tells the
// view to add the image to the document and re-layout. Avatars are cropped round once.
class ImageLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int AvatarPixels = 96; // drawn at 40-48 px, sharp on 2x screens

    explicit ImageLoader(QObject *parent = nullptr);
    ~ImageLoader() override;

    // The forum's image cache (not owned); null shows placeholders only.
    void setImageCache(ImageCache *cache);
    void setPlaceholderColor(const QColor &color) { m_placeholderColor = color; }

    // The document's URL for `name`'s avatar at `url`: users sharing one avatar URL (a forum's
    // default avatar) each get their own, so each gets their own letter until the image arrives.
    // The image is cropped round; every user's copy comes from one load.
    QUrl registerAvatar(const QUrl &url, const QString &name);
    // The size the server announced (img width/height), used before the image arrives.
    void setExpectedSize(const QUrl &url, const QSize &size);

    bool isAvatar(const QUrl &url) const { return m_avatarNames.contains(url); }
    // The image's own size when loaded, else the announced size, else invalid.
    QSize naturalSize(const QUrl &url) const;
    bool isCached(const QUrl &url) const;

    // The image to draw now; asks the cache to load http(s) URLs that are not there.
    QVariant resource(const QUrl &url);

    int inFlightCount() const { return int(m_waiting.uniqueKeys().size()); }

signals:
    void imageReady(const QUrl &url);

private:
    void onImageReady(const QUrl &url);
    QImage placeholderFor(const QUrl &url);
    // The URL to load for a document URL (an avatar's without the user part).
    QUrl source(const QUrl &url) const;

    QPointer<ImageCache> m_images;
    QCache<QUrl, QImage> m_roundAvatars;  // cropped from the cache's images
    QHash<QUrl, QString> m_avatarNames;
    QHash<QUrl, QSize> m_expectedSizes;
    QHash<QUrl, QSize> m_loadedSizes;     // survives cache eviction, keeps layout stable
    QHash<QUrl, QImage> m_letterAvatars;
    QMultiHash<QUrl, QUrl> m_waiting;     // source URL -> document URLs asked for, not arrived yet
    QColor m_placeholderColor = QColor(0xe8, 0xe8, 0xe8);
};

} // namespace Aivizor
