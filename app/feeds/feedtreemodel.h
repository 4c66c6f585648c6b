#pragma once

#include "lib/domain/feedspec.h"

#include <QAbstractItemModel>
#include <QPointer>

#include "lib/models/communitytreemodel.h"

namespace Aivizor {

class ReadingState;

// The navigation tree: the site as the single root, "Latest", "Top", "New" and "Unread" as its first
// children (the view hides the last two for an anonymous reader: the forum serves them only to
// someone signed in), then
// the communities of a CommunityTreeModel with their sub-communities. A hand-written wrapper rather
// than a proxy because it adds rows the source does not have; the source's community ids (stable
// across refreshes) are our internal ids, so its signals map one to one.
class FeedTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind { Site, Latest, Top, Community, New, Unread };
    Q_ENUM(NodeKind)

    enum Roles {
        KindRole = Qt::UserRole + 100, // NodeKind as int
        FeedKeyRole,                   // QString  FeedKey of the entry ("latest", "c/5")
        TopicCountRole,                // int      topics (communities only, else 0)
        DotColorRole,                  // QColor   community color (invalid otherwise)
        NewCountRole,                  // int      new topics below this entry (ReadingState)
        UnreadCountRole                // int      unread topics below this entry
    };

    explicit FeedTreeModel(CommunityTreeModel *source, QObject *parent = nullptr);

    CommunityTreeModel *sourceModel() const { return m_source; }

    // Not owned; the source model gets it too.
    void setReadingState(ReadingState *reading);

    QString siteName() const { return m_siteName; }
    void setSiteName(const QString &name);

    QModelIndex siteIndex() const;
    QModelIndex indexForFeedKey(const QString &feedKey) const;
    // The feed an entry opens; the site row opens Latest.
    FeedSpec feedFor(const QModelIndex &index) const;
    // A display name for any feed ("Latest", "OpenAI", "#news").
    QString feedTitle(const FeedSpec &feed) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static constexpr quintptr SiteId = quintptr(-1);
    static constexpr quintptr LatestId = quintptr(-2);
    static constexpr quintptr TopId = quintptr(-3);
    static constexpr quintptr NewId = quintptr(-4);
    static constexpr quintptr UnreadId = quintptr(-5);
    static constexpr int FixedRows = 4; // Latest, Top, New, Unread

    NodeKind kindOf(const QModelIndex &index) const;
    // ", 3 unread, 2 new" for a screen reader; empty without counts.
    QString countsText(const QModelIndex &index) const;
    QModelIndex toSource(const QModelIndex &index) const;
    QModelIndex fromSource(const QModelIndex &sourceIndex) const;
    QModelIndex parentFromSource(const QModelIndex &sourceParent) const;
    int offsetFor(const QModelIndex &sourceParent) const { return sourceParent.isValid() ? 0 : FixedRows; }
    void connectSource();

    QPointer<CommunityTreeModel> m_source;
    QPointer<ReadingState> m_reading;
    QString m_siteName;
    // Top-level community rows as this model last announced them: rowCount() must not jump ahead
    // of the begin/end signals we forward while the source is already changed.
    int m_topCount = 0;
};

} // namespace Aivizor
