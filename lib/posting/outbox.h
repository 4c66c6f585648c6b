#pragma once

#include "lib/posting/outboxentry.h"

#include <QAbstractListModel>
#include <QList>
#include <QUrl>

#include <functional>
#include <optional>

namespace Aivizor {

// The persisted queue of posts (replies and new topics) not yet accepted by a forum. It survives
// restarts and is a list model so the UI can show what is waiting, failing or being sent.
//
// Storage: one JSON file written through QSaveFile after every change. The queue holds a handful of
// small entries, so rewriting it whole is cheap; a single atomically replaced file gives the same
// crash safety as the drafts and avoids SQLite's per-thread connection rules and schema upgrades.
//
// Sender loop:
//   while (auto e = outbox.nextDue()) { outbox.markSending(e->id); post(e->payload.toPostsRequest()); }
//   on 200: markSucceeded(id), then DraftStore::removeIfUnchanged(draftKey, payload.raw)
//   on 429: markFailed(id, error, true)  -> waits error.waitSeconds (Retry-After / extras.wait_seconds)
//   on 422 (and other 4xx): markFailed(id, error, false)  -> FailedPermanent; the text is kept
//   on network errors, timeouts, 5xx: markFailed(id, error, true)  -> Backoff (lib/session/backoff.h)
//   wake up again at nextWakeTime().
// Per forum the queue is strictly ordered and one entry is in flight at a time: replies arrive in the
// order they were written, and a 429 or back-off holds back the later entries for that forum too
// (they would hit the same per-user limit). FailedPermanent entries do not block the others.
//
// RESEND CONTRACT. Discourse has no idempotency key for POST /posts.json, so a request whose
// response was lost (timeout, dropped connection, crash) may already have created the post.
// Before sending an entry with mayHaveReachedServer == true, the sender MUST fetch the topic's
// latest posts (for a new topic: the user's latest topics) and look for a post by the same user
// whose raw equals payload.raw. If one exists, call markSucceeded() instead of posting again.
// An entry found in state Sending at load time (the app died mid-request) comes back as Pending with
// mayHaveReachedServer set. Discourse's own duplicate check (unique_posts_mins) answers 422 for an
// identical body, which would otherwise turn a delivered post into a confusing permanent failure.
class Outbox : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SiteRole,
        KindRole,          // OutboxPayload::Kind as int
        TextPreviewRole,   // first ~100 characters of raw, whitespace collapsed (also DisplayRole)
        TitleRole,         // new topics
        TopicIdRole,       // replies
        StateRole,         // OutboxEntry::State as int
        StateTextRole,     // translated
        AttemptsRole,
        NextAttemptRole,   // QDateTime (UTC), invalid when not scheduled
        ErrorRole,         // last error text
        CreatedRole
    };
    Q_ENUM(Role)

    static constexpr int FormatVersion = 1;

    using Clock = std::function<QDateTime()>;   // current UTC time
    using JitterSource = std::function<double()>; // uniform in [0, 1)

    // Loads `filePath` if it exists. A damaged file is moved aside (loadError() says where).
    explicit Outbox(const QString &filePath, QObject *parent = nullptr);

    // <AppDataLocation>/outbox/<siteKey(site)>.json: one queue per forum, owned by its session.
    static QString defaultFilePath(const QUrl &site);

    void setClock(Clock clock);
    void setJitterSource(JitterSource jitter);

    // Moves the entries for `site` out of an outbox file of older versions (one file for every
    // forum) into this one, keeping their state and resend flags; that file goes once it is
    // empty. Safe to repeat after a crash half-way: entries already here are only removed there.
    // Returns how many entries came over.
    int adoptFrom(const QString &legacyPath, const QUrl &site);

    // Kind::Storage when the file could not be read completely at construction.
    ApiError loadError() const { return m_loadError; }
    // The last refused enqueue()/edit() (InvalidInput) or failed save (Storage).
    ApiError lastError() const { return m_lastError; }

    // Returns the new entry's id, or a null QUuid (and lastError()) if the payload is unusable.
    QUuid enqueue(const QUrl &site, const OutboxPayload &payload);
    // The entry to send now, if any (see the ordering rules above).
    std::optional<OutboxEntry> nextDue() const;
    // When nextDue() will next return something without further calls; nullopt if nothing is waiting
    // (empty, everything failed permanently, or only entries in flight).
    std::optional<QDateTime> nextWakeTime() const;
    std::optional<OutboxEntry> entry(const QUuid &id) const;
    QList<OutboxEntry> entries() const { return m_entries; }

    // State changes return false for an unknown id or a transition that makes no sense
    // (e.g. markSucceeded on an entry that is not Sending).
    bool markSending(const QUuid &id);
    bool markSucceeded(const QUuid &id);
    // A retryable RateLimited error waits error.waitSeconds; other retryable ones follow the Backoff.
    bool markFailed(const QUuid &id, const ApiError &error, bool retryable);
    // The user edited a failed or waiting entry: it becomes Pending and due now, attempts reset.
    bool edit(const QUuid &id, const OutboxPayload &payload);
    // "Retry now" on a Pending, WaitingRateLimit or FailedPermanent entry.
    bool retryNow(const QUuid &id);
    // The user gave up on an entry that is not in flight.
    bool discard(const QUuid &id);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString stateText(OutboxEntry::State state);

signals:
    void changed();
    // The queue could not be written (Kind::Storage): what is shown may be lost on a restart.
    void storageError(const ApiError &error);

private:
    int indexOf(const QUuid &id) const;
    QList<int> headRows() const; // per site, the oldest entry that is not FailedPermanent
    void load();
    void save();
    void entryChanged(int row);

    QString m_filePath;
    QList<OutboxEntry> m_entries; // in creation order
    Clock m_clock;
    JitterSource m_jitter;
    ApiError m_loadError;
    ApiError m_lastError;
};

} // namespace Aivizor
