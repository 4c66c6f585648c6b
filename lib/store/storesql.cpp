#include "lib/store/storesql.h"

namespace Aivizor {

QSqlError StoreSql::exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return query.lastError();
    return {};
}

QSqlError StoreSql::exec(QSqlQuery &query)
{
    if (!query.exec())
        return query.lastError();
    return {};
}

QVariant StoreSql::scalar(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError();
        return {};
    }
    if (!query.next()) {
        *error = query.lastError();
        return {};
    }
    *error = QSqlError();
    return query.value(0);
}

int StoreSql::code(const QSqlError &error)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    return ok ? native & 0xff : 0; // extended codes keep the primary code in the low byte
}

bool StoreSql::isCorruption(const QSqlError &error)
{
    const int c = code(error);
    return c == Corrupt || c == NotADatabase;
}

bool StoreSql::isUnusable(const QSqlError &error)
{
    const int c = code(error);
    return isCorruption(error) || c == CantOpen || c == IoError;
}

} // namespace Aivizor
