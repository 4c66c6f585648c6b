#pragma once

#include <QCache>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QUrl>
#include <QVariant>

#include <deque>

class QNetworkAccessManager;
class QNetworkReply;

namespace Aivizor {

// Asynchronous images for the thread document. QTextDocument asks for images synchronously on the
// GUI thread while laying out, so resource() never blocks: it answers from a bounded memory cache
// or with a placeholder (a letter avatar for avatars) and starts one GET per URL; imageReady()
// tells the view to add the image to the document and re-layout.
class ImageLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int AvatarPixels = 96;             // drawn at 40-48 px, sharp on 2x screens
    static constexpr int MaxParallel = 6;
    static constexpr qint64 MaxImageBytes = 16 * 1024 * 1024;
    static constexpr int CacheBytes = 64 * 1024 * 1024;

    explicit ImageLoader(QObject *parent = nullptr);
    ~ImageLoader() override;

    void setNetworkAccessManager(QNetworkAccessManager *nam);
    void setPlaceholderColor(const QColor &color) { m_placeholderColor = color; }

    // `url` is an avatar: it is cropped round and a letter avatar of `name` stands in for it.
    void registerAvatar(const QUrl &url, const QString &name);
    // The size the server announced (img width/height), used before the image arrives.
    void setExpectedSize(const QUrl &url, const QSize &size);

    bool isAvatar(const QUrl &url) const { return m_avatarNames.contains(url); }
    // The image's own size when loaded, else the announced size, else invalid.
    QSize naturalSize(const QUrl &url) const;
    bool isCached(const QUrl &url) const { return m_cache.contains(url); }

    // The image to draw now; starts a download for http(s) URLs that are not cached.
    QVariant resource(const QUrl &url);

    int inFlightCount() const { return int(m_inFlight.size()); }

signals:
    void imageReady(const QUrl &url);

private:
    void enqueue(const QUrl &url);
    void startQueued();
    void onFinished(QNetworkReply *reply);
    QImage placeholderFor(const QUrl &url);

    QPointer<QNetworkAccessManager> m_nam;
    QCache<QUrl, QImage> m_cache;
    QHash<QUrl, QString> m_avatarNames;
    QHash<QUrl, QSize> m_expectedSizes;
    QHash<QUrl, QSize> m_loadedSizes;     // survives cache eviction, keeps layout stable
    QHash<QUrl, QImage> m_letterAvatars;
    QSet<QUrl> m_inFlight;                // queued or running
    QSet<QUrl> m_failed;                  // not retried for the session
    std::deque<QUrl> m_queue;
    QHash<QNetworkReply *, QUrl> m_running;
    QColor m_placeholderColor = QColor(0xe8, 0xe8, 0xe8);
};

} // namespace Aivizor
