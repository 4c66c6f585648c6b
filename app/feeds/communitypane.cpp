#include "app/feeds/communitypane.h"

#include "lib/reading/readingstate.h"
#include "lib/store/forumstore.h"

#include "app/feeds/communitydelegate.h"
#include "app/feeds/feedtreemodel.h"
#include "lib/api/endpoints.h"
#include "lib/models/communitytreemodel.h"
#include "lib/net/forumclient.h"
#include "app/widgets/errorbanner.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QJsonObject>
#include <QTreeView>
#include <QVBoxLayout>

namespace Aivizor {

CommunityPane::CommunityPane(QWidget *parent)
    : QWidget(parent)
{
    m_banner = new ErrorBanner(this);
    connect(m_banner, &ErrorBanner::retryRequested, this, &CommunityPane::reload);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("communityTree"));
    m_view->setAccessibleName(tr("Communities"));
    m_view->installEventFilter(this);
    m_view->setAccessibleDescription(tr("The forum's feeds and communities"));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(new CommunityDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
}

void CommunityPane::setReadingState(ReadingState *reading)
{
    if (m_reading)
        disconnect(m_reading, nullptr, this, nullptr);
    m_reading = reading;
    if (reading)
        connect(reading, &ReadingState::forumStateChanged, this, &CommunityPane::updateReaderFeeds);
}

void CommunityPane::updateReaderFeeds()
{
    if (!m_feedModel)
        return;
    const bool shown = m_reading && m_reading->forumState();
    const QModelIndex site = m_feedModel->siteIndex();
    for (const char *key : {"new", "unread"})
        m_view->setRowHidden(m_feedModel->indexForFeedKey(QString::fromLatin1(key)).row(), site, !shown);
}

void CommunityPane::setClient(ForumClient *client, const QString &fallbackSiteName)
{
    m_client = client;
    m_loaded = false;
    m_banner->clear();
    m_view->setModel(nullptr);
    delete m_feedModel;
    delete m_communities;

    m_communities = new CommunityTreeModel(client, this);
    m_communities->setStore(m_store);
    m_feedModel = new FeedTreeModel(m_communities, this);
    m_feedModel->setReadingState(m_reading);
    QString savedName;
    if (m_store) {
        if (const ApiResult<StoredSite> site = m_store->site(); site.ok())
            savedName = site.value->name;
    }
    m_feedModel->setSiteName(savedName.isEmpty() ? fallbackSiteName : savedName);
    m_view->setModel(m_feedModel);
    m_view->expand(m_feedModel->siteIndex());
    updateReaderFeeds();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });

    connect(m_communities, &CommunityTreeModel::loadingChanged, this, &CommunityPane::loadingChanged);
    connect(m_communities, &CommunityTreeModel::loaded, this, [this] {
        m_loaded = true;
        m_banner->clear();
        m_view->expand(m_feedModel->siteIndex());
        // Top-level communities open so their sub-communities show; the tree is small.
        const QModelIndex site = m_feedModel->siteIndex();
        for (int row = 0; row < m_feedModel->rowCount(site); ++row)
            m_view->expand(m_feedModel->index(row, 0, site));
        applyPendingSelection();
        emit loaded();
    });
    connect(m_communities, &CommunityTreeModel::errorOccurred, this, [this](const ApiError &error) {
        m_banner->showError(tr("Could not load the communities: %1").arg(error.userText()));
        emit failed(error);
    });
    reload();
}

void CommunityPane::reload()
{
    if (!m_communities)
        return;
    m_banner->clear();
    m_communities->reload();
    fetchSiteName();
}

// The forum's own title heads the tree. Older or minimal servers lack /site/basic-info; then the
// fallback name stays, which is not worth an error banner.
void CommunityPane::fetchSiteName()
{
    if (!m_client)
        return;
    m_client->transport()->get(Api::siteBasicInfo(), this, [this](const TransportResult &result) {
        if (result.error.isError() || !m_feedModel)
            return;
        const QJsonObject info = result.json.object();
        const QString title = info.value(QLatin1String("title")).toString().trimmed().left(200);
        if (title.isEmpty())
            return;
        m_feedModel->setSiteName(title);
        if (m_store)
            m_store->putSiteName(title, info.value(QLatin1String("description")).toString().left(2000));
    });
}

void CommunityPane::selectFeed(const QString &feedKey)
{
    m_pendingFeedKey = feedKey;
    applyPendingSelection();
}

void CommunityPane::applyPendingSelection()
{
    if (!m_feedModel || m_pendingFeedKey.isEmpty())
        return;
    const QModelIndex index = m_feedModel->indexForFeedKey(m_pendingFeedKey);
    if (!index.isValid()) {
        // A community not loaded yet keeps waiting; a tag feed simply has no entry.
        if (m_pendingFeedKey.startsWith(QLatin1String("tag/")) || m_loaded) {
            m_selecting = true;
            m_view->selectionModel()->clear();
            m_selecting = false;
            m_pendingFeedKey.clear();
        }
        return;
    }
    m_pendingFeedKey.clear();
    if (m_view->currentIndex() == index)
        return;
    m_selecting = true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_selecting = false;
}

QString CommunityPane::selectedFeedKey() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(FeedTreeModel::FeedKeyRole).toString() : QString();
}

bool CommunityPane::isLoading() const
{
    return m_communities && m_communities->isLoading();
}

bool CommunityPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::FocusIn || m_selecting)
        return QWidget::eventFilter(watched, event);
    // A view gaining focus without a current row makes its first row (Latest) current. That is
    // no choice of the user's: it must not replace a restored feed the tree still waits for.
    m_selecting = true;
    QCoreApplication::sendEvent(watched, event);
    m_selecting = false;
    return true;
}

void CommunityPane::onCurrentChanged(const QModelIndex &current)
{
    // Programmatic selection mirrors a feed the window already shows; only user moves navigate.
    if (m_selecting || !current.isValid())
        return;
    emit feedSelected(m_feedModel->feedFor(current));
}

} // namespace Aivizor
