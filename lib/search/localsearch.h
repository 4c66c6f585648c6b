#pragma once

#include "lib/net/apiresult.h"
#include "lib/search/localsearchhit.h"
#include "lib/search/searchquery.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Aivizor {

// Searches the saved copies of one or several forums (their ForumStore files) off the GUI
// thread. Each store is read through a read-only connection of the search thread, so a search
// never waits for the store's writer (WAL) nor holds up painting. One store answers by
// relevance (bm25) or by date as the query asks; several are merged newest first, each hit
// naming its forum.
class LocalSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 20;

    struct Source
    {
        QString forumKey; // siteKey() of the forum's URL
        QString path;     // its store (ForumStore::path())
    };
    using Callback = std::function<void(const ApiResult<LocalSearchPage> &)>;

    explicit LocalSearch(QObject *parent = nullptr);
    ~LocalSearch() override;

    void setSources(const QList<Source> &sources);
    QList<Source> sources() const { return m_sources; }

    // Page `page` (1-based) of the query. `done` runs on context's thread, unless the search was
    // cancelled or context is gone. Returns an id for cancel().
    quint64 search(const SearchQuery &query, int page, QObject *context, Callback done);
    void cancel(quint64 id);

    // The search itself on the calling thread, over connections it owns (the bench and the
    // search thread use it).
    static ApiResult<LocalSearchPage> run(const QList<std::pair<QString, QSqlDatabase>> &stores,
                                          const SearchQuery &query, int page);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    QList<Source> m_sources;
    quint64 m_lastId = 0;
    QHash<quint64, std::shared_ptr<std::atomic_bool>> m_pending;
};

} // namespace Aivizor
