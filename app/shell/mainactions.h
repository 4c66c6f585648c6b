#pragma once

#include <QObject>

class QAction;
class QMenuBar;
class QToolBar;
class QWidget;

namespace Aivizor {

// Every window-level command as a QAction (text, shortcut, icon, accessible tooltip), plus the
// menus and toolbar built from them. The window connects them to what they do.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QWidget *window);

    void populateMenuBar(QMenuBar *menuBar);
    void populateToolBar(QToolBar *toolBar);

    QAction *refresh = nullptr;
    QAction *back = nullptr;
    QAction *forward = nullptr;
    QAction *openInBrowser = nullptr;
    QAction *copyLink = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomReset = nullptr;
    QAction *quit = nullptr;
    QAction *nextTopic = nullptr;
    QAction *previousTopic = nullptr;
    QAction *focusTree = nullptr;
    QAction *focusList = nullptr;
    QAction *focusReader = nullptr;
    QAction *focusFilter = nullptr;
    QAction *goLatest = nullptr;
    QAction *goTop = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
    QAction *preferences = nullptr;
    QAction *search = nullptr;        // Ctrl+K: the search pane
    QAction *quickSwitcher = nullptr; // Ctrl+P: go to a community, feed, forum or recent topic
    QAction *makeOffline = nullptr;   // the community shown: its latest topics saved for reading offline
    QAction *shortcuts = nullptr;     // ?: the keyboard shortcuts over the window

private:
    QAction *make(const QString &text, const QString &themeIcon, const QString &fallbackIcon);
    QWidget *m_window;
};

} // namespace Aivizor
