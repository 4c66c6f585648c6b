#pragma once

#include <QSqlDatabase>
#include <QString>

// Owns the SQLite connection of the server: opening, pragmas and versioned migrations.
// All access happens on the QHttpServer's thread, so one connection is enough.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the file and applies pending migrations.
    bool open(const QString &filePath, QString *error);
    void close();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_name); }
    int schemaVersion() const;
    bool hasContent() const;

    // Bumped by every write, so response caches know when to drop entries.
    quint64 generation() const { return m_generation; }
    void markChanged() { ++m_generation; }

private:
    bool migrate(QString *error);

    QString m_name;
    quint64 m_generation = 0;
};
