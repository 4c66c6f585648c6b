#include "lib/models/searchresultmodel.h"

#include "lib/domain/avatar.h"
#include "lib/net/forumclient.h"

namespace Aivizor {

namespace {
constexpr int kAvatarSize = 48;
}

SearchResultModel::SearchResultModel(ForumClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

void SearchResultModel::setClient(ForumClient *client)
{
    if (m_client == client)
        return;
    if (m_client && m_requestId)
        m_client->cancel(m_requestId);
    m_requestId = 0;
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
    if (m_client && m_requestId)
        m_client->cancel(m_requestId);
    m_requestId = 0;
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
    m_postIds.clear();
    if (!m_posts.isEmpty()) {
        beginRemoveRows({}, 0, int(m_posts.size()) - 1);
        m_posts.clear();
        endRemoveRows();
    }
    m_topics.clear();
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

void SearchResultModel::appendPage(const SearchResultPage &page)
{
    for (auto it = page.topics.cbegin(); it != page.topics.cend(); ++it)
        m_topics.insert(it.key(), it.value());
    for (const Community &c : page.categories)
        m_communityNames.insert(c.id, c.name);
    m_forumMessage = page.error;
    // Only a page that was filled promises another; an empty one ends the list whatever it says.
    m_hasMore = page.moreFullPageResults && !page.posts.isEmpty();

    QList<SearchPost> fresh;
    for (const SearchPost &p : page.posts) {
        if (m_postIds.contains(p.id))
            continue;
        m_postIds.insert(p.id);
        fresh.append(p);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_posts.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_posts.append(fresh);
    endInsertRows();
}

SearchPost SearchResultModel::postAt(int row) const
{
    return row >= 0 && row < m_posts.size() ? m_posts.at(row) : SearchPost();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_posts.size())
        return {};
    const SearchPost &p = m_posts.at(index.row());
    const TopicSummary topic = m_topics.value(p.topicId);
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return topic.title;
    case Qt::ToolTipRole:
        return p.blurb;
    case Qt::AccessibleTextRole:
        return tr("%1, by %2: %3")
            .arg(topic.title, p.name.isEmpty() ? p.username : p.name, p.blurb);
    case CommunityIdRole:
        return topic.categoryId;
    case CommunityNameRole:
        return m_communityNames.value(topic.categoryId);
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
    return names;
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_query.isEmpty() && !m_loading && m_hasMore;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(m_loadedPages + 1);
}

} // namespace Aivizor
