#include "lib/posting/replysender.h"

#include "lib/net/forumwriter.h"
#include "lib/drafts/draftstore.h"
#include "lib/posting/outbox.h"
#include "lib/files/sitekey.h"

#include <QCoreApplication>

namespace Aivizor {

namespace {

// QTimer takes an int of milliseconds; waits longer than this are re-evaluated when it fires.
constexpr qint64 MaxTimerMs = 60 * 60 * 1000;

// Whether a failed send is tried again. An unreadable or oversized 2xx answer to a POST most
// likely created the post, so it is retried too: the duplicate check before the next attempt
// finds it instead of posting twice.
bool shouldResend(const ApiError &e)
{
    return e.isRetryable() || e.kind == ApiError::Kind::MalformedResponse
        || e.kind == ApiError::Kind::ResponseTooLarge;
}

QString draftKey(const OutboxPayload &payload)
{
    return payload.kind == OutboxPayload::Kind::Reply ? DraftStore::topicKey(payload.topicId)
                                                      : DraftStore::newTopicKey();
}

} // namespace

ReplySender::ReplySender(Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReplySender::processNext);
    // New entries, edits and "retry now" change what is due.
    connect(m_outbox, &Outbox::changed, this, &ReplySender::scheduleSoon);
}

void ReplySender::addSite(const QUrl &site, ForumWriter *writer, const QString &username, DraftStore *drafts)
{
    m_sites.insert(normalizedSiteUrl(site), Site{writer, username, drafts});
    scheduleSoon();
}

void ReplySender::removeSite(const QUrl &site)
{
    m_sites.remove(normalizedSiteUrl(site));
}

void ReplySender::start()
{
    m_running = true;
    scheduleSoon();
}

void ReplySender::stop()
{
    m_running = false;
    m_timer.stop();
}

bool ReplySender::cancel(const QUuid &entryId)
{
    if (entryId == m_inFlight)
        return false;
    return m_outbox->discard(entryId);
}

void ReplySender::scheduleSoon()
{
    // Deferred: Outbox::changed also fires from inside our own mark*() calls.
    if (m_running && m_inFlight.isNull())
        m_timer.start(0);
}

void ReplySender::processNext()
{
    if (!m_running || !m_inFlight.isNull())
        return;
    const std::optional<OutboxEntry> due = m_outbox->nextDue();
    if (!due) {
        if (const std::optional<QDateTime> wake = m_outbox->nextWakeTime()) {
            const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(*wake);
            m_timer.start(int(qBound<qint64>(0, ms, MaxTimerMs)));
        }
        return;
    }
    const auto site = m_sites.constFind(due->site);
    if (site == m_sites.cend() || !site->writer)
        return; // no account for that forum right now; addSite() wakes us up again

    // Read before markSending(), which sets the flag for this attempt.
    const bool mayBeOnServer = due->mayHaveReachedServer;
    if (!m_outbox->markSending(due->id))
        return;
    m_inFlight = due->id;
    emit sending(due->id);
    if (mayBeOnServer)
        checkThenSend(*due, *site);
    else
        send(*due, *site);
}

void ReplySender::checkThenSend(const OutboxEntry &entry, const Site &site)
{
    auto onChecked = [this, entry, site](const ApiResult<std::optional<Post>> &result) {
        if (!result.ok()) {
            failed(entry, result.error);
            return;
        }
        if (result.value->has_value())
            succeeded(entry, site, **result.value, false);
        else if (site.writer)
            send(entry, site);
        else
            failed(entry, ApiError::fromKind(ApiError::Kind::Cancelled,
                                             tr("The account for this forum was signed out.")));
    };
    const QDateTime since = entry.createdAt.addSecs(-ClockSlackSeconds);
    const OutboxPayload &p = entry.payload;
    if (p.kind == OutboxPayload::Kind::Reply)
        site.writer->findOwnPost(p.topicId, site.username, p.raw, since, this, onChecked);
    else
        site.writer->findOwnTopic(p.raw, p.categoryId, site.username, since, this, onChecked);
}

void ReplySender::send(const OutboxEntry &entry, const Site &site)
{
    auto onAnswer = [this, entry, site](const ApiResult<CreatedPost> &result) {
        if (!result.ok())
            failed(entry, result.error);
        else
            succeeded(entry, site, result.value->post, result.value->queuedForApproval);
    };
    const OutboxPayload &p = entry.payload;
    if (p.kind == OutboxPayload::Kind::Reply)
        site.writer->createPost(p.topicId, p.raw, p.replyToPostNumber, this, onAnswer);
    else
        site.writer->createTopic(p.title, p.raw, p.categoryId, p.tags, this, onAnswer);
}

void ReplySender::succeeded(const OutboxEntry &entry, const Site &site, const Post &post, bool queued)
{
    m_outbox->markSucceeded(entry.id);
    // Only now is the draft no longer the sole copy of the text; a newer text typed meanwhile stays.
    if (site.drafts)
        site.drafts->removeIfUnchanged(draftKey(entry.payload), entry.payload.raw);
    finishAttempt();
    if (queued)
        emit queuedForApproval(entry.id);
    else
        emit posted(entry.id, post);
}

void ReplySender::failed(const OutboxEntry &entry, const ApiError &error)
{
    const bool retry = shouldResend(error);
    m_outbox->markFailed(entry.id, error, retry);
    finishAttempt();
    if (!retry) {
        emit rejected(entry.id, error);
        return;
    }
    const std::optional<OutboxEntry> now = m_outbox->entry(entry.id);
    emit retryScheduled(entry.id, now ? now->nextAttemptAt : QDateTime(), error);
}

void ReplySender::finishAttempt()
{
    m_inFlight = QUuid();
    scheduleSoon();
}

} // namespace Aivizor
