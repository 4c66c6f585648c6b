// Reading in the window, on the demo forum as `aivizor --demo` shows it (its reader has topics read,
// half read and new): counts in the tree and the list, a topic opening at its first unread post
// under "New since your last visit", posts read by being on screen, Space through two topics and
// into the next community, m, and Mark Feed Read with Undo (and the forum told afterwards).
#include "app/feeds/communitypane.h"
#include "app/feeds/feedkey.h"
#include "app/feeds/feedtreemodel.h"
#include "app/feeds/topicfilterproxy.h"
#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "app/reader/postbrowser.h"
#include "app/reader/readerview.h"
#include "app/shell/launchoptions.h"
#include "app/shell/readingcontroller.h"
#include "lib/models/communitytreemodel.h"
#include "lib/models/topiclistmodel.h"
#include "lib/reading/readingstate.h"
#include "lib/reading/readstatesync.h"
#include "lib/session/forumsession.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace Aivizor;

namespace {
constexpr int Timeout = 30000;

// A community without sub-communities with at least two new or unread topics, in tree order.
QModelIndex communityWithUnread(const FeedTreeModel *tree, int skipId = 0)
{
    const CommunityTreeModel *communities = tree->sourceModel();
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int row = 0; row < communities->rowCount(parent); ++row) {
            const QModelIndex c = communities->index(row, 0, parent);
            const int id = communities->communityId(c);
            const int toRead = c.data(CommunityTreeModel::UnreadCountRole).toInt()
                               + c.data(CommunityTreeModel::NewCountRole).toInt();
            if (communities->rowCount(c) > 0)
                pending.append(c);
            else if (id != skipId && toRead >= 2)
                return tree->indexForFeedKey(QStringLiteral("c/%1").arg(id));
        }
    }
    return {};
}

QList<int> unreadRows(const TopicListModel *model)
{
    QList<int> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row, 0);
        if (i.data(TopicListModel::IsUnreadRole).toBool() || i.data(TopicListModel::IsNewRole).toBool())
            ids.append(i.data(TopicListModel::IdRole).toInt());
    }
    return ids;
}
} // namespace

class TestReading : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void countsInTheTreeAndTheList();
    void opensAtTheFirstUnreadPostUnderTheDivider();
    void spaceReadsThroughTwoTopicsIntoTheNextCommunity();
    void mTogglesReadAndUnread();
    void markFeedReadWithUndo();

private:
    void showFeedOf(const QModelIndex &treeIndex);
    ReadingState *reading() const { return m_window->session()->reading(); }

    std::unique_ptr<MainWindow> m_window;
};

void TestReading::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    // The demo starts aivizor-server from PATH when it is not beside the app.
    const QString serverDir = QFileInfo(QStringLiteral(AIVIZOR_SERVER_BIN)).absolutePath();
    qputenv("PATH", (serverDir + QLatin1Char(':') + qEnvironmentVariable("PATH")).toLocal8Bit());
    LaunchOptions options;
    options.source = LaunchOptions::Source::Demo;
    m_window = std::make_unique<MainWindow>(options);
    m_window->resize(1280, 800);
    m_window->show();
    m_window->start();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->signedInUser() == QLatin1String("demo"),
                             Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->communityPane()->hasLoaded(), Timeout);
    // The forum's tracking report has arrived: there is something new and something unread.
    QTRY_VERIFY_WITH_TIMEOUT(reading()->unreadCount() > 3 && reading()->newCount() > 0, Timeout);
}

void TestReading::cleanupTestCase()
{
    m_window.reset();
}

void TestReading::showFeedOf(const QModelIndex &treeIndex)
{
    m_window->showFeed(m_window->communityPane()->feedModel()->feedFor(treeIndex));
    TopicListPane *list = m_window->topicListPane();
    QTRY_VERIFY_WITH_TIMEOUT(list->currentModel() && list->currentModel()->loadedPages() > 0
                                 && !list->currentModel()->isLoading(),
                             Timeout);
}

