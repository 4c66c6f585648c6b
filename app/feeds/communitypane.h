#pragma once

#include "lib/domain/feedspec.h"
#include "lib/net/apierror.h"

#include <QPointer>
#include <QWidget>

class QTreeView;

namespace Aivizor {

class CommunityTreeModel;
class ErrorBanner;
class FeedTreeModel;
class ForumClient;
class ForumStore;
class ReadingState;

// The left pane: the forum's navigation tree (site, Latest, Top, communities) with an inline
// error banner. Selecting an entry emits feedSelected() at once.
class CommunityPane : public QWidget
{
    Q_OBJECT
public:
    explicit CommunityPane(QWidget *parent = nullptr);

    // Replaces the models for a new forum and starts loading. `fallbackSiteName` heads the tree
    // until the forum told us its title.
    // The forum's saved copy (not owned; may be null): the tree and the forum's name come from it
    // at once. Call before setClient().
    void setStore(ForumStore *store) { m_store = store; }
    // What the reader has read (not owned; may be null): counts on every entry, and the New and
    // Unread entries while it holds the forum's state (someone is signed in). Call before setClient().
    void setReadingState(ReadingState *reading);
    void setClient(ForumClient *client, const QString &fallbackSiteName);
    void reload();

    // Selects the entry of a feed key; when communities are still loading, the selection is
    // applied once they arrive. Tag feeds have no entry and clear the selection.
    void selectFeed(const QString &feedKey);
    QString selectedFeedKey() const;

    bool isLoading() const;
    bool hasLoaded() const { return m_loaded; }
    QTreeView *view() const { return m_view; }
    FeedTreeModel *feedModel() const { return m_feedModel; }
    CommunityTreeModel *communityModel() const { return m_communities; }
    ErrorBanner *errorBanner() const { return m_banner; }

signals:
    void feedSelected(const FeedSpec &feed);
    void loadingChanged(bool loading);
    void loaded();
    void failed(const ApiError &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &current);
    void fetchSiteName();
    void applyPendingSelection();
    void updateReaderFeeds();

    QTreeView *m_view = nullptr;
    ErrorBanner *m_banner = nullptr;
    QPointer<ForumClient> m_client;
    ForumStore *m_store = nullptr;
    QPointer<ReadingState> m_reading;
    CommunityTreeModel *m_communities = nullptr;
    FeedTreeModel *m_feedModel = nullptr;
    QString m_pendingFeedKey;
    bool m_loaded = false;
    bool m_selecting = false;
};

} // namespace Aivizor
