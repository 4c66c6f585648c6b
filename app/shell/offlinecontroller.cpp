#include "app/shell/offlinecontroller.h"

#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "app/settings/preferences.h"
#include "app/shell/mainactions.h"
#include "app/widgets/offlineprogress.h"
#include "lib/session/forumsession.h"
#include "lib/store/offlinedownload.h"

#include <QAction>
#include <QStatusBar>

namespace Aivizor {

OfflineController::OfflineController(MainWindow *window, Preferences *preferences)
    : QObject(window)
    , m_window(window)
    , m_preferences(preferences)
{
    connect(window->actions()->makeOffline, &QAction::triggered, this, [this] {
        const FeedSpec feed = m_window->topicListPane()->currentFeed();
        if (feed.kind == FeedSpec::Kind::Community)
            makeAvailableOffline(feed.communityId);
    });
    connect(window->topicListPane(), &TopicListPane::currentModelChanged, this, &OfflineController::updateAction);
    updateAction();
}

void OfflineController::setSession(ForumSession *session, bool resume)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->offlineDownload()->disconnect(this);
    delete m_progress;
    m_progress = nullptr;
    m_session = session;
    if (!session)
        return;
    OfflineDownload *download = session->offlineDownload();
    m_progress = new OfflineProgress(download, m_window);
    m_window->statusBar()->addPermanentWidget(m_progress);
    connect(download, &OfflineDownload::failed, this, [this](const ApiError &error) {
        m_window->statusBar()->showMessage(tr("Could not save the community for offline reading: %1").arg(error.userText()));
    });
    connect(download, &OfflineDownload::finished, this, [this, download] {
        m_window->statusBar()->showMessage(
            tr("%1 is saved for offline reading.").arg(download->communityName().isEmpty() ? tr("The community")
                                                                                             : download->communityName()),
            8000);
    });
    if (resume)
        download->resume();
    updateAction();
}

void OfflineController::makeAvailableOffline(int communityId)
{
    if (!m_session || communityId <= 0)
        return;
    m_session->offlineDownload()->start(communityId, m_preferences->offlineTopicLimit());
}

void OfflineController::updateAction()
{
    const FeedSpec feed = m_window->topicListPane()->currentFeed();
    m_window->actions()->makeOffline->setEnabled(m_session && feed.kind == FeedSpec::Kind::Community);
}

} // namespace Aivizor
