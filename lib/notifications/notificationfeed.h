#pragma once

#include "lib/domain/notification.h"
#include "lib/net/apierror.h"

#include <QAbstractListModel>
#include <QList>

namespace Aivizor {

class ForumClient;
class ForumWriter;

// A forum's notifications for the signed-in user, newest first. refresh() merges the forum's
// answer in place (new rows inserted at the top, changed rows dataChanged), never a reset, so a
// view keeps its selection. Marking read is optimistic and rolled back when the forum refuses.
class NotificationFeed : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,       // int(Notification::Kind)
        ReadRole,
        TopicIdRole,
        PostNumberRole,
        TopicTitleRole, // also Qt::DisplayRole
        UsernameRole,
        CreatedAtRole,
    };

    static constexpr int DefaultLimit = 60; // Discourse's NotificationsController::INDEX_LIMIT

    NotificationFeed(ForumClient *client, ForumWriter *writer, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Notification &at(int row) const { return m_rows.at(row); }
    int unreadCount() const;
    bool isLoaded() const { return m_loaded; }

public slots:
    void refresh();
    void markRead(qint64 id);
    void markAllRead();
    // Signed out: the rows go (removal), the next refresh is a first load again.
    void clear();

signals:
    void unreadCountChanged(int count);
    void loadedChanged(bool loaded);
    // A notification that was not there at the previous refresh; never for the first load.
    void arrived(const Aivizor::Notification &notification);
    void refreshed();
    void refreshFailed(const Aivizor::ApiError &error);
    void markReadFailed(const Aivizor::ApiError &error);

private:
    void merge(const QList<Notification> &incoming);
    void setRead(const QList<qint64> &ids, bool read);
    int rowOf(qint64 id) const;
    void countMaybeChanged(int before);

    ForumClient *m_client;
    ForumWriter *m_writer;
    QList<Notification> m_rows;
    bool m_loaded = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
};

} // namespace Aivizor
