#pragma once

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
class DemoServer;
class ForumClient;
class MainActions;
class ReaderView;
class TopicListPane;
class Transport;

// The three-pane window: communities | topic list | reader. It owns the connection to one forum
// (Transport + ForumClient), starts the demo server when asked, wires the panes together and
// remembers geometry, splitter sizes and the selected feed.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const LaunchOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens what the options ask for: the demo, a server, or what was shown last.
    void start();
    // Connects to a forum (also used by tests). `forumKey` names it in the settings.
    void openForum(const QUrl &baseUrl, const QString &forumKey);
    void startDemo();

    void showFeed(const FeedSpec &feed);
    void openTopic(int topicId);

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
    QSplitter *splitter() const { return m_splitter; }
    ImageCache *imageCache() const { return m_images; }
    ForumClient *client() const { return m_client; }
    QString connectionText() const;
    QString activityText() const;

signals:
    // Something started or finished loading; the screenshot mode re-checks on it.
    void busyChanged();
    // A load failed in a way the user sees (demo start, tree, list, reader).
    void loadFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Connection { None, Connecting, Connected, NotResponding, Failing };

    void buildUi();
    void buildReplying();
    void composeForScreenshot();
    void connectActions();
    void restoreWindowState();
    void saveWindowState();
    void onFeedSelected(const FeedSpec &feed);
    void onLoadSucceeded();
    void onLoadFailed(const QString &what, const ApiError &error);
    void scheduleRetry(int seconds);
    void retryFailedLoads();
    void setConnection(Connection state, const QString &detail = {});
    void updateActivity();
    void updateTitle();
    void applyZoom();
    QUrl currentWebUrl() const;
    QString hostLabel() const;

    LaunchOptions m_options;
    MainActions *m_actions = nullptr;
    QSplitter *m_splitter = nullptr;
    CommunityPane *m_communityPane = nullptr;
    TopicListPane *m_topicPane = nullptr;
    ReaderView *m_reader = nullptr;
    DiscussionPane *m_discussion = nullptr;
    AccountController *m_accountsCtl = nullptr;
    ReplyController *m_replies = nullptr;
    OutboxButton *m_outboxButton = nullptr;
    bool m_composedForScreenshot = false;
    QLabel *m_activityLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;

    DemoServer *m_demo = nullptr;
    Transport *m_transport = nullptr;
    ForumClient *m_client = nullptr;
    ImageCache *m_images = nullptr;
    QUrl m_baseUrl;
    QString m_forumKey;

    Connection m_connection = Connection::None;
    QString m_lastFailure;
    QTimer m_retryTimer;
    QTimer m_feedSaveTimer; // coalesces feed switches into one settings write
    int m_retryDelay = 0;
    bool m_readerLoading = false;
    QString m_readerStatus;
    int m_zoomSteps = 0;
};

} // namespace Aivizor