void TestReading::countsInTheTreeAndTheList()
{
    const FeedTreeModel *tree = m_window->communityPane()->feedModel();
    const QModelIndex site = tree->siteIndex();
    QCOMPARE(site.data(FeedTreeModel::UnreadCountRole).toInt(), reading()->unreadCount());
    QCOMPARE(site.data(FeedTreeModel::NewCountRole).toInt(), reading()->newCount());
    const QModelIndex latest = tree->indexForFeedKey(QStringLiteral("latest"));
    QCOMPARE(latest.data(FeedTreeModel::UnreadCountRole).toInt(), reading()->unreadCount());
    QVERIFY2(latest.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("unread")),
             qPrintable(latest.data(Qt::AccessibleTextRole).toString()));
    // New and Unread are there for a signed-in reader, with their own counts.
    QTreeView *view = m_window->communityPane()->view();
    const QModelIndex newFeed = tree->indexForFeedKey(QStringLiteral("new"));
    const QModelIndex unreadFeed = tree->indexForFeedKey(QStringLiteral("unread"));
    QVERIFY(!view->isRowHidden(newFeed.row(), site));
    QVERIFY(!view->isRowHidden(unreadFeed.row(), site));
    QCOMPARE(newFeed.data(FeedTreeModel::NewCountRole).toInt(), reading()->newCount());
    QCOMPARE(newFeed.data(FeedTreeModel::UnreadCountRole).toInt(), 0);
    QCOMPARE(unreadFeed.data(FeedTreeModel::UnreadCountRole).toInt(), reading()->unreadCount());

    // The communities' counts add up to the forum's.
    int sum = 0;
    const CommunityTreeModel *communities = tree->sourceModel();
    for (int row = 0; row < communities->rowCount(); ++row)
        sum += communities->index(row, 0).data(CommunityTreeModel::UnreadCountRole).toInt();
    QCOMPARE(sum, reading()->unreadCount());

    // The Unread feed lists exactly the unread topics, each with its count of new posts.
    showFeedOf(unreadFeed);
    TopicListModel *list = m_window->topicListPane()->currentModel();
    QVERIFY(list->rowCount() > 0);
    for (int row = 0; row < list->rowCount(); ++row) {
        const QModelIndex i = list->index(row, 0);
        QVERIFY2(i.data(TopicListModel::IsUnreadRole).toBool(), qPrintable(i.data(TopicListModel::TitleRole).toString()));
        QVERIFY(i.data(TopicListModel::UnreadPostsRole).toInt() > 0);
        QVERIFY(i.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("new post")));
    }
    // Unread only on Latest hides the read rows and keeps the others.
    showFeedOf(tree->indexForFeedKey(QStringLiteral("latest")));
    TopicListPane *pane = m_window->topicListPane();
    const int all = pane->proxy()->rowCount();
    const int unreadLoaded = int(unreadRows(pane->currentModel()).size());
    QVERIFY(unreadLoaded > 0 && unreadLoaded < all);
    pane->setUnreadOnly(true);
    QCOMPARE(pane->proxy()->rowCount(), unreadLoaded);
    pane->setUnreadOnly(false);
    QCOMPARE(pane->proxy()->rowCount(), all);
}

