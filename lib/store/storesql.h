#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Aivizor {

// Small helpers over Qt Sql for the store: statements that report a QSqlError instead of a bool,
// and the SQLite result codes behind an error.
class StoreSql
{
public:
    // SQLite primary result codes the store reacts to (sqlite3.h).
    enum Code { IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADatabase = 26 };

    static QSqlError exec(QSqlDatabase &db, const QString &sql);
    // Executes a prepared query; the error when it fails.
    static QSqlError exec(QSqlQuery &query);
    // The first column of the first row (an invalid QVariant when there is none).
    static QVariant scalar(QSqlDatabase &db, const QString &sql, QSqlError *error);

    // A string for a NOT NULL text column: a null QString would bind as NULL.
    static QString text(const QString &s) { return s.isNull() ? QString(QLatin1String("")) : s; }

    // The SQLite primary result code of an error (0 when it carries none).
    static int code(const QSqlError &error);
    // The file is not a database or its pages are damaged: move it aside and start again.
    static bool isCorruption(const QSqlError &error);
    static bool isFull(const QSqlError &error) { return code(error) == Full; }
    // The file cannot be used as it is: damaged, or it cannot be opened or read. Not "busy" or
    // "locked": a store another process holds is healthy and must not be moved aside.
    static bool isUnusable(const QSqlError &error);
};

} // namespace Aivizor
