#pragma once

#include "lib/domain/feedspec.h"
#include "lib/domain/post.h"
#include "app/settings/preferences.h"
#include "lib/net/apierror.h"

#include <QFont>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QWidget>

#include <optional>

class QInputDialog;
class QLabel;
class QPushButton;
class QTimer;

namespace Aivizor {

class ForumStore;
class Lightbox;

class CommunityTreeModel;
class ErrorBanner;
class FindBar;
class ForumClient;
class ImageCache;
class ImageLoader;
class PostBrowser;
class PostListModel;
class ReaderNavigator;
class ReadingFollower;
class ReadingState;
class ReadStateSync;
class TopicLevelButton;
class RemoteImagesBar;
class ThreadDocument;

// The reader pane: one topic as ONE QTextDocument (header, first post, "Replies (N)", replies),
// built with a single setHtml for the first chunk and extended by appending later chunks at the
// end, so the scroll position is kept. A jump to a far post number loads only that chunk and
// rebuilds the document from it; scrolling up from there rebuilds with the earlier chunk
// (anchored on the post at the top, so the view does not move). ThreadDocument builds the
// document, ReaderNavigator moves through it and the history; this widget lays out the browser,
// the find and reply bars and speaks to the window.
class ReaderView : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    // The forum base defaults to the client's.
    void setClient(ForumClient *client);
    // The forum's saved copy (not owned): saved topics open from it at once and offline.
    void setStore(ForumStore *store);
    // Where post images and avatars come from (not owned); without one, placeholders show.
    void setImageCache(ImageCache *images);
    void setCommunityModel(CommunityTreeModel *communities);
    // What was read (not owned; may be null): topics open at their first unread post, with a line
    // above it; what is on screen counts as read; the bell sets the topic's level.
    void setReading(ReadingState *reading, ReadStateSync *sync);
    // Pictures from other hosts (Settings): never, on request per topic (a bar offers them), always.
    void setRemoteImages(Preferences::RemoteImages policy);
    RemoteImagesBar *remoteImagesBar() const { return m_remoteBar; }
    // The view shows the end of the topic (scrolled down, last post there).
    bool isAtEnd() const;
    // Scrolls by most of a screen; false when already at that end.
    bool pageBy(int direction);
    void setForumBase(const QUrl &base);
    // The thread's text font (Settings); the widget's own font until one is set. Zoom scales it.
    void setBodyFont(const QFont &font);

    int topicId() const;
    QUrl currentUrl() const;
    bool canGoBack() const;
    bool canGoForward() const;
    bool isLoading() const { return m_loading; }
    int zoomPercent() const { return m_zoom; }

    // The post whose header is at (or last above) the top of the view; 0 when nothing is shown.
    int currentPostNumber() const;
    // Post numbers present in the document, in order.
    QList<int> renderedPostNumbers() const;
    // Post numbers with some part on screen, in order.
    QList<int> visiblePostNumbers() const;

    // What the reader shows for the signed-in user: like links on others' posts, Reply links.
    void setSignedIn(bool signedIn, const QString &username = QString());
    bool isSignedIn() const { return m_signedIn; }
    // The topic is loaded, the user is signed in and the forum lets them reply (details.can_create_post).
    bool canReply() const;
    // A like change (optimistic toggle, rollback, server's answer) goes to the model; the
    // document follows the model's dataChanged for that post.
    void setLikeState(int postId, bool liked, int likeCount);
    // The loaded post with that id; empty when not loaded.
    std::optional<Post> postById(int postId) const;
    // After the user's reply was accepted: inserts it into the model (the document follows)
    // and scrolls to it; no reload of the topic.
    void showPostedReply(const Post &post);

    struct QuoteSource
    {
        QString username;
        int postNumber = 0;
        QString text;
    };
    // The reader's selection and the post it starts in; empty text when nothing is selected.
    QuoteSource selectedQuote() const;

    QPushButton *replyButton() const { return m_replyButton; }
    QLabel *replyNote() const { return m_replyNote; }
    PostBrowser *browser() const { return m_browser; }
    PostListModel *postModel() const { return m_model; }
    ErrorBanner *errorBanner() const { return m_banner; }
    FindBar *findBar() const { return m_findBar; }

public slots:
    void openTopic(int topicId, int postNumber = 0);
    void reload();
    void back();
    void forward();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void findInTopic();
    void jumpToPost();           // asks for a post number (non-modal dialog)
    void requestQuote();         // quoteRequested() for the selection, or a hint when there is none
    void goToPost(int postNumber);
    void nextPost();
    void previousPost();

signals:
    // The topic or a part of it could not be loaded (the banner shows it too).
    void failed(const Aivizor::ApiError &error);
    void feedRequested(const FeedSpec &feed);
    void loadingChanged(bool loading);
    void topicShown(int topicId);
    void statusMessage(const QString &message);
    void canGoBackChanged(bool canGoBack);
    void canGoForwardChanged(bool canGoForward);
    // 0 = a reply to the topic.
    void replyRequested(int postNumber);
    void quoteRequested(const QString &username, int postNumber, const QString &text);
    void likeRequested(int postId);
    void canReplyChanged(bool canReply);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onTopicLoaded();
    void onTopicOpened();
    void onError(const ApiError &error);
    void onLinkClicked(const QUrl &url);
    // A link to a full-size picture of this topic opens the picture viewer; false for other links.
    bool openPicture(const QUrl &url);
    void onImageReady(const QUrl &url);
    void flushImages();
    void onDocumentChanged();

    void rebuildKeepingPosition();
    void setLoading(bool loading);
    void applyZoom();
    void applyPalette();
    void updateReplyBar();

    PostBrowser *m_browser = nullptr;
    ErrorBanner *m_banner = nullptr;
    FindBar *m_findBar = nullptr;
    ImageLoader *m_images = nullptr;
    QPointer<ImageCache> m_imageCache;
    Lightbox *m_lightbox = nullptr; // made on the first picture opened
    PostListModel *m_model = nullptr;
    bool m_hasStore = false;
    ThreadDocument *m_document = nullptr;
    ReaderNavigator *m_navigator = nullptr;
    ReadingFollower *m_follower = nullptr;
    TopicLevelButton *m_levelButton = nullptr;
    RemoteImagesBar *m_remoteBar = nullptr;
    Preferences::RemoteImages m_remotePolicy = Preferences::RemoteImages::Ask;
    QSet<int> m_remoteAllowed; // topics whose pictures from elsewhere the user asked for
    void applyRemoteImages();
    QPointer<ForumClient> m_client;
    QPointer<CommunityTreeModel> m_communities;
    QPointer<QInputDialog> m_jumpDialog;
    QUrl m_forumBase;
    bool m_forumBaseExplicit = false;

    QSet<QUrl> m_readyImages;
    QTimer *m_imageTimer = nullptr;
    bool m_loading = false;
    bool m_loadingMoreShown = false; // "Loading more posts" is in the status bar
    int m_zoom = 100;
    std::optional<QFont> m_bodyFont;

    QWidget *m_replyBar = nullptr;
    QLabel *m_replyNote = nullptr;
    QPushButton *m_replyButton = nullptr;
    QPushButton *m_quoteButton = nullptr;
    bool m_signedIn = false;
    QString m_username;
    bool m_lastCanReply = false;
};

} // namespace Aivizor
