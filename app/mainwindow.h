#pragma once

#include "lib/session/forumsession.h"

#include "lib/domain/feedspec.h"
#include "lib/net/apierror.h"
#include "app/shell/launchoptions.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QLabel;
class QSplitter;

namespace Aivizor {

class AccountController;
class ImageCache;
class DiscussionPane;
class OutboxButton;
class ReplyController;
class CommunityPane;
class CredentialStore;
class DemoServer;
class ForumClient;
class ForumRegistry;
class MainActions;
class NotificationController;
class Preferences;
class ReaderView;
class SavedCopyIndicator;
class OfflineController;
class ReadingController;
class SearchController;
class TopicListPane;

// The three-pane window: communities | topic list | reader. It shows one forum's ForumSession
// (taken from the ForumRegistry, which outlives the window), starts the demo server when asked,
// wires the panes to the session, shows the session's connection state and remembers geometry,
// splitter sizes and the selected feed.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `registry` null: the window keeps its own (the user's settings and keychain).
    explicit MainWindow(const LaunchOptions &options, ForumRegistry *registry = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens what the options ask for: the demo, a server, or what was shown last.
    void start();
    // Shows the registry's session for a forum (also used by tests). `forumKey` names it in the
    // settings; "demo" is the demo server this window started.
    void openForum(const QUrl &baseUrl, const QString &forumKey);
    ForumSession *session() const;
    ForumRegistry *registry() const { return m_registry; }
    void startDemo();

    void showFeed(const FeedSpec &feed);
    void openTopic(int topicId);
    // A second start's command line, forwarded by SingleInstance: comes to the front and opens
    // the forum, topic or sign-in link it names.
    void handleLaunch(const LaunchOptions &options);
    void handleArguments(const QStringList &arguments);

    // Loading state of everything visible, for the status bar and the screenshot mode.
    bool isBusy() const;
    // The tree and the current feed have answered (successfully or not).
    bool hasSettled() const;
    QString lastFailure() const { return m_lastFailure; }

    CommunityPane *communityPane() const { return m_communityPane; }
    TopicListPane *topicListPane() const { return m_topicPane; }
    ReaderView *readerView() const { return m_reader; }
    DiscussionPane *discussionPane() const { return m_discussion; }
    AccountController *accountController() const { return m_accountsCtl; }
    ReplyController *replyController() const { return m_replies; }
    OutboxButton *outboxButton() const { return m_outboxButton; }
    MainActions *actions() const { return m_actions; }
    OfflineController *offlineController() const { return m_offline; }
    ReadingController *readingController() const { return m_reading; }
    SearchController *search() const { return m_search; }
    NotificationController *notifications() const { return m_notifications; }
    QSplitter *splitter() const { return m_splitter; }
    ImageCache *imageCache() const;
    ForumClient *client() const;
    Preferences *preferences() const { return m_preferences; }
    // Names the open forum in the settings ("demo" or its URL); empty before one is opened.
    QString forumKey() const { return m_forumKey; }
    QString connectionText() const;
    // The last draft or outbox file failure shown to the user; empty when none.
    QString storageErrorText() const { return m_storageErrorText; }
    QString activityText() const;

signals:
    // Something started or finished loading; the screenshot mode re-checks on it.
    void busyChanged();
    // A load failed in a way the user sees (demo start, tree, list, reader).
    void loadFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildReplying();
    void buildReading();
    void composeForScreenshot();
    void connectActions();
    void restoreWindowState();
    void saveWindowState();
    void onFeedSelected(const FeedSpec &feed);
    void onLoadFailed(const QString &what, const ApiError &error);
    void retryFailedLoads();
    void setSession(ForumSession *session, const QString &demoDataDir);
    void updateConnection();
    void showStorageError(const ApiError &error);
    void updateActivity();
    void updateTitle();
    void applyZoom();
    QUrl currentWebUrl() const;
    QString hostLabel() const;

    LaunchOptions m_options;
    // A topic asked for on the command line, opened once its forum's session is shown.
    int m_pendingTopic = 0;
    int m_pendingPost = 0;
    MainActions *m_actions = nullptr;
    QSplitter *m_splitter = nullptr;
    CommunityPane *m_communityPane = nullptr;
    TopicListPane *m_topicPane = nullptr;
    ReaderView *m_reader = nullptr;
    DiscussionPane *m_discussion = nullptr;
    AccountController *m_accountsCtl = nullptr;
    ReplyController *m_replies = nullptr;
    OutboxButton *m_outboxButton = nullptr;
    SearchController *m_search = nullptr;
    NotificationController *m_notifications = nullptr;
    Preferences *m_preferences = nullptr;
    bool m_composedForScreenshot = false;
    QLabel *m_activityLabel = nullptr;
    SavedCopyIndicator *m_savedCopy = nullptr;
    OfflineController *m_offline = nullptr;
    ReadingController *m_reading = nullptr;
    QLabel *m_connectionLabel = nullptr;

    ForumRegistry *m_registry = nullptr;
    DemoServer *m_demo = nullptr;
    QPointer<ForumSession> m_session;
    QUrl m_baseUrl;
    QString m_forumKey;
    QString m_demoStatus; // the demo server's progress while there is no session yet
    QString m_storageErrorText;

    QString m_lastFailure;
    QTimer m_feedSaveTimer; // coalesces feed switches into one settings write
    bool m_readerLoading = false;
    QString m_readerStatus;
    int m_zoomSteps = 0;
};

} // namespace Aivizor
