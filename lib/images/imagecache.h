#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

namespace Aivizor {

class ForumStore;
class Transport;

// The images of one forum, post images and avatars alike, in memory: bounded by bytes, the least
// recently used go first. Loads go through the forum's Transport (its queue, User-Agent, size
// cap, timeout and the rule that credentials go only to the forum's own origin). One request per
// URL is in flight however many ask; every waiter is served when it ends. Only http and https
// URLs load, and a URL that failed is not asked for again (until retryFailed(), for failures the
// network caused), so a broken image cannot cause a request storm. With a store, a miss is looked
// up on disk first and what the network brings is kept there, so images show offline too.
class ImageCache : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
public:
    using Callback = std::function<void(const QImage &image)>;

    static constexpr qint64 DefaultMaxBytes = 64 * 1024 * 1024;
    // Wider images are scaled down while decoding, to bound memory.
    static constexpr int MaxDecodedWidth = 2400;

    // `transport` is not owned and must outlive the cache.
    explicit ImageCache(Transport *transport, QObject *parent = nullptr);

    Transport *transport() const { return m_transport; }
    // Not owned; null: memory only.
    void setStore(ForumStore *store) { m_store = store; }

    qint64 maxBytes() const { return m_cache.maxCost(); }
    void setMaxBytes(qint64 bytes);
    // The decoded bytes held now.
    qint64 usedBytes() const { return m_cache.totalCost(); }

    // The image if it is here (it becomes the most recently used), else a null image; a miss
    // starts a load and imageReady() (or imageFailed()) follows.
    QImage image(const QUrl &url);
    // Calls back with the image: at once when it is here (or failed before), else when its one
    // request ends; a null image when it cannot be loaded. `context` bounds the callback's lifetime.
    void load(const QUrl &url, QObject *context, Callback callback);

    bool contains(const QUrl &url) const { return m_cache.contains(url); }
    bool hasFailed(const QUrl &url) const { return m_failed.contains(url); }
    // URLs being loaded.
    int pendingCount() const { return int(m_waiting.size()); }

public slots:
    // Forgets the failures that the network caused (timeouts, no connection, 5xx), so the next
    // paint asks again; images the server refused or that are not images stay failed.
    void retryFailed();

signals:
    void imageReady(const QUrl &url);
    void imageFailed(const QUrl &url);
    void pendingCountChanged();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
    };
    void request(const QUrl &url);
    void fetch(const QUrl &url);
    void finish(const QUrl &url, const QImage &image, bool retryable = false);

    Transport *m_transport;
    ForumStore *m_store = nullptr;
    QCache<QUrl, QImage> m_cache;              // cost = decoded bytes
    QHash<QUrl, QList<Waiter>> m_waiting;      // in flight, with who waits for each
    QSet<QUrl> m_failed;
    QSet<QUrl> m_failedRetryable;              // the subset of m_failed worth asking again
};

} // namespace Aivizor
