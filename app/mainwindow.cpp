#include "app/mainwindow.h"

#include "app/accounts/accountcontroller.h"
#include "app/accounts/keychaincredentialstore.h"
#include "app/composer/composerwidget.h"
#include "app/composer/discussionpane.h"
#include "app/composer/outboxbutton.h"
#include "app/composer/replycontroller.h"
#include "app/demo/demoserver.h"
#include "app/feeds/communitypane.h"
#include "app/feeds/feedmenus.h"
#include "app/feeds/feedkey.h"
#include "app/feeds/feedtreemodel.h"
#include "app/feeds/topiclistpane.h"
#include "lib/api/forumurls.h"
#include "lib/images/imagecache.h"
#include "lib/models/communitytreemodel.h"
#include "lib/models/postlistmodel.h"
#include "lib/models/topiclistmodel.h"
#include "lib/session/forumregistry.h"
#include "lib/reading/readstatesync.h"
#include "lib/session/forumsession.h"
#include "lib/signin/signin.h"
#include "lib/store/forumstore.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"
#include "app/notifications/notificationcontroller.h"
#include "app/reader/readerview.h"
#include "app/search/searchcontroller.h"
#include "app/settings/preferences.h"
#include "app/settings/preferencesbinder.h"
#include "app/shell/aboutdialog.h"
#include "app/shell/readingplacekeeper.h"
#include "app/shell/savedcopyindicator.h"
#include "app/shell/appsettings.h"
#include "app/shell/mainactions.h"
#include "app/shell/offlinecontroller.h"
#include "app/shell/readingcontroller.h"
#include "app/shell/shortcutsoverlay.h"
#include "app/shell/timing.h"
#include "app/widgets/errorbanner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace Aivizor {

namespace {
constexpr int ZoomStepPercent = 10;
constexpr int MinZoomSteps = -5;
constexpr int MaxZoomSteps = 10;
constexpr int FeedSaveDelayMs = 1000;
}

