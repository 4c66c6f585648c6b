#include "lib/notifications/notificationfeed.h"

#include "lib/net/forumclient.h"
#include "lib/net/forumwriter.h"

#include <algorithm>

namespace Aivizor {

NotificationFeed::NotificationFeed(ForumClient *client, ForumWriter *writer, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_writer(writer)
{
}

int NotificationFeed::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NotificationFeed::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Notification &n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TopicTitleRole: return n.topicTitle;
    case IdRole: return n.id;
    case KindRole: return int(n.kind);
    case ReadRole: return n.read;
    case TopicIdRole: return n.topicId;
    case PostNumberRole: return n.postNumber;
    case UsernameRole: return n.username;
    case CreatedAtRole: return n.createdAt;
    default: return {};
    }
}

QHash<int, QByteArray> NotificationFeed::roleNames() const
{
    return {{IdRole, "id"},           {KindRole, "kind"},           {ReadRole, "read"},
            {TopicIdRole, "topicId"}, {PostNumberRole, "postNumber"}, {TopicTitleRole, "topicTitle"},
            {UsernameRole, "username"}, {CreatedAtRole, "createdAt"}};
}

int NotificationFeed::unreadCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Notification &n) { return !n.read; }));
}

int NotificationFeed::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void NotificationFeed::countMaybeChanged(int before)
{
    const int now = unreadCount();
    if (now != before)
        emit unreadCountChanged(now);
}

void NotificationFeed::refresh()
{
    // One request at a time; a refresh asked for meanwhile runs after it, so nothing is missed.
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_client->fetchNotifications(DefaultLimit, this, [this](const ApiResult<QList<Notification>> &result) {
        m_refreshing = false;
        if (result.ok()) {
            merge(*result.value);
            emit refreshed();
        } else {
            emit refreshFailed(result.error);
        }
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
    });
}

void NotificationFeed::merge(const QList<Notification> &incoming)
{
    const int before = unreadCount();
    QList<Notification> fresh;
    for (const Notification &n : incoming) {
        const int row = rowOf(n.id);
        if (row < 0) {
            fresh.append(n);
            continue;
        }
        Notification &old = m_rows[row];
        if (old.read != n.read || old.topicTitle != n.topicTitle || old.username != n.username) {
            old = n;
            emit dataChanged(index(row), index(row));
        }
    }
    // Newest first: Discourse's ids grow with time.
    std::sort(fresh.begin(), fresh.end(), [](const Notification &a, const Notification &b) { return a.id > b.id; });
    const qint64 newestKnown = m_rows.isEmpty() ? 0 : m_rows.first().id;
    // Newer than every row: at the top; an older one (the list grew past the limit) in its place.
    for (const Notification &n : std::as_const(fresh)) {
        int row = 0;
        while (row < m_rows.size() && m_rows.at(row).id > n.id)
            ++row;
        beginInsertRows({}, row, row);
        m_rows.insert(row, n);
        endInsertRows();
    }
    countMaybeChanged(before);
    if (m_loaded) {
        for (auto it = fresh.crbegin(); it != fresh.crend(); ++it) {
            if (it->id > newestKnown)
                emit arrived(*it);
        }
    } else {
        m_loaded = true;
        emit loadedChanged(true);
    }
}

void NotificationFeed::setRead(const QList<qint64> &ids, bool read)
{
    const int before = unreadCount();
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0 && m_rows.at(row).read != read) {
            m_rows[row].read = read;
            emit dataChanged(index(row), index(row), {ReadRole});
        }
    }
    countMaybeChanged(before);
}

void NotificationFeed::markRead(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || m_rows.at(row).read)
        return;
    setRead({id}, true);
    m_writer->markNotificationsRead(id, this, [this, id](const ApiResult<bool> &result) {
        if (result.ok())
            return;
        setRead({id}, false);
        emit markReadFailed(result.error);
    });
}

void NotificationFeed::markAllRead()
{
    QList<qint64> unread;
    for (const Notification &n : std::as_const(m_rows)) {
        if (!n.read)
            unread.append(n.id);
    }
    setRead(unread, true);
    m_writer->markNotificationsRead(0, this, [this, unread](const ApiResult<bool> &result) {
        if (result.ok())
            return;
        setRead(unread, false);
        emit markReadFailed(result.error);
    });
}

void NotificationFeed::clear()
{
    const int before = unreadCount();
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    countMaybeChanged(before);
    if (m_loaded) {
        m_loaded = false;
        emit loadedChanged(false);
    }
}

} // namespace Aivizor
