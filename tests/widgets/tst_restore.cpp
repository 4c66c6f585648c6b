// Restoring where the user was: the open topic at the same post and the tree's expanded and
// collapsed branches come back when a new window opens the same forum on the same settings.
#include "app/feeds/communitypane.h"
#include "app/feeds/feedtreemodel.h"
#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "app/reader/readerview.h"
#include "app/shell/launchoptions.h"
#include "lib/models/topiclistmodel.h"

#include "testserver.h"
#include "windowtesting.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Aivizor;

namespace {
constexpr int Timeout = 20000;


std::unique_ptr<MainWindow> openWindow(const LaunchOptions &options)
{
    auto window = std::make_unique<MainWindow>(options);
    window->resize(1200, 760);
    window->show();
    window->start();
    return window;
}

// The first and the last top-level community that have sub-communities.
QList<QModelIndex> branches(const FeedTreeModel *tree)
{
    QList<QModelIndex> found;
    const QModelIndex site = tree->siteIndex();
    for (int row = 0; row < tree->rowCount(site); ++row) {
        const QModelIndex index = tree->index(row, 0, site);
        if (tree->rowCount(index) > 0)
            found.append(index);
        for (int child = 0; child < tree->rowCount(index); ++child) {
            if (tree->rowCount(tree->index(child, 0, index)) > 0)
                found.append(tree->index(child, 0, index));
        }
    }
    return found;
}
} // namespace

class TestRestore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void topicPostAndBranchesComeBack();
    void commandLineTopicWins();

private:
    TestServer m_server;
    int m_topicId = 0;
    int m_postNumber = 0;
};

void TestRestore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestRestore::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestRestore::topicPostAndBranchesComeBack()
{
    QStringList expandedKeys;
    QStringList collapsedKeys;
    {
        auto window = openWindow(serverOptions(m_server.baseUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(window->communityPane()->hasLoaded(), Timeout);
        TopicListPane *list = window->topicListPane();
        QTRY_VERIFY_WITH_TIMEOUT(list->currentModel() && list->currentModel()->rowCount() > 0, Timeout);

        // The longest topic in the list, read from its middle.
        TopicListModel *topics = list->currentModel();
        int posts = 0;
        for (int row = 0; row < topics->rowCount(); ++row) {
            const QModelIndex index = topics->index(row, 0);
            if (index.data(TopicListModel::PostsCountRole).toInt() > posts) {
                posts = index.data(TopicListModel::PostsCountRole).toInt();
                m_topicId = index.data(TopicListModel::IdRole).toInt();
            }
        }
        QVERIFY2(posts >= 5, "the demo needs a topic with a few replies");
        ReaderView *reader = window->readerView();
        window->openTopic(m_topicId);
        QTRY_VERIFY_WITH_TIMEOUT(reader->topicId() == m_topicId && !reader->renderedPostNumbers().isEmpty(), Timeout);
        const int target = posts / 2 + 1;
        reader->goToPost(target);
        // A short topic may end before that post reaches the top: any post below the first will do.
        QTRY_VERIFY_WITH_TIMEOUT(reader->currentPostNumber() > 1, Timeout);
        m_postNumber = reader->currentPostNumber();

        // The tree opens every top-level branch; collapse one, and expand a deeper one if there is one.
        const FeedTreeModel *tree = window->communityPane()->feedModel();
        QTreeView *view = window->communityPane()->view();
        const QList<QModelIndex> found = branches(tree);
        QVERIFY(!found.isEmpty());
        view->collapse(found.first());
        collapsedKeys.append(found.first().data(FeedTreeModel::FeedKeyRole).toString());
        for (const QModelIndex &index : found.mid(1)) {
            view->expand(index);
            expandedKeys.append(index.data(FeedTreeModel::FeedKeyRole).toString());
        }
        window->close();
    }

    auto window = openWindow(serverOptions(m_server.baseUrl()));
    ReaderView *reader = window->readerView();
    QTRY_VERIFY_WITH_TIMEOUT(reader->topicId() == m_topicId, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(reader->currentPostNumber(), m_postNumber, Timeout);
    const FeedTreeModel *tree = window->communityPane()->feedModel();
    QTreeView *view = window->communityPane()->view();
    for (const QString &key : collapsedKeys)
        QVERIFY2(!view->isExpanded(tree->indexForFeedKey(key)), qPrintable(key));
    for (const QString &key : expandedKeys)
        QVERIFY2(view->isExpanded(tree->indexForFeedKey(key)), qPrintable(key));
    QVERIFY(view->isExpanded(tree->siteIndex()));
    window->close();
}

void TestRestore::commandLineTopicWins()
{
    // A topic asked for on the command line is not replaced by the remembered one.
    LaunchOptions options = serverOptions(m_server.baseUrl());
    options.openTopicId = m_topicId + 1;
    auto window = openWindow(options);
    QVERIFY(m_topicId > 0);
    // The remembered topic would be opened as the tree finishes loading.
    QTRY_VERIFY_WITH_TIMEOUT(window->communityPane()->hasLoaded(), Timeout);
    QVERIFY(window->readerView()->topicId() != m_topicId);
}

QTEST_MAIN(TestRestore)
#include "tst_restore.moc"