void TestReading::opensAtTheFirstUnreadPostUnderTheDivider()
{
    // A half-read topic with several posts left.
    int topicId = 0;
    TopicReadState before;
    TopicListModel *list = m_window->topicListPane()->currentModel();
    for (int row = 0; row < list->rowCount() && topicId == 0; ++row) {
        const int id = list->index(row, 0).data(TopicListModel::IdRole).toInt();
        const TopicReadState s = reading()->state(id).value_or(TopicReadState());
        if (s.unreadPosts() >= 2 && s.lastReadPostNumber >= 2) {
            topicId = id;
            before = s;
        }
    }
    QVERIFY2(topicId > 0, "the demo has half-read topics");
    ReaderView *reader = m_window->readerView();
    m_window->openTopic(topicId);
    QTRY_VERIFY_WITH_TIMEOUT(reader->topicId() == topicId && !reader->renderedPostNumbers().isEmpty(), Timeout);
    QVERIFY(reader->browser()->toPlainText().contains(
        QCoreApplication::translate("ThreadHtml", "New since your last visit")));
    // The first unread post is on screen, at the top unless the topic is too short to scroll there.
    const int firstUnread = before.lastReadPostNumber + 1;
    QTRY_VERIFY_WITH_TIMEOUT(reader->visiblePostNumbers().contains(firstUnread), Timeout);
    const QScrollBar *bar = reader->browser()->verticalScrollBar();
    QVERIFY2(reader->currentPostNumber() == firstUnread || bar->value() == bar->maximum(),
             qPrintable(QStringLiteral("at post %1").arg(reader->currentPostNumber())));
    // On screen for a moment: read, and the row's count follows.
    QTRY_VERIFY_WITH_TIMEOUT(reading()->state(topicId)->lastReadPostNumber > before.lastReadPostNumber, Timeout);
    const int row = list->rowForTopicId(topicId);
    QTRY_VERIFY_WITH_TIMEOUT(list->index(row, 0).data(TopicListModel::UnreadPostsRole).toInt() < before.unreadPosts(),
                             Timeout);
    // The forum was told.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->readSync()->pendingCount(), 0, Timeout);
}

void TestReading::spaceReadsThroughTwoTopicsIntoTheNextCommunity()
{
    const FeedTreeModel *tree = m_window->communityPane()->feedModel();
    const QModelIndex first = communityWithUnread(tree);
    QVERIFY2(first.isValid(), "a community with two unread topics");
    const QModelIndex second = communityWithUnread(tree, int(first.internalId()));
    QVERIFY2(second.isValid(), "a second community with unread topics");
    // The second must come after the first in the tree for "next"; swap when it does not.
    const QModelIndex from = first.row() < second.row() ? first : second;
    const QModelIndex to = first.row() < second.row() ? second : first;
    showFeedOf(from);
    TopicListPane *pane = m_window->topicListPane();
    QList<int> unread = unreadRows(pane->currentModel());
    QVERIFY(unread.size() >= 2);
    // Two unread topics left in this community.
    m_window->session()->readSync()->markTopicsRead(unread.mid(2));
    unread = unread.mid(0, 2);

    ReaderView *reader = m_window->readerView();
    m_window->openTopic(unread.at(0));
    QTRY_VERIFY_WITH_TIMEOUT(reader->topicId() == unread.at(0) && !reader->renderedPostNumbers().isEmpty(), Timeout);
    reader->browser()->setFocus();
    const auto spaceUntil = [&](const std::function<bool()> &done) {
        for (int i = 0; i < 400 && !done(); ++i) {
            QTest::keyClick(reader->browser(), Qt::Key_Space);
            QTest::qWait(20); // lets chunks load and the document grow, as a reader pressing Space would
        }
        return done();
    };
    QVERIFY(spaceUntil([&] { return reader->topicId() == unread.at(1); }));
    // What the next community has to read (reading it starts at once, so it is taken now).
    const QList<int> toRead = reading()->newOrUnreadTopics(int(to.internalId()));
    QVERIFY(!toRead.isEmpty());
    QVERIFY(spaceUntil([&] { return pane->currentFeed() == tree->feedFor(to); }));
    QTRY_VERIFY_WITH_TIMEOUT(toRead.contains(reader->topicId()), Timeout);
    QCOMPARE(pane->currentTopicId(), reader->topicId());
    // Shift+Space goes back up.
    QTest::keyClick(reader->browser(), Qt::Key_Space);
    const int down = reader->browser()->verticalScrollBar()->value();
    QTest::keyClick(reader->browser(), Qt::Key_Space, Qt::ShiftModifier);
    QVERIFY(reader->browser()->verticalScrollBar()->value() <= down);
}

