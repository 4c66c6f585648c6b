#include "lib/models/searchresultmodel.h"

#include "lib/domain/avatar.h"
#include "lib/net/forumclient.h"
#include "lib/search/localsearch.h"

namespace Aivizor {

namespace {
constexpr int kAvatarSize = 48;

QString rowKey(const LocalSearchHit &hit)
{
    return hit.forumKey + QLatin1Char('/') + QString::number(hit.post.id);
}
} // namespace

SearchResultModel::SearchResultModel(ForumClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

void SearchResultModel::cancelRequest()
{
    if (m_requestId) {
        if (m_savedCopy && m_local)
            m_local->cancel(m_requestId);
        else if (!m_savedCopy && m_client)
            m_client->cancel(m_requestId);
    }
    m_requestId = 0;
}

void SearchResultModel::setLocalSearch(LocalSearch *search)
{
    m_local = search;
}

void SearchResultModel::setSavedCopy(bool savedCopy)
{
    if (m_savedCopy == savedCopy)
        return;
    cancelRequest();
    ++m_generation;
    setLoading(false);
    clearRows();
    m_savedCopy = savedCopy;
    emit savedCopyChanged(savedCopy);
}

void SearchResultModel::setClient(ForumClient *client)
{
    if (m_client == client)
        return;
    cancelRequest();
    ++m_generation;
    m_client = client;
    setLoading(false);
    clearRows();
    if (!m_query.isEmpty()) {
        m_query.clear();
        emit queryChanged(m_query);
    }
}

void SearchResultModel::setQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    cancelRequest();
    ++m_generation;
    setLoading(false);
    clearRows();
    m_lastError = ApiError();
    m_forumMessage.clear();
    if (m_query != trimmed) {
        m_query = trimmed;
        emit queryChanged(m_query);
    }
    if (!m_query.isEmpty())
        requestPage(1);
}

void SearchResultModel::clearRows()
{
    // The paging state goes first: a view may call fetchMore() from rowsRemoved.
    m_loadedPages = 0;
    m_hasMore = false;
    m_rowKeys.clear();
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_communityNames.clear();
}

void SearchResultModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void SearchResultModel::requestPage(int page)
{
    if (m_savedCopy) {
        requestLocalPage(page);
        return;
    }
    if (!m_client)
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    m_requestId = m_client->search(m_query, page, this, [this, page, generation](const ApiResult<SearchResultPage> &result) {
        if (generation != m_generation)
            return; // a newer query superseded this reply
        m_requestId = 0;
        if (!result.ok()) {
            m_lastError = result.error;
            setLoading(false);
            emit errorOccurred(result.error);
            return;
        }
        m_lastError = ApiError();
        m_loadedPages = page;
        appendPage(*result.value);
        setLoading(false);
        emit pageLoaded(page);
    });
}

void SearchResultModel::requestLocalPage(int page)
{
    if (!m_local)
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    m_requestId = m_local->search(SearchQuery::parse(m_query), page, this,
                                  [this, page, generation](const ApiResult<LocalSearchPage> &result) {
        if (generation != m_generation)
            return;
        m_requestId = 0;
        if (!result.ok()) {
            m_lastError = result.error;
            setLoading(false);
            emit errorOccurred(result.error);
            return;
        }
        m_lastError = ApiError();
        m_loadedPages = page;
        m_hasMore = result.value->hasMore && !result.value->hits.isEmpty();
        appendHits(result.value->hits);
        setLoading(false);
        emit pageLoaded(page);
    });
}

void SearchResultModel::appendPage(const SearchResultPage &page)
{
    for (const Community &c : page.categories)
        m_communityNames.insert(c.id, c.name);
    m_forumMessage = page.error;
    // Only a page that was filled promises another; an empty one ends the list whatever it says.
    m_hasMore = page.moreFullPageResults && !page.posts.isEmpty();

    QList<LocalSearchHit> hits;
    for (const SearchPost &p : page.posts)
        hits.append({QString(), p, page.topics.value(p.topicId), QString()});
    appendHits(hits);
}

void SearchResultModel::appendHits(const QList<LocalSearchHit> &hits)
{
    QList<Row> fresh;
    for (const LocalSearchHit &hit : hits) {
        const QString key = rowKey(hit);
        if (m_rowKeys.contains(key))
            continue;
        m_rowKeys.insert(key);
        fresh.append({hit, m_savedCopy});
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

SearchPost SearchResultModel::postAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).hit.post : SearchPost();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const SearchPost &p = row.hit.post;
    const TopicSummary &topic = row.hit.topic;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return topic.title;
    case Qt::ToolTipRole:
        return p.blurb;
    case Qt::AccessibleTextRole:
        if (row.savedCopy)
            return tr("%1, by %2, from the saved copy: %3")
                .arg(topic.title, p.name.isEmpty() ? p.username : p.name, p.blurb);
        return tr("%1, by %2: %3")
            .arg(topic.title, p.name.isEmpty() ? p.username : p.name, p.blurb);
    case CommunityIdRole:
        return topic.categoryId;
    case CommunityNameRole:
        return row.hit.communityName.isEmpty() ? m_communityNames.value(topic.categoryId) : row.hit.communityName;
    case AuthorRole:
        return p.username;
    case AuthorNameRole:
        return p.name.isEmpty() ? p.username : p.name;
    case AvatarUrlRole:
        return m_client ? avatarUrl(p.avatarTemplate, kAvatarSize, m_client->baseUrl()) : QUrl();
    case DateRole:
        return p.createdAt;
    case BlurbRole:
        return p.blurb;
    case TopicIdRole:
        return p.topicId;
    case PostNumberRole:
        return p.postNumber;
    case PostIdRole:
        return p.id;
    case LikeCountRole:
        return p.likeCount;
    case ClosedRole:
        return topic.closed;
    case SavedCopyRole:
        return row.savedCopy;
    case ForumRole:
        return row.hit.forumKey;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(CommunityIdRole, "communityId");
    names.insert(CommunityNameRole, "communityName");
    names.insert(AuthorRole, "author");
    names.insert(AuthorNameRole, "authorName");
    names.insert(AvatarUrlRole, "avatarUrl");
    names.insert(DateRole, "date");
    names.insert(BlurbRole, "blurb");
    names.insert(TopicIdRole, "topicId");
    names.insert(PostNumberRole, "postNumber");
    names.insert(PostIdRole, "postId");
    names.insert(LikeCountRole, "likeCount");
    names.insert(ClosedRole, "closed");
    names.insert(SavedCopyRole, "savedCopy");
    names.insert(ForumRole, "forum");
    return names;
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && (m_savedCopy ? bool(m_local) : bool(m_client)) && !m_query.isEmpty() && !m_loading
           && m_hasMore;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(m_loadedPages + 1);
}

} // namespace Aivizor
