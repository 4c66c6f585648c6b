#include "lib/store/storewriter.h"

#include "lib/files/privatefiles.h"

#include "lib/store/storeschema.h"
#include "lib/store/storesql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlQuery>

#include <algorithm>

namespace Aivizor {

namespace {

// Jobs per transaction: large enough that a burst of writes costs one commit, small enough that
// an eviction step or a newer batch never waits long behind it.
constexpr int MaxBatch = 256;
// Rows an eviction step may delete before it commits and lets queued writes run.
constexpr int EvictionStep = 32;
// Free pages an incremental-vacuum step hands back to the file system.
constexpr int VacuumStepPages = 2048;

ApiError storageError(const QString &message)
{
    return ApiError::fromKind(ApiError::Kind::Storage, message);
}

} // namespace

StoreWriter::StoreWriter(const QString &connectionName) : m_connectionName(connectionName) {}

StoreWriter::~StoreWriter()
{
    disconnect();
}

ApiError StoreWriter::writeError(const QSqlError &error)
{
    if (StoreSql::isFull(error))
        return storageError(tr("There is no room left to save pages for offline reading: the disk or the "
                               "size limit of the saved copy is full. Everything saved before is kept."));
    if (StoreSql::isCorruption(error))
        return storageError(tr("The saved copy of this forum is damaged. It will be set aside and started "
                               "again the next time the forum is opened."));
    return storageError(tr("Could not save to the saved copy of this forum: %1").arg(error.text()));
}

QSqlError StoreWriter::connectAndProbe(const QString &path, int *version, bool *empty)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return m_db.lastError();
    // Reads the header and the schema page: a file that is not a database fails here, before
    // anything could write to it.
    QSqlError error;
    *version = StoreSql::scalar(m_db, QStringLiteral("PRAGMA user_version"), &error).toInt();
    if (error.isValid())
        return error;
    *empty = StoreSql::scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &error).toInt() == 0;
    return error;
}

void StoreWriter::disconnect()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool StoreWriter::moveAside(const QString &path, StoreOpenReport *report)
{
    const QString base = path + QStringLiteral(".damaged-")
                         + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; QFile::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, target))
        return false;
    // The journal files belong to the damaged database: keep the WAL with it, drop the index.
    QFile::rename(path + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    report->movedAsideTo = target;
    report->notice = tr("The saved copy of this forum could not be read, so a new one was started. "
                        "The old file was kept as %1.")
                         .arg(QDir::toNativeSeparators(target));
    return true;
}