MainWindow::MainWindow(const LaunchOptions &options, ForumRegistry *registry, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("mainWindow"));
    if (!m_registry) {
        auto *settings = new QSettings;
        auto *keychain = new KeychainCredentialStore;
        m_registry = new ForumRegistry(settings, keychain, QString(), this);
        // Deleted with the registry, after its sessions.
        settings->setParent(m_registry);
        keychain->setParent(m_registry);
    }
    m_feedSaveTimer.setSingleShot(true);
    m_feedSaveTimer.setInterval(FeedSaveDelayMs);
    connect(&m_feedSaveTimer, &QTimer::timeout, this, [this] {
        if (!m_forumKey.isEmpty() && m_topicPane->hasFeed())
            AppSettings::setSelectedFeed(m_forumKey, FeedKey::of(m_topicPane->currentFeed()));
    });
    buildUi();
    connectActions();
    restoreWindowState();
    updateConnection();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_feedSaveTimer.stop();
    // The panes let go of the session's client and images before the window's own registry (if
    // it has one) deletes the sessions.
    delete m_splitter;
    m_splitter = nullptr;
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
    m_savedCopy = new SavedCopyIndicator(this);
    statusBar()->addWidget(m_activityLabel, 1);
    statusBar()->addPermanentWidget(m_savedCopy);
    statusBar()->addPermanentWidget(m_connectionLabel);
    m_savedCopy->track(m_reader->postModel());
    buildReplying();
    m_search = new SearchController(this);
    m_preferences = new Preferences(this);
    new PreferencesBinder(m_preferences, this);
    m_notifications = new NotificationController(this, m_preferences);
    m_notifications->setDesktopAlertsEnabled(!m_options.screenshotMode());
    m_offline = new OfflineController(this, m_preferences);
    new ReadingPlaceKeeper(this, m_options);
    new FeedMenus(this);
    buildReading();
    auto *shortcuts = new ShortcutsOverlay(this);
    // Beside the actions: the keys the reader handles itself (PostBrowser::keyPressEvent).
    const QString reader = tr("Reader");
    shortcuts->addEntry(reader, {Qt::Key_J}, tr("Next post"));
    shortcuts->addEntry(reader, {Qt::Key_K}, tr("Previous post"));
    shortcuts->addEntry(reader, {Qt::Key_Home, Qt::CTRL | Qt::Key_Home}, tr("First post"));
    shortcuts->addEntry(reader, {Qt::Key_End, Qt::CTRL | Qt::Key_End}, tr("Last post"));
    shortcuts->addEntry(reader, {Qt::CTRL | Qt::Key_J}, tr("Jump to a post number"));
    shortcuts->addEntry(reader, {Qt::CTRL | Qt::Key_F}, tr("Find in the topic"));
    shortcuts->addEntry(reader, {Qt::Key_R}, tr("Reply to the topic"));
    shortcuts->addEntry(reader, {Qt::Key_Q}, tr("Quote the selected text"));
    connect(m_actions->shortcuts, &QAction::triggered, shortcuts, &ShortcutsOverlay::open);

    connect(m_communityPane, &CommunityPane::feedSelected, this, &MainWindow::onFeedSelected);
    connect(m_communityPane, &CommunityPane::loadingChanged, this, &MainWindow::updateActivity);
    connect(m_communityPane, &CommunityPane::loaded, this, [this] {
        m_lastFailure.clear();
        if (m_forumKey != QLatin1String("demo") && m_communityPane->feedModel())
            m_registry->setTitle(m_baseUrl, m_communityPane->feedModel()->siteName());
        if (m_communityPane->feedModel())
            m_notifications->setForumName(m_forumKey, m_communityPane->feedModel()->siteName());
        updateTitle();
        updateActivity();
    });
    connect(m_communityPane, &CommunityPane::failed, this,
            [this](const ApiError &error) { onLoadFailed(tr("communities"), error); });

    connect(m_topicPane, &TopicListPane::currentModelChanged, this,
            [this](TopicListModel *current, TopicListModel *previous) {
                m_savedCopy->untrack(previous);
                m_savedCopy->track(current);
            });
    connect(m_topicPane, &TopicListPane::topicActivated, this, &MainWindow::openTopic);
    connect(m_topicPane, &TopicListPane::loadingChanged, this, &MainWindow::updateActivity);
    connect(m_topicPane, &TopicListPane::pageLoaded, this, [this] {
        m_lastFailure.clear();
        updateActivity();
    });
    connect(m_topicPane, &TopicListPane::failed, this,
            [this](const ApiError &error) { onLoadFailed(tr("topics"), error); });

    connect(m_reader, &ReaderView::feedRequested, this, &MainWindow::showFeed);
    connect(m_reader, &ReaderView::loadingChanged, this, [this](bool loading) {
        m_readerLoading = loading;
        updateActivity();
    });
    connect(m_reader, &ReaderView::failed, this, [this](const ApiError &error) { onLoadFailed(tr("topic"), error); });
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

