#pragma once

#include "lib/net/apierror.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>

#include <functional>

namespace Aivizor {

// What opening a store found and did.
struct StoreOpenReport
{
    ApiError error;          // Kind::Storage when the store cannot be used (then it is closed)
    QString movedAsideTo;    // a damaged or unreadable file was renamed to this; a fresh one was made
    QString backupPath;      // the copy taken before migrating an older version
    int previousVersion = 0; // the schema version found (0 for a new store)
    QString notice;          // translated, for the user, when a file was moved aside
};

// ForumStore's write side: owns the read-write connection on the store's worker thread and runs
// queued jobs there, many per transaction, then evicts in small steps while the store is over its
// disk cap. Only ForumStore uses it.
class StoreWriter : public QObject
{
    Q_OBJECT
public:
    // A job writes through the connection and returns an invalid QSqlError on success.
    using Job = std::function<QSqlError(QSqlDatabase &)>;

    explicit StoreWriter(const QString &connectionName);
    ~StoreWriter() override;

    // On the worker thread (ForumStore calls these with a blocking queued invocation).
    StoreOpenReport open(const QString &path, qint64 diskCap);
    void close();
    // Runs every queued job now; false when a write failed since the previous call.
    bool drainAll();
    qint64 usedBytes();

    // From any thread.
    void enqueue(Job job);
    void setDiskCap(qint64 bytes);

    // ApiError for a failed write, translated for the user.
    static ApiError writeError(const QSqlError &error);

signals:
    void writeFailed(const ApiError &error);
    // An eviction run ended: `items` feed pages, topics and images were removed.
    void evicted(int items);

private:
    QSqlError connectAndProbe(const QString &path, int *version, bool *empty);
    void disconnect();
    bool moveAside(const QString &path, StoreOpenReport *report);
    QSqlError configure(bool fresh);
    QSqlError backup(const QString &path, int version, StoreOpenReport *report);
    void applyHardLimit();

    void drain();
    void runBatch(const QList<Job> &jobs);
    QSqlError runInTransaction(const QList<Job> &jobs);
    void reportFailure(const QSqlError &error);

    void startEviction();
    void evictStep();
    int evictOldest(qint64 target, bool *done);
    bool vacuumStep();

    const QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    qint64 m_pageSize = 4096;
    qint64 m_diskCap = 0;

    QMutex m_mutex; // guards the two below
    QList<Job> m_queue;
    bool m_drainScheduled = false;

    bool m_failedSinceDrainAll = false;
    bool m_evicting = false;
    bool m_vacuuming = false;
    int m_evictedInRun = 0;
};

} // namespace Aivizor
