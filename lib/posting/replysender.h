#pragma once

#include "lib/domain/post.h"
#include "lib/net/apierror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace Aivizor {

class DraftStore;
class ForumWriter;
class Outbox;
struct OutboxEntry;

// Drives the Outbox: sends each entry when it is due, one at a time, through the ForumWriter of its
// forum, and records the outcome in the Outbox (which persists it, so pending posts survive restarts).
//   success          -> markSucceeded, DraftStore::removeIfUnchanged, posted() / queuedForApproval()
//   422 and other 4xx -> permanent failure; the text stays in the outbox and rejected() carries the
//                       server's messages for the UI to show beside the text
//   429              -> waits Retry-After / wait_seconds, then sends again (cancel() gives up)
//   network, 5xx     -> retried with the Outbox's back-off (ApiError::isRetryable())
// Before resending an entry whose earlier attempt may have reached the server, it runs the
// duplicate check (ForumWriter::findOwnPost/findOwnTopic) and takes a found post as the success,
// so a lost answer never turns into a second post.
class ReplySender : public QObject
{
    Q_OBJECT
public:
    // Server and client clocks differ; a post found by the duplicate check may carry a creation
    // time up to this much before the outbox entry's.
    static constexpr int ClockSlackSeconds = 600;

    explicit ReplySender(Outbox *outbox, QObject *parent = nullptr);

    // Entries for `site` are sent through `writer` (whose Transport is signed in as `username`).
    // `drafts` (optional) is that forum's DraftStore; drafts are removed once their text was posted.
    // None of them is owned.
    void addSite(const QUrl &site, ForumWriter *writer, const QString &username, DraftStore *drafts = nullptr);
    // Entries of a removed site stay queued until the site is added again.
    void removeSite(const QUrl &site);

    // Starts sending (and keeps going as entries are added or become due). Stopped by default so the
    // app can register its sites first.
    void start();
    // Stops scheduling. A request in flight still completes and its outcome is recorded.
    void stop();
    bool isRunning() const { return m_running; }

    // Gives up on an entry that is waiting (back-off, rate limit, permanent failure): it leaves the
    // outbox; its draft is kept. Returns false for unknown entries and the one in flight.
    bool cancel(const QUuid &entryId);

    QUuid inFlight() const { return m_inFlight; }

signals:
    void sending(const QUuid &entryId);
    void posted(const QUuid &entryId, const Post &post);
    // The forum accepted the post into its moderation queue; it appears once a moderator approves.
    void queuedForApproval(const QUuid &entryId);
    // A permanent failure: the text is kept in the outbox until edited or discarded. The error's
    // serverMessages hold what the forum said (for the UI to show beside the text).
    void rejected(const QUuid &entryId, const ApiError &error);
    // A failure that will be retried at `nextAttempt` (UTC).
    void retryScheduled(const QUuid &entryId, const QDateTime &nextAttempt, const ApiError &error);

private:
    struct Site
    {
        QPointer<ForumWriter> writer;
        QString username;
        QPointer<DraftStore> drafts;
    };

    void scheduleSoon();
    void processNext();
    void send(const OutboxEntry &entry, const Site &site);
    void checkThenSend(const OutboxEntry &entry, const Site &site);
    void succeeded(const OutboxEntry &entry, const Site &site, const Post &post, bool queued);
    void failed(const OutboxEntry &entry, const ApiError &error);
    void finishAttempt();

    Outbox *m_outbox;
    QHash<QString, Site> m_sites; // by normalizedSiteUrl()
    QTimer m_timer;
    QUuid m_inFlight;
    bool m_running = false;
};

} // namespace Aivizor
