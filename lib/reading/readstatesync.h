#pragma once

#include "lib/net/apierror.h"
#include "lib/session/backoff.h"
#include "lib/store/storedvalues.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Aivizor {

class ForumClient;
class ForumStore;
class ForumWriter;
class ReadingState;

// Tells the forum what was read and changed here, and brings its state back. Every change is
// applied to the ReadingState at once and queued (in the store, so nothing is lost by quitting or
// a crash); the queue is sent in order, one request at a time, while a reader is signed in and
// the forum answers. Timings for a topic still waiting are merged into one request, so an
// offline read arrives once. A network failure, 429 or 5xx keeps the change and tries again with
// the usual back-off (and at once when the forum is back); a refusal (403, 404, 422) drops it and
// the next refresh puts the forum's state back. refresh() fetches the tracking report.
class ReadStateSync : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
public:
    ReadStateSync(ForumClient *client, ForumWriter *writer, ReadingState *state, QObject *parent = nullptr);

    // Not owned; loads what was left unsent.
    void setStore(ForumStore *store);
    // The signed-in reader; empty: nothing is sent or fetched (anonymous reading stays local).
    void setUsername(const QString &username);
    QString username() const { return m_username; }
    int pendingCount() const { return int(m_queue.size()); }

    // From the ReadTracker: marks the posts read in the ReadingState and queues the timings.
    void addTimings(int topicId, const QMap<int, int> &postMs, int topicMs);
    void markTopicsRead(const QList<int> &topicIds);
    void markTopicUnread(int topicId);
    void setNotificationLevel(int topicId, int level);

public slots:
    // Fetches the tracking report (signed in only); the ReadingState applies it.
    void refresh();
    // Sends what is queued now (the forum is back).
    void sendNow();

signals:
    void pendingCountChanged(int count);
    void refreshed();
    // A change the forum refused (dropped) or a refresh that failed.
    void failed(const Aivizor::ApiError &error);

private:
    void enqueue(PendingReadOp op);
    void sendNext();
    void onSent(const ApiError &error);
    void updatePending(int topicId);
    qint64 nextId();

    QPointer<ForumClient> m_client;
    QPointer<ForumWriter> m_writer;
    QPointer<ReadingState> m_state;
    QPointer<ForumStore> m_store;
    QString m_username;
    QList<PendingReadOp> m_queue;
    bool m_sending = false;
    Backoff m_backoff{5000, 5 * 60 * 1000};
    QTimer m_retry;
    qint64 m_lastId = 0;
};

} // namespace Aivizor
