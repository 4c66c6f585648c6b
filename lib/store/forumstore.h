#pragma once

#include "lib/domain/feedspec.h"
#include "lib/domain/topic.h"
#include "lib/domain/topicpage.h"
#include "lib/domain/topicreadstate.h"
#include "lib/domain/user.h"
#include "lib/net/apiresult.h"
#include "lib/store/storedvalues.h"
#include "lib/store/storewriter.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThread>
#include <QUrl>

#include <memory>

namespace Aivizor {

// What the client has seen of one forum, on disk, so the app paints its last state before the
// network answers and reads everything seen before with the forum unreachable. One SQLite
// database per forum (Qt Sql, QSQLITE), owned by the forum's session.
//
// Schema (StoreSchema, version in PRAGMA user_version; times in ms since the epoch, last_access
// in the store's access clock, µs, strictly increasing):
//   meta(key, value)                 the site's name, description and fetch time
//   communities(id, list_order, ...) one column per Community field
//   tags(list_order, name)
//   feed_pages(feed, page, community_id, fetched_at, last_access, rows)
//                                    a feed's pages as last seen; `rows` is the page encoded by
//                                    StoreCodec (faster to paint from than re-parsing the JSON).
//                                    Storing page 0 drops the feed's later pages: they continued
//                                    the old page 0, and their rows may have moved.
//   topics(id, category_id, fetched_at, last_access, header, stream)
//   posts(id, topic_id -> topics ON DELETE CASCADE, post_number, cooked, details,
//         sanitized, sanitized_images, sanitized_with)
//                                    cooked HTML and its sanitized form; a refresh with the same
//                                    cooked HTML keeps the sanitized form.
//   users(id, username, name, avatar_template, seen_at)
//   images(url, content_type, data, fetched_at, last_access, topic_id)
//                                    images and avatars as blobs, each at most MaxImageBytes; the
//                                    forum's own by path ("/uploads/a.png"), others by full URL
//   reading_positions(topic_id, post_number, pixel_offset, last_read_post_number, updated_at)
//   topic_states(topic_id, category_id, highest_post_number, last_read_post_number,
//                notification_level, in_new_period)
//                                    the reader's state of each topic seen (TopicReadState)
//   pending_read_ops(id, topic_id, kind, payload)
//                                    reading-state changes not yet sent to the forum
//   offline_topics(id), offline_communities(id)   "available offline" marks
//   offline_jobs(community_id, topic_limit, started_at, finished_at)
//   offline_job_topics(community_id -> offline_jobs ON DELETE CASCADE, topic_id)
//                                    "Make available offline" downloads and the topics each has
//                                    saved, so that one cut short carries on after a restart
//   search_topics, search_posts, post_search (FTS5)
//                                    the full-text index of the stored posts, written with them
//                                    in the same transaction and dropped with them (SearchIndex)
//
// Rules:
// - Opening: WAL, synchronous=NORMAL, foreign keys on. An older store is copied (VACUUM INTO
//   "<file>.v<N>-<time>.bak") and then migrated, one transaction per migration. A store from a
//   newer version is refused (ApiError::Kind::Storage) and not touched. A file that is not a
//   database or cannot be read is renamed "<file>.damaged-<time>" and a fresh store is made; so is
//   one that reported corruption while in use (noted in "<file>.damaged" for the next open).
// - Disk cap (default 1 GiB): after writes, while the used pages exceed the cap, the least
//   recently used feed pages, topics (with their posts) and images are deleted, a few per
//   transaction, down to 15/16 of the cap; freed pages then go back to the file system in small
//   incremental-vacuum steps. Reading a page, topic or image counts as a use. Topics marked
//   offline, the topics and feed pages of communities marked offline and the images saved for
//   those topics are never evicted; users and reading positions are small and stay. The file is
//   also capped hard at cap + max(cap/4, 4 MiB): past that, writes fail with SQLITE_FULL.
// - Faults: a failed write (full disk, hard cap) rolls back its transaction and is reported by
//   writeFailed(); what was stored before stays. Every write is a transaction, so a killed
//   process leaves a store that opens and passes PRAGMA integrity_check.
// - Threading: reads are synchronous on the thread that owns the store, through a read-only
//   connection: a feed page or a chunk of posts is one indexed lookup of a few rows, well under
//   a millisecond, so painting from the store needs no round trip through another thread. Writes
//   and eviction run on the store's own worker thread through a second connection, batched into
//   one transaction per burst; put*() only queues the job. In WAL mode the two connections do
//   not block each other. Reads see writes once they are committed (flush() waits for that).
// - Memory: reads are bounded (one page, the posts asked for); eviction walks indexes with
//   LIMIT; each connection's page cache is 2 MiB. Nothing loads a whole table.
class ForumStore : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultDiskCap = 1024LL * 1024 * 1024;
    static constexpr qint64 MaxImageBytes = 16LL * 1024 * 1024;

    explicit ForumStore(QObject *parent = nullptr);
    ~ForumStore() override;

    // <AppDataLocation>/store/<forumKey>.sqlite; forumKey is siteKey() of the forum's URL.
    static QString defaultPath(const QString &forumKey);

