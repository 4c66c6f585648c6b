#pragma once

#include "lib/domain/searchresult.h"
#include "lib/net/apierror.h"
#include "lib/search/localsearchhit.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace Aivizor {

class ForumClient;
class LocalSearch;

// The results of one full-page search, one row per matching post, paged: setQuery() loads page
// 1; canFetchMore()/fetchMore() append the next page with beginInsertRows while the forum says
// more_full_page_results. A new query removes the old rows and inserts the new ones (no reset);
// replies to an earlier query are ignored. Posts are deduplicated by forum and id across pages.
// With savedCopy set, the same queries go to the LocalSearch (the stored posts) instead of the
// forum, and every row says so (SavedCopyRole).
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query NOTIFY queryChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool savedCopy READ isSavedCopy WRITE setSavedCopy NOTIFY savedCopyChanged)
public:
    // Qt::DisplayRole         QString  topic title
    // Qt::ToolTipRole         QString  the blurb
    // Qt::AccessibleTextRole  QString  title, author and blurb in one sentence
    enum Roles {
        TitleRole = Qt::UserRole + 1, // QString    topic title (plain text; empty if the topic was not sent)
        CommunityIdRole,              // int        the topic's community id (0 when unknown)
        CommunityNameRole,            // QString    its name when the forum side-loaded it, else empty
        AuthorRole,                   // QString    the post author's username
        AuthorNameRole,               // QString    display name (name or username)
        AvatarUrlRole,                // QUrl       author's avatar at 48 px, resolved
        DateRole,                     // QDateTime  the post's creation time (UTC)
        BlurbRole,                    // QString    plain-text excerpt around the match (from the network)
        TopicIdRole,                  // int
        PostNumberRole,               // int        the matching post's number in its topic
        PostIdRole,                   // int
        LikeCountRole,                // int
        ClosedRole,                   // bool       the topic is closed
        SavedCopyRole,                // bool       found in the saved copy, not by the forum
        ForumRole                     // QString    the forum's key (siteKey) for a saved-copy row
    };
    Q_ENUM(Roles)

    explicit SearchResultModel(ForumClient *client = nullptr, QObject *parent = nullptr);

    void setClient(ForumClient *client);
    void setLocalSearch(LocalSearch *search);
    // Where the next query goes: the saved copy (true) or the forum. Changing it clears the rows.
    bool isSavedCopy() const { return m_savedCopy; }
    void setSavedCopy(bool savedCopy);
    // Runs a search (Discourse's query language). The same query again reloads it; an empty one
    // clears the rows without a request.
    void setQuery(const QString &query);
    QString query() const { return m_query; }

    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_hasMore; }
    int loadedPages() const { return m_loadedPages; }
    ApiError lastError() const { return m_lastError; }
    // The forum's grouped_search_result.error of the last page (extreme load), else empty.
    QString forumMessage() const { return m_forumMessage; }

    SearchPost postAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void queryChanged(const QString &query);
    void loadingChanged(bool loading);
    void savedCopyChanged(bool savedCopy);
    void errorOccurred(const ApiError &error);
    void pageLoaded(int page); // 1-based page just applied

private:
    void setLoading(bool loading);
    void requestPage(int page);
    void requestLocalPage(int page);
    void appendPage(const SearchResultPage &page);
    void appendHits(const QList<LocalSearchHit> &hits);
    void clearRows();
    void cancelRequest();

    QPointer<ForumClient> m_client;
    QPointer<LocalSearch> m_local;
    QString m_query;
    // A post's row: the topic and community as the page that brought it had them.
    struct Row
    {
        LocalSearchHit hit;
        bool savedCopy = false;
    };
    QList<Row> m_rows;
    QSet<QString> m_rowKeys; // forum key and post id
    QHash<int, QString> m_communityNames;
    bool m_savedCopy = false;
    int m_loadedPages = 0;
    bool m_hasMore = false;
    bool m_loading = false;
    quint64 m_requestId = 0;
    quint64 m_generation = 0;
    ApiError m_lastError;
    QString m_forumMessage;
};

} // namespace Aivizor
