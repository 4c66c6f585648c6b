#include "lib/notifications/notificationtreemodel.h"

#include "lib/notifications/notificationfeed.h"
#include "lib/notifications/notificationtext.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace Aivizor {

NotificationTreeModel::NotificationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void NotificationTreeModel::addForum(const QString &forumKey, const QString &name, NotificationFeed *feed)
{
    if (forumIndex(forumKey).isValid() || !feed)
        return;
    const int row = int(m_forums.size());
    beginInsertRows({}, row, row);
    m_forums.append(new Forum{forumKey, name, feed});
    endInsertRows();

    connect(feed, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this, feed](const QModelIndex &, int first, int last) { beginInsertRows(forumRow(feed), first, last); });
    connect(feed, &QAbstractItemModel::rowsInserted, this, [this, feed] {
        endInsertRows();
        const QModelIndex forum = forumRow(feed);
        emit dataChanged(forum, forum);
    });
    connect(feed, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, feed](const QModelIndex &, int first, int last) { beginRemoveRows(forumRow(feed), first, last); });
    connect(feed, &QAbstractItemModel::rowsRemoved, this, [this, feed] {
        endRemoveRows();
        const QModelIndex forum = forumRow(feed);
        emit dataChanged(forum, forum);
    });
    connect(feed, &QAbstractItemModel::dataChanged, this,
            [this, feed](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
        const QModelIndex forum = forumRow(feed);
        emit dataChanged(index(topLeft.row(), 0, forum), index(bottomRight.row(), 0, forum), roles);
        emit dataChanged(forum, forum);
    });
    connect(feed, &NotificationFeed::unreadCountChanged, this, &NotificationTreeModel::countMaybeChanged);
    connect(feed, &QObject::destroyed, this, [this, feed] { removeRow(rowOf(feed), false); });
    countMaybeChanged();
}

void NotificationTreeModel::removeForum(const QString &forumKey)
{
    removeRow(forumIndex(forumKey).row());
}

void NotificationTreeModel::removeRow(int row, bool feedAlive)
{
    if (row < 0 || row >= m_forums.size())
        return;
    Forum *forum = m_forums.at(row);
    if (feedAlive)
        forum->feed->disconnect(this);
    else
        forum->feed = nullptr; // its rows are gone with it; the count must not ask it
    beginRemoveRows({}, row, row);
    delete m_forums.takeAt(row);
    endRemoveRows();
    countMaybeChanged();
}

void NotificationTreeModel::setForumName(const QString &forumKey, const QString &name)
{
    const QModelIndex forum = forumIndex(forumKey);
    if (!forum.isValid() || m_forums.at(forum.row())->name == name)
        return;
    m_forums.at(forum.row())->name = name;
    emit dataChanged(forum, forum);
}

NotificationFeed *NotificationTreeModel::feed(const QString &forumKey) const
{
    const QModelIndex forum = forumIndex(forumKey);
    return forum.isValid() ? m_forums.at(forum.row())->feed : nullptr;
}

NotificationFeed *NotificationTreeModel::feedOf(const QModelIndex &index) const
{
    if (!index.isValid() || !index.internalPointer())
        return nullptr;
    return static_cast<Forum *>(index.internalPointer())->feed;
}

QModelIndex NotificationTreeModel::forumIndex(const QString &forumKey) const
{
    for (int row = 0; row < m_forums.size(); ++row) {
        if (m_forums.at(row)->key == forumKey)
            return createIndex(row, 0);
    }
    return {};
}

int NotificationTreeModel::rowOf(const NotificationFeed *feed) const
{
    for (int row = 0; row < m_forums.size(); ++row) {
        if (m_forums.at(row)->feed == feed)
            return row;
    }
    return -1;
}

QModelIndex NotificationTreeModel::forumRow(const NotificationFeed *feed) const
{
    const int row = rowOf(feed);
    return row < 0 ? QModelIndex() : createIndex(row, 0);
}

int NotificationTreeModel::unreadCount() const
{
    int count = 0;
    for (const Forum *forum : m_forums) {
        if (forum->feed)
            count += forum->feed->unreadCount();
    }
    return count;
}

void NotificationTreeModel::countMaybeChanged()
{
    const int now = unreadCount();
    if (now != m_unread) {
        m_unread = now;
        emit unreadCountChanged(now);
    }
}

QModelIndex NotificationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_forums.size() ? createIndex(row, 0) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= m_forums.size())
        return {};
    Forum *forum = m_forums.at(parent.row());
    return forum->feed && row < forum->feed->rowCount() ? createIndex(row, 0, forum) : QModelIndex();
}

QModelIndex NotificationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = int(m_forums.indexOf(static_cast<Forum *>(child.internalPointer())));
    return row < 0 ? QModelIndex() : createIndex(row, 0);
}

int NotificationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_forums.size());
    if (parent.internalPointer() || parent.row() >= m_forums.size())
        return 0;
    const Forum *forum = m_forums.at(parent.row());
    return forum->feed ? forum->feed->rowCount() : 0;
}

int NotificationTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags NotificationTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Forum rows are headings: not selectable, so the keys walk from notification to notification.
    return index.internalPointer() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

QVariant NotificationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (!index.internalPointer()) {
        const Forum *forum = m_forums.value(index.row());
        if (!forum)
            return {};
        const int unread = forum->feed ? forum->feed->unreadCount() : 0;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return unread > 0 ? QCoreApplication::translate("Aivizor::NotificationTreeModel", "%1 (%n unread)", nullptr, unread).arg(forum->name)
                              : forum->name;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case ForumKeyRole: return forum->key;
        case IsForumRole: return true;
        default: return {};
        }
    }
    const auto *forum = static_cast<Forum *>(index.internalPointer());
    if (!forum->feed || index.row() >= forum->feed->rowCount())
        return {};
    const Notification &n = forum->feed->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return n.topicTitle.isEmpty() ? notificationSentence(n)
                                      : notificationSentence(n) + QLatin1Char('\n') + n.topicTitle;
    case Qt::AccessibleTextRole: {
        const QString text = notificationSentence(n) + QStringLiteral(": ") + n.topicTitle;
        return n.read ? text : QCoreApplication::translate("Aivizor::NotificationTreeModel", "Unread: %1").arg(text);
    }
    case Qt::ToolTipRole:
        return QLocale().toString(n.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Qt::FontRole: {
        QFont font;
        font.setBold(!n.read);
        return font;
    }
    case ForumKeyRole: return forum->key;
    case IsForumRole: return false;
    default: return forum->feed->data(forum->feed->index(index.row()), role);
    }
}

} // namespace Aivizor
