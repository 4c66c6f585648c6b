#include "app/shell/readingcontroller.h"

#include "app/feeds/communitypane.h"
#include "app/feeds/feedkey.h"
#include "app/feeds/feedtreemodel.h"
#include "app/feeds/topicfilterproxy.h"
#include "app/feeds/topiclistpane.h"
#include "app/reader/readerview.h"
#include "lib/models/communitytreemodel.h"
#include "lib/models/topiclistmodel.h"
#include "lib/reading/readingstate.h"
#include "lib/reading/readstatesync.h"
#include "lib/session/forumsession.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStatusBar>

namespace Aivizor {

namespace {

bool hasSomethingToRead(const QModelIndex &index)
{
    return index.data(FeedTreeModel::NewCountRole).toInt() + index.data(FeedTreeModel::UnreadCountRole).toInt() > 0;
}

// The communities of the tree in display order (parents before their children).
void collectCommunities(const QAbstractItemModel *model, const QModelIndex &parent, QList<QModelIndex> *out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (FeedTreeModel::NodeKind(index.data(FeedTreeModel::KindRole).toInt()) == FeedTreeModel::NodeKind::Community)
            out->append(index);
        collectCommunities(model, index, out);
    }
}

} // namespace

ReadingController::ReadingController(CommunityPane *tree, TopicListPane *list, ReaderView *reader,
                                     QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_list(list)
    , m_reader(reader)
    , m_statusBar(statusBar)
{
    m_readOn = make(tr("Read &On"), QKeySequence(Qt::Key_Space), QStringLiteral("readOnAction"));
    m_readOn->setToolTip(tr("Page down; at the end of a topic, the next unread one (Space)"));
    m_readBack = make(tr("Read &Back"), QKeySequence(Qt::SHIFT | Qt::Key_Space), QStringLiteral("readBackAction"));
    m_nextUnread = make(tr("Next &Unread Topic"), QKeySequence(Qt::SHIFT | Qt::Key_N), QStringLiteral("nextUnreadAction"));
    m_toggleRead = make(tr("Mark Topic Read or &Unread"), QKeySequence(Qt::Key_M), QStringLiteral("toggleReadAction"));
    m_markFeedRead = make(tr("Mark &Feed Read"), QKeySequence(Qt::SHIFT | Qt::Key_C), QStringLiteral("markFeedReadAction"));
    m_markFeedRead->setToolTip(tr("Mark every new or unread topic of the feed shown read (Shift+C)"));
    m_undo = make(tr("&Undo Mark Read"), QKeySequence(QKeySequence::Undo), QStringLiteral("undoMarkReadAction"));
    m_undo->setEnabled(false);
    connect(m_readOn, &QAction::triggered, this, &ReadingController::readOn);
    connect(m_readBack, &QAction::triggered, this, &ReadingController::readBack);
    connect(m_nextUnread, &QAction::triggered, this, &ReadingController::nextUnreadTopic);
    connect(m_toggleRead, &QAction::triggered, this, &ReadingController::toggleRead);
    connect(m_markFeedRead, &QAction::triggered, this, &ReadingController::markFeedRead);
    connect(m_undo, &QAction::triggered, this, &ReadingController::undoMarkFeedRead);

    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(UndoWindowMs);
    connect(&m_undoTimer, &QTimer::timeout, this, &ReadingController::commitMarkRead);
    connect(m_list, &TopicListPane::pageLoaded, this, &ReadingController::openFirstUnreadWhenLoaded);
}

ReadingController::~ReadingController()
{
    // Quitting inside the undo window: the forum is told now, nothing is lost.
    commitMarkRead();
}

QAction *ReadingController::make(const QString &text, const QKeySequence &key, const QString &name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

QList<QAction *> ReadingController::actions() const
{
    return {m_readOn, m_readBack, m_nextUnread, m_toggleRead, m_markFeedRead, m_undo};
}

void ReadingController::setSession(ForumSession *session)
{
    commitMarkRead();
    m_session = session;
}

int ReadingController::currentTopicId() const
{
    return m_reader->topicId() > 0 ? m_reader->topicId() : m_list->currentTopicId();
}

void ReadingController::readOn()
{
    // Space on a focused button presses it, as everywhere else.
    if (auto *button = qobject_cast<QAbstractButton *>(QApplication::focusWidget())) {
        button->animateClick();
        return;
    }
    if (m_reader->topicId() > 0 && !m_reader->isAtEnd()) {
        m_reader->pageBy(+1);
        return;
    }
    nextUnreadTopic();
}

void ReadingController::readBack()
{
    m_reader->pageBy(-1);
}

void ReadingController::nextUnreadTopic()
{
    if (!m_session)
        return;
    if (openNextUnreadInList() || showNextUnreadCommunity())
        return;
    emit statusMessage(tr("Nothing unread is left."));
}

bool ReadingController::openNextUnreadInList()
{
    const QAbstractItemModel *rows = m_list->proxy();
    const int current = m_reader->topicId();
    int start = 0;
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, 0).data(TopicListModel::IdRole).toInt() == current) {
            start = row + 1;
            break;
        }
    }
    for (int row = start; row < rows->rowCount(); ++row) {
        const QModelIndex index = rows->index(row, 0);
        const int id = index.data(TopicListModel::IdRole).toInt();
        if (id != current && (index.data(TopicListModel::IsNewRole).toBool()
                              || index.data(TopicListModel::IsUnreadRole).toBool())) {
            m_list->selectTopic(id);
            emit topicRequested(id);
            return true;
        }
    }
    return false;
}

