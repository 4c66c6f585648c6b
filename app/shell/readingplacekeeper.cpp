#include "app/shell/readingplacekeeper.h"

#include "app/feeds/communitypane.h"
#include "app/feeds/feedtreemodel.h"
#include "app/mainwindow.h"
#include "app/reader/postbrowser.h"
#include "app/reader/readerview.h"
#include "app/shell/appsettings.h"

#include <QEvent>
#include <QScrollBar>
#include <QSet>
#include <QTreeView>

namespace Aivizor {

namespace {
constexpr int ScrollSaveDelayMs = 1000;
const QString SiteNodeKey = QStringLiteral("site");
} // namespace

ReadingPlaceKeeper::ReadingPlaceKeeper(MainWindow *window, const LaunchOptions &options)
    : QObject(window)
    , m_window(window)
    , m_restoreTopic(options.openTopicId <= 0)
{
    if (options.screenshotMode())
        return;
    m_scrollSave.setSingleShot(true);
    m_scrollSave.setInterval(ScrollSaveDelayMs);
    connect(&m_scrollSave, &QTimer::timeout, this, &ReadingPlaceKeeper::savePlace);

    CommunityPane *tree = window->communityPane();
    connect(tree, &CommunityPane::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_treeReady = false;
    });
    connect(tree, &CommunityPane::loaded, this, &ReadingPlaceKeeper::onTreeLoaded);
    connect(tree->view(), &QTreeView::expanded, this, &ReadingPlaceKeeper::onBranchToggled);
    connect(tree->view(), &QTreeView::collapsed, this, &ReadingPlaceKeeper::onBranchToggled);

    ReaderView *reader = window->readerView();
    connect(reader, &ReaderView::topicShown, this, &ReadingPlaceKeeper::savePlace);
    connect(reader->browser()->verticalScrollBar(), &QScrollBar::valueChanged, &m_scrollSave,
            qOverload<>(&QTimer::start));
    window->installEventFilter(this);
}

bool ReadingPlaceKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}

void ReadingPlaceKeeper::save()
{
    m_scrollSave.stop();
    savePlace();
    if (m_treeReady && !m_window->forumKey().isEmpty()) {
        QStringList keys;
        collectBranches({}, &keys);
        AppSettings::setExpandedBranches(m_window->forumKey(), keys);
    }
}

void ReadingPlaceKeeper::savePlace()
{
    const QString forum = m_window->forumKey();
    ReaderView *reader = m_window->readerView();
    // Until the remembered topic is back, what the reader shows is not the user's choice.
    if (forum.isEmpty() || forum != m_restoredForum || reader->topicId() <= 0)
        return;
    AppSettings::setReadingPlace(forum, {reader->topicId(), reader->currentPostNumber()});
}

void ReadingPlaceKeeper::onTreeLoaded()
{
    const QString forum = m_window->forumKey();
    applyBranches();
    m_treeReady = true;
    if (forum == m_restoredForum)
        return;
    m_restoredForum = forum;
    const AppSettings::ReadingPlace place = AppSettings::readingPlace(forum);
    ReaderView *reader = m_window->readerView();
    if (m_restoreTopic && place.topicId > 0 && reader->topicId() <= 0)
        reader->openTopic(place.topicId, place.postNumber);
}

void ReadingPlaceKeeper::applyBranches()
{
    const std::optional<QStringList> saved = AppSettings::expandedBranches(m_window->forumKey());
    if (!saved)
        return; // the tree's own defaults
    const QSet<QString> expanded(saved->cbegin(), saved->cend());
    QTreeView *view = m_window->communityPane()->view();
    const QAbstractItemModel *model = view->model();
    m_applying = true;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (model->rowCount(index) == 0)
                continue;
            view->setExpanded(index, expanded.contains(nodeKey(index)));
            pending.append(index);
        }
    }
    m_applying = false;
}

void ReadingPlaceKeeper::collectBranches(const QModelIndex &parent, QStringList *keys) const
{
    QTreeView *view = m_window->communityPane()->view();
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (model->rowCount(index) == 0)
            continue;
        if (view->isExpanded(index))
            keys->append(nodeKey(index));
        collectBranches(index, keys);
    }
}

void ReadingPlaceKeeper::onBranchToggled()
{
    if (!m_treeReady || m_applying || m_window->forumKey().isEmpty())
        return;
    QStringList keys;
    collectBranches({}, &keys);
    AppSettings::setExpandedBranches(m_window->forumKey(), keys);
}

QString ReadingPlaceKeeper::nodeKey(const QModelIndex &index) const
{
    // The site row opens Latest, so its feed key would collide with the Latest row's.
    if (index.data(FeedTreeModel::KindRole).toInt() == int(FeedTreeModel::NodeKind::Site))
        return SiteNodeKey;
    return index.data(FeedTreeModel::FeedKeyRole).toString();
}

} // namespace Aivizor
