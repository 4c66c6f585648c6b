#include "app/notifications/notificationcontroller.h"

#include "app/mainwindow.h"
#include "app/notifications/notificationbell.h"
#include "app/notifications/notificationpanel.h"
#include "app/notifications/notificationtray.h"
#include "app/settings/preferences.h"
#include "app/shell/launchoptions.h"
#include "app/shell/mainactions.h"
#include "lib/net/apierror.h"
#include "lib/notifications/desktopnotifier.h"
#include "lib/notifications/notificationfeed.h"
#include "lib/notifications/notificationtreemodel.h"
#include "lib/notifications/notificationwatcher.h"
#include "lib/session/forumsession.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace Aivizor {

NotificationController::NotificationController(MainWindow *window, Preferences *preferences)
    : QObject(window)
    , m_window(window)
    , m_preferences(preferences)
    , m_model(new NotificationTreeModel(this))
    , m_notifier(new DesktopNotifier(this))
    , m_bell(new NotificationBell(window))
    , m_panel(new NotificationPanel(m_model, window))
    , m_tray(new NotificationTray(this))
{
    if (auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        auto *spacer = new QWidget(toolBar);
        spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        toolBar->addWidget(spacer);
        toolBar->addWidget(m_bell);
    }
    auto *show = new QAction(tr("&Notifications"), this);
    show->setObjectName(QStringLiteral("notificationsAction"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    window->addAction(show);
    connect(show, &QAction::triggered, this, &NotificationController::togglePanel);
    connect(m_bell, &QToolButton::clicked, this, &NotificationController::togglePanel);

    connect(m_model, &NotificationTreeModel::unreadCountChanged, m_bell, &NotificationBell::setCount);
    connect(m_model, &NotificationTreeModel::unreadCountChanged, m_tray, &NotificationTray::setUnreadCount);

    connect(m_panel, &NotificationPanel::notificationActivated, this, [this](const QModelIndex &index) {
        m_panel->hide();
        open(index.data(NotificationTreeModel::ForumKeyRole).toString(),
             index.data(NotificationFeed::TopicIdRole).toInt(), index.data(NotificationFeed::PostNumberRole).toInt());
    });
    connect(m_panel, &NotificationPanel::markReadRequested, this, [this](const QModelIndex &index) {
        if (NotificationFeed *feed = m_model->feedOf(index))
            feed->markRead(index.data(NotificationFeed::IdRole).toLongLong());
    });
    connect(m_panel, &NotificationPanel::markAllReadRequested, this, [this] {
        for (const Forum &forum : std::as_const(m_forums))
            forum.watcher->feed()->markAllRead();
    });

    m_notifier->setFilter([preferences](const QString &forumKey, AlertKind kind) {
        return preferences->desktopAlerts(forumKey, kind);
    });
    connect(m_notifier, &DesktopNotifier::activated, this, &NotificationController::open);

    connect(m_tray, &NotificationTray::showRequested, this, &NotificationController::showWindow);
    connect(m_tray, &NotificationTray::quitRequested, this, [this] {
        m_quitting = true;
        // A window hidden in the tray closing is no "last window closed": quit outright.
        if (m_window->close())
            QCoreApplication::quit();
    });
    // Quit means quit, also with close-to-tray on. Connected before the window's own handler.
    connect(window->actions()->quit, &QAction::triggered, this, [this] { m_quitting = true; });
    window->installEventFilter(this);
}

NotificationController::~NotificationController()
{
    // The sessions outlive the window: they must not keep polling for a window that is gone.
    for (const Forum &forum : std::as_const(m_forums))
        delete forum.watcher;
}

void NotificationController::watch(ForumSession *session, const QString &forumKey, const QString &forumName)
{
    if (m_forums.contains(forumKey)) {
        setForumName(forumKey, forumName);
        return;
    }
    auto *watcher = new NotificationWatcher(session);
    m_forums.insert(forumKey, {session, watcher});
    m_model->addForum(forumKey, forumName, watcher->feed());
    if (m_desktopAlerts)
        m_notifier->track(watcher->feed(), session->client(), forumKey, forumName);
    connect(watcher->feed(), &NotificationFeed::markReadFailed, this,
            [this, forumKey](const ApiError &error) { onMarkReadFailed(forumKey, error.userText()); });
    connect(session, &QObject::destroyed, this, [this, forumKey] {
        delete m_forums.take(forumKey).watcher;
    });
}

void NotificationController::setForumName(const QString &forumKey, const QString &name)
{
    m_model->setForumName(forumKey, name);
    m_notifier->setForumName(forumKey, name);
}

NotificationWatcher *NotificationController::watcher(const QString &forumKey) const
{
    return m_forums.value(forumKey).watcher;
}

void NotificationController::togglePanel()
{
    if (m_panel->isVisible())
        m_panel->hide();
    else
        m_panel->popupBelow(m_bell);
}

void NotificationController::open(const QString &forumKey, int topicId, int postNumber)
{
    const Forum forum = m_forums.value(forumKey);
    if (!forum.session || topicId <= 0)
        return;
    NotificationFeed *feed = forum.watcher->feed();
    for (int row = 0; row < feed->rowCount(); ++row) {
        const Notification &n = feed->at(row);
        if (!n.read && n.topicId == topicId && n.postNumber == postNumber)
            feed->markRead(n.id);
    }
    showWindow();
    LaunchOptions options;
    if (forumKey == QLatin1String("demo")) {
        options.source = LaunchOptions::Source::Demo;
    } else {
        options.source = LaunchOptions::Source::Server;
        options.serverUrl = forum.session->site();
    }
    options.openTopicId = topicId;
    options.openPostNumber = postNumber;
    m_window->handleLaunch(options);
}

void NotificationController::showWindow()
{
    if (m_window->isHidden())
        m_window->show();
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void NotificationController::onMarkReadFailed(const QString &forumKey, const QString &reason)
{
    const QString name = m_model->forumIndex(forumKey).data(Qt::DisplayRole).toString();
    const QString message = tr("%1 did not mark the notifications read, so they show as unread again: %2")
                                .arg(name, reason);
    m_panel->showMessage(message);
    m_window->statusBar()->showMessage(message, 8000);
}

bool NotificationController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting && m_preferences->closeToTray()
        && m_tray->isAvailable()) {
        // The window goes to the tray; notifications keep coming.
        m_window->hide();
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Aivizor
