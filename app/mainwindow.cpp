#include "app/mainwindow.h"

#include "app/accounts/accountcontroller.h"
#include "app/composer/composerwidget.h"
#include "app/composer/discussionpane.h"
#include "app/composer/outboxbutton.h"
#include "app/composer/replycontroller.h"
#include "app/demo/demoserver.h"
#include "app/feeds/communitypane.h"
#include "app/feeds/feedkey.h"
#include "app/feeds/feedtreemodel.h"
#include "app/feeds/topiclistpane.h"
#include "lib/api/forumurls.h"
#include "lib/images/imagecache.h"
#include "lib/models/topiclistmodel.h"
#include "lib/signin/signin.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"
#include "app/reader/readerview.h"
#include "app/shell/appsettings.h"
#include "app/shell/mainactions.h"
#include "app/shell/timing.h"
#include "lib/posting/outbox.h"
#include "app/widgets/errorbanner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDesktopServices>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMenu>
#include <QScreen>
#include <QStandardPaths>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace Aivizor {

namespace {
constexpr int MaxRetryDelay = 30;
constexpr int ZoomStepPercent = 10;
constexpr int MinZoomSteps = -5;
constexpr int MaxZoomSteps = 10;
constexpr int FeedSaveDelayMs = 1000;
}

MainWindow::MainWindow(const LaunchOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &MainWindow::retryFailedLoads);
    m_feedSaveTimer.setSingleShot(true);
    m_feedSaveTimer.setInterval(FeedSaveDelayMs);
    connect(&m_feedSaveTimer, &QTimer::timeout, this, [this] {
        if (!m_forumKey.isEmpty() && m_topicPane->hasFeed())
            AppSettings::setSelectedFeed(m_forumKey, FeedKey::of(m_topicPane->currentFeed()));
    });
    buildUi();
    connectActions();
    restoreWindowState();
    setConnection(Connection::None);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Children go in reverse order of creation; the panes must let go of the client first.
    m_retryTimer.stop();
    m_feedSaveTimer.stop();
}

