#pragma once

#include "app/search/switchercandidate.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QStackedWidget;
class QWidget;

namespace Aivizor {

class ForumSession;
class LocalSearch;
class MainWindow;
class QuickSwitcher;
class SearchPanel;

// Puts search into the main window: the search pane takes the topic list's place while
// searching (Ctrl+K; Escape, picking a feed or the topic filter "/" bring the list back), results
// open in the reader at their post, and Ctrl+P (or Ctrl+K again on an empty query) opens the
// quick switcher over the window's communities, feeds, forums and recently opened topics.
class SearchController : public QObject
{
    Q_OBJECT
public:
    // After the window's panes and actions exist; the topic list's slot in the splitter becomes a
    // stack of the list and the search pane.
    explicit SearchController(MainWindow *window);

    // The forum shown changed: results and recent topics belong to the old one. The forum's
    // client answers searches while it is reachable; its store (through LocalSearch) when not,
    // or when the pane's scope is "This computer".
    void setSession(ForumSession *session);

    SearchPanel *panel() const { return m_panel; }
    QuickSwitcher *switcher() const { return m_switcher; }
    bool isSearchShown() const;

    void showSearch();
    void showTopicList();
    void openSwitcher();
    // The candidates the switcher offers now.
    QList<SwitcherCandidate> candidates() const;

private:
    struct RecentTopic
    {
        int id = 0;
        QString title;
        QString community; // its name, for the switcher's row
    };
    void rememberTopic(int topicId);
    void yieldShortcutTo(QWidget *focus);
    void refreshCommunities();

    MainWindow *m_window;
    QStackedWidget *m_stack = nullptr;
    SearchPanel *m_panel = nullptr;
    QuickSwitcher *m_switcher = nullptr;
    LocalSearch *m_local = nullptr;
    QPointer<ForumSession> m_session;
    QList<RecentTopic> m_recent; // most recent first
};

} // namespace Aivizor
