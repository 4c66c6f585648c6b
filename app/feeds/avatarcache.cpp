#include "app/feeds/avatarcache.h"

#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace Aivizor {

AvatarCache::AvatarCache(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

QPixmap AvatarCache::avatar(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty())
        return {};
    const auto it = m_pixmaps.constFind(url);
    if (it != m_pixmaps.constEnd())
        return *it;
    const bool known = m_failed.contains(url) || m_inFlight.contains(url)
        || std::find(m_queue.begin(), m_queue.end(), url) != m_queue.end();
    const QString scheme = url.scheme();
    if (!known && m_nam && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
        m_queue.push_back(url);
        startNext();
    }
    return {};
}

void AvatarCache::startNext()
{
    while (m_nam && m_inFlight.size() < MaxParallel && !m_queue.empty()) {
        const QUrl url = m_queue.front();
        m_queue.pop_front();
        m_inFlight.insert(url);
        QNetworkRequest request(url);
        request.setTransferTimeout(15000);
        QNetworkReply *reply = m_nam->get(request);
        // A huge "avatar" is hostile or broken: stop reading instead of buffering it.
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > MaxBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    }
}

void AvatarCache::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const QUrl url = reply->request().url();
    m_inFlight.remove(url);
    QImage image;
    if (reply->error() == QNetworkReply::NoError)
        image.loadFromData(reply->readAll());
    if (image.isNull()) {
        m_failed.insert(url);
    } else {
        if (m_pixmaps.size() >= MaxEntries)
            m_pixmaps.clear(); // rare; simpler than LRU and the visible rows reload at once
        m_pixmaps.insert(url, QPixmap::fromImage(image.scaled(96, 96, Qt::KeepAspectRatio,
                                                              Qt::SmoothTransformation)));
        emit avatarReady(url);
    }
    startNext();
    if (pendingCount() == 0)
        emit idle();
}

} // namespace Aivizor
