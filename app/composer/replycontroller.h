#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

namespace Aivizor {

class ComposerWidget;
class DraftStore;
class ForumClient;
class ForumWriter;
class LikeToggler;
class Outbox;
class ReaderView;
class ReplySender;
struct Post;

// Replying and liking for the window: opens the composer for a reply, a quote or a new topic,
// keeps one draft per topic (and one for a new topic) in the DraftStore, sends through the
// Outbox + ReplySender and shows each outcome in the composer (sending, rejected with the
// server's messages, rate-limit countdown, waiting in the outbox), and toggles likes through the
// LikeToggler with the reader showing the change at once.
class ReplyController : public QObject
{
    Q_OBJECT
public:
    // The outbox file is shared by all forums. Tests pass temporary paths; an empty draftRoot means
    // DraftStore::defaultDirectory().
    ReplyController(ReaderView *reader, ComposerWidget *composer, const QString &outboxPath,
                    const QString &draftRoot = QString(), QObject *parent = nullptr);
    ~ReplyController() override;

    // The forum the window shows (null to drop it). Flushes the previous forum's drafts.
    // `draftDirectory` overrides where this forum's drafts live (the demo server changes its port
    // on every start, so its drafts need a folder that does not depend on the URL).
    void setForum(ForumClient *client, const QString &draftDirectory = QString());
    // Replies are sent only for a signed-in user.
    void setAccount(bool signedIn, const QString &username);

    Outbox *outbox() const { return m_outbox; }
    ReplySender *sender() const { return m_sender; }
    DraftStore *drafts() const { return m_drafts; }
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
    void onRejected(const QUuid &entryId, const QString &message, const QStringList &serverMessages);
    void onRetryScheduled(const QUuid &entryId, const QDateTime &next, const QString &message);
    void cancelPending();
    void toggleLike(int postId);

    QPointer<ReaderView> m_reader;
    QPointer<ComposerWidget> m_composer;
    QString m_draftRoot;
    Outbox *m_outbox = nullptr;
    ReplySender *m_sender = nullptr;

    QPointer<ForumClient> m_client;
    QUrl m_site;
    ForumWriter *m_writer = nullptr;
    DraftStore *m_drafts = nullptr;
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
