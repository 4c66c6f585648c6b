#include "database.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

namespace {
bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QCoreApplication::translate("Database", "SQL failed (%1): %2")
                     .arg(sql.left(80), q.lastError().text());
    return false;
}
} // namespace

Database::~Database()
{
    close();
}

bool Database::open(const QString &filePath, QString *error)
{
    m_name = QStringLiteral("aivizor-server");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(filePath);
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("Database", "Cannot open database %1: %2")
                         .arg(filePath, db.lastError().text());
        return false;
    }
    // WAL lets a benchmark or a second reader look at the file while we serve.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000",
                               "PRAGMA cache_size=-32000"}) {
        if (!exec(db, QString::fromLatin1(pragma), error))
            return false;
    }
    return migrate(error);
}

void Database::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Database::hasContent() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("SELECT 1 FROM categories LIMIT 1")) && q.next();
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    if (!exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                 " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"),
              error))
        return false;
    // Each step is applied unless its own number is recorded: numbers may have gaps (features
    // number their steps in separate hundreds), and a database may hold a later hundred first.
    QSet<int> applied;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT version FROM schema_version"))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        while (q.next())
            applied.insert(q.value(0).toInt());
    }
    for (const Migration &step : schemaMigrations()) {
        if (applied.contains(step.version))
            continue;
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        for (const QString &sql : step.statements) {
            if (!exec(db, sql, error)) {
                db.rollback();
                return false;
            }
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at)"
                                 " VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))"));
        q.addBindValue(step.version);
        if (!q.exec() || !db.commit()) {
            if (error)
                *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}