void MainWindow::buildReading()
{
    m_reading = new ReadingController(m_communityPane, m_topicPane, m_reader, statusBar(), this);
    addActions(m_reading->actions());
    const QList<QObject *> owners = m_actions->nextTopic->associatedObjects();
    for (QObject *owner : owners) {
        if (auto *go = qobject_cast<QMenu *>(owner)) {
            QAction *before = m_actions->nextTopic;
            go->insertAction(before, m_reading->nextUnreadAction());
            go->insertAction(before, m_reading->readOnAction());
            go->insertAction(before, m_reading->readBackAction());
            go->insertSeparator(before);
        }
    }
    // A Mark menu after Go, as in a mail client's Message > Mark.
    QMenu *mark = new QMenu(tr("&Mark"), this);
    mark->addAction(m_reading->toggleReadAction());
    mark->addAction(m_reading->markFeedReadAction());
    mark->addAction(m_reading->undoAction());
    QAction *helpMenu = nullptr;
    for (QObject *owner : m_actions->about->associatedObjects()) {
        if (auto *help = qobject_cast<QMenu *>(owner))
            helpMenu = help->menuAction();
    }
    menuBar()->insertMenu(helpMenu, mark);
    connect(m_reading, &ReadingController::topicRequested, this, &MainWindow::openTopic);
    connect(m_reading, &ReadingController::feedRequested, this, &MainWindow::showFeed);
    connect(m_reading, &ReadingController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
}

void MainWindow::buildReplying()
{
    m_accountsCtl = new AccountController(this, this);
    m_replies = new ReplyController(m_reader, m_discussion->composer(), this);
    m_outboxButton = new OutboxButton(this);
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
        if (!m_session)
            return;
        // Offline, Refresh also means "try the forum now" rather than at the next scheduled probe;
        // once it answers, what shows a saved copy is refreshed in place (retryFailedLoads).
        if (m_session->connectionState() == ForumSession::ConnectionState::Offline)
            m_session->retryNow();
        if (!m_communityPane->hasLoaded())
            m_communityPane->reload();
        m_topicPane->refresh();
        m_session->readSync()->refresh();
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
    connect(m_actions->about, &QAction::triggered, this, [this] { AboutDialog::showFor(this); });
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
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
    m_pendingTopic = m_options.openTopicId;
    m_pendingPost = m_options.openPostNumber;
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
    // A forum chosen in Settings wins over the one used last.
    const QString startup = m_options.screenshotMode() ? QString() : m_preferences->startupForum();
    if (startup == QLatin1String("demo")) {
        startDemo();
        return;
    }
    if (const QUrl chosen(startup); chosen.isValid() && !chosen.isRelative()) {
        openForum(chosen, chosen.toString());
        return;
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
            m_demoStatus = message;
            updateConnection();
            m_communityPane->errorBanner()->showError(message);
            updateActivity();
            emit loadFailed(message);
        });
        // Retry in the tree's banner restarts the demo server until a forum is connected.
        connect(m_communityPane->errorBanner(), &ErrorBanner::retryRequested, this, [this] {
            if (!m_session && m_demo && !m_demo->isRunning()) {
                m_communityPane->errorBanner()->clear();
                startDemo();
            }
        });
    }
    m_lastFailure.clear();
    m_demoStatus = tr("Starting the demo server…");
    updateConnection();
    m_demo->start();
    updateActivity();
}

void MainWindow::openForum(const QUrl &baseUrl, const QString &forumKey)
{
    m_lastFailure.clear();
    m_baseUrl = baseUrl;
    m_forumKey = forumKey;
    if (!m_options.screenshotMode()) {
        if (forumKey == QLatin1String("demo"))
            AppSettings::setLastSource(AppSettings::LastSource::Demo);
        else
            AppSettings::setLastSource(AppSettings::LastSource::Server, baseUrl);
    }

    const bool demo = forumKey == QLatin1String("demo") && m_demo;
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ForumSession *session = nullptr;
    if (m_options.screenshotMode()) {
        // Screenshots neither show nor change the user's drafts and outbox.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
            + QStringLiteral("/aivizor-screenshot");
        QDir(dir).removeRecursively();
        session = m_registry->openTransient(baseUrl, dir + QStringLiteral("/drafts"), dir + QStringLiteral("/outbox.json"));
    } else if (demo) {
        // The demo server changes its port on every start: its drafts and outbox need a place that
        // does not depend on the URL, and it is not one of the user's forums.
        session = m_registry->openTransient(baseUrl, appData + QStringLiteral("/drafts/demo"),
                                            appData + QStringLiteral("/outbox/demo.json"));
    } else {
        session = m_registry->add(baseUrl);
    }
    if (!session)
        return;
    session->transport()->setTransferTimeout(AppSettings::networkTimeoutSeconds() * 1000);
    // Only the demo server this app started may sign in from its credentials file.
    setSession(session, demo ? m_demo->dataDir() : QString());

    QString feedKey = m_options.screenshotMode() ? QString() : AppSettings::selectedFeed(forumKey);
    FeedSpec feed;
    if (!FeedKey::parse(feedKey, &feed))
        feed = FeedSpec::latest();
    showFeed(feed);
    updateTitle();
}

