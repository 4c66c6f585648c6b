#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace Aivizor {

class NotificationFeed;

// The notifications of several forums in one tree: a row per forum (its name and unread count),
// its feed's notifications below it, newest first. The feeds' inserts, removals and changes pass
// through as the tree's own, so a view keeps its place while notifications arrive.
class NotificationTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)
public:
    enum Role {
        ForumKeyRole = Qt::UserRole + 100, // on forum and notification rows
        IsForumRole,
        // Notification rows also answer NotificationFeed's roles.
    };

    explicit NotificationTreeModel(QObject *parent = nullptr);

    // `feed` is not owned; a forum whose feed is deleted leaves the tree.
    void addForum(const QString &forumKey, const QString &name, NotificationFeed *feed);
    void removeForum(const QString &forumKey);
    void setForumName(const QString &forumKey, const QString &name);
    NotificationFeed *feed(const QString &forumKey) const;
    // The feed a notification row belongs to (null for a forum row).
    NotificationFeed *feedOf(const QModelIndex &index) const;
    QModelIndex forumIndex(const QString &forumKey) const;
    int unreadCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void unreadCountChanged(int count);

private:
    struct Forum
    {
        QString key;
        QString name;
        NotificationFeed *feed; // leaves the tree when destroyed
    };

    int rowOf(const NotificationFeed *feed) const;
    QModelIndex forumRow(const NotificationFeed *feed) const;
    void removeRow(int row, bool feedAlive = true);
    void countMaybeChanged();

    QList<Forum *> m_forums;
    int m_unread = 0;
};

} // namespace Aivizor
