#include "lib/models/communitytreemodel.h"

#include "lib/net/forumclient.h"
#include "lib/reading/readingstate.h"
#include "lib/store/forumstore.h"

#include <QSet>

namespace Aivizor {

namespace {
bool sameCommunity(const Community &a, const Community &b)
{
    return a.id == b.id && a.parentId == b.parentId && a.name == b.name && a.slug == b.slug
           && a.description == b.description && a.color == b.color && a.textColor == b.textColor
           && a.position == b.position && a.topicCount == b.topicCount && a.postCount == b.postCount
           && a.readRestricted == b.readRestricted && a.subcategoryIds == b.subcategoryIds;
}
} // namespace

CommunityTreeModel::CommunityTreeModel(ForumClient *client, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
{
}

void CommunityTreeModel::setClient(ForumClient *client)
{
    m_client = client;
}

void CommunityTreeModel::setStore(ForumStore *store)
{
    m_store = store;
}

void CommunityTreeModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void CommunityTreeModel::reload()
{
    if (!m_client || m_loading)
        return;
    if (!m_populated && m_store) {
        const ApiResult<StoredSite> stored = m_store->site();
        if (stored.ok() && !stored.value->communities.isEmpty()) {
            setSavedCopyTime(stored.value->fetchedAt);
            setCommunities(stored.value->communities);
        }
    }
    setLoading(true);
    m_client->fetchSite(this, [this](const ApiResult<QList<Community>> &site) {
        if (site.ok()) {
            m_lastError = {};
            applyFetched(*site.value);
            setLoading(false);
            return;
        }
        // Some servers restrict or trim site.json; categories.json is the documented alternative.
        m_client->fetchCategories(this, [this, siteError = site.error](const ApiResult<QList<Community>> &cats) {
            setLoading(false);
            if (cats.ok()) {
                m_lastError = {};
                applyFetched(*cats.value);
                return;
            }
            m_lastError = siteError;
            if (!(m_savedCopyTime.isValid() && siteError.isRetryable()))
                emit errorOccurred(siteError);
        });
    });
}

void CommunityTreeModel::applyFetched(const QList<Community> &communities)
{
    if (m_store) {
        StoredSite site;
        site.communities = communities;
        site.fetchedAt = QDateTime::currentDateTimeUtc();
        m_store->putSite(site);
    }
    setSavedCopyTime({});
    setCommunities(communities);
}

void CommunityTreeModel::setSavedCopyTime(const QDateTime &fetchedAt)
{
    if (m_savedCopyTime == fetchedAt)
        return;
    m_savedCopyTime = fetchedAt;
    emit savedCopyTimeChanged(fetchedAt);
}

void CommunityTreeModel::buildStructure(const QList<Community> &communities, QHash<int, int> &parentOf,
                                        QHash<int, QList<int>> &childrenOf)
{
    QSet<int> ids;
    for (const Community &c : communities)
        ids.insert(c.id);
    for (const Community &c : communities)
        if (!parentOf.contains(c.id))
            parentOf.insert(c.id, ids.contains(c.parentId) && c.parentId != c.id ? c.parentId : 0);
    // Break cycles so every node is reachable from the root.
    for (const Community &c : communities) {
        QSet<int> seen{c.id};
        int p = parentOf.value(c.id);
        while (p != 0) {
            if (seen.contains(p)) {
                parentOf[c.id] = 0;
                break;
            }
            seen.insert(p);
            p = parentOf.value(p);
        }
    }
    QSet<int> placed;
    for (const Community &c : communities) {
        if (placed.contains(c.id))
            continue; // duplicate ids: the first one wins
        placed.insert(c.id);
        childrenOf[parentOf.value(c.id)].append(c.id);
    }
}

void CommunityTreeModel::setCommunities(const QList<Community> &communities)
{
    if (m_populated) {
        applyUpdate(communities);
        emit loaded();
        return;
    }
    QHash<int, int> parentOf;
    QHash<int, QList<int>> children;
    buildStructure(communities, parentOf, children);
    beginResetModel();
    m_nodes.clear();
    for (const Community &c : communities) {
        if (m_nodes.contains(c.id))
            continue;
        Node n;
        n.community = c;
        n.parent = parentOf.value(c.id);
        n.children = children.value(c.id);
        m_nodes.insert(c.id, n);
    }
    m_roots = children.value(0);
    m_populated = true;
    endResetModel();
    emit loaded();
}

void CommunityTreeModel::removeSubtree(int id)
{
    const Node node = m_nodes.take(id);
    for (int child : node.children)
        removeSubtree(child);
}

void CommunityTreeModel::applyUpdate(const QList<Community> &communities)
{
    QHash<int, int> parentOf;
    QHash<int, QList<int>> target;
    buildStructure(communities, parentOf, target);
    QHash<int, Community> byId;
    for (const Community &c : communities)
        if (!byId.contains(c.id))
            byId.insert(c.id, c);

    // 1. Remove vanished nodes and nodes that changed parent (they are re-inserted below).
    const QList<int> existing = m_nodes.keys();
    for (int id : existing) {
        if (!m_nodes.contains(id))
            continue; // went with an ancestor
        const Node &node = m_nodes[id];
        if (byId.contains(id) && parentOf.value(id) == node.parent)
            continue;
        const int row = rowOf(id);
        const int parentId = node.parent;
        beginRemoveRows(indexForId(parentId), row, row);
        childrenOf(parentId).removeAt(row);
        removeSubtree(id);
        endRemoveRows();
    }

    // 2. Update surviving nodes.
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        const Community &fresh = byId.value(it.key());
        if (sameCommunity(it->community, fresh))
            continue;
        it->community = fresh;
        const QModelIndex idx = indexForId(it.key());
        emit dataChanged(idx, idx);
    }

    // 3. Walk the target tree from the root: reorder survivors, insert newcomers.
    QList<int> parents{0};
    while (!parents.isEmpty()) {
        const int parentId = parents.takeFirst();
        const QList<int> wanted = target.value(parentId);
        const QModelIndex parentIndex = indexForId(parentId);
        for (int i = 0; i < wanted.size(); ++i) {
            const int id = wanted.at(i);
            QList<int> &kids = childrenOf(parentId);
            const int current = kids.indexOf(id);
            if (current == i) {
                // already in place
            } else if (current > i) {
                beginMoveRows(parentIndex, current, current, parentIndex, i);
                kids.move(current, i);
                endMoveRows();
            } else {
                beginInsertRows(parentIndex, i, i);
                Node n;
                n.community = byId.value(id);
                n.parent = parentId;
                m_nodes.insert(id, n);
                kids.insert(i, id);
                endInsertRows();
            }
            parents.append(id);
        }
    }
}

const QList<int> &CommunityTreeModel::childrenOf(int parentId) const
{
    if (parentId == 0)
        return m_roots;
    static const QList<int> none;
    const auto it = m_nodes.constFind(parentId);
    return it == m_nodes.cend() ? none : it->children;
}

QList<int> &CommunityTreeModel::childrenOf(int parentId)
{
    return parentId == 0 ? m_roots : m_nodes[parentId].children;
}

int CommunityTreeModel::rowOf(int id) const
{
    const auto it = m_nodes.constFind(id);
    if (it == m_nodes.cend())
        return -1;
    return childrenOf(it->parent).indexOf(id);
}

QModelIndex CommunityTreeModel::indexForId(int communityId) const
{
    const int row = rowOf(communityId);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(communityId));
}

