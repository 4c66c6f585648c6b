#pragma once

#include "lib/domain/post.h"
#include "lib/domain/topic.h"
#include "lib/net/apierror.h"
#include "lib/net/forumclient.h"
#include "lib/session/backoff.h"
#include "lib/store/storedvalues.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>

namespace Aivizor {

class ForumStore;

// "Make available offline" for a community: saves its latest topics (the list pages, every post
// of each topic, the forum's images in them and the authors' avatars) into the ForumStore and marks
// them offline so the disk cap never evicts them.
//
// Gentle to the forum: one topic at a time, and within it no more requests in flight than the
// Transport's cap on parallel ones; a 429 stops sending for its Retry-After (at least 1 s) and
// then sends the same request again; other retryable failures pause on the Backoff and retry; a
// topic that fails for good is skipped and counted. Images already in the store are not fetched
// again, only tied to the topic so that the disk cap keeps them.
//
// Resumable: the job and the topics it has saved are kept in the store as it goes, so a new
// process calling resume() carries on without fetching those topics again. cancel() stops at once
// and forgets the job; what was saved stays saved and offline.
class OfflineDownload : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(int communityId READ communityId NOTIFY communityChanged)
    Q_PROPERTY(QString communityName READ communityName NOTIFY communityChanged)
    Q_PROPERTY(int done READ done NOTIFY progressChanged)
    Q_PROPERTY(int skipped READ skipped NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    Q_PROPERTY(Aivizor::ApiError lastError READ lastError NOTIFY lastErrorChanged)

public:
    static constexpr int DefaultTopicLimit = 200;

    // Neither is owned; both must outlive this object.
    OfflineDownload(ForumClient *client, ForumStore *store, QObject *parent = nullptr);
    ~OfflineDownload() override;

    bool isRunning() const { return m_running; }
    int communityId() const { return m_communityId; }
    // From the store's copy of the site; empty when the site was never saved.
    QString communityName() const { return m_communityName; }
    // Topics saved completely / given up on (a permanent error) / to save in all.
    int done() const { return m_done; }
    int skipped() const { return m_skipped; }
    int total() const { return m_total; }
    // The last error met, retried or not (Kind::None when there was none).
    ApiError lastError() const { return m_lastError; }
    // Answers received in this job, images and retries included (for statistics).
    int answers() const { return m_answers; }

    // Pixel sizes at which each author's avatar is saved (default 48 and 96: the lists and the
    // reader). Set before start().
    QList<int> avatarSizes() const { return m_avatarSizes; }
    void setAvatarSizes(const QList<int> &sizes) { m_avatarSizes = sizes; }

    // Saves the community's latest `topicLimit` topics, replacing an earlier job for it. While
    // another community is being saved, this one waits for its turn.
    void start(int communityId, int topicLimit = DefaultTopicLimit);
    // Stops at once (requests in flight are aborted) and forgets this job and the waiting ones.
    void cancel();
    // Carries on with the jobs the store holds that did not run to their end. False when none.
    bool resume();

signals:
    void runningChanged(bool running);
    void communityChanged();
    void progressChanged();
    void lastErrorChanged();
    // One topic is completely in the store.
    void topicSaved(int topicId);
    // The job for `communityId` ran to its end (skipped topics included).
    void finished(int communityId);
    // The job stopped: its topic list could not be read, or the store could not be written.
    void failed(const Aivizor::ApiError &error);

private:
    void begin(int communityId, int topicLimit, const QSet<int> &savedTopicIds);
    void fetchListPage(const QString &moreTopicsUrl);
    void listComplete();
    void nextTopic();
    void fetchTopic(int topicId);
    void fetchChunk(int topicId, const QList<int> &postIds);
    void fetchImage(const QUrl &url, int attempt);
    void postsComplete();
    void topicComplete();
    void skipTopic(const ApiError &error);
    void jobComplete();
    void fail(const ApiError &error);
    void stop();
    void setRunning(bool running);
    void setError(const ApiError &error);

    // Requests wait in m_work and go out while fewer than the Transport's cap are in flight and
    // no pause (a 429's wait, a back-off) is running.
    void queue(std::function<void()> send);
    void pump();
    // Called first with each answer of the current run: true when the request went back to the
    // front of the queue (`again` sends it) behind a pause, false when the caller goes on with the
    // answer. Without mayRetry, a retryable error is handed to the caller too.
    bool answered(const ApiError &error, std::function<void()> again, bool mayRetry = true);
    void track(ForumClient::RequestId id) { m_requests.insert(id); }
    // True when the answer belongs to the current run (not to one cancelled since).
    bool current(quint64 generation) const { return generation == m_generation && m_running; }

    ForumClient *m_client;
    ForumStore *m_store;
    QList<int> m_avatarSizes = {48, 96};
    Backoff m_backoff;
    QTimer m_pause;
    std::deque<std::function<void()>> m_work;
    int m_inFlight = 0;

    bool m_running = false;
    int m_communityId = 0;
    QString m_communityName;
    int m_topicLimit = 0;
    int m_done = 0;
    int m_skipped = 0;
    int m_total = 0;
    int m_answers = 0;
    ApiError m_lastError;
    QList<OfflineJob> m_waiting; // jobs whose turn comes after this one

    quint64 m_generation = 0;
    QSet<ForumClient::RequestId> m_requests;
    QSet<int> m_savedTopicIds; // by this job, before and after a restart
    QList<int> m_topicIds;     // the listed topics, in list order
    int m_nextTopic = 0;
    int m_listPage = 0;

    // The topic in flight.
    Topic m_topic;
    QList<Post> m_morePosts;   // beyond topic.posts
    int m_pendingRequests = 0; // chunks or images still out
    QSet<QString> m_requestedImages;
};

} // namespace Aivizor
