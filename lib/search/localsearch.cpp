#include "lib/search/localsearch.h"

#include "lib/search/storesearcher.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Aivizor {

namespace {

// The search thread's read-only connections, one per store file, opened on first use.
class Connections : public QObject
{
public:
    ~Connections() override
    {
        for (auto it = m_open.begin(); it != m_open.end(); ++it) {
            it.value().close();
            it.value() = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_names.value(it.key()));
        }
    }

    ApiResult<QSqlDatabase> get(const QString &path)
    {
        if (m_open.contains(path))
            return ApiResult<QSqlDatabase>::success(m_open.value(path));
        const QString name = QStringLiteral("aivizor-localsearch-%1").arg(quintptr(this)) + QString::number(m_names.size());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            const QString message = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return ApiResult<QSqlDatabase>::failure(ApiError::fromKind(
                ApiError::Kind::Storage,
                QCoreApplication::translate("Aivizor::LocalSearch", "Cannot open the saved copy: %1").arg(message)));
        }
        // The store's own page cache size; the index pages a search touches stay warm.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -2048"));
        m_names.insert(path, name);
        m_open.insert(path, db);
        return ApiResult<QSqlDatabase>::success(db);
    }

private:
    QHash<QString, QSqlDatabase> m_open;
    QHash<QString, QString> m_names;
};

} // namespace

LocalSearch::LocalSearch(QObject *parent) : QObject(parent)
{
    m_worker = new Connections;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("LocalSearch"));
    m_thread.start();
}

LocalSearch::~LocalSearch()
{
    for (const auto &flag : std::as_const(m_pending))
        *flag = true;
    m_thread.quit();
    m_thread.wait();
}

void LocalSearch::setSources(const QList<Source> &sources)
{
    m_sources = sources;
}

quint64 LocalSearch::search(const SearchQuery &query, int page, QObject *context, Callback done)
{
    const quint64 id = ++m_lastId;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_pending.insert(id, cancelled);
    QPointer<QObject> receiver(context);
    QPointer<LocalSearch> self(this);
    auto *connections = static_cast<Connections *>(m_worker);
    QMetaObject::invokeMethod(m_worker, [=, sources = m_sources] {
        if (*cancelled)
            return;
        QList<std::pair<QString, QSqlDatabase>> stores;
        ApiResult<LocalSearchPage> result;
        for (const Source &s : sources) {
            const ApiResult<QSqlDatabase> db = connections->get(s.path);
            if (!db.ok()) {
                result = ApiResult<LocalSearchPage>::failure(db.error);
                break;
            }
            stores.append({s.forumKey, *db.value});
        }
        if (!result.error.isError())
            result = run(stores, query, page);
        if (*cancelled || !receiver)
            return;
        QMetaObject::invokeMethod(receiver, [=] {
            if (self)
                self->m_pending.remove(id);
            if (!*cancelled)
                done(result);
        });
    });
    return id;
}

void LocalSearch::cancel(quint64 id)
{
    if (const auto flag = m_pending.take(id))
        *flag = true;
}

ApiResult<LocalSearchPage> LocalSearch::run(const QList<std::pair<QString, QSqlDatabase>> &stores,
                                            const SearchQuery &query, int page)
{
    const int offset = qMax(0, page - 1) * PageSize;
    if (stores.size() == 1) {
        QSqlDatabase db = stores.first().second;
        return StoreSearcher(db, stores.first().first).run(query, offset, PageSize);
    }
    // Several forums: each one's newest hits up to the end of the page, merged by date.
    LocalSearchPage merged;
    for (const auto &[forumKey, store] : stores) {
        QSqlDatabase db = store;
        const ApiResult<LocalSearchPage> one = StoreSearcher(db, forumKey).run(query, 0, offset + PageSize, true);
        if (!one.ok())
            return one;
        merged.hits += one.value->hits;
        merged.hasMore = merged.hasMore || one.value->hasMore;
    }
    std::stable_sort(merged.hits.begin(), merged.hits.end(), [](const LocalSearchHit &a, const LocalSearchHit &b) {
        return a.post.createdAt > b.post.createdAt;
    });
    merged.hasMore = merged.hasMore || merged.hits.size() > offset + PageSize;
    merged.hits = merged.hits.mid(offset, PageSize);
    return ApiResult<LocalSearchPage>::success(merged);
}

} // namespace Aivizor
