#pragma once

#include <QObject>
#include <QPointer>

namespace Aivizor {

class ForumSession;
class MainWindow;
class OfflineProgress;
class Preferences;

// "Make available offline" in the window: the File menu's action (the community shown) and the
// tree's context menu start the session's OfflineDownload with the user's topic limit; its
// progress and Cancel sit in the status bar; an unfinished download carries on after a restart.
class OfflineController : public QObject
{
    Q_OBJECT
public:
    OfflineController(MainWindow *window, Preferences *preferences);

    // Resumes what the session left unfinished unless `resume` is false (screenshots).
    void setSession(ForumSession *session, bool resume);
    void makeAvailableOffline(int communityId);
    OfflineProgress *progress() const { return m_progress; }

private:
    void updateAction();

    MainWindow *m_window;
    Preferences *m_preferences;
    QPointer<ForumSession> m_session;
    OfflineProgress *m_progress = nullptr;
};

} // namespace Aivizor
