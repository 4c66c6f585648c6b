#pragma once

#include "lib/domain/community.h"
#include "lib/net/apierror.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

namespace Aivizor {

class ForumClient;
class ForumStore;
class ReadingState;

// The community (category) tree, built from parent ids at any depth. One column.
// Internal ids are community ids, so indexes stay meaningful across refreshes: the first load is a
// single reset, later loads update in place (dataChanged / insertRows / removeRows / moveRows).
// With a store, the first reload() shows the saved tree at once and saves what the forum sends;
// a failure the saved tree covers is not reported through errorOccurred().
class CommunityTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_PROPERTY(QDateTime savedCopyTime READ savedCopyTime NOTIFY savedCopyTimeChanged)
public:
    // Qt::DisplayRole     QString  name
    // Qt::DecorationRole  QColor   community color (invalid when the server sent none)
    // Qt::ToolTipRole     QString  description (plain text)
    enum Roles {
        IdRole = Qt::UserRole + 1, // int      community id
        NameRole,                  // QString  name (same as DisplayRole)
        SlugRole,                  // QString  slug (cosmetic; may be empty)
        ColorRole,                 // QColor   background color
        TextColorRole,             // QColor   text color
        DescriptionRole,           // QString  description (same as ToolTipRole)
        TopicCountRole,            // int      topic count
        PostCountRole,             // int      post count
        ParentIdRole,              // int      parent community id, 0 at top level
        ReadRestrictedRole,        // bool     private community
        PositionRole,              // int      server's sort position
        NewCountRole,              // int      new topics, sub-communities included (needs a ReadingState)
        UnreadCountRole            // int      unread topics, sub-communities included
    };
    Q_ENUM(Roles)

    explicit CommunityTreeModel(ForumClient *client = nullptr, QObject *parent = nullptr);

    void setClient(ForumClient *client);
    // Not owned; null: the network only.
    void setStore(ForumStore *store);
    // Not owned; its count changes repaint the communities concerned and their parents.
    void setReadingState(ReadingState *reading);
    // When the saved tree shown was fetched; invalid once the forum has answered.
    QDateTime savedCopyTime() const { return m_savedCopyTime; }
    // Fetches /site.json (falling back to /categories.json when site.json fails) and applies it.
    void reload();
    // Applies a community list: reset on first load, in-place updates afterwards.
    // Communities whose parent is unknown are shown at top level.
    void setCommunities(const QList<Community> &communities);

    QModelIndex indexForId(int communityId) const;
    int communityId(const QModelIndex &index) const;
    // The community with that id, or a default Community (id 0) when unknown.
    Community community(int communityId) const;
    QList<Community> communities() const;

    bool isLoading() const { return m_loading; }
    ApiError lastError() const { return m_lastError; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    void loaded(); // after a reload() or setCommunities() has been applied
    void savedCopyTimeChanged(const QDateTime &fetchedAt);

private:
    struct Node
    {
        Community community;
        int parent = 0;      // effective parent: 0 when the server's parent is unknown or cyclic
        QList<int> children; // child ids in display order
    };
    void setLoading(bool loading);
    // Effective parent per id and children per parent (0 = root), in input order.
    static void buildStructure(const QList<Community> &communities, QHash<int, int> &parentOf,
                               QHash<int, QList<int>> &childrenOf);
    void applyUpdate(const QList<Community> &communities);
    void removeSubtree(int id);
    const QList<int> &childrenOf(int parentId) const;
    QList<int> &childrenOf(int parentId);
    int rowOf(int id) const;
    // New (or unread) topics of the community and all below it.
    int subtreeCount(int id, bool unread) const;

    void applyFetched(const QList<Community> &communities);
    void setSavedCopyTime(const QDateTime &fetchedAt);

    QPointer<ForumClient> m_client;
    QPointer<ForumStore> m_store;
    QPointer<ReadingState> m_reading;
    QDateTime m_savedCopyTime;
    QHash<int, Node> m_nodes; // by community id
    QList<int> m_roots;
    bool m_populated = false;
    bool m_loading = false;
    ApiError m_lastError;
};

} // namespace Aivizor
