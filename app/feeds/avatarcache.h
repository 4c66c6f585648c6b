#pragma once

#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <deque>

class QNetworkAccessManager;
class QNetworkReply;

namespace Aivizor {

// Avatars by URL, loaded asynchronously and kept in memory. avatar() answers at once: the image
// when it is here, a null pixmap otherwise (and starts a load). avatarReady() says when to repaint.
// Failed URLs are not retried, so a broken avatar cannot cause request storms.
class AvatarCache : public QObject
{
    Q_OBJECT
public:
    explicit AvatarCache(QNetworkAccessManager *nam, QObject *parent = nullptr);

    QPixmap avatar(const QUrl &url);
    int pendingCount() const { return int(m_inFlight.size() + m_queue.size()); }

    static constexpr int MaxParallel = 4;
    static constexpr qint64 MaxBytes = 512 * 1024;
    static constexpr int MaxEntries = 500;

signals:
    void avatarReady(const QUrl &url);
    void idle(); // nothing left to load

private:
    void startNext();
    void onFinished(QNetworkReply *reply);

    QPointer<QNetworkAccessManager> m_nam;
    QHash<QUrl, QPixmap> m_pixmaps;
    QSet<QUrl> m_failed;
    QSet<QUrl> m_inFlight;
    std::deque<QUrl> m_queue;
};

} // namespace Aivizor