int CommunityTreeModel::communityId(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

Community CommunityTreeModel::community(int communityId) const
{
    return m_nodes.value(communityId).community;
}

QList<Community> CommunityTreeModel::communities() const
{
    // Depth-first, parents before children, in display order.
    QList<Community> out;
    QList<int> stack(m_roots.crbegin(), m_roots.crend());
    while (!stack.isEmpty()) {
        const int id = stack.takeLast();
        const Node &n = m_nodes[id];
        out.append(n.community);
        for (auto it = n.children.crbegin(); it != n.children.crend(); ++it)
            stack.append(*it);
    }
    return out;
}

QModelIndex CommunityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &kids = childrenOf(parent.isValid() ? int(parent.internalId()) : 0);
    if (row >= kids.size())
        return {};
    return createIndex(row, 0, quintptr(kids.at(row)));
}

QModelIndex CommunityTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto it = m_nodes.constFind(int(child.internalId()));
    if (it == m_nodes.cend() || it->parent == 0)
        return {};
    return indexForId(it->parent);
}

int CommunityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return childrenOf(parent.isValid() ? int(parent.internalId()) : 0).size();
}

int CommunityTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

void CommunityTreeModel::setReadingState(ReadingState *reading)
{
    if (m_reading)
        disconnect(m_reading, nullptr, this, nullptr);
    m_reading = reading;
    if (!reading)
        return;
    connect(reading, &ReadingState::communityCountsChanged, this, [this](const QList<int> &ids) {
        // Each changed community and its parents up to the root: their sums include it.
        QSet<int> repaint;
        for (int id : ids) {
            for (int at = id; at != 0 && m_nodes.contains(at) && !repaint.contains(at); at = m_nodes.value(at).parent)
                repaint.insert(at);
        }
        for (int id : std::as_const(repaint)) {
            const QModelIndex i = indexForId(id);
            emit dataChanged(i, i, {NewCountRole, UnreadCountRole});
        }
    });
}

int CommunityTreeModel::subtreeCount(int id, bool unread) const
{
    if (!m_reading)
        return 0;
    const ReadingState::Counts own = m_reading->counts(id);
    int sum = unread ? own.unreadTopics : own.newTopics;
    for (int child : childrenOf(id))
        sum += subtreeCount(child, unread);
    return sum;
}

QVariant CommunityTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto it = m_nodes.constFind(int(index.internalId()));
    if (it == m_nodes.cend())
        return {};
    const Community &c = it->community;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return c.name;
    case Qt::DecorationRole:
    case ColorRole: return c.color;
    case Qt::ToolTipRole:
    case DescriptionRole: return c.description;
    case IdRole: return c.id;
    case SlugRole: return c.slug;
    case TextColorRole: return c.textColor;
    case TopicCountRole: return c.topicCount;
    case PostCountRole: return c.postCount;
    case ParentIdRole: return it->parent;
    case ReadRestrictedRole: return c.readRestricted;
    case PositionRole: return c.position;
    case NewCountRole: return subtreeCount(c.id, false);
    case UnreadCountRole: return subtreeCount(c.id, true);
    default: return {};
    }
}

QHash<int, QByteArray> CommunityTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "communityId");
    names.insert(NameRole, "name");
    names.insert(SlugRole, "slug");
    names.insert(ColorRole, "color");
    names.insert(TextColorRole, "textColor");
    names.insert(DescriptionRole, "description");
    names.insert(TopicCountRole, "topicCount");
    names.insert(PostCountRole, "postCount");
    names.insert(ParentIdRole, "parentId");
    names.insert(ReadRestrictedRole, "readRestricted");
    names.insert(PositionRole, "position");
    names.insert(NewCountRole, "newCount");
    names.insert(UnreadCountRole, "unreadCount");
    return names;
}

} // namespace Aivizor