void MainWindow::setSession(ForumSession *session, const QString &demoDataDir)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    connect(session, &ForumSession::connectionStateChanged, this, &MainWindow::updateConnection);
    connect(session, &ForumSession::nextRetryAtChanged, this, &MainWindow::updateConnection);
    connect(session, &ForumSession::lastErrorChanged, this, &MainWindow::updateConnection);
    connect(session, &ForumSession::reconnected, this, &MainWindow::retryFailedLoads);
    connect(session, &ForumSession::storageErrorChanged, this, &MainWindow::showStorageError);

    connect(session->images(), &ImageCache::pendingCountChanged, this, [this] {
        if (m_session && m_session->images()->pendingCount() == 0)
            emit busyChanged();
    });

    session->store()->setDiskCap(qint64(m_preferences->savedCopySpaceMiB()) * 1024 * 1024);
    connect(m_preferences, &Preferences::savedCopySpaceMiBChanged, session->store(),
            [store = session->store()](int mib) { store->setDiskCap(qint64(mib) * 1024 * 1024); });
    ForumClient *client = session->client();
    m_topicPane->setStore(session->store());
    m_communityPane->setStore(session->store());
    m_topicPane->setReadingState(session->reading());
    m_communityPane->setReadingState(session->reading());
    m_reader->setReading(session->reading(), session->readSync());
    m_reading->setSession(session);
    m_reader->setStore(session->store());
    // The reader first: a tree from the store is there at once, and restoring the reading place
    // opens a topic as soon as the tree is.
    m_reader->setClient(client);
    m_search->setSession(session);
    m_reader->setImageCache(session->images());
    m_topicPane->setClient(client, session->images());
    // The demo server seeds the Aivizor community; other forums are named by host until their
    // /site/basic-info answers.
    const QString forumName = m_forumKey == QLatin1String("demo") ? tr("Aivizor") : hostLabel();
    m_communityPane->setClient(client, forumName);
    m_notifications->watch(session, m_forumKey, forumName);
    m_reader->setCommunityModel(m_communityPane->communityModel());
    m_savedCopy->track(m_communityPane->communityModel());
    m_offline->setSession(session, !m_options.screenshotMode());
    m_discussion->composer()->setCommunityModel(m_communityPane->communityModel());
    m_replies->setSession(session);
    m_outboxButton->setSession(session);
    m_accountsCtl->setSession(session, demoDataDir);

    updateConnection();
    if (session->storageError())
        showStorageError(session->storageError());
    if (m_pendingTopic > 0 && !m_options.screenshotMode()) {
        m_reader->openTopic(m_pendingTopic, m_pendingPost);
        m_pendingTopic = m_pendingPost = 0;
    }
}

ForumSession *MainWindow::session() const
{
    return m_session;
}

ForumClient *MainWindow::client() const
{
    return m_session ? m_session->client() : nullptr;
}

ImageCache *MainWindow::imageCache() const
{
    return m_session ? m_session->images() : nullptr;
}

void MainWindow::showStorageError(const ApiError &error)
{
    if (!error)
        return;
    m_storageErrorText = error.userText();
    statusBar()->showMessage(m_storageErrorText);
}

void MainWindow::showFeed(const FeedSpec &feed)
{
    if (!m_session)
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
    if (topicId <= 0 || !m_session)
        return;
    if (m_reader->topicId() != topicId)
        m_reader->openTopic(topicId);
}

void MainWindow::handleLaunch(const LaunchOptions &options)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (options.appLink.isValid()) {
        // The forum's approval page sends the User API Key back as an aivizor:// link.
        if (SignIn *signIn = m_accountsCtl->signIn(); signIn && signIn->isBusy())
            signIn->submitPayload(options.appLink.toString());
        return;
    }
    const bool otherForum = (options.source == LaunchOptions::Source::Server && options.serverUrl != m_baseUrl)
        || (options.source == LaunchOptions::Source::Demo && m_forumKey != QLatin1String("demo"));
    if (otherForum) {
        m_pendingTopic = options.openTopicId;
        m_pendingPost = options.openPostNumber;
        if (options.source == LaunchOptions::Source::Demo)
            startDemo();
        else
            openForum(options.serverUrl, options.serverUrl.toString());
        return;
    }
    if (options.openTopicId > 0 && m_session)
        m_reader->openTopic(options.openTopicId, options.openPostNumber);
}

