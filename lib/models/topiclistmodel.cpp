#include "lib/models/topiclistmodel.h"

#include "lib/domain/avatar.h"
#include "lib/net/forumclient.h"
#include "lib/reading/readingstate.h"
#include "lib/store/forumstore.h"
#include "lib/text/englishplural.h"
#include "lib/text/relativetime.h"

namespace Aivizor {

namespace {
constexpr int AvatarSize = 48;

bool sameSummary(const TopicSummary &a, const TopicSummary &b)
{
    return a.id == b.id && a.title == b.title && a.slug == b.slug && a.categoryId == b.categoryId
           && a.tags == b.tags && a.postsCount == b.postsCount && a.replyCount == b.replyCount
           && a.views == b.views && a.likeCount == b.likeCount && a.createdAt == b.createdAt
           && a.lastPostedAt == b.lastPostedAt && a.bumpedAt == b.bumpedAt && a.pinned == b.pinned
           && a.closed == b.closed && a.archived == b.archived
           && a.lastPosterUsername == b.lastPosterUsername && a.originalPosterId == b.originalPosterId
           && a.originalPoster.username == b.originalPoster.username
           && a.originalPoster.name == b.originalPoster.name
           && a.originalPoster.avatarTemplate == b.originalPoster.avatarTemplate && a.excerpt == b.excerpt;
}
} // namespace

TopicListModel::TopicListModel(ForumClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

void TopicListModel::setClient(ForumClient *client)
{
    m_client = client;
}

void TopicListModel::setStore(ForumStore *store)
{
    m_store = store;
}

QUrl TopicListModel::forumBase() const
{
    return m_client ? m_client->baseUrl() : QUrl();
}

void TopicListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void TopicListModel::setReadingState(ReadingState *reading)
{
    if (m_reading)
        disconnect(m_reading, nullptr, this, nullptr);
    m_reading = reading;
    if (!reading)
        return;
    connect(reading, &ReadingState::topicChanged, this, [this](int topicId) {
        const int row = rowForTopicId(topicId);
        if (row >= 0)
            emit dataChanged(index(row), index(row),
                             {IsNewRole, IsUnreadRole, UnreadPostsRole, Qt::AccessibleTextRole});
    });
}

void TopicListModel::setFeed(const FeedSpec &feed)
{
    if (m_client && m_requestId)
        m_client->cancel(m_requestId);
    m_requestId = 0;
    ++m_generation;
    beginResetModel();
    m_feed = feed;
    m_topics.clear();
    m_users.clear();
    m_moreTopicsUrl.clear();
    m_nextPage = 0;
    m_hasMore = false;
    m_started = true;
    endResetModel();
    setLoading(false);
    setSavedCopyTime({});
    // The saved rows are painted now; the forum's page 0 then refreshes them in place.
    requestPage(0, showStoredPage(0, false));
}

void TopicListModel::refresh()
{
    if (!m_started)
        return;
    if (m_client && m_requestId)
        m_client->cancel(m_requestId);
    m_requestId = 0;
    ++m_generation;
    setLoading(false);
    requestPage(0, true);
}

void TopicListModel::requestPage(int page, bool isRefresh)
{
    if (!m_client)
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    auto done = [this, page, isRefresh, generation](const ApiResult<TopicPage> &result) {
        if (generation != m_generation)
            return; // a newer setFeed()/refresh() superseded this reply
        m_requestId = 0;
        if (!result.ok()) {
            m_lastError = result.error;
            // A saved copy stands in when the forum cannot answer now; nothing else does.
            const bool covered = result.error.isRetryable()
                                 && ((page == 0 && m_savedCopyTime.isValid()) || (page > 0 && showStoredPage(page, false)));
            setLoading(false);
            if (!covered)
                emit errorOccurred(result.error);
            return;
        }
        m_lastError = {};
        if (m_reading)
            m_reading->applyListRows(result.value->topics);
        if (isRefresh)
            applyRefresh(*result.value);
        else
            appendPage(page, *result.value);
        if (m_store)
            m_store->putFeedPage(m_feed, page, *result.value, QDateTime::currentDateTimeUtc());
        finishPage(page, *result.value);
        if (page == 0)
            setSavedCopyTime({});
    };
    // Later pages follow the server's more_topics_url: it keeps filters the feed path lacks.
    if (page > 0 && !m_moreTopicsUrl.isEmpty())
        m_requestId = m_client->fetchTopicListUrl(m_moreTopicsUrl, this, std::move(done));
    else
        m_requestId = m_client->fetchTopicList(m_feed, page, this, std::move(done));
}

bool TopicListModel::showStoredPage(int page, bool isRefresh)
{
    if (!m_store)
        return false;
    const ApiResult<StoredFeedPage> stored = m_store->feedPage(m_feed, page);
    if (!stored.ok())
        return false;
    if (isRefresh)
        applyRefresh(stored.value->page);
    else
        appendPage(page, stored.value->page);
    finishPage(page, stored.value->page);
    if (!m_savedCopyTime.isValid() || stored.value->fetchedAt < m_savedCopyTime)
        setSavedCopyTime(stored.value->fetchedAt);
    return true;
}

void TopicListModel::setSavedCopyTime(const QDateTime &fetchedAt)
{
    if (m_savedCopyTime == fetchedAt)
        return;
    m_savedCopyTime = fetchedAt;
    emit savedCopyTimeChanged(fetchedAt);
}

void TopicListModel::finishPage(int page, const TopicPage &topicPage)
{
    m_nextPage = page + 1;
    m_moreTopicsUrl = topicPage.moreTopicsUrl;
    // Discourse sends more_topics_url only for full pages; an empty page ends the list too.
    m_hasMore = !topicPage.moreTopicsUrl.isEmpty() && !topicPage.topics.isEmpty();
    setLoading(false);
    emit pageLoaded(page);
}

void TopicListModel::appendPage(int, const TopicPage &topicPage)
{
    m_users.insert(topicPage.users);
    QList<TopicSummary> fresh;
    QSet<int> seen;
    for (const TopicSummary &t : m_topics)
        seen.insert(t.id);
    for (const TopicSummary &t : topicPage.topics) {
        if (seen.contains(t.id))
            continue;
        seen.insert(t.id);
        fresh.append(t);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, m_topics.size(), m_topics.size() + fresh.size() - 1);
    m_topics.append(fresh);
    endInsertRows();
}

void TopicListModel::applyRefresh(const TopicPage &topicPage)
{
    m_users = topicPage.users;
    QList<TopicSummary> wanted;
    QSet<int> wantedIds;
    for (const TopicSummary &t : topicPage.topics) {
        if (wantedIds.contains(t.id))
            continue;
        wantedIds.insert(t.id);
        wanted.append(t);
    }
    // Remove rows that left page 0 (and everything from later pages), bottom up.
    for (int row = m_topics.size() - 1; row >= 0; --row) {
        if (wantedIds.contains(m_topics.at(row).id))
            continue;
        int first = row;
        while (first > 0 && !wantedIds.contains(m_topics.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_topics.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    // Reorder survivors, insert newcomers, update changed rows.
    for (int i = 0; i < wanted.size(); ++i) {
        const TopicSummary &t = wanted.at(i);
        int current = -1;
        for (int r = i; r < m_topics.size(); ++r) {
            if (m_topics.at(r).id == t.id) {
                current = r;
                break;
            }
        }
        if (current < 0) {
            beginInsertRows({}, i, i);
            m_topics.insert(i, t);
            endInsertRows();
            continue;
        }
        if (current != i) {
            beginMoveRows({}, current, current, {}, i);
            m_topics.move(current, i);
            endMoveRows();
        }
        if (!sameSummary(m_topics.at(i), t)) {
            m_topics[i] = t;
            emit dataChanged(index(i), index(i));
        }
    }
}

TopicSummary TopicListModel::topicAt(int row) const
{
    return row >= 0 && row < m_topics.size() ? m_topics.at(row) : TopicSummary();
}

int TopicListModel::rowForTopicId(int topicId) const
{
    for (int i = 0; i < m_topics.size(); ++i)
        if (m_topics.at(i).id == topicId)
            return i;
    return -1;
}

User TopicListModel::user(int userId) const
{
    return m_users.value(userId);
}

int TopicListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_topics.size();
}

QVariant TopicListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicSummary &t = m_topics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return t.title;
    case Qt::ToolTipRole:
    case ExcerptRole: return t.excerpt;
    case IdRole: return t.id;
    case SlugRole: return t.slug;
    case AuthorNameRole: return t.originalPoster.displayName();
    case AuthorUsernameRole: return t.originalPoster.username;
    case AvatarUrlRole: return avatarUrl(t.originalPoster.avatarTemplate, AvatarSize, forumBase());
    case ReplyCountRole: return t.replyCount;
    case ViewsRole: return t.views;
    case LikeCountRole: return t.likeCount;
    case PostsCountRole: return t.postsCount;
    case CreatedAtRole: return t.createdAt;
    case LastActivityRole:
        return t.lastPostedAt.isValid() ? t.lastPostedAt : t.bumpedAt.isValid() ? t.bumpedAt : t.createdAt;
    case TagsRole: return t.tags;
    case PinnedRole: return t.pinned;
    case ClosedRole: return t.closed;
    case CategoryIdRole: return t.categoryId;
    case ArchivedRole: return t.archived;
    case LastPosterUsernameRole: return t.lastPosterUsername;
    case Qt::AccessibleTextRole: {
        QString text = accessibleText(t, data(index, LastActivityRole).toDateTime());
        if (data(index, IsNewRole).toBool())
            text += QLatin1String(", ") + tr("new");
        else if (const int unread = data(index, UnreadPostsRole).toInt())
            text += QLatin1String(", ") + englishPlural(tr("%n new post(s)", nullptr, unread), unread);
        return text;
    }
    case IsNewRole:
    case IsUnreadRole:
    case UnreadPostsRole: {
        const TopicReadState s = m_reading ? m_reading->state(t.id).value_or(TopicReadState()) : TopicReadState();
        if (role == IsNewRole)
            return s.isNew();
        return role == IsUnreadRole ? QVariant(s.isUnread()) : QVariant(s.unreadPosts());
    }
    default: return {};
    }
}

QString TopicListModel::accessibleText(const TopicSummary &t, const QDateTime &lastActivity)
{
    // What the painted row shows, as one sentence a screen reader announces.
    QStringList parts{t.title, tr("by %1").arg(t.originalPoster.displayName())};
    parts << englishPlural(tr("%n reply(s)", nullptr, t.replyCount), t.replyCount)
          << englishPlural(tr("%n like(s)", nullptr, t.likeCount), t.likeCount)
          << tr("last activity %1").arg(RelativeTime::longAge(lastActivity));
    if (!t.tags.isEmpty())
        parts << tr("tags: %1").arg(t.tags.join(QLatin1String(", ")));
    if (t.pinned)
        parts << tr("pinned");
    if (t.closed)
        parts << tr("closed");
    return parts.join(QLatin1String(", "));
}

QHash<int, QByteArray> TopicListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "topicId");
    names.insert(TitleRole, "title");
    names.insert(SlugRole, "slug");
    names.insert(AuthorNameRole, "authorName");
    names.insert(AuthorUsernameRole, "authorUsername");
    names.insert(AvatarUrlRole, "avatarUrl");
    names.insert(ReplyCountRole, "replyCount");
    names.insert(ViewsRole, "views");
    names.insert(LikeCountRole, "likeCount");
    names.insert(PostsCountRole, "postsCount");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(LastActivityRole, "lastActivity");
    names.insert(TagsRole, "tags");
    names.insert(PinnedRole, "pinned");
    names.insert(ClosedRole, "closed");
    names.insert(CategoryIdRole, "categoryId");
    names.insert(ExcerptRole, "excerpt");
    names.insert(ArchivedRole, "archived");
    names.insert(LastPosterUsernameRole, "lastPosterUsername");
    names.insert(IsNewRole, "isNew");
    names.insert(IsUnreadRole, "isUnread");
    names.insert(UnreadPostsRole, "unreadPosts");
    return names;
}

bool TopicListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && m_started && !m_loading && m_hasMore;
}

void TopicListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(m_nextPage, false);
}

} // namespace Aivizor