void MainWindow::buildUi()
{
    m_actions = new MainActions(this);
    m_actions->populateMenuBar(menuBar());
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_actions->populateToolBar(toolBar);

    m_communityPane = new CommunityPane(this);
    m_topicPane = new TopicListPane(this);
    m_reader = new ReaderView(this);
    m_reader->setAccessibleName(tr("Reader"));
    m_discussion = new DiscussionPane(m_reader, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_communityPane);
    m_splitter->addWidget(m_topicPane);
    m_splitter->addWidget(m_discussion);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 2);
    m_communityPane->setMinimumWidth(140);
    m_topicPane->setMinimumWidth(260);
    m_discussion->setMinimumWidth(300);
    setCentralWidget(m_splitter);

    m_activityLabel = new QLabel(this);
    m_activityLabel->setObjectName(QStringLiteral("activityLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addWidget(m_activityLabel, 1);
    statusBar()->addPermanentWidget(m_connectionLabel);
    buildReplying();

    connect(m_communityPane, &CommunityPane::feedSelected, this, &MainWindow::onFeedSelected);
    connect(m_communityPane, &CommunityPane::loadingChanged, this, &MainWindow::updateActivity);
    connect(m_communityPane, &CommunityPane::loaded, this, [this] {
        onLoadSucceeded();
        updateTitle();
        updateActivity();
    });
    connect(m_communityPane, &CommunityPane::failed, this,
            [this](const ApiError &error) { onLoadFailed(tr("communities"), error); });

    connect(m_topicPane, &TopicListPane::topicActivated, this, &MainWindow::openTopic);
    connect(m_topicPane, &TopicListPane::loadingChanged, this, &MainWindow::updateActivity);
    connect(m_topicPane, &TopicListPane::pageLoaded, this, [this] {
        onLoadSucceeded();
        updateActivity();
    });
    connect(m_topicPane, &TopicListPane::failed, this,
            [this](const ApiError &error) { onLoadFailed(tr("topics"), error); });

    connect(m_reader, &ReaderView::feedRequested, this, &MainWindow::showFeed);
    connect(m_reader, &ReaderView::loadingChanged, this, [this](bool loading) {
        m_readerLoading = loading;
        updateActivity();
    });
    connect(m_reader, &ReaderView::statusMessage, this, [this](const QString &message) {
        m_readerStatus = message;
        updateActivity();
    });
    connect(m_reader, &ReaderView::topicShown, this, [this](int topicId) {
        m_topicPane->selectTopic(topicId);
        updateTitle();
    });
    connect(m_reader, &ReaderView::canGoBackChanged, m_actions->back, &QAction::setEnabled);
    connect(m_reader, &ReaderView::canGoForwardChanged, m_actions->forward, &QAction::setEnabled);
    m_actions->back->setEnabled(false);
    m_actions->forward->setEnabled(false);
}

void MainWindow::buildReplying()
{
    m_accountsCtl = new AccountController(this, nullptr, this);
    m_replies = new ReplyController(m_reader, m_discussion->composer(), Outbox::defaultFilePath(), {}, this);
    m_outboxButton = new OutboxButton(m_replies->outbox(), m_replies->sender(), this);
    statusBar()->addPermanentWidget(m_outboxButton);
    statusBar()->addPermanentWidget(m_accountsCtl->indicator());

    auto *newTopic = new QAction(tr("&New Topic…"), this);
    newTopic->setObjectName(QStringLiteral("newTopicAction"));
    newTopic->setShortcut(QKeySequence::New);
    connect(newTopic, &QAction::triggered, m_replies, &ReplyController::openNewTopic);
    addAction(newTopic);
    const QList<QObject *> owners = m_actions->quit->associatedObjects();
    for (QObject *owner : owners) {
        if (auto *file = qobject_cast<QMenu *>(owner)) {
            QAction *first = file->actions().value(0);
            file->insertAction(first, newTopic);
            file->insertSeparator(first);
            file->insertAction(m_actions->quit, m_accountsCtl->signInAction());
            file->insertAction(m_actions->quit, m_accountsCtl->signOutAction());
            file->insertSeparator(m_actions->quit);
        }
    }

    auto showStatus = [this](const QString &message) { statusBar()->showMessage(message, 6000); };
    connect(m_accountsCtl, &AccountController::statusMessage, this, showStatus);
    connect(m_replies, &ReplyController::statusMessage, this, showStatus);
    connect(m_accountsCtl, &AccountController::signedInChanged, this, [this](bool signedIn, const QString &user) {
        m_reader->setSignedIn(signedIn, user);
        m_replies->setAccount(signedIn, user);
        composeForScreenshot();
        emit busyChanged();
    });
    connect(m_accountsCtl, &AccountController::forumRequested, this,
            [this](const QUrl &site) { openForum(site, site.toString()); });
    connect(m_replies, &ReplyController::composerShown, m_discussion, &DiscussionPane::showComposer);
    connect(m_replies, &ReplyController::composerHidden, m_discussion, &DiscussionPane::hideComposer);
    connect(m_outboxButton, &OutboxButton::editRequested, m_replies, &ReplyController::editEntry);
    connect(m_reader, &ReaderView::topicShown, this, &MainWindow::composeForScreenshot);
}

void MainWindow::composeForScreenshot()
{
    if (m_composedForScreenshot || m_options.composeText.isEmpty() || !m_reader->canReply())
        return;
    m_composedForScreenshot = true;
    m_replies->openReply(0);
    m_discussion->composer()->insertBlock(m_options.composeText);
    emit busyChanged();
}

void MainWindow::connectActions()
{
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->refresh, &QAction::triggered, this, [this] {
        if (!m_client)
            return;
        if (!m_communityPane->hasLoaded())
            m_communityPane->reload();
        m_topicPane->refresh();
    });
    connect(m_actions->back, &QAction::triggered, m_reader, &ReaderView::back);
    connect(m_actions->forward, &QAction::triggered, m_reader, &ReaderView::forward);
    connect(m_actions->openInBrowser, &QAction::triggered, this, [this] {
        const QUrl url = currentWebUrl();
        if (url.isValid() && !QDesktopServices::openUrl(url))
            statusBar()->showMessage(tr("Could not start a web browser for %1").arg(url.toDisplayString()), 5000);
    });
    connect(m_actions->copyLink, &QAction::triggered, this, [this] {
        const QUrl url = currentWebUrl();
        if (!url.isValid())
            return;
        QApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
        statusBar()->showMessage(tr("Copied %1").arg(url.toDisplayString()), 3000);
    });
    connect(m_actions->zoomIn, &QAction::triggered, this, [this] {
        m_zoomSteps = qMin(MaxZoomSteps, m_zoomSteps + 1);
        m_reader->zoomIn();
        applyZoom();
    });
    connect(m_actions->zoomOut, &QAction::triggered, this, [this] {
        m_zoomSteps = qMax(MinZoomSteps, m_zoomSteps - 1);
        m_reader->zoomOut();
        applyZoom();
    });
    connect(m_actions->zoomReset, &QAction::triggered, this, [this] {
        m_zoomSteps = 0;
        m_reader->resetZoom();
        applyZoom();
    });
    connect(m_actions->nextTopic, &QAction::triggered, m_topicPane, &TopicListPane::selectNext);
    connect(m_actions->previousTopic, &QAction::triggered, m_topicPane, &TopicListPane::selectPrevious);
    connect(m_actions->focusTree, &QAction::triggered, this,
            [this] { m_communityPane->view()->setFocus(Qt::ShortcutFocusReason); });
    connect(m_actions->focusList, &QAction::triggered, this,
            [this] { m_topicPane->view()->setFocus(Qt::ShortcutFocusReason); });
    connect(m_actions->focusReader, &QAction::triggered, this,
            [this] { m_reader->setFocus(Qt::ShortcutFocusReason); });
    connect(m_actions->focusFilter, &QAction::triggered, m_topicPane, &TopicListPane::focusFilter);
    connect(m_actions->goLatest, &QAction::triggered, this, [this] { showFeed(FeedSpec::latest()); });
    connect(m_actions->goTop, &QAction::triggered, this, [this] { showFeed(FeedSpec::top()); });
    connect(m_actions->about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Aivizor"),
                           tr("<p><b>Aivizor %1</b></p><p>A native desktop reader for Discourse forums.</p>")
                               .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
}

void MainWindow::restoreWindowState()
{
    if (m_options.screenshotMode()) {
        // Screenshots must not depend on (or change) what the user's window looked like.
        resize(m_options.size.isValid() ? m_options.size : QSize(1280, 800));
        m_splitter->setSizes({width() * 18 / 100, width() * 34 / 100, width() * 48 / 100});
        return;
    }
    if (!restoreGeometry(AppSettings::windowGeometry())) {
        const QRect screen = QApplication::primaryScreen() ? QApplication::primaryScreen()->availableGeometry()
                                                            : QRect(0, 0, 1280, 800);
        resize(screen.size().boundedTo(QSize(1400, 900)) * 0.9);
    }
    restoreState(AppSettings::windowState());
    const QList<int> sizes = AppSettings::splitterSizes();
    if (sizes.size() == 3)
        m_splitter->setSizes(sizes);
    else
        m_splitter->setSizes({width() * 18 / 100, width() * 34 / 100, width() * 48 / 100});
    m_zoomSteps = qBound(MinZoomSteps, AppSettings::zoomSteps(), MaxZoomSteps);
    for (int i = 0; i < qAbs(m_zoomSteps); ++i) {
        if (m_zoomSteps > 0)
            m_reader->zoomIn();
        else
            m_reader->zoomOut();
    }
    applyZoom();
}

void MainWindow::saveWindowState()
{
    if (m_options.screenshotMode())
        return;
    m_feedSaveTimer.stop(); // the selected feed is saved below
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    AppSettings::setSplitterSizes(m_splitter->sizes());
    AppSettings::setZoomSteps(m_zoomSteps);
    if (!m_forumKey.isEmpty() && m_topicPane->hasFeed())
        AppSettings::setSelectedFeed(m_forumKey, FeedKey::of(m_topicPane->currentFeed()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    m_replies->flushDrafts();
    if (m_demo)
        m_demo->stop();
    event->accept();
}

void MainWindow::start()
{
    switch (m_options.source) {
    case LaunchOptions::Source::Demo:
        startDemo();
        return;
    case LaunchOptions::Source::Server:
        openForum(m_options.serverUrl, m_options.serverUrl.toString());
        return;
    case LaunchOptions::Source::Restore:
        break;
    }
    const QUrl last = AppSettings::lastServerUrl();
    if (AppSettings::lastSource() == AppSettings::LastSource::Server && last.isValid())
        openForum(last, last.toString());
    else
        startDemo();
}

void MainWindow::startDemo()
{
    if (!m_demo) {
        m_demo = new DemoServer(this);
        connect(m_demo, &DemoServer::ready, this, [this](const QUrl &url) {
            openForum(url, QStringLiteral("demo"));
        });
        connect(m_demo, &DemoServer::failed, this, [this](const QString &message) {
            m_lastFailure = message;
            setConnection(Connection::Failing, message);
            m_communityPane->errorBanner()->showError(message);
            updateActivity();
            emit loadFailed(message);
        });
        // Retry in the tree's banner restarts the demo server until a forum is connected.
        connect(m_communityPane->errorBanner(), &ErrorBanner::retryRequested, this, [this] {
            if (!m_client && m_demo && !m_demo->isRunning()) {
                m_communityPane->errorBanner()->clear();
                startDemo();
            }
        });
    }
    m_lastFailure.clear();
    setConnection(Connection::Connecting, tr("Starting the demo server…"));
    m_demo->start();
    updateActivity();
}

void MainWindow::openForum(const QUrl &baseUrl, const QString &forumKey)
{
    m_retryTimer.stop();
    m_retryDelay = 0;
    m_lastFailure.clear();
    m_baseUrl = baseUrl;
    m_forumKey = forumKey;
    if (!m_options.screenshotMode()) {
        if (forumKey == QLatin1String("demo"))
            AppSettings::setLastSource(AppSettings::LastSource::Demo);
        else
            AppSettings::setLastSource(AppSettings::LastSource::Server, baseUrl);
    }

    // The panes drop their models (which reference the client) before the old client goes.
    ForumClient *oldClient = m_client;
    Transport *oldTransport = m_transport;
    ImageCache *oldImages = m_images;
    m_transport = new Transport(baseUrl, this);
    m_transport->setTransferTimeout(AppSettings::networkTimeoutSeconds() * 1000);
    m_client = new ForumClient(m_transport, this);
    // Post images and avatars of this forum, loaded through its Transport.
    m_images = new ImageCache(m_transport, this);
    connect(m_images, &ImageCache::pendingCountChanged, this, [this] {
        if (m_images->pendingCount() == 0)
            emit busyChanged();
    });

    m_topicPane->setClient(m_client, m_images);
    // The demo server seeds the Aivizor community; other forums are named by host until their
    // /site/basic-info answers.
    m_communityPane->setClient(m_client, forumKey == QLatin1String("demo") ? tr("Aivizor") : hostLabel());
    m_reader->setClient(m_client);
    m_reader->setImageCache(m_images);
    m_reader->setCommunityModel(m_communityPane->communityModel());
    m_discussion->composer()->setCommunityModel(m_communityPane->communityModel());
    const bool demo = forumKey == QLatin1String("demo") && m_demo;
    QString draftDir;
    if (m_options.screenshotMode()) {
        // Screenshots neither show nor change the user's drafts.
        draftDir = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
            + QStringLiteral("/aivizor-screenshot-drafts");
        QDir(draftDir).removeRecursively();
    } else if (demo) {
        draftDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts/demo");
    }
    m_replies->setForum(m_client, draftDir);
    // Only the demo server this app started may sign in from its credentials file.
    m_accountsCtl->setForum(m_transport, demo ? m_demo->dataDir() : QString());
    delete oldImages;
    delete oldClient;
    delete oldTransport;

    setConnection(Connection::Connecting, tr("Connecting to %1…").arg(hostLabel()));

    QString feedKey = m_options.screenshotMode() ? QString() : AppSettings::selectedFeed(forumKey);
    FeedSpec feed;
    if (!FeedKey::parse(feedKey, &feed))
        feed = FeedSpec::latest();
    showFeed(feed);
    updateTitle();
}

void MainWindow::showFeed(const FeedSpec &feed)
{
    if (!m_client)
        return;
    m_topicPane->showFeed(feed);
    m_communityPane->selectFeed(FeedKey::of(feed));
    // Writing QSettings syncs the file to disk (10-16 ms measured on a busy machine): remember
    // the feed after the switch is on screen, not during it.
    if (!m_options.screenshotMode() && !m_forumKey.isEmpty())
        m_feedSaveTimer.start();
    updateTitle();
    updateActivity();
}

void MainWindow::onFeedSelected(const FeedSpec &feed)
{
    QElapsedTimer since;
    since.start();
    showFeed(feed);
    // Milestone for bench/appmemory: a feed picked in the tree whose rows were cached is painted.
    if (m_topicPane->currentModel() && m_topicPane->currentModel()->rowCount() > 0) {
        PaintProbe::arm(m_topicPane->view()->viewport(),
                        [since] { Timing::mark("feed-shown", since.nsecsElapsed() / 1e6); });
    }
}

void MainWindow::openTopic(int topicId)
{
    if (topicId <= 0 || !m_client)
        return;
    if (m_reader->topicId() != topicId)
        m_reader->openTopic(topicId);
}

bool MainWindow::isBusy() const
{
    const bool demoStarting = m_demo && m_demo->isRunning() && !m_client;
    const bool signingIn = m_accountsCtl->signIn() && m_accountsCtl->signIn()->isBusy();
    return demoStarting || signingIn || m_communityPane->isLoading() || m_topicPane->isLoading() || m_readerLoading
        || (m_images && m_images->pendingCount() > 0);
}

bool MainWindow::hasSettled() const
{
    return m_client && (m_communityPane->hasLoaded() || m_communityPane->errorBanner()->isVisibleTo(this))
        && m_topicPane->hasSettled();
}

void MainWindow::onLoadSucceeded()
{
    m_retryTimer.stop();
    m_retryDelay = 0;
    setConnection(Connection::Connected);
}

void MainWindow::onLoadFailed(const QString &what, const ApiError &error)
{
    m_lastFailure = tr("Could not load the %1: %2").arg(what, error.message);
    switch (error.kind) {
    case ApiError::Kind::Network:
        setConnection(Connection::NotResponding);
        scheduleRetry(m_retryDelay == 0 ? 3 : qMin(MaxRetryDelay, m_retryDelay * 2));
        break;
    case ApiError::Kind::RateLimited:
        setConnection(Connection::Failing, tr("Rate limited by the server"));
        scheduleRetry(qBound(1, error.waitSeconds, 120));
        break;
    case ApiError::Kind::ServerError:
        setConnection(Connection::Failing, tr("Server error %1").arg(error.httpStatus));
        scheduleRetry(m_retryDelay == 0 ? 5 : qMin(MaxRetryDelay, m_retryDelay * 2));
        break;
    case ApiError::Kind::Cancelled:
        return; // we cancelled it ourselves (feed switch, reconnect)
    default:
        // 404, malformed data, refused access: retrying on a timer would not change the answer.
        if (m_connection != Connection::Connected)
            setConnection(Connection::Failing, ApiError::kindLabel(error.kind));
        break;
    }
    updateActivity();
    emit loadFailed(m_lastFailure);
}

void MainWindow::scheduleRetry(int seconds)
{
    // Headless screenshots report the failure instead of waiting for a server that may never come.
    if (m_options.screenshotMode())
        return;
    m_retryDelay = seconds;
    m_retryTimer.start(seconds * 1000);
}

void MainWindow::retryFailedLoads()
{
    if (!m_client)
        return;
    if (!m_communityPane->hasLoaded() && !m_communityPane->isLoading())
        m_communityPane->reload();
    if (m_topicPane->errorBanner()->isVisibleTo(this) && !m_topicPane->isLoading())
        m_topicPane->refresh();
    updateActivity();
}

void MainWindow::setConnection(Connection state, const QString &detail)
{
    m_connection = state;
    switch (state) {
    case Connection::None:
        m_connectionLabel->setText(tr("Not connected"));
        break;
    case Connection::Connecting:
        m_connectionLabel->setText(detail);
        break;
    case Connection::Connected:
        m_connectionLabel->setText(tr("Connected to %1").arg(hostLabel()));
        break;
    case Connection::NotResponding:
        m_connectionLabel->setText(tr("Server not responding — retrying"));
        break;
    case Connection::Failing:
        m_connectionLabel->setText(detail.isEmpty() ? tr("Server error") : detail);
        break;
    }
    m_connectionLabel->setAccessibleName(m_connectionLabel->text());
}

void MainWindow::updateActivity()
{
    QString text;
    if (m_demo && m_demo->isRunning() && !m_client)
        text = tr("Starting the demo server…");
    else if (m_communityPane->isLoading())
        text = tr("Loading communities…");
    else if (m_topicPane->isLoading())
        text = tr("Loading %1…").arg(m_communityPane->feedModel()
                                         ? m_communityPane->feedModel()->feedTitle(m_topicPane->currentFeed())
                                         : tr("topics"));
    else if (m_readerLoading)
        text = m_readerStatus.isEmpty() ? tr("Loading topic…") : m_readerStatus;
    else if (!m_lastFailure.isEmpty() && m_connection != Connection::Connected)
        text = m_lastFailure;
    else
        text = m_readerStatus;
    m_activityLabel->setText(text);
    emit busyChanged();
}

void MainWindow::updateTitle()
{
    QString title;
    if (m_client && m_communityPane->feedModel() && m_topicPane->hasFeed())
        title = tr("%1 — %2").arg(m_communityPane->feedModel()->feedTitle(m_topicPane->currentFeed()),
                                  m_communityPane->feedModel()->siteName());
    setWindowTitle(title);
}

void MainWindow::applyZoom()
{
    // The lists follow the reader's zoom through their font; the reader zooms its document itself.
    QFont font = QApplication::font();
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    font.setPointSizeF(base * (100 + m_zoomSteps * ZoomStepPercent) / 100.0);
    m_communityPane->view()->setFont(font);
    m_topicPane->view()->setFont(font);
    m_topicPane->view()->doItemsLayout();
}

QUrl MainWindow::currentWebUrl() const
{
    if (!m_baseUrl.isValid())
        return {};
    if (m_reader->topicId() > 0) {
        const QUrl url = m_reader->currentUrl();
        if (url.isValid())
            return url;
    }
    const ForumUrls urls(m_baseUrl);
    const int topicId = m_topicPane->currentTopicId();
    return topicId > 0 ? urls.topic(topicId, m_topicPane->currentTopicSlug()) : urls.feed(m_topicPane->currentFeed());
}

QString MainWindow::hostLabel() const
{
    if (!m_baseUrl.isValid())
        return {};
    return m_baseUrl.port() > 0 ? QStringLiteral("%1:%2").arg(m_baseUrl.host()).arg(m_baseUrl.port())
                                : m_baseUrl.host();
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

QString MainWindow::activityText() const
{
    return m_activityLabel->text();
}

} // namespace Aivizor
