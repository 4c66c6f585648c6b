#pragma once

#include <QByteArray>
#include <QCache>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <functional>

class Database;

// Keeps successful GET responses per URL until the database changes (Database::generation).
// Requests with credentials are built fresh: they carry the reader's own state.
// Pages of a 10,000-post topic cost a GROUP BY and a large stream to build; readers ask for
// the same few URLs over and over.
class ResponseCache
{
public:
    explicit ResponseCache(Database &db, qsizetype maxBytes = 64 * 1024 * 1024);

    QHttpServerResponse get(const QHttpServerRequest &request, const std::function<QHttpServerResponse()> &build);

private:
    struct Entry
    {
        QByteArray mimeType;
        QByteArray body;
        QByteArray cacheControl;
    };
    Database &m_db;
    QCache<QString, Entry> m_entries;
    quint64 m_generation = 0;
};
