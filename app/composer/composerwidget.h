#pragma once

#include "app/composer/incrementalhtmldocument.h"
#include "app/reader/readerpalette.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QToolBar;
class QToolButton;

namespace Aivizor {

class CommunityTreeModel;

// The composer: a Markdown editor with a live preview (rendered by MarkdownPreview and styled like
// the reader), a formatting toolbar, and for a new topic a title, a community and tags. It knows
// nothing about sending: it asks (sendRequested) and shows what the controller tells it (sending,
// the server's rejection, a rate-limit countdown, a note). Ctrl+Enter sends, Esc hides.
class ComposerWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Reply, NewTopic };

    // Small texts are previewed on the next event-loop turn (keys already queued coalesce into one
    // render); longer ones too while a render stays under FastRenderMs, else after a debounce of
    // twice the last render time so typing never waits for the preview.
    static constexpr int FastRenderMs = 50;
    static constexpr int MinDebounceMs = 120;

    explicit ComposerWidget(QWidget *parent = nullptr);

    void setForumBase(const QUrl &base);
    void setCommunityModel(CommunityTreeModel *communities);

    Mode mode() const { return m_mode; }
    // Switches the fields; does not touch the text.
    void setMode(Mode mode);
    // "Reply to the topic" / "Reply to @name (post #3)"; shown above the editor.
    void setTarget(const QString &description);

    QString text() const;
    // Replaces everything (a restored draft). Not one undo step with what was there.
    void setText(const QString &text);
    QString title() const;
    void setTitle(const QString &title);
    int communityId() const;
    void setCommunityId(int id);
    QStringList tags() const;
    void setTags(const QStringList &tags);
    // Inserts at the cursor, on a line of its own, and focuses the editor.
    void insertBlock(const QString &markdown);
    void clearContent();

    void setSending(bool sending);
    bool isSending() const { return m_sending; }
    // The server's messages beside the text (422); the text is kept.
    void showRejection(const QString &message, const QStringList &serverMessages);
    // A wait imposed by the server; counts down, with "Cancel" (cancelWaitRequested).
    void showRateLimit(const QDateTime &retryAtUtc);
    // The reply waits in the outbox (network or server trouble): Send is disabled, the note says
    // why and "Cancel Sending" takes it back.
    void setQueued(const QString &note);
    // An informational or warning line (outbox, queued for approval).
    void showNote(const QString &text, bool warning = false);
    void clearNote();
    QString noteText() const;

    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *communityBox() const { return m_community; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QPushButton *sendButton() const { return m_send; }
    QToolButton *popOutButton() const { return m_popOut; }
    // How long the last preview took (Markdown, sanitizer, HTML import, layout).
    qint64 lastPreviewMs() const { return m_lastRenderMs; }

public slots:
    void renderPreview();
    void focusEditor();

signals:
    void sendRequested();
    void hideRequested();
    void popOutRequested();
    void cancelWaitRequested();
    // Text, title, community or tags changed by the user (drafts are saved on it).
    void contentChanged();
    void previewUpdated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildToolBar();
    void schedulePreview();
    void fillCommunities();
    void updateCountdown();
    void applyPalette();

    Mode m_mode = Mode::Reply;
    QUrl m_forumBase;
    QPointer<CommunityTreeModel> m_communities;
    ReaderPalette m_palette;

    QLabel *m_targetLabel = nullptr;
    QWidget *m_topicFields = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_community = nullptr;
    QLineEdit *m_tags = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolButton *m_popOut = nullptr;
    QSplitter *m_split = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
    // Re-imports only the changed paragraphs of the preview (HTML import is most of its cost).
    std::unique_ptr<IncrementalHtmlDocument> m_previewHtml;
    QLabel *m_note = nullptr;
    QPushButton *m_cancelWait = nullptr;
    QPushButton *m_hide = nullptr;
    QPushButton *m_send = nullptr;

    QTimer m_previewTimer;
    qint64 m_lastRenderMs = 0;
    QTimer m_countdown;
    QDateTime m_retryAt;
    bool m_sending = false;
    bool m_settingContent = false;
};

} // namespace Aivizor
