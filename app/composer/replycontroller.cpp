#include "app/composer/replycontroller.h"

#include "app/composer/composerwidget.h"
#include "app/composer/markdownediting.h"

#include "app/reader/readerview.h"

#include "lib/posting/liketoggler.h"
#include "lib/posting/replysender.h"
#include "lib/models/postlistmodel.h"
#include "lib/session/forumsession.h"
#include "lib/drafts/draftstore.h"
#include "lib/posting/outbox.h"
#include "lib/files/sitekey.h"

#include <QLocale>

namespace Aivizor {

ReplyController::ReplyController(ReaderView *reader, ComposerWidget *composer, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_composer(composer)
{
    connect(reader, &ReaderView::topicShown, this, &ReplyController::onTopicShown);
    connect(reader, &ReaderView::replyRequested, this, &ReplyController::openReply);
    connect(reader, &ReaderView::quoteRequested, this, &ReplyController::quote);
    connect(reader, &ReaderView::likeRequested, this, &ReplyController::toggleLike);
    connect(composer, &ComposerWidget::sendRequested, this, &ReplyController::send);
    connect(composer, &ComposerWidget::hideRequested, this, &ReplyController::hideComposer);
    connect(composer, &ComposerWidget::contentChanged, this, &ReplyController::saveDraft);
    connect(composer, &ComposerWidget::cancelWaitRequested, this, &ReplyController::cancelPending);
}

ReplyController::~ReplyController()
{
    flushDrafts();
}

Outbox *ReplyController::outbox() const
{
    return m_session ? m_session->outbox() : nullptr;
}

ReplySender *ReplyController::sender() const
{
    return m_session ? m_session->sender() : nullptr;
}

DraftStore *ReplyController::drafts() const
{
    return m_session ? m_session->drafts() : nullptr;
}

void ReplyController::setSession(ForumSession *session)
{
    flushDrafts();
    if (m_session) {
        m_session->disconnect(this);
        m_session->sender()->disconnect(this);
    }
    delete m_likes;
    m_likes = nullptr;
    m_session = session;
    m_site = session ? session->site() : QUrl();
    m_signedIn = false;
    m_username.clear();
    m_context = Context();
    m_pendingEntry = QUuid();
    if (m_composer) {
        m_composer->setSending(false);
        m_composer->clearContent();
        m_composer->setForumBase(m_site);
    }
    hideComposer();
    if (!session)
        return;
    ReplySender *sender = session->sender();
    connect(sender, &ReplySender::posted, this, &ReplyController::onPosted);
    connect(sender, &ReplySender::rejected, this, &ReplyController::onRejected);
    connect(sender, &ReplySender::retryScheduled, this, &ReplyController::onRetryScheduled);
    connect(sender, &ReplySender::queuedForApproval, this, [this](const QUuid &entryId) {
        if (entryId == m_pendingEntry) {
            m_pendingEntry = QUuid();
            m_composer->setSending(false);
            m_composer->clearContent();
            hideComposer();
        }
        emit statusMessage(tr("Your post was accepted and waits for a moderator's approval."));
    });
    connect(session, &ForumSession::signedInUserChanged, this, &ReplyController::onSignedInUserChanged);
    m_likes = new LikeToggler(session->writer(), this);
    connect(m_likes, &LikeToggler::failed, this, [this](int, const ApiError &error) {
        emit statusMessage(tr("The like could not be changed: %1").arg(error.userText()));
    });
    onSignedInUserChanged(session->signedInUser());
}

void ReplyController::onSignedInUserChanged(const QString &username)
{
    m_signedIn = !username.isEmpty();
    m_username = username;
}

QString ReplyController::draftKey(const Context &context) const
{
    return context.newTopic ? DraftStore::newTopicKey() : DraftStore::topicKey(context.topicId);
}

void ReplyController::flushDrafts()
{
    if (DraftStore *store = drafts())
        store->flush();
}

void ReplyController::onTopicShown(int topicId)
{
    // A new-topic composer stays as it is while the user browses.
    if (m_context.newTopic && m_open)
        return;
    if (!m_context.newTopic && m_context.topicId == topicId)
        return;
    flushDrafts();
    if (!m_pendingEntry.isNull()) {
        // The send goes on in the outbox; the composer moves on to the new topic.
        m_pendingEntry = QUuid();
        m_composer->setSending(false);
    }
    Context context;
    context.topicId = topicId;
    loadDraft(context);
    // A draft left in this topic (also after a crash) is shown again.
    if (!m_composer->text().trimmed().isEmpty())
        showComposer();
    else
        hideComposer();
}

void ReplyController::loadDraft(const Context &context)
{
    m_context = context;
    m_loading = true;
    m_composer->clearContent();
    m_composer->setMode(context.newTopic ? ComposerWidget::Mode::NewTopic : ComposerWidget::Mode::Reply);
    if (DraftStore *store = drafts()) {
        const DraftStore::LoadResult result = store->load(draftKey(context));
        if (result.isOk()) {
            const Draft &draft = result.draft;
            m_composer->setText(draft.text);
            if (context.newTopic) {
                m_composer->setTitle(draft.title);
                m_composer->setCommunityId(draft.categoryId);
                m_composer->setTags(draft.tags);
            } else if (m_context.replyToPostNumber == 0) {
                m_context.replyToPostNumber = draft.replyToPostNumber;
            }
        } else if (result.status != DraftStore::LoadResult::Status::NotFound) {
            emit statusMessage(result.error.userText());
        }
    }
    m_loading = false;
    describeTarget();
}

void ReplyController::saveDraft()
{
    if (m_loading || !drafts() || (!m_context.newTopic && m_context.topicId <= 0))
        return;
    Draft draft;
    draft.text = m_composer->text();
    draft.replyToPostNumber = m_context.replyToPostNumber;
    if (m_context.newTopic) {
        draft.title = m_composer->title();
        draft.categoryId = m_composer->communityId();
        draft.tags = m_composer->tags();
    }
    drafts()->scheduleSave(draftKey(m_context), draft);
}

void ReplyController::describeTarget()
{
    if (m_context.newTopic) {
        m_composer->setTarget(tr("New topic"));
        return;
    }
    if (m_context.replyToPostNumber > 1 && m_reader) {
        const QString author = m_reader->postModel()->postAt(
                                               m_reader->postModel()->rowForPostNumber(m_context.replyToPostNumber))
                                   .value_or(Post())
                                   .username;
        m_composer->setTarget(author.isEmpty() ? tr("Reply to post #%1").arg(m_context.replyToPostNumber)
                                               : tr("Reply to @%1 (post #%2)").arg(author).arg(m_context.replyToPostNumber));
        return;
    }
    const QString title = m_reader ? m_reader->postModel()->topic().title : QString();
    m_composer->setTarget(title.isEmpty() ? tr("Reply to the topic") : tr("Reply to “%1”").arg(title));
}

void ReplyController::showComposer()
{
    m_open = true;
    emit composerShown();
}

void ReplyController::hideComposer()
{
    flushDrafts();
    if (!m_open)
        return;
    m_open = false;
    emit composerHidden();
    if (m_reader)
        m_reader->setFocus(Qt::OtherFocusReason);
}

void ReplyController::openReply(int postNumber)
{
    if (!m_reader || !m_reader->canReply())
        return;
    const int topicId = m_reader->topicId();
    if (m_context.newTopic || m_context.topicId != topicId) {
        flushDrafts();
        Context context;
        context.topicId = topicId;
        loadDraft(context);
    }
    // A Reply link on a post retargets the draft; "r" keeps whatever it answered.
    if (postNumber > 0 && postNumber != m_context.replyToPostNumber) {
        m_context.replyToPostNumber = postNumber == 1 ? 0 : postNumber;
        saveDraft();
    }
    describeTarget();
    showComposer();
    m_composer->focusEditor();
}

void ReplyController::quote(const QString &username, int postNumber, const QString &text)
{
    if (!m_reader || !m_reader->canReply())
        return;
    openReply(0);
    m_composer->insertBlock(MarkdownEditing::quoteBlock(username, postNumber, m_reader->topicId(), text));
}

void ReplyController::openNewTopic()
{
    if (!m_signedIn) {
        emit statusMessage(tr("Sign in (File > Sign In…) to start a topic."));
        return;
    }
    if (!m_context.newTopic) {
        flushDrafts();
        Context context;
        context.newTopic = true;
        loadDraft(context);
    }
    showComposer();
    m_composer->focusEditor();
}

void ReplyController::send()
{
    if (!m_session || !m_signedIn) {
        m_composer->showNote(tr("Sign in to send."), true);
        return;
    }
    if (!m_pendingEntry.isNull())
        return;
    const QString raw = m_composer->text();
    OutboxPayload payload = m_context.newTopic
        ? OutboxPayload::newTopic(m_composer->title(), raw, m_composer->communityId(), m_composer->tags())
        : OutboxPayload::reply(m_context.topicId, raw, m_context.replyToPostNumber);
    if (const ApiError invalid = payload.validationError()) {
        m_composer->showRejection(invalid.userText(), {});
        return;
    }
    // The draft is on disk before the request leaves: it is the only copy until the server confirms.
    saveDraft();
    flushDrafts();
    const QUuid id = outbox()->enqueue(m_site, payload);
    if (id.isNull()) {
        m_composer->showRejection(outbox()->lastError().userText(), {});
        return;
    }
    m_pendingEntry = id;
    m_pendingRaw = raw;
    m_composer->clearNote();
    m_composer->setSending(true);
}

void ReplyController::onPosted(const QUuid &entryId, const Post &post)
{
    const bool ours = entryId == m_pendingEntry;
    if (ours) {
        m_pendingEntry = QUuid();
        m_composer->setSending(false);
        // Text typed while it was being sent stays (and so does its draft).
        if (m_composer->text() == m_pendingRaw) {
            m_loading = true;
            m_composer->clearContent();
            m_loading = false;
            if (!m_context.newTopic)
                m_context.replyToPostNumber = 0;
            hideComposer();
        }
        if (m_context.newTopic)
            m_context = Context();
    }
    if (!m_reader)
        return;
    if (post.postNumber <= 1 && post.topicId > 0) {
        emit statusMessage(tr("Your topic was created."));
        m_reader->openTopic(post.topicId);
    } else if (post.topicId == m_reader->topicId()) {
        emit statusMessage(tr("Your reply was posted."));
        m_reader->showPostedReply(post);
    } else {
        emit statusMessage(tr("Your reply from the outbox was posted."));
    }
}

void ReplyController::onRejected(const QUuid &entryId, const ApiError &error)
{
    if (entryId != m_pendingEntry) {
        emit statusMessage(tr("A post in the outbox was rejected: %1").arg(error.userText()));
        return;
    }
    // The text is in the composer (and its draft); the outbox need not keep a second copy.
    m_pendingEntry = QUuid();
    outbox()->discard(entryId);
    m_composer->setSending(false);
    m_composer->showRejection(error.userText(), error.serverMessages);
}

void ReplyController::onRetryScheduled(const QUuid &entryId, const QDateTime &next, const ApiError &error)
{
    if (entryId != m_pendingEntry)
        return;
    const std::optional<OutboxEntry> entry = outbox()->entry(entryId);
    if (entry && entry->state == OutboxEntry::State::WaitingRateLimit) {
        m_composer->showRateLimit(next);
        return;
    }
    m_composer->setQueued(tr("Not sent yet: %1. The reply waits in the outbox and is sent automatically "
                             "(next try at %2).")
                              .arg(error.userText(), QLocale().toString(next.toLocalTime().time(), QLocale::ShortFormat)));
}

void ReplyController::cancelPending()
{
    if (m_pendingEntry.isNull() || !m_session)
        return;
    if (!sender()->cancel(m_pendingEntry)) {
        m_composer->showNote(tr("It is being sent right now; try again in a moment."), true);
        return;
    }
    m_pendingEntry = QUuid();
    m_composer->setSending(false);
    m_composer->showNote(tr("Sending cancelled. The text is kept."));
}

void ReplyController::editEntry(const QUuid &entryId)
{
    const std::optional<OutboxEntry> entry = m_session ? outbox()->entry(entryId) : std::nullopt;
    if (!entry || entry->site != normalizedSiteUrl(m_site)) {
        emit statusMessage(tr("That post belongs to another forum; open it first."));
        return;
    }
    if (entryId == sender()->inFlight()) {
        emit statusMessage(tr("It is being sent right now; try again in a moment."));
        return;
    }
    const OutboxPayload payload = entry->payload;
    sender()->cancel(entryId);
    if (entryId == m_pendingEntry)
        m_pendingEntry = QUuid();
    flushDrafts();
    Context context;
    context.newTopic = payload.kind == OutboxPayload::Kind::NewTopic;
    context.topicId = payload.topicId;
    context.replyToPostNumber = payload.replyToPostNumber;
    if (!context.newTopic && m_reader && m_reader->topicId() != payload.topicId)
        m_reader->openTopic(payload.topicId);
    m_context = context;
    m_loading = true;
    m_composer->clearContent();
    m_composer->setMode(context.newTopic ? ComposerWidget::Mode::NewTopic : ComposerWidget::Mode::Reply);
    m_composer->setText(payload.raw);
    m_composer->setTitle(payload.title);
    m_composer->setCommunityId(payload.categoryId);
    m_composer->setTags(payload.tags);
    m_composer->setSending(false);
    m_loading = false;
    saveDraft();
    describeTarget();
    showComposer();
    m_composer->focusEditor();
}

void ReplyController::toggleLike(int postId)
{
    if (!m_likes || !m_signedIn || !m_reader)
        return;
    const std::optional<Post> post = m_reader->postById(postId);
    if (!post)
        return;
    QPointer<ReaderView> reader = m_reader;
    if (!m_likes->toggle(*post, [reader](int id, bool liked, int count) {
            if (reader)
                reader->setLikeState(id, liked, count);
        }))
        emit statusMessage(tr("Still waiting for the forum to confirm the last like."));
}

} // namespace Aivizor
