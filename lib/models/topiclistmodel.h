#pragma once

#include "lib/domain/feedspec.h"
#include "lib/domain/topic.h"
#include "lib/domain/topicpage.h"
#include "lib/domain/user.h"
#include "lib/net/apierror.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

namespace Aivizor {

class ForumClient;
class ForumStore;
class ReadingState;

// One topic feed, paged: page 0 on setFeed()/refresh(); further pages through
// canFetchMore()/fetchMore(), appended with beginInsertRows (never a reset). fetchMore() ignores
// calls while loading or at the end. Topics are deduplicated by id across pages (a topic bumped
// between two page loads would otherwise appear twice).
//
// With a store, setFeed() shows the saved page 0 at once and the forum's answer then refreshes it
// in place; a later page the forum cannot deliver (offline, timeout, 5xx) comes from the store.
// While saved rows are shown, savedCopyTime() says when they were fetched and a failure that the
// saved copy covers is not reported through errorOccurred() (lastError() still has it). Every page
// the forum sends is saved.
class TopicListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QDateTime savedCopyTime READ savedCopyTime NOTIFY savedCopyTimeChanged)
public:
    // Qt::DisplayRole  QString  title
    // Qt::ToolTipRole  QString  excerpt (empty unless the server sent one)
    enum Roles {
        IdRole = Qt::UserRole + 1, // int          topic id
        TitleRole,                 // QString      title (plain text, never fancy_title)
        SlugRole,                  // QString      slug
        AuthorNameRole,            // QString      original poster's display name (name or username)
        AuthorUsernameRole,        // QString      original poster's username
        AvatarUrlRole,             // QUrl         original poster's avatar at 48 px, resolved
        ReplyCountRole,            // int          replies
        ViewsRole,                 // int          views
        LikeCountRole,             // int          likes
        PostsCountRole,            // int          posts (including the first)
        CreatedAtRole,             // QDateTime    creation time (UTC)
        LastActivityRole,          // QDateTime    last post (or bump) time (UTC)
        TagsRole,                  // QStringList  tag names
        PinnedRole,                // bool         pinned
        ClosedRole,                // bool         closed
        CategoryIdRole,            // int          community id
        ExcerptRole,               // QString      excerpt (pinned topics only, usually)
        ArchivedRole,              // bool         archived
        LastPosterUsernameRole,    // QString      last poster's username
        IsNewRole,                 // bool         new to the reader (needs a ReadingState)
        IsUnreadRole,              // bool         read before, with posts not read yet
        UnreadPostsRole            // int          posts not read yet (unread topics only)
    };
    Q_ENUM(Roles)

    explicit TopicListModel(ForumClient *client = nullptr, QObject *parent = nullptr);

    void setClient(ForumClient *client);
    // Not owned; null: the network only.
    void setStore(ForumStore *store);
    // Not owned. The forum's rows feed it, and its changes repaint the rows (IsNewRole...).
    void setReadingState(ReadingState *reading);
    // Switches to a feed: clears the rows (reset) and loads page 0.
    void setFeed(const FeedSpec &feed);
    FeedSpec feed() const { return m_feed; }
    // Reloads page 0 of the current feed: rows of topics still present are updated in place,
    // new topics inserted, vanished ones removed; later pages are dropped.
    void refresh();

    bool isLoading() const { return m_loading; }
    ApiError lastError() const { return m_lastError; }
    bool hasMore() const { return m_hasMore; }
    int loadedPages() const { return m_nextPage; }
    // When the saved rows shown were fetched; invalid once the forum has answered (or when
    // nothing saved is shown).
    QDateTime savedCopyTime() const { return m_savedCopyTime; }

    TopicSummary topicAt(int row) const;       // default TopicSummary when out of range
    int rowForTopicId(int topicId) const;      // -1 when absent
    User user(int userId) const;               // users seen on loaded pages

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    void pageLoaded(int page); // 0-based page that was just applied
    void savedCopyTimeChanged(const QDateTime &fetchedAt);

private:
    static QString accessibleText(const TopicSummary &topic, const QDateTime &lastActivity);
    void setLoading(bool loading);
    void requestPage(int page, bool isRefresh);
    bool showStoredPage(int page, bool isRefresh);
    void setSavedCopyTime(const QDateTime &fetchedAt);
    void appendPage(int page, const TopicPage &topicPage);
    void applyRefresh(const TopicPage &topicPage);
    void finishPage(int page, const TopicPage &topicPage);
    QUrl forumBase() const;

    QPointer<ForumClient> m_client;
    QPointer<ForumStore> m_store;
    QPointer<ReadingState> m_reading;
    FeedSpec m_feed;
    QList<TopicSummary> m_topics;
    QHash<int, User> m_users;
    QString m_moreTopicsUrl;
    int m_nextPage = 0;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_started = false; // setFeed() has been called
    quint64 m_requestId = 0;
    quint64 m_generation = 0; // bumps on setFeed so stale replies are ignored
    ApiError m_lastError;
    QDateTime m_savedCopyTime;
};

} // namespace Aivizor
