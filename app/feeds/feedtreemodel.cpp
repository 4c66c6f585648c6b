#include "app/feeds/feedtreemodel.h"

#include "app/feeds/feedkey.h"
#include "lib/models/communitytreemodel.h"
#include "lib/reading/readingstate.h"
#include "app/shell/icons.h"

#include <QIcon>

namespace Aivizor {

FeedTreeModel::FeedTreeModel(CommunityTreeModel *source, QObject *parent)
    : QAbstractItemModel(parent)
    , m_source(source)
{
    m_topCount = m_source->rowCount();
    connectSource();
}

void FeedTreeModel::setReadingState(ReadingState *reading)
{
    if (m_reading)
        disconnect(m_reading, nullptr, this, nullptr);
    m_reading = reading;
    m_source->setReadingState(reading);
    if (!reading)
        return;
    // The site, Latest, New and Unread rows show the totals.
    connect(reading, &ReadingState::countsChanged, this, [this] {
        const QModelIndex site = siteIndex();
        emit dataChanged(site, site, {NewCountRole, UnreadCountRole, Qt::AccessibleTextRole});
        emit dataChanged(index(0, 0, site), index(FixedRows - 1, 0, site),
                         {NewCountRole, UnreadCountRole, Qt::AccessibleTextRole});
    });
}

QString FeedTreeModel::countsText(const QModelIndex &index) const
{
    QString text;
    if (const int unread = index.data(UnreadCountRole).toInt())
        text += QLatin1String(", ") + tr("%n unread", nullptr, unread);
    if (const int fresh = index.data(NewCountRole).toInt())
        text += QLatin1String(", ") + tr("%n new", nullptr, fresh);
    return text;
}

void FeedTreeModel::setSiteName(const QString &name)
{
    if (name == m_siteName)
        return;
    m_siteName = name;
    const QModelIndex site = siteIndex();
    emit dataChanged(site, site);
}

QModelIndex FeedTreeModel::siteIndex() const
{
    return createIndex(0, 0, SiteId);
}

QModelIndex FeedTreeModel::indexForFeedKey(const QString &feedKey) const
{
    FeedSpec feed;
    if (!FeedKey::parse(feedKey, &feed))
        return {};
    switch (feed.kind) {
    case FeedSpec::Kind::Latest:
        return index(0, 0, siteIndex());
    case FeedSpec::Kind::Top:
        return index(1, 0, siteIndex());
    case FeedSpec::Kind::New:
        return index(2, 0, siteIndex());
    case FeedSpec::Kind::Unread:
        return index(3, 0, siteIndex());
    case FeedSpec::Kind::Community:
        return fromSource(m_source->indexForId(feed.communityId));
    case FeedSpec::Kind::Tag:
        break;
    }
    return {};
}

FeedSpec FeedTreeModel::feedFor(const QModelIndex &index) const
{
    switch (kindOf(index)) {
    case NodeKind::Site:
    case NodeKind::Latest:
        return FeedSpec::latest();
    case NodeKind::Top:
        return FeedSpec::top();
    case NodeKind::New:
        return FeedSpec::newTopics();
    case NodeKind::Unread:
        return FeedSpec::unread();
    case NodeKind::Community: {
        const int id = int(index.internalId());
        return FeedSpec::community(id, m_source->community(id).slug);
    }
    }
    return FeedSpec::latest();
}

QString FeedTreeModel::feedTitle(const FeedSpec &feed) const
{
    switch (feed.kind) {
    case FeedSpec::Kind::Latest:
        return tr("Latest");
    case FeedSpec::Kind::Top:
        return tr("Top");
    case FeedSpec::Kind::Community: {
        const QString name = m_source->community(feed.communityId).name;
        return name.isEmpty() ? tr("Community %1").arg(feed.communityId) : name;
    }
    case FeedSpec::Kind::Tag:
        return QLatin1Char('#') + feed.tag;
    case FeedSpec::Kind::New:
        return tr("New");
    case FeedSpec::Kind::Unread:
        return tr("Unread");
    }
    return {};
}

FeedTreeModel::NodeKind FeedTreeModel::kindOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return NodeKind::Site;
    switch (index.internalId()) {
    case SiteId:
        return NodeKind::Site;
    case LatestId:
        return NodeKind::Latest;
    case TopId:
        return NodeKind::Top;
    case NewId:
        return NodeKind::New;
    case UnreadId:
        return NodeKind::Unread;
    default:
        return NodeKind::Community;
    }
}