void MainWindow::handleArguments(const QStringList &arguments)
{
    LaunchOptions options;
    QString error;
    if (LaunchOptions::parse(arguments, &options, &error))
        handleLaunch(options);
    else
        statusBar()->showMessage(error);
}

bool MainWindow::isBusy() const
{
    const bool demoStarting = m_demo && m_demo->isRunning() && !m_session;
    const bool signingIn = m_accountsCtl->signIn() && m_accountsCtl->signIn()->isBusy();
    return demoStarting || signingIn || m_communityPane->isLoading() || m_topicPane->isLoading() || m_readerLoading
        || (m_session && m_session->images()->pendingCount() > 0);
}

bool MainWindow::hasSettled() const
{
    return m_session && (m_communityPane->hasLoaded() || m_communityPane->errorBanner()->isVisibleTo(this))
        && m_topicPane->hasSettled();
}

void MainWindow::onLoadFailed(const QString &what, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return; // we cancelled it ourselves (feed switch, reconnect)
    // Whether and when to try again is the session's business; the window only says what failed.
    m_lastFailure = tr("Could not load the %1: %2").arg(what, error.userText());
    updateActivity();
    emit loadFailed(m_lastFailure);
}

void MainWindow::retryFailedLoads()
{
    if (!m_session)
        return;
    // Saved copies shown while the forum was away are refreshed in place, as failed loads are.
    const auto saved = [](QObject *model) { return model && model->property("savedCopyTime").toDateTime().isValid(); };
    if ((!m_communityPane->hasLoaded() || saved(m_communityPane->communityModel())) && !m_communityPane->isLoading())
        m_communityPane->reload();
    if ((m_topicPane->errorBanner()->isVisibleTo(this) || saved(m_topicPane->currentModel())) && !m_topicPane->isLoading())
        m_topicPane->refresh();
    if (saved(m_reader->postModel()))
        m_reader->postModel()->refresh();
    m_session->readSync()->refresh();
    updateActivity();
}

void MainWindow::updateConnection()
{
    QString text;
    QString detail;
    if (!m_session) {
        text = m_demoStatus.isEmpty() ? tr("Not connected") : m_demoStatus;
    } else {
        switch (m_session->connectionState()) {
        case ForumSession::ConnectionState::Online:
            text = tr("Connected to %1").arg(hostLabel());
            break;
        case ForumSession::ConnectionState::Connecting:
            text = tr("Connecting to %1…").arg(hostLabel());
            break;
        case ForumSession::ConnectionState::Offline: {
            const ApiError error = m_session->lastError();
            text = error.kind == ApiError::Kind::Network
                       ? tr("Offline — retrying")
                       : tr("%1 — retrying").arg(ApiError::kindLabel(error.kind));
            const QDateTime next = m_session->nextRetryAt();
            detail = next.isValid() ? tr("%1\nNext try at %2.")
                                          .arg(error.userText(),
                                               QLocale().toString(next.toLocalTime().time(), QLocale::LongFormat))
                                    : error.userText();
            break;
        }
        }
    }
    m_connectionLabel->setText(text);
    m_connectionLabel->setToolTip(detail);
    m_connectionLabel->setAccessibleName(text);
    updateActivity();
}

void MainWindow::updateActivity()
{
    QString text;
    if (m_demo && m_demo->isRunning() && !m_session)
        text = tr("Starting the demo server…");
    else if (m_communityPane->isLoading())
        text = tr("Loading communities…");
    else if (m_topicPane->isLoading())
        text = tr("Loading %1…").arg(m_communityPane->feedModel()
                                         ? m_communityPane->feedModel()->feedTitle(m_topicPane->currentFeed())
                                         : tr("topics"));
    else if (m_readerLoading)
        text = m_readerStatus.isEmpty() ? tr("Loading topic…") : m_readerStatus;
    else if (!m_lastFailure.isEmpty())
        text = m_lastFailure;
    else
        text = m_readerStatus;
    m_activityLabel->setText(text);
    emit busyChanged();
}

void MainWindow::updateTitle()
{
    QString title;
    if (m_session && m_communityPane->feedModel() && m_topicPane->hasFeed())
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