void TestReading::mTogglesReadAndUnread()
{
    const int topicId = m_window->readerView()->topicId();
    QVERIFY(topicId > 0);
    m_window->session()->reading()->markTopicRead(topicId);
    QTest::keyClick(m_window->readerView()->browser(), Qt::Key_M);
    // The last post unread again (a topic of one post is new again).
    const TopicReadState marked = *reading()->state(topicId);
    QVERIFY(marked.unreadPosts() == 1 || marked.isNew());
    TopicListModel *list = m_window->topicListPane()->currentModel();
    const QModelIndex row = list->index(list->rowForTopicId(topicId), 0);
    QVERIFY(row.data(TopicListModel::IsUnreadRole).toBool() || row.data(TopicListModel::IsNewRole).toBool());
    QTest::keyClick(m_window->readerView()->browser(), Qt::Key_M);
    QVERIFY(!reading()->state(topicId)->isUnread() && !reading()->state(topicId)->isNew());
    QVERIFY(!row.data(TopicListModel::IsUnreadRole).toBool() && !row.data(TopicListModel::IsNewRole).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->readSync()->pendingCount(), 0, Timeout);
}

void TestReading::markFeedReadWithUndo()
{
    const FeedTreeModel *tree = m_window->communityPane()->feedModel();
    // Not the community of the topic in the reader: that one is being read while the test runs.
    const int readerCommunity = reading()->state(m_window->readerView()->topicId()).value_or(TopicReadState()).categoryId;
    const QModelIndex community = communityWithUnread(tree, readerCommunity);
    QVERIFY(community.isValid());
    showFeedOf(community);
    const int before = community.data(FeedTreeModel::UnreadCountRole).toInt()
                       + community.data(FeedTreeModel::NewCountRole).toInt();
    const int totalBefore = reading()->unreadCount() + reading()->newCount();
    ReadingController *ctl = m_window->readingController();
    ctl->markFeedReadAction()->trigger();
    QCOMPARE(community.data(FeedTreeModel::UnreadCountRole).toInt() + community.data(FeedTreeModel::NewCountRole).toInt(), 0);
    QCOMPARE(reading()->unreadCount() + reading()->newCount(), totalBefore - before);
    auto *undo = m_window->statusBar()->findChild<QPushButton *>(QStringLiteral("markReadUndoButton"));
    QVERIFY(undo && undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(community.data(FeedTreeModel::UnreadCountRole).toInt() + community.data(FeedTreeModel::NewCountRole).toInt(),
             before);
    QVERIFY(!undo->isVisible());
    QVERIFY(!ctl->hasPendingMarkRead());
    // The forum was never told: its report still has them.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->readSync()->pendingCount(), 0, Timeout);
    QSignalSpy reported(m_window->session()->readSync(), &ReadStateSync::refreshed);
    m_window->session()->readSync()->refresh();
    QVERIFY(reported.wait(Timeout));
    QCOMPARE(community.data(FeedTreeModel::UnreadCountRole).toInt() + community.data(FeedTreeModel::NewCountRole).toInt(),
             before);

    // Again, and this time the undo window closes: the forum is told, and its report agrees.
    ctl->markFeedReadAction()->trigger();
    QVERIFY(ctl->hasPendingMarkRead());
    QTRY_VERIFY_WITH_TIMEOUT(!ctl->hasPendingMarkRead(), ReadingController::UndoWindowMs + Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->readSync()->pendingCount(), 0, Timeout);
    QSignalSpy refreshed(m_window->session()->readSync(), &ReadStateSync::refreshed);
    m_window->session()->readSync()->refresh();
    QVERIFY(refreshed.wait(Timeout));
    QCOMPARE(community.data(FeedTreeModel::UnreadCountRole).toInt() + community.data(FeedTreeModel::NewCountRole).toInt(), 0);
}

QTEST_MAIN(TestReading)
#include "tst_reading.moc"