bool ReadingController::showNextUnreadCommunity()
{
    const FeedTreeModel *tree = m_tree->feedModel();
    if (!tree)
        return false;
    QList<QModelIndex> communities;
    collectCommunities(tree, QModelIndex(), &communities);
    const QString currentKey = FeedKey::of(m_list->currentFeed());
    int at = -1;
    for (int i = 0; i < communities.size(); ++i) {
        if (communities.at(i).data(FeedTreeModel::FeedKeyRole).toString() == currentKey)
            at = i;
    }
    // After the community shown, then from the top; the community shown itself comes last.
    for (int step = 1; step <= communities.size(); ++step) {
        const QModelIndex index = communities.at((at + step + communities.size()) % communities.size());
        if (index.data(FeedTreeModel::FeedKeyRole).toString() == currentKey || !hasSomethingToRead(index))
            continue;
        m_openWhenLoaded = true;
        emit feedRequested(tree->feedFor(index));
        // A feed already loaded (cached) shows its rows at once.
        openFirstUnreadWhenLoaded(0);
        return true;
    }
    return false;
}

void ReadingController::openFirstUnreadWhenLoaded(int page)
{
    if (!m_openWhenLoaded || page != 0 || m_list->proxy()->rowCount() == 0)
        return;
    m_openWhenLoaded = false;
    openNextUnreadInList();
}

void ReadingController::toggleRead()
{
    const int topicId = currentTopicId();
    if (!m_session || topicId <= 0)
        return;
    const TopicReadState state = m_session->reading()->state(topicId).value_or(TopicReadState());
    if (state.isNew() || state.isUnread()) {
        m_session->readSync()->markTopicsRead({topicId});
        emit statusMessage(tr("Marked read."));
    } else {
        m_session->readSync()->markTopicUnread(topicId);
        emit statusMessage(tr("Marked unread."));
    }
}