QModelIndex FeedTreeModel::toSource(const QModelIndex &index) const
{
    if (!index.isValid() || kindOf(index) != NodeKind::Community)
        return {};
    return m_source->indexForId(int(index.internalId()));
}

QModelIndex FeedTreeModel::fromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int id = m_source->communityId(sourceIndex);
    return createIndex(sourceIndex.row() + offsetFor(sourceIndex.parent()), 0, quintptr(id));
}

QModelIndex FeedTreeModel::parentFromSource(const QModelIndex &sourceParent) const
{
    return sourceParent.isValid() ? fromSource(sourceParent) : siteIndex();
}

QModelIndex FeedTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return siteIndex();
    switch (kindOf(parent)) {
    case NodeKind::Site:
        if (row == 0)
            return createIndex(0, 0, LatestId);
        if (row == 1)
            return createIndex(1, 0, TopId);
        if (row == 2)
            return createIndex(2, 0, NewId);
        if (row == 3)
            return createIndex(3, 0, UnreadId);
        return fromSource(m_source->index(row - FixedRows, 0));
    case NodeKind::Community:
        return fromSource(m_source->index(row, 0, toSource(parent)));
    case NodeKind::Latest:
    case NodeKind::Top:
    case NodeKind::New:
    case NodeKind::Unread:
        break;
    }
    return {};
}

QModelIndex FeedTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    switch (kindOf(child)) {
    case NodeKind::Site:
        return {};
    case NodeKind::Latest:
    case NodeKind::Top:
    case NodeKind::New:
    case NodeKind::Unread:
        return siteIndex();
    case NodeKind::Community:
        return parentFromSource(toSource(child).parent());
    }
    return {};
}

int FeedTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    switch (kindOf(parent)) {
    case NodeKind::Site:
        return FixedRows + m_topCount;
    case NodeKind::Community: {
        const QModelIndex source = toSource(parent);
        return source.isValid() ? m_source->rowCount(source) : 0;
    }
    case NodeKind::Latest:
    case NodeKind::Top:
    case NodeKind::New:
    case NodeKind::Unread:
        break;
    }
    return 0;
}

int FeedTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags FeedTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant FeedTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const NodeKind kind = kindOf(index);
    if (role == KindRole)
        return int(kind);
    if (role == FeedKeyRole)
        return FeedKey::of(feedFor(index));

    if (kind == NodeKind::Community) {
        const QModelIndex source = toSource(index);
        switch (role) {
        case Qt::DisplayRole:
            return source.data(Qt::DisplayRole);
        case Qt::ToolTipRole:
            return source.data(Qt::ToolTipRole);
        case TopicCountRole:
            return source.data(CommunityTreeModel::TopicCountRole);
        case DotColorRole:
            return source.data(CommunityTreeModel::ColorRole);
        case NewCountRole:
            return source.data(CommunityTreeModel::NewCountRole);
        case UnreadCountRole:
            return source.data(CommunityTreeModel::UnreadCountRole);
        case Qt::AccessibleTextRole:
            return tr("%1, %n topic(s)", nullptr, source.data(CommunityTreeModel::TopicCountRole).toInt())
                       .arg(source.data(Qt::DisplayRole).toString())
                   + countsText(index);
        default:
            return {};
        }
    }

    switch (role) {
    case Qt::DisplayRole:
        if (kind == NodeKind::Site)
            return m_siteName.isEmpty() ? tr("Forum") : m_siteName;
        return feedTitle(feedFor(index));
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole).toString() + countsText(index);
    case Qt::ToolTipRole:
        switch (kind) {
        case NodeKind::Site:
            return tr("All communities of this forum");
        case NodeKind::Latest:
            return tr("Topics with the most recent activity");
        case NodeKind::Top:
            return tr("The most active topics");
        case NodeKind::New:
            return tr("Topics you have not opened yet");
        default:
            return tr("Topics with posts you have not read");
        }
    case Qt::DecorationRole:
        if (kind == NodeKind::Site)
            return Icons::themed(QStringLiteral("go-home"), QStringLiteral("site"));
        return QIcon(kind == NodeKind::Top ? QStringLiteral(":/icons/top.svg") : QStringLiteral(":/icons/latest.svg"));
    case TopicCountRole:
        return 0;
    case NewCountRole:
        return m_reading && kind != NodeKind::Top && kind != NodeKind::Unread ? m_reading->newCount() : 0;
    case UnreadCountRole:
        return m_reading && kind != NodeKind::Top && kind != NodeKind::New ? m_reading->unreadCount() : 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(FeedKeyRole, "feedKey");
    names.insert(TopicCountRole, "topicCount");
    names.insert(DotColorRole, "dotColor");
    names.insert(NewCountRole, "newCount");
    names.insert(UnreadCountRole, "unreadCount");
    return names;
}

