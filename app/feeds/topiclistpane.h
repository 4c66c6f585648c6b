#pragma once

#include "lib/domain/feedspec.h"
#include "lib/models/topiclistmodel.h"
#include "lib/net/apierror.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;

namespace Aivizor {

class ForumStore;
class ReadingState;

class ImageCache;
class ErrorBanner;
class FeedModelCache;
class ForumClient;
class TopicDelegate;
class TopicFilterProxy;

// The middle pane: a filter box, an error banner and the topic list of one feed. Each feed keeps
// its own TopicListModel in an LRU cache, so switching back to a feed is instant and does not
// refetch. More pages load as the list scrolls (QListView calls fetchMore through the proxy).
class TopicListPane : public QWidget
{
    Q_OBJECT
public:
    explicit TopicListPane(QWidget *parent = nullptr);

    void setClient(ForumClient *client, ImageCache *avatars);
    // The forum's saved copy (not owned; may be null): feeds open from it at once and offline.
    // Call before setClient().
    void setStore(ForumStore *store) { m_store = store; }
    // What the reader has read (not owned; may be null): bold unread rows with their counts.
    // Call before setClient().
    void setReadingState(ReadingState *reading);
    // Shows only new and unread topics of the loaded rows.
    void setUnreadOnly(bool unreadOnly);
    bool unreadOnly() const;
    // Shows a feed: its cached model when there is one, else a new model loading page 0.
    void showFeed(const FeedSpec &feed);
    FeedSpec currentFeed() const { return m_feed; }
    bool hasFeed() const { return m_model != nullptr; }
    // Reloads the current feed (F5), or retries it after an error.
    void refresh();

    // Moves the selection (n / p) and opens the topic; false at either end.
    bool selectNext();
    bool selectPrevious();
    // Selects a topic by id if it is loaded, without emitting topicActivated.
    void selectTopic(int topicId);
    int currentTopicId() const;
    QString currentTopicSlug() const;

    // The rows' font (Settings); relayouts the list, whose rows grow or shrink with it.
    void setListFont(const QFont &font);

    void focusFilter();
    bool isLoading() const;
    // True once the current feed has answered (rows or an error).
    bool hasSettled() const;

    TopicListModel *currentModel() const { return m_model; }
    TopicFilterProxy *proxy() const { return m_proxy; }
    QListView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    ErrorBanner *errorBanner() const { return m_banner; }
    FeedModelCache *cache() const { return m_cache; }

signals:
    void topicActivated(int topicId);
    void loadingChanged(bool loading);
    void pageLoaded(int page);
    void failed(const ApiError &error);
    // The feed model on screen changed (a feed switch); `previous` may be gone soon.
    void currentModelChanged(TopicListModel *current, TopicListModel *previous);

private:
    void attachModel(TopicListModel *model);
    void onModelError(TopicListModel *model, const ApiError &error);
    void onCurrentChanged(const QModelIndex &current);
    void rememberViewState();
    void updateEmptyState();
    bool moveBy(int delta);

    QLineEdit *m_filter = nullptr;
    QAction *m_unreadOnly = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_empty = nullptr;
    QListView *m_view = nullptr;
    TopicDelegate *m_delegate = nullptr;
    TopicFilterProxy *m_proxy = nullptr;
    FeedModelCache *m_cache = nullptr;
    QPointer<ForumClient> m_client;
    ForumStore *m_store = nullptr;
    QPointer<ReadingState> m_reading;
    QPointer<TopicListModel> m_model;
    FeedSpec m_feed;
    QString m_feedKey;
    bool m_restoring = false;
};

} // namespace Aivizor
