#pragma once

#include "lib/domain/post.h"
#include "lib/domain/topic.h"
#include "lib/net/apierror.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Aivizor {

class ForumClient;
class ForumStore;
class ReadingState;

// A topic's posts. load() fetches /t/{id}.json, keeps the full post id stream and the topic
// metadata. Rows are ALL posts of the stream (rowCount() == stream size); rows not loaded yet
// answer LoadedRole=false, PostIdRole with their id, and null for everything else. Posts arrive in
// chunks of 20 ids (/t/{id}/posts.json?post_ids[]=...), aligned to stream index multiples of 20;
// filling a chunk emits dataChanged for its rows. After the first load there are no resets.
//
// With a store, load() shows the saved topic at once (topicLoaded() before it returns) and the
// forum's answer then changes it in place: posts that left the stream are removed, new ones
// inserted, changed ones updated (dataChanged only for rows that differ). A chunk is filled from
// the store first and asked of the forum too. While saved rows are shown, savedCopyTime() says
// when they were fetched, and a failure the saved copy covers is not reported through
// errorOccurred(). Everything the forum sends, and every local change, is saved.
class PostListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QDateTime savedCopyTime READ savedCopyTime NOTIFY savedCopyTimeChanged)
public:
    static constexpr int ChunkSize = 20;

    // Qt::DisplayRole  QString  cooked HTML (same as CookedRole)
    enum Roles {
        PostIdRole = Qt::UserRole + 1, // int        post id (also for rows not loaded yet)
        PostNumberRole,                // int        post number (numbers can have gaps)
        UsernameRole,                  // QString    author's username
        NameRole,                      // QString    author's display name (may be empty)
        AvatarUrlRole,                 // QUrl       author's avatar at 48 px, resolved
        CreatedAtRole,                 // QDateTime  creation time (UTC)
        CookedRole,                    // QString    server HTML, UNSANITIZED: sanitize before display
        ReplyToPostNumberRole,         // int        post number answered, 0 for the topic
        ReplyToUsernameRole,           // QString    username answered (may be empty)
        LikeCountRole,                 // int        likes
        LikedRole,                     // bool       the current user liked it
        CanLikeRole,                   // bool       the current user may like it
        PostTypeRole,                  // int        1 regular, 2 moderator action, 3 small action, 4 whisper
        LoadedRole,                    // bool       false until this row's chunk arrived
        UpdatedAtRole,                 // QDateTime  last edit time (UTC)
        ReplyCountRole,                // int        direct replies
        ActionCodeRole,                // QString    small-action code ("closed.enabled")
        CanUndoLikeRole                // bool       the like may still be withdrawn
    };
    Q_ENUM(Roles)

    explicit PostListModel(ForumClient *client = nullptr, QObject *parent = nullptr);

    void setClient(ForumClient *client);
    // Not owned; null: the network only.
    void setStore(ForumStore *store);
    // Not owned; the forum's topic view (last read post, level) is applied to it.
    void setReadingState(ReadingState *reading);

    // Loads a topic: one reset when it arrives, then topicLoaded().
    void load(int topicId);
    // Asks the forum for the topic shown again and changes the rows in place (a saved copy shown
    // offline, once the forum answers again); loads it when nothing is shown.
    void refresh();
    int topicId() const { return m_topicId; }
    Topic topic() const { return m_topic; }   // metadata; posts beyond the first chunk live in the rows
    bool hasTopic() const { return m_topicLoaded; }

    // Makes sure the chunk containing `row` is loaded or requested.
    void ensureLoaded(int row);
    bool isRowLoaded(int row) const;
    // Loads the chunk containing post number `number` without loading the rows before it. When the
    // row is known, emits postNumberReady at once (and returns the row); otherwise estimates the row
    // from the stream, fetches that chunk, corrects, and emits postNumberReady later (returns -1).
    // A number that does not exist (deleted, gap) resolves to the next existing post.
    int jumpToPostNumber(int postNumber);
    int rowForPostNumber(int postNumber) const; // -1 unless a loaded post has that number
    int rowForPostId(int postId) const;          // -1 when the id is not in the stream
    std::optional<Post> postAt(int row) const;   // empty when not loaded

    // Changes after the load, each announced for its row only (never a reset):
    // an edited post replaces the loaded one (dataChanged; ignored when the id is not loaded).
    void updatePost(const Post &post);
    // A like toggled (optimistically, rolled back, or the server's answer): dataChanged.
    void setLikeState(int postId, bool liked, int likeCount);
    // A post that joined the topic (the user's reply, a new post): rowsInserted at its place in
    // the stream (ordered by post number); an id already in the stream is updated instead.
    void insertPost(const Post &post);

    bool isLoading() const { return !m_chunkRequests.isEmpty() || m_topicRequest != 0; }
    ApiError lastError() const { return m_lastError; }
    // When the saved topic shown was fetched; invalid once the forum has sent it.
    QDateTime savedCopyTime() const { return m_savedCopyTime; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // True while a chunk after the loaded prefix is still missing and nothing is in flight.
    bool canFetchMore(const QModelIndex &parent) const override;
    // Requests the first chunk that is not loaded; ignored while loading or when all is loaded.
    void fetchMore(const QModelIndex &parent) override;

signals:
    void topicLoaded();
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    void rowsLoaded(int firstRow, int lastRow);      // a chunk filled these rows
    void postNumberReady(int postNumber, int row);   // answer to jumpToPostNumber()
    void savedCopyTimeChanged(const QDateTime &fetchedAt);

private:
    void requestChunk(int chunk);
    void applyPosts(const QList<int> &requested, const QList<Post> &posts);
    void applyTopic(const Topic &topic);
    void requestTopic(bool merge);
    bool showStoredTopic(int topicId);
    // Fills the rows of `ids` that the store has; they stay stale until the forum sends them.
    void fillFromStore(const QList<int> &ids);
    // The forum's version of the topic shown from the store: false when the streams cannot be
    // reconciled in place (then the caller loads it afresh).
    bool mergeTopic(const Topic &fresh);
    void setRow(int row, const Post &post);
    void savePosts(const QList<Post> &posts);
    void setSavedCopyTime(const QDateTime &fetchedAt);
    void updateLoading(bool wasLoading);
    void resolvePendingJump();
    // Picks an unloaded row likely to hold `postNumber`, from the loaded posts around it;
    // -1 when the loaded neighbours prove the number does not exist. `fallbackRow` then gets
    // the row of the next existing post.
    int estimateRow(int postNumber, int *fallbackRow) const;
    int firstUnloadedRow() const;
    bool isRowPending(int row) const; // not loaded, not known missing
    void cancelAll();
    QUrl forumBase() const;

    QPointer<ForumClient> m_client;
    QPointer<ForumStore> m_store;
    QPointer<ReadingState> m_reading;
    int m_topicId = 0;
    Topic m_topic;
    bool m_topicLoaded = false;
    QList<int> m_stream;                      // post ids, in order
    QList<std::optional<Post>> m_rows;        // parallel to m_stream
    QHash<int, int> m_rowByPostId;
    QHash<int, int> m_rowByPostNumber;        // loaded posts only
    QSet<int> m_inFlightIds;                  // post ids requested and not answered yet
    QSet<int> m_missing;                      // ids the server did not return (deleted meanwhile)
    QSet<int> m_stale;                        // ids filled from the store, not yet sent by the forum
    QSet<quint64> m_chunkRequests;
    quint64 m_topicRequest = 0;
    quint64 m_generation = 0;                 // bumps on load() so stale replies are ignored
    int m_pendingJump = 0;                    // post number awaited by jumpToPostNumber, 0 = none
    int m_jumpAttempts = 0;
    ApiError m_lastError;
    QDateTime m_savedCopyTime;
};

} // namespace Aivizor