QSqlError StoreWriter::configure(bool fresh)
{
    QSqlError error;
    // Incremental auto-vacuum lets eviction give space back; SQLite accepts it only before the
    // first table exists.
    if (fresh && (error = StoreSql::exec(m_db, QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"))).isValid())
        return error;
    const QString mode = StoreSql::scalar(m_db, QStringLiteral("PRAGMA journal_mode = WAL"), &error).toString();
    if (error.isValid())
        return error;
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return QSqlError(tr("The saved copy cannot use write-ahead logging."), mode);
    for (const char *pragma : {"PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA cache_size = -2048", "PRAGMA journal_size_limit = 16777216"}) {
        if ((error = StoreSql::exec(m_db, QString::fromLatin1(pragma))).isValid())
            return error;
    }
    m_pageSize = StoreSql::scalar(m_db, QStringLiteral("PRAGMA page_size"), &error).toLongLong();
    return error;
}

QSqlError StoreWriter::backup(const QString &path, int version, StoreOpenReport *report)
{
    const QString target = path + QStringLiteral(".v%1-%2.bak").arg(version).arg(
                               QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFile::remove(target);
    // VACUUM INTO writes into an empty file as it finds it: made private first, like the store.
    if (!PrivateFiles::makeFile(target))
        return QSqlError(QString(), tr("Cannot create the copy %1").arg(QDir::toNativeSeparators(target)),
                         QSqlError::UnknownError);
    // VACUUM INTO writes a consistent copy (WAL content included) without stopping readers.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return query.lastError();
    report->backupPath = target;
    return {};
}

void StoreWriter::applyHardLimit()
{
    if (!m_db.isOpen() || m_diskCap <= 0 || m_pageSize <= 0)
        return;
    // Eviction keeps the store under the cap; this stops it from running far over when what is
    // left is all marked offline (writes then fail with SQLITE_FULL, and nothing stored is lost).
    const qint64 limit = m_diskCap + std::max<qint64>(m_diskCap / 4, 4 * 1024 * 1024);
    StoreSql::exec(m_db, QStringLiteral("PRAGMA max_page_count = %1").arg(limit / m_pageSize));
}

StoreOpenReport StoreWriter::open(const QString &path, qint64 diskCap)
{
    StoreOpenReport report;
    m_path = path;
    m_diskCap = diskCap;
    // What was read may include private messages: the folder and the file are the owner's only
    // (SQLite gives its -wal and -shm files the database file's mode).
    if (!PrivateFiles::makeDirectory(QFileInfo(path).absolutePath())) {
        report.error = storageError(tr("Cannot create the folder for the saved copy: %1")
                                        .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return report;
    }
    // A previous session found the file damaged while using it.
    const QString marker = path + QStringLiteral(".damaged");
    if (QFile::exists(marker) && QFile::exists(path))
        moveAside(path, &report);
    QFile::remove(marker);

    int version = 0;
    bool empty = true;
    PrivateFiles::makeFile(path);
    QSqlError error = connectAndProbe(path, &version, &empty);
    if (error.isValid() && StoreSql::isUnusable(error) && QFileInfo(path).size() > 0) {
        disconnect();
        if (!moveAside(path, &report)) {
            report.error = storageError(tr("The saved copy of this forum cannot be read and cannot be "
                                           "moved aside: %1").arg(error.text()));
            return report;
        }
        PrivateFiles::makeFile(path);
        error = connectAndProbe(path, &version, &empty);
    }
    if (error.isValid()) {
        disconnect();
        report.error = storageError(tr("Cannot open the saved copy of this forum: %1").arg(error.text()));
        return report;
    }
    report.previousVersion = version;
    if (version > StoreSchema::CurrentVersion) {
        disconnect();
        report.error = storageError(tr("The saved copy of this forum was written by a newer version of Aivizor "
                                       "(format %1; this version reads up to %2). It was left untouched; "
                                       "this session works from the network only.")
                                        .arg(version)
                                        .arg(StoreSchema::CurrentVersion));
        return report;
    }
    if (!(error = configure(empty && version == 0)).isValid() && version > 0 && version < StoreSchema::CurrentVersion)
        error = backup(path, version, &report);
    if (!error.isValid())
        error = StoreSchema::upgrade(m_db, version);
    if (error.isValid()) {
        disconnect();
        report.error = storageError(tr("Cannot prepare the saved copy of this forum: %1").arg(error.text()));
        return report;
    }
    applyHardLimit();
    startEviction();
    return report;
}

void StoreWriter::close()
{
    drainAll();
    m_evicting = m_vacuuming = false;
    disconnect();
}

void StoreWriter::enqueue(Job job)
{
    bool schedule = false;
    {
        QMutexLocker lock(&m_mutex);
        m_queue.append(std::move(job));
        schedule = !m_drainScheduled;
        m_drainScheduled = true;
    }
    if (schedule)
        QMetaObject::invokeMethod(this, &StoreWriter::drain, Qt::QueuedConnection);
}

void StoreWriter::setDiskCap(qint64 bytes)
{
    QMetaObject::invokeMethod(
        this,
        [this, bytes] {
            m_diskCap = bytes;
            applyHardLimit();
            startEviction();
        },
        Qt::QueuedConnection);
}

void StoreWriter::drain()
{
    QList<Job> batch;
    bool more = false;
    {
        QMutexLocker lock(&m_mutex);
        const qsizetype n = std::min<qsizetype>(m_queue.size(), MaxBatch);
        batch = m_queue.mid(0, n);
        m_queue.remove(0, n);
        more = !m_queue.isEmpty();
        m_drainScheduled = more;
    }
    if (!batch.isEmpty())
        runBatch(batch);
    // One batch per event: eviction steps and the caller's flush get their turn in between.
    if (more)
        QMetaObject::invokeMethod(this, &StoreWriter::drain, Qt::QueuedConnection);
    startEviction();
}

bool StoreWriter::drainAll()
{
    for (;;) {
        QList<Job> batch;
        {
            QMutexLocker lock(&m_mutex);
            const qsizetype n = std::min<qsizetype>(m_queue.size(), MaxBatch);
            batch = m_queue.mid(0, n);
            m_queue.remove(0, n);
        }
        if (batch.isEmpty())
            break;
        runBatch(batch);
    }
    startEviction();
    const bool ok = !m_failedSinceDrainAll;
    m_failedSinceDrainAll = false;
    return ok;
}

QSqlError StoreWriter::runInTransaction(const QList<Job> &jobs)
{
    if (!m_db.isOpen())
        return QSqlError(tr("The saved copy is not open."), QString());
    QSqlError error = StoreSql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    for (const Job &job : jobs) {
        if (error.isValid())
            break;
        error = job(m_db);
    }
    if (!error.isValid())
        error = StoreSql::exec(m_db, QStringLiteral("COMMIT"));
    if (error.isValid())
        StoreSql::exec(m_db, QStringLiteral("ROLLBACK"));
    return error;
}

void StoreWriter::runBatch(const QList<Job> &jobs)
{
    const QSqlError error = runInTransaction(jobs);
    if (!error.isValid())
        return;
    if (StoreSql::isFull(error)) {
        // Make room from what may go, then give each write its own chance.
        bool done = false;
        while (!done && evictOldest(m_diskCap - m_diskCap / 16, &done) > 0) {
        }
    }
    if (jobs.size() == 1) {
        reportFailure(error);
        return;
    }
    // One bad write must not take the batch with it: retry each alone, report the first failure.
    QSqlError first;
    for (const Job &job : jobs) {
        const QSqlError e = runInTransaction({job});
        if (e.isValid() && !first.isValid())
            first = e;
    }
    if (first.isValid())
        reportFailure(first);
}

void StoreWriter::reportFailure(const QSqlError &error)
{
    m_failedSinceDrainAll = true;
    if (StoreSql::isCorruption(error)) {
        QFile marker(m_path + QStringLiteral(".damaged"));
        marker.open(QIODevice::WriteOnly);
    }
    emit writeFailed(writeError(error));
}

qint64 StoreWriter::usedBytes()
{
    if (!m_db.isOpen())
        return 0;
    QSqlError error;
    const qint64 pages = StoreSql::scalar(m_db, QStringLiteral("PRAGMA page_count"), &error).toLongLong();
    const qint64 free = StoreSql::scalar(m_db, QStringLiteral("PRAGMA freelist_count"), &error).toLongLong();
    return (pages - free) * m_pageSize;
}

void StoreWriter::startEviction()
{
    if (m_evicting || !m_db.isOpen() || m_diskCap <= 0 || usedBytes() <= m_diskCap)
        return;
    m_evicting = true;
    m_evictedInRun = 0;
    QMetaObject::invokeMethod(this, &StoreWriter::evictStep, Qt::QueuedConnection);
}

void StoreWriter::evictStep()
{
    if (!m_evicting || !m_db.isOpen())
        return;
    if (!m_vacuuming) {
        bool done = false;
        m_evictedInRun += evictOldest(m_diskCap - m_diskCap / 16, &done);
        m_vacuuming = done;
    } else if (vacuumStep()) {
        m_evicting = m_vacuuming = false;
        emit evicted(m_evictedInRun);
        return;
    }
    QMetaObject::invokeMethod(this, &StoreWriter::evictStep, Qt::QueuedConnection);
}

int StoreWriter::evictOldest(qint64 target, bool *done)
{
    *done = true;
    if (!m_db.isOpen() || usedBytes() <= target)
        return 0;
    struct Candidate
    {
        qint64 lastAccess;
        int table;
        qint64 rowid;
    };
    // The oldest of each kind through its last_access index; what is marked offline never goes.
    static const char *const Oldest[] = {
        "SELECT last_access, rowid FROM feed_pages WHERE community_id NOT IN (SELECT id FROM offline_communities)"
        " ORDER BY last_access LIMIT ?",
        "SELECT last_access, id FROM topics WHERE id NOT IN (SELECT id FROM offline_topics)"
        " AND category_id NOT IN (SELECT id FROM offline_communities) ORDER BY last_access LIMIT ?",
        "SELECT last_access, rowid FROM images WHERE topic_id = 0 OR (topic_id NOT IN (SELECT id FROM offline_topics)"
        " AND topic_id NOT IN (SELECT t.id FROM topics t JOIN offline_communities c ON c.id = t.category_id))"
        " ORDER BY last_access LIMIT ?",
    };
    static const char *const Delete[] = {
        "DELETE FROM feed_pages WHERE rowid = ?",
        "DELETE FROM topics WHERE id = ?", // its posts go with it (ON DELETE CASCADE)
        "DELETE FROM images WHERE rowid = ?",
    };
    if (StoreSql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE")).isValid()) {
        *done = false;
        return 0;
    }
    QList<Candidate> candidates;
    for (int table = 0; table < 3; ++table) {
        QSqlQuery q(m_db);
        q.prepare(QString::fromLatin1(Oldest[table]));
        q.addBindValue(EvictionStep);
        if (!q.exec())
            continue;
        while (q.next())
            candidates.append({q.value(0).toLongLong(), table, q.value(1).toLongLong()});
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.lastAccess < b.lastAccess; });
    int removed = 0;
    qint64 used = usedBytes();
    for (const Candidate &c : candidates) {
        if (used <= target || removed == EvictionStep)
            break;
        QSqlQuery del(m_db);
        del.prepare(QString::fromLatin1(Delete[c.table]));
        del.addBindValue(c.rowid);
        if (!del.exec())
            break;
        ++removed;
        used = usedBytes();
    }
    if (StoreSql::exec(m_db, QStringLiteral("COMMIT")).isValid()) {
        StoreSql::exec(m_db, QStringLiteral("ROLLBACK"));
        return 0;
    }
    *done = used <= target || removed == 0;
    return removed;
}

bool StoreWriter::vacuumStep()
{
    QSqlError error;
    const qint64 free = StoreSql::scalar(m_db, QStringLiteral("PRAGMA freelist_count"), &error).toLongLong();
    const int mode = StoreSql::scalar(m_db, QStringLiteral("PRAGMA auto_vacuum"), &error).toInt();
    if (error.isValid() || free == 0 || mode != 2) // 2 = incremental; older stores reuse free pages instead
        return true;
    // QSqlQuery steps a statement without result columns once, and each step of
    // incremental_vacuum frees one page: so free them one statement at a time, in one transaction.
    const qint64 pages = std::min<qint64>(free, VacuumStepPages);
    if (StoreSql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE")).isValid())
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("PRAGMA incremental_vacuum(1)"));
    for (qint64 i = 0; i < pages; ++i) {
        if (!q.exec())
            break;
    }
    q.finish();
    if (StoreSql::exec(m_db, QStringLiteral("COMMIT")).isValid()) {
        StoreSql::exec(m_db, QStringLiteral("ROLLBACK"));
        return true;
    }
    return free <= VacuumStepPages;
}

} // namespace Aivizor