void FeedTreeModel::connectSource()
{
    CommunityTreeModel *s = m_source;
    // A source reset becomes "remove all communities, insert the new ones" under the site row, so
    // the site, Latest and Top rows (and a selection on them) survive the first load.
    connect(s, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_topCount > 0) {
            beginRemoveRows(siteIndex(), FixedRows, FixedRows + m_topCount - 1);
            m_topCount = 0;
            endRemoveRows();
        }
    });
    connect(s, &QAbstractItemModel::modelReset, this, [this] {
        const int count = m_source->rowCount();
        if (count > 0) {
            beginInsertRows(siteIndex(), FixedRows, FixedRows + count - 1);
            m_topCount = count;
            endInsertRows();
        }
    });
    connect(s, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                const int off = offsetFor(parent);
                beginInsertRows(parentFromSource(parent), first + off, last + off);
            });
    connect(s, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            m_topCount += last - first + 1;
        endInsertRows();
    });
    connect(s, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                const int off = offsetFor(parent);
                beginRemoveRows(parentFromSource(parent), first + off, last + off);
            });
    connect(s, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            m_topCount -= last - first + 1;
        endRemoveRows();
    });
    connect(s, &QAbstractItemModel::rowsAboutToBeMoved, this,
            [this](const QModelIndex &from, int first, int last, const QModelIndex &to, int row) {
                const int offFrom = offsetFor(from);
                const int offTo = offsetFor(to);
                beginMoveRows(parentFromSource(from), first + offFrom, last + offFrom, parentFromSource(to),
                              row + offTo);
            });
    connect(s, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &from, int first, int last, const QModelIndex &to, int) {
                const int n = last - first + 1;
                if (!from.isValid() && to.isValid())
                    m_topCount -= n;
                else if (from.isValid() && !to.isValid())
                    m_topCount += n;
                endMoveRows();
            });
    connect(s, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                Q_UNUSED(roles); // our roles differ from the source's; repaint whatever changed
                emit dataChanged(fromSource(topLeft), fromSource(bottomRight));
            });
    connect(s, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { emit layoutAboutToBeChanged(); });
    connect(s, &QAbstractItemModel::layoutChanged, this, [this] {
        // Ids are stable, so every persistent index can be re-found by its community id.
        m_topCount = m_source->rowCount();
        const QModelIndexList old = persistentIndexList();
        QModelIndexList updated;
        updated.reserve(old.size());
        for (const QModelIndex &index : old) {
            if (kindOf(index) == NodeKind::Community)
                updated.append(fromSource(m_source->indexForId(int(index.internalId()))));
            else
                updated.append(index);
        }
        changePersistentIndexList(old, updated);
        emit layoutChanged();
    });
}

} // namespace Aivizor
