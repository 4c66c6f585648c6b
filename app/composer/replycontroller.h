#pragma once

#include "lib/session/forumsession.h"

#include "lib/net/apierror.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

namespace Aivizor {

class ComposerWidget;
class DraftStore;
class LikeToggler;
class Outbox;
class ReaderView;
class ReplySender;
struct Post;

// Replying and liking for the window: opens the composer for a reply, a quote or a new topic,
// keeps one draft per topic (and one for a new topic) in the session's DraftStore, sends through
// the session's Outbox + ReplySender and shows each outcome in the composer (sending, rejected
// with the server's messages, rate-limit countdown, waiting in the outbox), and toggles likes
// through the LikeToggler with the reader showing the change at once. The session owns the
// drafts and the outbox, so what waits there outlives the window.
class ReplyController : public QObject
{
    Q_OBJECT
public:
    ReplyController(ReaderView *reader, ComposerWidget *composer, QObject *parent = nullptr);
    ~ReplyController() override;

    // The forum the window shows (null to drop it). Flushes the previous forum's drafts. Replies
    // are sent only while someone is signed in on it.
    void setSession(ForumSession *session);
    ForumSession *session() const { return m_session; }

    Outbox *outbox() const;
    ReplySender *sender() const;
    DraftStore *drafts() const;
    QUuid pendingEntry() const { return m_pendingEntry; }
    bool isComposerOpen() const { return m_open; }

public slots:
    // 0 = a reply to the topic.
    void openReply(int postNumber);
    void quote(const QString &username, int postNumber, const QString &text);
    void openNewTopic();
    void hideComposer();
    void send();
    // Loads an outbox entry back into the composer and takes it out of the outbox.
    void editEntry(const QUuid &entryId);
    // Writes pending drafts now (close, quit, topic switch).
    void flushDrafts();

signals:
    void composerShown();
    void composerHidden();
    void statusMessage(const QString &message);

private:
    struct Context
    {
        bool newTopic = false;
        int topicId = 0;
        int replyToPostNumber = 0;
    };

    void onTopicShown(int topicId);
    void loadDraft(const Context &context);
    void saveDraft();
    QString draftKey(const Context &context) const;
    void showComposer();
    void describeTarget();
    void onPosted(const QUuid &entryId, const Post &post);
    void onSignedInUserChanged(const QString &username);
    void onRejected(const QUuid &entryId, const ApiError &error);
    void onRetryScheduled(const QUuid &entryId, const QDateTime &next, const ApiError &error);
    void cancelPending();
    void toggleLike(int postId);

    QPointer<ReaderView> m_reader;
    QPointer<ComposerWidget> m_composer;

    QPointer<ForumSession> m_session;
    QUrl m_site;
    LikeToggler *m_likes = nullptr;
    bool m_signedIn = false;
    QString m_username;

    Context m_context;
    bool m_open = false;
    bool m_loading = false;  // filling the composer from a draft: not a user change
    QUuid m_pendingEntry;     // what the composer's Send put into the outbox
    QString m_pendingRaw;
};

} // namespace Aivizor