QList<int> ReadingController::topicsOfFeed(const FeedSpec &feed) const
{
    ReadingState *reading = m_session->reading();
    switch (feed.kind) {
    case FeedSpec::Kind::Latest:
    case FeedSpec::Kind::New:
    case FeedSpec::Kind::Unread:
        return reading->newOrUnreadTopics();
    case FeedSpec::Kind::Community: {
        // Discourse's community feed holds its sub-communities' topics too.
        QList<int> ids;
        const CommunityTreeModel *communities = m_tree->communityModel();
        QList<int> pending{feed.communityId};
        while (!pending.isEmpty()) {
            const int id = pending.takeFirst();
            ids += reading->newOrUnreadTopics(id);
            const QModelIndex index = communities->indexForId(id);
            for (int row = 0; row < communities->rowCount(index); ++row)
                pending.append(communities->communityId(communities->index(row, 0, index)));
        }
        return ids;
    }
    case FeedSpec::Kind::Top:
    case FeedSpec::Kind::Tag:
        break;
    }
    // Feeds the reading state cannot enumerate: the rows loaded.
    QList<int> ids;
    const QAbstractItemModel *rows = m_list->currentModel();
    for (int row = 0; rows && row < rows->rowCount(); ++row) {
        const QModelIndex index = rows->index(row, 0);
        if (index.data(TopicListModel::IsNewRole).toBool() || index.data(TopicListModel::IsUnreadRole).toBool())
            ids.append(index.data(TopicListModel::IdRole).toInt());
    }
    return ids;
}

void ReadingController::markFeedRead()
{
    if (!m_session)
        return;
    commitMarkRead(); // an earlier one still in its undo window
    ReadingState *reading = m_session->reading();
    const QList<int> ids = topicsOfFeed(m_list->currentFeed());
    if (ids.isEmpty()) {
        emit statusMessage(tr("Everything here is read."));
        return;
    }
    for (int id : ids) {
        m_marked.append(reading->state(id).value_or(TopicReadState()));
        // Kept over forum answers until the forum is told (or the change undone).
        reading->setPending(id, true);
        reading->markTopicRead(id);
    }
    if (!m_undoBar) {
        m_undoBar = new QWidget(m_statusBar);
        m_undoBar->setObjectName(QStringLiteral("markReadUndoBar"));
        m_undoLabel = new QLabel(m_undoBar);
        auto *undo = new QPushButton(tr("Undo"), m_undoBar);
        undo->setObjectName(QStringLiteral("markReadUndoButton"));
        connect(undo, &QPushButton::clicked, this, &ReadingController::undoMarkFeedRead);
        auto *layout = new QHBoxLayout(m_undoBar);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_undoLabel);
        layout->addWidget(undo);
        m_statusBar->addWidget(m_undoBar);
    }
    m_undoLabel->setText(tr("%n topic(s) marked read.", nullptr, int(ids.size())));
    m_undoBar->show();
    m_undo->setEnabled(true);
    m_undoTimer.start();
}

void ReadingController::undoMarkFeedRead()
{
    if (m_marked.isEmpty() || !m_session)
        return;
    m_undoTimer.stop();
    ReadingState *reading = m_session->reading();
    for (const TopicReadState &before : std::as_const(m_marked)) {
        reading->setPending(before.topicId, false);
        reading->restore(before);
    }
    const int count = int(m_marked.size());
    m_marked.clear();
    m_undoBar->hide();
    m_undo->setEnabled(false);
    emit statusMessage(tr("%n topic(s) unread again.", nullptr, count));
}

void ReadingController::commitMarkRead()
{
    m_undoTimer.stop();
    if (m_marked.isEmpty())
        return;
    QList<int> ids;
    for (const TopicReadState &before : std::as_const(m_marked))
        ids.append(before.topicId);
    m_marked.clear();
    if (m_undoBar)
        m_undoBar->hide();
    m_undo->setEnabled(false);
    if (!m_session)
        return;
    // From here the sync keeps them pending for as long as the forum has not answered.
    for (int id : std::as_const(ids))
        m_session->reading()->setPending(id, false);
    m_session->readSync()->markTopicsRead(ids);
}

} // namespace Aivizor
