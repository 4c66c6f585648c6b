#include "responsecache.h"
#include "http.h"
#include "db/database.h"

ResponseCache::ResponseCache(Database &db, qsizetype maxBytes)
    : m_db(db), m_entries(maxBytes)
{
}

QHttpServerResponse ResponseCache::get(const QHttpServerRequest &request,
                                       const std::function<QHttpServerResponse()> &build)
{
    if (m_generation != m_db.generation()) {
        m_entries.clear();
        m_generation = m_db.generation();
    }
    // What a signed-in reader gets depends on who they are: never shared, never stored.
    if (!request.value(QByteArrayLiteral("Api-Key")).isEmpty() || !request.value(QByteArrayLiteral("User-Api-Key")).isEmpty())
        return build();
    const QString key = QString::fromLatin1(request.value(QByteArrayLiteral("Host"))) + request.url().path() + QLatin1Char('?') + request.url().query(QUrl::FullyEncoded);
    if (const Entry *hit = m_entries.object(key))
        return Http::bytes(hit->mimeType, hit->body, hit->cacheControl);
    QHttpServerResponse response = build();
    if (response.statusCode() == QHttpServerResponse::StatusCode::Ok) {
        const QList<QByteArray> cacheControl = response.headers(QByteArrayLiteral("Cache-Control"));
        auto *entry = new Entry{response.mimeType(), response.data(),
                                cacheControl.isEmpty() ? QByteArrayLiteral("no-cache") : cacheControl.first()};
        m_entries.insert(key, entry, qMax<qsizetype>(1, entry->body.size()));
    }
    return response;
}
