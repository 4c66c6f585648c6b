#include "app/shell/mainactions.h"

#include "app/shell/icons.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QWidget>

namespace Aivizor {

MainActions::MainActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    refresh = make(tr("&Refresh"), QStringLiteral("view-refresh"), QStringLiteral("refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Reload the current feed (F5)"));

    back = make(tr("&Back"), QStringLiteral("go-previous"), QStringLiteral("back"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setToolTip(tr("Go back (Alt+Left)"));

    forward = make(tr("&Forward"), QStringLiteral("go-next"), QStringLiteral("forward"));
    forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    forward->setToolTip(tr("Go forward (Alt+Right)"));

    openInBrowser = make(tr("Open in &Browser"), QStringLiteral("internet-web-browser"),
                         QStringLiteral("open-browser"));
    openInBrowser->setToolTip(tr("Open the current topic or feed in the web browser"));

    copyLink = make(tr("Copy &Link"), QStringLiteral("edit-copy"), QStringLiteral("copy-link"));
    copyLink->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    copyLink->setToolTip(tr("Copy the address of the current topic or feed (Ctrl+L)"));

    zoomIn = make(tr("Zoom &In"), QStringLiteral("zoom-in"), QStringLiteral("zoom-in"));
    // Ctrl+= as well: on most keyboards "+" needs Shift.
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomOut = make(tr("Zoom &Out"), QStringLiteral("zoom-out"), QStringLiteral("zoom-out"));
    zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    zoomReset = make(tr("&Actual Size"), QStringLiteral("zoom-original"), QStringLiteral("zoom-reset"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    quit = make(tr("&Quit"), QStringLiteral("application-exit"), QStringLiteral("quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    nextTopic = make(tr("&Next Topic"), {}, {});
    nextTopic->setShortcut(QKeySequence(Qt::Key_N));
    previousTopic = make(tr("&Previous Topic"), {}, {});
    previousTopic->setShortcut(QKeySequence(Qt::Key_P));

    focusTree = make(tr("Communities"), {}, {});
    focusTree->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    focusList = make(tr("Topic List"), {}, {});
    focusList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    focusReader = make(tr("Reader"), {}, {});
    focusReader->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    focusFilter = make(tr("&Filter Topics"), QStringLiteral("edit-find"), QStringLiteral("filter"));
    focusFilter->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), QKeySequence(Qt::Key_Slash)});

    // Search: the forum's search pane and the quick switcher (app/search).
    search = make(tr("&Search Forum…"), QStringLiteral("system-search"), QStringLiteral("filter"));
    search->setObjectName(QStringLiteral("searchAction"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    quickSwitcher = make(tr("&Go To…"), {}, {});
    quickSwitcher->setObjectName(QStringLiteral("quickSwitcherAction"));
    quickSwitcher->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));

    makeOffline = make(tr("Make Community Available &Offline"), {}, {});
    makeOffline->setObjectName(QStringLiteral("makeOfflineAction"));
    makeOffline->setToolTip(tr("Save the latest topics of the community shown, with their posts and pictures, "
                               "for reading without a connection"));

    goLatest = make(tr("&Latest"), {}, QStringLiteral("latest"));
    goTop = make(tr("&Top"), {}, QStringLiteral("top"));

    about = make(tr("&About Aivizor"), QStringLiteral("help-about"), {});
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(tr("About &Qt"), {}, {});
    aboutQt->setMenuRole(QAction::AboutQtRole);

    shortcuts = make(tr("&Keyboard Shortcuts"), {}, {});
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_Question));

    preferences = make(tr("&Settings…"), QStringLiteral("preferences-system"), {});
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    // Window-wide shortcuts: they must work while the reader (or any pane) has focus. Line edits
    // still receive plain letters first because they accept the ShortcutOverride for text keys.
    for (QAction *action : findChildren<QAction *>())
        action->setShortcutContext(Qt::WindowShortcut);
    // Actions reach their shortcuts only when added to a widget of the window.
    m_window->addActions(findChildren<QAction *>());
}

QAction *MainActions::make(const QString &text, const QString &themeIcon, const QString &fallbackIcon)
{
    auto *action = new QAction(text, this);
    if (!fallbackIcon.isEmpty())
        action->setIcon(Icons::themed(themeIcon, fallbackIcon));
    return action;
}

void MainActions::populateMenuBar(QMenuBar *menuBar)
{
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->addAction(openInBrowser);
    file->addAction(copyLink);
    file->addSeparator();
    file->addAction(makeOffline);
    file->addSeparator();
    file->addAction(preferences);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = menuBar->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addSeparator();
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(zoomReset);
    view->addSeparator();
    view->addAction(focusFilter);
    view->addAction(search);
    QMenu *focus = view->addMenu(tr("&Focus"));
    focus->addAction(focusTree);
    focus->addAction(focusList);
    focus->addAction(focusReader);

    QMenu *go = menuBar->addMenu(tr("&Go"));
    go->addAction(quickSwitcher);
    go->addSeparator();
    go->addAction(back);
    go->addAction(forward);
    go->addSeparator();
    go->addAction(nextTopic);
    go->addAction(previousTopic);
    go->addSeparator();
    go->addAction(goLatest);
    go->addAction(goTop);

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);
    help->addAction(aboutQt);
}

void MainActions::populateToolBar(QToolBar *toolBar)
{
    toolBar->addAction(back);
    toolBar->addAction(forward);
    toolBar->addAction(refresh);
    toolBar->addSeparator();
    toolBar->addAction(openInBrowser);
    toolBar->addAction(copyLink);
    toolBar->addSeparator();
    toolBar->addAction(zoomOut);
    toolBar->addAction(zoomReset);
    toolBar->addAction(zoomIn);
}

} // namespace Aivizor
