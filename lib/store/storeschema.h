#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace Aivizor {

// The numbered migrations of a forum store. Migration N turns a version N-1 database into
// version N; each runs in one transaction together with the PRAGMA user_version bump, so a
// failure or a crash leaves the previous version intact. A released migration is never edited:
// a change of schema is a new migration.
class StoreSchema
{
public:
    static constexpr int CurrentVersion = 5;

    // Runs migrations fromVersion+1 .. CurrentVersion. Returns the first error (the database is
    // then still at the version of the last migration that committed).
    static QSqlError upgrade(QSqlDatabase &db, int fromVersion);
};

} // namespace Aivizor
