#include "lib/models/postlistmodel.h"

#include "lib/domain/avatar.h"
#include "lib/net/forumclient.h"
#include "lib/reading/readingstate.h"
#include "lib/store/forumstore.h"

#include <algorithm>

namespace Aivizor {

namespace {
constexpr int AvatarSize = 48;
constexpr int MaxJumpAttempts = 32; // each attempt fetches one chunk; bounds a confused server

bool samePost(const Post &a, const Post &b)
{
    return a.id == b.id && a.postNumber == b.postNumber && a.postType == b.postType && a.username == b.username
           && a.name == b.name && a.avatarTemplate == b.avatarTemplate && a.createdAt == b.createdAt
           && a.updatedAt == b.updatedAt && a.cooked == b.cooked && a.actionCode == b.actionCode
           && a.replyToPostNumber == b.replyToPostNumber && a.replyToUsername == b.replyToUsername
           && a.replyCount == b.replyCount && a.likeCount == b.likeCount && a.liked == b.liked
           && a.canLike == b.canLike && a.canUndoLike == b.canUndoLike && a.yours == b.yours
           && a.hidden == b.hidden;
}
} // namespace

PostListModel::PostListModel(ForumClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

void PostListModel::setClient(ForumClient *client)
{
    m_client = client;
}

void PostListModel::setReadingState(ReadingState *reading)
{
    m_reading = reading;
}

void PostListModel::setStore(ForumStore *store)
{
    m_store = store;
}

QUrl PostListModel::forumBase() const
{
    return m_client ? m_client->baseUrl() : QUrl();
}

void PostListModel::cancelAll()
{
    if (m_client) {
        if (m_topicRequest)
            m_client->cancel(m_topicRequest);
        for (quint64 id : std::as_const(m_chunkRequests))
            m_client->cancel(id);
    }
    m_topicRequest = 0;
    m_chunkRequests.clear();
    m_inFlightIds.clear();
}

void PostListModel::updateLoading(bool wasLoading)
{
    if (wasLoading != isLoading())
        emit loadingChanged(isLoading());
}

void PostListModel::load(int topicId)
{
    if (!m_client)
        return;
    cancelAll();
    ++m_generation;
    m_topicId = topicId;
    m_pendingJump = 0;
    m_lastError = {};
    setSavedCopyTime({});
    // Painted from disk now; the forum's answer changes it in place.
    requestTopic(showStoredTopic(topicId));
}

void PostListModel::refresh()
{
    if (!m_client || m_topicId <= 0 || m_topicRequest)
        return;
    if (!m_topicLoaded) {
        load(m_topicId);
        return;
    }
    requestTopic(true);
}

void PostListModel::requestTopic(bool merge)
{
    const bool wasLoading = isLoading();
    const quint64 generation = m_generation;
    m_topicRequest = m_client->fetchTopic(m_topicId, this, [this, generation, merge](const ApiResult<Topic> &result) {
        if (generation != m_generation)
            return;
        const bool wasLoading = isLoading();
        m_topicRequest = 0;
        if (!result.ok()) {
            m_lastError = result.error;
            updateLoading(wasLoading);
            if (merge && result.error.isRetryable())
                return; // what is shown stays; savedCopyTime() says how old a saved copy is
            m_pendingJump = 0;
            emit errorOccurred(result.error);
            return;
        }
        m_lastError = {};
        if (m_store)
            m_store->putTopic(*result.value, QDateTime::currentDateTimeUtc());
        if (m_reading)
            m_reading->applyTopic(*result.value);
        const bool merged = merge && mergeTopic(*result.value);
        if (!merged)
            applyTopic(*result.value);
        setSavedCopyTime({});
        updateLoading(wasLoading);
        if (!merged) {
            emit topicLoaded();
        } else {
            // Saved rows whose chunk was not asked of the forum yet (it was down) are asked now.
            QSet<int> chunks;
            for (int id : std::as_const(m_stale))
                chunks.insert(m_rowByPostId.value(id) / ChunkSize);
            for (int chunk : std::as_const(chunks))
                requestChunk(chunk);
        }
        resolvePendingJump();
    });
    updateLoading(wasLoading);
}

bool PostListModel::showStoredTopic(int topicId)
{
    if (!m_store)
        return false;
    const ApiResult<StoredTopic> stored = m_store->topic(topicId);
    if (!stored.ok())
        return false;
    applyTopic(stored.value->topic);
    // The first chunk, as /t/{id}.json would bring it; the forum's answer refreshes these rows.
    fillFromStore(m_stream.mid(0, ChunkSize));
    setSavedCopyTime(stored.value->fetchedAt);
    emit topicLoaded();
    return true;
}

void PostListModel::fillFromStore(const QList<int> &ids)
{
    if (!m_store || ids.isEmpty())
        return;
    const ApiResult<QList<StoredPost>> stored = m_store->posts(m_topicId, ids);
    if (!stored.ok())
        return;
    int firstRow = INT_MAX;
    int lastRow = -1;
    for (const StoredPost &s : *stored.value) {
        const int row = m_rowByPostId.value(s.post.id, -1);
        if (row < 0 || m_rows.at(row).has_value())
            continue;
        setRow(row, s.post);
        m_stale.insert(s.post.id);
        firstRow = qMin(firstRow, row);
        lastRow = qMax(lastRow, row);
    }
    if (lastRow < 0)
        return;
    emit dataChanged(index(firstRow), index(lastRow));
    emit rowsLoaded(firstRow, lastRow);
}

bool PostListModel::mergeTopic(const Topic &fresh)
{
    const QSet<int> wanted(fresh.stream.cbegin(), fresh.stream.cend());
    // Posts deleted since the saved copy: removed bottom up, a run at a time.
    for (int row = m_stream.size() - 1; row >= 0; --row) {
        if (wanted.contains(m_stream.at(row)))
            continue;
        int first = row;
        while (first > 0 && !wanted.contains(m_stream.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        for (int r = first; r <= row; ++r) {
            if (m_rows.at(r))
                m_rowByPostNumber.remove(m_rows.at(r)->postNumber);
            m_rowByPostId.remove(m_stream.at(r));
            m_stale.remove(m_stream.at(r));
        }
        m_stream.remove(first, row - first + 1);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    // Survivors must keep their order; new posts go in where the forum has them.
    for (int i = 0; i < fresh.stream.size(); ++i) {
        const int id = fresh.stream.at(i);
        if (i < m_stream.size() && m_stream.at(i) == id)
            continue;
        if (m_rowByPostId.contains(id))
            return false; // reordered: not a change that inserts and removals can express
        beginInsertRows({}, i, i);
        m_stream.insert(i, id);
        m_rows.insert(i, std::nullopt);
        endInsertRows();
        for (int r = i; r < m_stream.size(); ++r) {
            m_rowByPostId[m_stream.at(r)] = r;
            if (m_rows.at(r))
                m_rowByPostNumber[m_rows.at(r)->postNumber] = r;
        }
    }
    const QList<Post> posts = fresh.posts;
    m_topic = fresh;
    m_topic.posts.clear();
    QList<int> ids;
    for (const Post &p : posts)
        ids.append(p.id);
    applyPosts(ids, posts);
    return true;
}

void PostListModel::setRow(int row, const Post &post)
{
    if (m_rows.at(row).has_value())
        m_rowByPostNumber.remove(m_rows.at(row)->postNumber);
    m_rows[row] = post;
    m_rowByPostNumber.insert(post.postNumber, row);
}

void PostListModel::savePosts(const QList<Post> &posts)
{
    if (!m_store || posts.isEmpty())
        return;
    QList<StoredPost> stored;
    stored.reserve(posts.size());
    for (const Post &p : posts)
        stored.append(StoredPost{p, {}, {}});
    m_store->putPosts(m_topicId, stored);
}

void PostListModel::setSavedCopyTime(const QDateTime &fetchedAt)
{
    if (m_savedCopyTime == fetchedAt)
        return;
    m_savedCopyTime = fetchedAt;
    emit savedCopyTimeChanged(fetchedAt);
}

void PostListModel::applyTopic(const Topic &topic)
{
    beginResetModel();
    m_topic = topic;
    m_topicLoaded = true;
    m_stream = topic.stream;
    m_rows = QList<std::optional<Post>>(m_stream.size());
    m_rowByPostId.clear();
    m_rowByPostNumber.clear();
    m_missing.clear();
    m_stale.clear();
    for (int i = 0; i < m_stream.size(); ++i)
        m_rowByPostId.insert(m_stream.at(i), i);
    for (const Post &p : topic.posts) {
        const int row = m_rowByPostId.value(p.id, -1);
        if (row < 0)
            continue;
        m_rows[row] = p;
        m_rowByPostNumber.insert(p.postNumber, row);
    }
    // The topic itself keeps only metadata; the rows own the posts.
    m_topic.posts.clear();
    endResetModel();
}

bool PostListModel::isRowLoaded(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).has_value();
}

bool PostListModel::isRowPending(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).has_value()
           && !m_missing.contains(m_stream.at(row));
}

int PostListModel::firstUnloadedRow() const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (isRowPending(row))
            return row;
    return -1;
}

void PostListModel::ensureLoaded(int row)
{
    if (isRowPending(row))
        requestChunk(row / ChunkSize);
}

void PostListModel::requestChunk(int chunk)
{
    if (!m_client || !m_topicLoaded)
        return;
    QList<int> ids;
    const int first = chunk * ChunkSize;
    const int last = qMin(first + ChunkSize, int(m_stream.size()));
    for (int row = first; row < last; ++row)
        if (isRowPending(row) && !m_inFlightIds.contains(m_stream.at(row)))
            ids.append(m_stream.at(row));
    fillFromStore(ids);
    // What the store filled is asked of the forum too, so edits and likes since then show.
    ids.clear();
    for (int row = first; row < last; ++row) {
        const int id = m_stream.at(row);
        if ((isRowPending(row) || m_stale.contains(id)) && !m_inFlightIds.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return;
    const bool wasLoading = isLoading();
    for (int id : std::as_const(ids))
        m_inFlightIds.insert(id);
    const quint64 generation = m_generation;
    auto requestId = std::make_shared<quint64>(0);
    *requestId = m_client->fetchPosts(m_topicId, ids, this,
                                      [this, generation, ids, requestId](const ApiResult<QList<Post>> &result) {
        if (generation != m_generation)
            return;
        const bool wasLoading = isLoading();
        m_chunkRequests.remove(*requestId);
        for (int id : ids)
            m_inFlightIds.remove(id);
        if (!result.ok()) {
            m_lastError = result.error;
            updateLoading(wasLoading);
            const bool covered = result.error.isRetryable()
                && std::all_of(ids.cbegin(), ids.cend(), [this](int id) { return m_stale.contains(id); });
            if (covered)
                return; // the saved posts stay on screen
            emit errorOccurred(result.error);
            if (m_pendingJump && m_chunkRequests.isEmpty())
                m_pendingJump = 0; // the jump cannot complete; the error says why
            return;
        }
        savePosts(*result.value);
        applyPosts(ids, *result.value);
        updateLoading(wasLoading);
        resolvePendingJump();
    });
    m_chunkRequests.insert(*requestId);
    updateLoading(wasLoading);
}

void PostListModel::applyPosts(const QList<int> &requested, const QList<Post> &posts)
{
    QList<int> changed;
    QSet<int> answered;
    for (const Post &p : posts) {
        const int row = m_rowByPostId.value(p.id, -1);
        if (row < 0)
            continue; // not part of this topic's stream
        answered.insert(p.id);
        m_stale.remove(p.id);
        if (m_rows.at(row).has_value() && samePost(*m_rows.at(row), p))
            continue; // the saved copy was right: nothing to repaint
        setRow(row, p);
        changed.append(row);
    }
    for (int id : requested)
        if (!answered.contains(id))
            m_missing.insert(id);
    if (changed.isEmpty())
        return;
    // One dataChanged per run of changed rows: rows between two edits are as they were.
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    for (int i = 0; i < changed.size();) {
        int j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) == changed.at(j) + 1)
            ++j;
        emit dataChanged(index(changed.at(i)), index(changed.at(j)));
        i = j + 1;
    }
    emit rowsLoaded(changed.first(), changed.last());
}

int PostListModel::rowForPostNumber(int postNumber) const
{
    return m_rowByPostNumber.value(postNumber, -1);
}

int PostListModel::rowForPostId(int postId) const
{
    return m_rowByPostId.value(postId, -1);
}

std::optional<Post> PostListModel::postAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

void PostListModel::updatePost(const Post &post)
{
    const int row = rowForPostId(post.id);
    if (!isRowLoaded(row))
        return;
    setRow(row, post);
    savePosts({post});
    emit dataChanged(index(row), index(row));
}

void PostListModel::setLikeState(int postId, bool liked, int likeCount)
{
    const int row = rowForPostId(postId);
    if (!isRowLoaded(row))
        return;
    Post &post = *m_rows[row];
    if (post.liked == liked && post.likeCount == likeCount)
        return;
    post.liked = liked;
    post.likeCount = likeCount;
    // A like we added may be taken back (Discourse allows that for a while).
    post.canUndoLike = post.canUndoLike || liked;
    savePosts({post});
    emit dataChanged(index(row), index(row), {LikedRole, LikeCountRole, CanUndoLikeRole});
}

void PostListModel::insertPost(const Post &post)
{
    if (!m_topicLoaded || post.id <= 0 || (post.topicId > 0 && post.topicId != m_topicId))
        return;
    if (m_rowByPostId.contains(post.id)) {
        const int row = m_rowByPostId.value(post.id);
        if (isRowLoaded(row)) {
            updatePost(post);
        } else {
            m_rows[row] = post;
            m_rowByPostNumber.insert(post.postNumber, row);
            emit dataChanged(index(row), index(row));
        }
        return;
    }
    // The stream is in post-number order: the new post goes before the first loaded higher number.
    int row = m_rows.size();
    for (int r = m_rows.size() - 1; r >= 0; --r) {
        if (m_rows.at(r) && m_rows.at(r)->postNumber < post.postNumber)
            break;
        if (m_rows.at(r))
            row = r;
    }
    beginInsertRows({}, row, row);
    m_stream.insert(row, post.id);
    m_rows.insert(row, post);
    // Only the rows after the new one move; a reply at the end (the usual case) moves none.
    for (int i = row + 1; i < m_stream.size(); ++i) {
        m_rowByPostId[m_stream.at(i)] = i;
        if (m_rows.at(i))
            m_rowByPostNumber[m_rows.at(i)->postNumber] = i;
    }
    m_rowByPostId.insert(post.id, row);
    m_rowByPostNumber.insert(post.postNumber, row);
    m_topic.postsCount += 1;
    m_topic.highestPostNumber = qMax(m_topic.highestPostNumber, post.postNumber);
    m_topic.stream = m_stream;
    endInsertRows();
    if (m_store) {
        // The saved stream gains the post too, so it is there when the topic is read offline.
        Topic saved = m_topic;
        saved.posts = {post};
        m_store->putTopic(saved, QDateTime::currentDateTimeUtc());
    }
}

int PostListModel::estimateRow(int postNumber, int *fallbackRow) const
{
    // Stream order is post-number order, so loaded posts bound where the number can be.
    int lowerRow = -1, lowerNumber = 0, upperRow = int(m_rows.size()), upperNumber = 0;
    for (auto it = m_rowByPostNumber.cbegin(); it != m_rowByPostNumber.cend(); ++it) {
        if (it.key() < postNumber && it.value() > lowerRow) {
            lowerRow = it.value();
            lowerNumber = it.key();
        } else if (it.key() > postNumber && it.value() < upperRow) {
            upperRow = it.value();
            upperNumber = it.key();
        }
    }
    Q_UNUSED(upperNumber);
    *fallbackRow = upperRow < m_rows.size() ? upperRow : int(m_rows.size()) - 1;
    // Numbers only grow faster than rows (gaps), so the row is at most this far past the lower bound.
    const int guess = lowerRow < 0 ? postNumber - 1 : lowerRow + (postNumber - lowerNumber);
    const int lo = lowerRow + 1;
    const int hi = upperRow - 1;
    if (lo > hi)
        return -1;
    const int start = qBound(lo, guess, hi);
    // Prefer the guess; otherwise the nearest row in range that can still be fetched.
    for (int d = 0; start - d >= lo || start + d <= hi; ++d) {
        if (start - d >= lo && isRowPending(start - d))
            return start - d;
        if (start + d <= hi && isRowPending(start + d))
            return start + d;
    }
    return -1;
}

int PostListModel::jumpToPostNumber(int postNumber)
{
    if (postNumber <= 0)
        return -1;
    const int known = rowForPostNumber(postNumber);
    if (known >= 0) {
        m_pendingJump = 0;
        emit postNumberReady(postNumber, known);
        return known;
    }
    m_pendingJump = postNumber;
    m_jumpAttempts = 0;
    if (m_topicLoaded)
        resolvePendingJump(); // otherwise the topic's arrival resolves it
    return -1;
}

void PostListModel::resolvePendingJump()
{
    if (!m_pendingJump || !m_topicLoaded)
        return;
    const int number = m_pendingJump;
    const int known = rowForPostNumber(number);
    if (known >= 0) {
        m_pendingJump = 0;
        emit postNumberReady(number, known);
        return;
    }
    int fallback = -1;
    const int row = estimateRow(number, &fallback);
    if (row < 0 || m_jumpAttempts >= MaxJumpAttempts) {
        // Deleted or never existed: land on the next existing post.
        m_pendingJump = 0;
        if (fallback >= 0)
            emit postNumberReady(number, fallback);
        return;
    }
    if (m_inFlightIds.contains(m_stream.at(row)))
        return; // its chunk is on the way; the answer calls us again
    ++m_jumpAttempts;
    requestChunk(row / ChunkSize);
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == PostIdRole)
        return m_stream.at(row);
    if (role == LoadedRole)
        return m_rows.at(row).has_value();
    if (!m_rows.at(row).has_value())
        return {};
    const Post &p = *m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case CookedRole: return p.cooked;
    case PostNumberRole: return p.postNumber;
    case UsernameRole: return p.username;
    case NameRole: return p.name;
    case AvatarUrlRole: return avatarUrl(p.avatarTemplate, AvatarSize, forumBase());
    case CreatedAtRole: return p.createdAt;
    case ReplyToPostNumberRole: return p.replyToPostNumber;
    case ReplyToUsernameRole: return p.replyToUsername;
    case LikeCountRole: return p.likeCount;
    case LikedRole: return p.liked;
    case CanLikeRole: return p.canLike;
    case PostTypeRole: return p.postType;
    case UpdatedAtRole: return p.updatedAt;
    case ReplyCountRole: return p.replyCount;
    case ActionCodeRole: return p.actionCode;
    case CanUndoLikeRole: return p.canUndoLike;
    default: return {};
    }
}

QHash<int, QByteArray> PostListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PostIdRole, "postId");
    names.insert(PostNumberRole, "postNumber");
    names.insert(UsernameRole, "username");
    names.insert(NameRole, "name");
    names.insert(AvatarUrlRole, "avatarUrl");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(CookedRole, "cooked");
    names.insert(ReplyToPostNumberRole, "replyToPostNumber");
    names.insert(ReplyToUsernameRole, "replyToUsername");
    names.insert(LikeCountRole, "likeCount");
    names.insert(LikedRole, "liked");
    names.insert(CanLikeRole, "canLike");
    names.insert(PostTypeRole, "postType");
    names.insert(LoadedRole, "loaded");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(ReplyCountRole, "replyCount");
    names.insert(ActionCodeRole, "actionCode");
    names.insert(CanUndoLikeRole, "canUndoLike");
    return names;
}

bool PostListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && m_topicLoaded && !isLoading() && firstUnloadedRow() >= 0;
}

void PostListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestChunk(firstUnloadedRow() / ChunkSize);
}

} // namespace Aivizor