    // Opens (creating, migrating or replacing a damaged file as needed). On error the store
    // stays closed: reads then answer Kind::Storage and writes are dropped.
    StoreOpenReport open(const QString &path);
    // Writes what is queued, then closes. The destructor calls it.
    void close();
    bool isOpen() const { return m_reader.isOpen(); }
    QString path() const { return m_path; }

    // The forum's URL: its own images are kept by path, so they survive a change of port.
    void setSiteUrl(const QUrl &site);

    qint64 diskCap() const { return m_diskCap; }
    void setDiskCap(qint64 bytes);
    // The database and its WAL file as they are on disk now.
    qint64 diskUsage() const;
    // The pages in use (what the disk cap is compared with): diskUsage() less free pages.
    qint64 usedBytes() const;

    // Reads: owner thread only, synchronous. Kind::NotFound when nothing is stored.
    ApiResult<StoredSite> site() const;
    ApiResult<StoredFeedPage> feedPage(const FeedSpec &feed, int page) const;
    ApiResult<StoredTopic> topic(int topicId) const;
    // The stored posts among postIds, in that order; ids not stored are left out.
    ApiResult<QList<StoredPost>> posts(int topicId, const QList<int> &postIds) const;
    // Up to `limit` stored posts from post number `fromPostNumber` on, by post number.
    ApiResult<QList<StoredPost>> postsFrom(int topicId, int fromPostNumber, int limit) const;
    ApiResult<User> user(int userId) const;
    ApiResult<StoredImage> image(const QUrl &url) const;
    ApiResult<ReadingPosition> readingPosition(int topicId) const;
    // Reading state (forumstorereadstate.cpp): the states of the given topics, those that are new
    // or unread, and the changes waiting for the forum in the order made.
    QList<TopicReadState> topicStates(const QList<int> &topicIds) const;
    QList<TopicReadState> newOrUnreadTopicStates() const;
    QList<PendingReadOp> pendingReadOps() const;
    bool isTopicOffline(int topicId) const;
    bool isCommunityOffline(int communityId) const;
    ApiResult<OfflineJob> offlineJob(int communityId) const;
    // The communities whose offline job has not run to its end, oldest job first.
    QList<int> unfinishedOfflineJobs() const;

    // Writes: queued to the worker, return at once. Failures arrive through writeFailed().
    // The communities and tags; an empty name or description keeps the saved one.
    void putSite(const StoredSite &site);
    // /site/basic-info's title and description; an empty description keeps the saved one.
    void putSiteName(const QString &name, const QString &description);
    // Also records the page's users.
    void putFeedPage(const FeedSpec &feed, int page, const TopicPage &rows, const QDateTime &fetchedAt);
    // Header, stream and topic.posts (without sanitized forms); also records its users.
    void putTopic(const Topic &topic, const QDateTime &fetchedAt);
    // Posts of a topic stored before, with their sanitized forms.
    void putPosts(int topicId, const QList<StoredPost> &posts);
    void putUsers(const QList<User> &users);
    // topicId ties the image to a topic so that marking the topic offline keeps it. Returns false
    // (and stores nothing) for an empty URL or more than MaxImageBytes.
    bool putImage(const QUrl &url, const QByteArray &contentType, const QByteArray &data, int topicId = 0);
    // Ties an image stored before (with no topic, or one not offline) to topicId, as putImage()
    // with that topic would, without its bytes; one tied to an offline topic stays with it.
    void keepImageForTopic(const QUrl &url, int topicId);
    void putReadingPosition(int topicId, const ReadingPosition &position);
    void putTopicStates(const QList<TopicReadState> &states);
    void putPendingReadOp(const PendingReadOp &op);
    void removePendingReadOps(const QList<qint64> &ids);
    void setTopicOffline(int topicId, bool offline);
    void setCommunityOffline(int communityId, bool offline);
    // Records a new offline job for the community, replacing the one before (and its saved topics).
    void startOfflineJob(int communityId, int topicLimit);
    void addOfflineJobTopic(int communityId, int topicId);
    void finishOfflineJob(int communityId);
    // Forgets the job; what it saved and the offline marks stay.
    void removeOfflineJob(int communityId);
    // Blocks until every queued write is committed (for quitting and tests). False when a write
    // failed since the previous flush().
    bool flush();

signals:
    void writeFailed(const ApiError &error);
    // An eviction run under the disk cap ended, having removed `items` pages, topics and images.
    void evicted(int items);

private:
    QString imageKey(const QUrl &url) const;
    qint64 nextAccessTick() const;
    void touch(const char *sql, const QVariant &key, const QVariant &key2 = {}) const;
    void enqueue(StoreWriter::Job job);

    QThread m_thread;
    std::unique_ptr<StoreWriter> m_writer;
    QSqlDatabase m_reader;
    QString m_readerName;
    QString m_path;
    QUrl m_site;
    qint64 m_diskCap = DefaultDiskCap;
    mutable qint64 m_lastTick = 0;
};

} // namespace Aivizor
