// The window against the real aivizor-server: tree, feed switching with the model cache, filter,
// keyboard navigation, focus shortcuts, and the error banner when the server is down.
#include "app/feeds/communitypane.h"
#include "app/feeds/feedkey.h"
#include "app/feeds/feedmodelcache.h"
#include "app/feeds/feedtreemodel.h"
#include "app/feeds/topicfilterproxy.h"
#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "lib/images/imagecache.h"
#include "lib/models/topiclistmodel.h"
#include "lib/net/transport.h"
#include "app/reader/readerview.h"
#include "app/shell/launchoptions.h"
#include "app/widgets/errorbanner.h"

#include "testserver.h"
#include "windowtesting.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFontDatabase>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>

using namespace Aivizor;

namespace {
constexpr int Timeout = 20000;

QModelIndex childNamed(const QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(Qt::DisplayRole).toString() == text)
            return index;
    }
    return {};
}

int rowWithTitle(const QAbstractItemModel *model, const QString &needle)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(TopicListModel::TitleRole).toString().contains(needle))
            return row;
    }
    return -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fontsInstalled();
    void treeShowsCommunities();
    void feedSwitchIsInstantFromCache();
    void filterNarrowsRows();
    void nextPreviousKeys();
    void focusShortcuts();
    void settingsRestoreFeedAndLayout();
    void deadServerShowsBannerAndRetryRecovers();

private:
    void openOpenAi();
    void topicListAvatarsLoadThroughTheForumCache();

    TestServer m_server;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

    m_window = std::make_unique<MainWindow>(serverOptions(m_server.baseUrl()));
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->communityPane()->hasLoaded(), Timeout);
    // The wrapper model must stay a valid tree while the source updates underneath it.
    m_tester = std::make_unique<QAbstractItemModelTester>(m_window->communityPane()->feedModel(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMainWindow::cleanupTestCase()
{
    m_tester.reset();
    m_window.reset();
    QVERIFY(m_server.stop());
}

void TestMainWindow::fontsInstalled()
{
    // Without fonts every label renders as boxes and nothing else fails.
    QVERIFY(!QFontDatabase::families().isEmpty());
}

void TestMainWindow::treeShowsCommunities()
{
    const FeedTreeModel *tree = m_window->communityPane()->feedModel();
    const QModelIndex site = tree->siteIndex();
    QCOMPARE(tree->rowCount(), 1);
    // The root starts as the host name and takes the forum's title once /site/basic-info answers.
    QTRY_COMPARE_WITH_TIMEOUT(site.data().toString(), QStringLiteral("Aivizor"), Timeout);
    QCOMPARE(tree->index(0, 0, site).data().toString(), tr("Latest"));
    QCOMPARE(tree->index(1, 0, site).data().toString(), tr("Top"));
    const QModelIndex community = childNamed(tree, site, QStringLiteral("Community"));
    QVERIFY(community.isValid());
    const QModelIndex openAi = childNamed(tree, community, QStringLiteral("OpenAI"));
    QVERIFY(openAi.isValid());
    QVERIFY(openAi.data(FeedTreeModel::DotColorRole).value<QColor>().isValid());
    QVERIFY(openAi.data(FeedTreeModel::TopicCountRole).toInt() > 0);
    QVERIFY(!openAi.data(Qt::AccessibleTextRole).toString().isEmpty());
    QVERIFY(!m_window->communityPane()->view()->accessibleName().isEmpty());
    QVERIFY(!m_window->topicListPane()->view()->accessibleName().isEmpty());
    QVERIFY(m_window->connectionText().contains(QStringLiteral("127.0.0.1")));
}

void TestMainWindow::openOpenAi()
{
    CommunityPane *pane = m_window->communityPane();
    const FeedTreeModel *tree = pane->feedModel();
    const QModelIndex community = childNamed(tree, tree->siteIndex(), QStringLiteral("Community"));
    const QModelIndex openAi = childNamed(tree, community, QStringLiteral("OpenAI"));
    QVERIFY(openAi.isValid());
    pane->view()->setCurrentIndex(openAi);
    TopicListPane *list = m_window->topicListPane();
    QCOMPARE(list->currentFeed().kind, FeedSpec::Kind::Community);
    QTRY_VERIFY_WITH_TIMEOUT(list->hasSettled(), Timeout);
}

// The rows' avatars come from the forum's ImageCache, which loads them through the Transport.
void TestMainWindow::topicListAvatarsLoadThroughTheForumCache()
{
    TopicListPane *list = m_window->topicListPane();
    QTRY_VERIFY_WITH_TIMEOUT(list->hasSettled(), Timeout);
    QVERIFY(list->currentModel() && list->currentModel()->rowCount() > 0);
    const QUrl avatar = list->currentModel()->index(0, 0).data(TopicListModel::AvatarUrlRole).toUrl();
    QVERIFY(avatar.isValid());
    ImageCache *images = m_window->imageCache();
    QVERIFY(images);
    QCOMPARE(images->transport()->baseUrl().host(), m_server.baseUrl().host());
    list->view()->viewport()->update(); // the painted row asks the cache
    QTRY_VERIFY_WITH_TIMEOUT(images->contains(avatar), Timeout);
    QVERIFY(!images->image(avatar).isNull());
    QVERIFY(!images->hasFailed(avatar));
}

void TestMainWindow::feedSwitchIsInstantFromCache()
{
    openOpenAi();
    TopicListPane *list = m_window->topicListPane();
    TopicListModel *openAiModel = list->currentModel();
    QVERIFY(openAiModel);
    const int row = rowWithTitle(openAiModel, QStringLiteral("OpenAI and Microsoft"));
    QVERIFY2(row >= 0, "the OpenAI/Microsoft news topic is in the OpenAI feed");
    QVERIFY(openAiModel->index(row, 0).data(TopicListModel::TagsRole).toStringList().contains(QStringLiteral("News")));
    // The view exposes the title to screen readers.
    const QModelIndex viewIndex = list->proxy()->mapFromSource(openAiModel->index(row, 0));
    QVERIFY(viewIndex.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("OpenAI and Microsoft")));

    const int rows = openAiModel->rowCount();
    const int pages = openAiModel->loadedPages();
    list->view()->scrollToBottom();

    // Away to Latest (a new model that loads) ...
    const FeedTreeModel *tree = m_window->communityPane()->feedModel();
    m_window->communityPane()->view()->setCurrentIndex(tree->index(0, 0, tree->siteIndex()));
    QVERIFY(list->currentModel() != openAiModel);
    QCOMPARE(list->currentFeed().kind, FeedSpec::Kind::Latest);
    QTRY_VERIFY_WITH_TIMEOUT(list->hasSettled(), Timeout);
    TopicListModel *latestModel = list->currentModel();

    // ... and back: the very same model, no request in flight, same rows, at once.
    openOpenAi();
    QCOMPARE(list->currentModel(), openAiModel);
    QVERIFY(!openAiModel->isLoading());
    QVERIFY(openAiModel->loadedPages() >= pages);
    QVERIFY(openAiModel->rowCount() >= rows);
    QCOMPARE(list->proxy()->rowCount(), openAiModel->rowCount());

    m_window->communityPane()->view()->setCurrentIndex(tree->index(0, 0, tree->siteIndex()));
    QCOMPARE(list->currentModel(), latestModel);
    QVERIFY(!latestModel->isLoading());
    QVERIFY(list->cache()->size() >= 2);
}

void TestMainWindow::filterNarrowsRows()
{
    openOpenAi();
    TopicListPane *list = m_window->topicListPane();
    const int all = list->proxy()->rowCount();
    QVERIFY(all > 1);

    QTest::keyClick(m_window.get(), Qt::Key_Slash);
    QVERIFY(list->filterEdit()->hasFocus());
    QTest::keyClicks(list->filterEdit(), QStringLiteral("microsoft"));
    QVERIFY(list->proxy()->rowCount() > 0);
    QVERIFY(list->proxy()->rowCount() < all);
    for (int row = 0; row < list->proxy()->rowCount(); ++row) {
        const QModelIndex index = list->proxy()->index(row, 0);
        const QString text = index.data(TopicListModel::TitleRole).toString() + index.data(TopicListModel::AuthorNameRole).toString()
            + index.data(TopicListModel::TagsRole).toStringList().join(QLatin1Char(' '));
        QVERIFY2(text.contains(QStringLiteral("microsoft"), Qt::CaseInsensitive), qPrintable(text));
    }
    // A tag narrows too (case-insensitive), and two words must both match.
    list->filterEdit()->setText(QStringLiteral("news microsoft"));
    QVERIFY(list->proxy()->rowCount() >= 1);
    QVERIFY(rowWithTitle(list->proxy(), QStringLiteral("OpenAI and Microsoft")) >= 0);

    // Escape clears, Ctrl+Shift+F focuses again.
    QTest::keyClick(list->filterEdit(), Qt::Key_Escape);
    QVERIFY(list->filterEdit()->text().isEmpty());
    QCOMPARE(list->proxy()->rowCount(), all);
    list->view()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(list->filterEdit()->hasFocus());
}

void TestMainWindow::nextPreviousKeys()
{
    openOpenAi();
    TopicListPane *list = m_window->topicListPane();
    list->filterEdit()->clear();
    QVERIFY(list->proxy()->rowCount() >= 3);
    list->view()->setFocus();
    list->view()->setCurrentIndex(list->proxy()->index(0, 0));

    QSignalSpy opened(list, &TopicListPane::topicActivated);
    QTest::keyClick(m_window.get(), Qt::Key_N);
    QCOMPARE(list->view()->currentIndex().row(), 1);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.last().at(0).toInt(), list->proxy()->index(1, 0).data(TopicListModel::IdRole).toInt());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->readerView()->topicId(), opened.last().at(0).toInt(), Timeout);

    // n/p also work while the reader has the keyboard.
    m_window->readerView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N);
    QCOMPARE(list->view()->currentIndex().row(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P);
    QCOMPARE(list->view()->currentIndex().row(), 0);
    // At the top, p stays put.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P);
    QCOMPARE(list->view()->currentIndex().row(), 0);

    // Typing n into the filter is text, not navigation.
    list->focusFilter();
    QTest::keyClick(list->filterEdit(), Qt::Key_N);
    QCOMPARE(list->filterEdit()->text(), QStringLiteral("n"));
    QCOMPARE(list->view()->currentIndex().row(), 0);
    list->filterEdit()->clear();
}

void TestMainWindow::focusShortcuts()
{
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->communityPane()->view());
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->topicListPane()->view());
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY(focus == m_window->readerView() || m_window->readerView()->isAncestorOf(focus));
}

void TestMainWindow::settingsRestoreFeedAndLayout()
{
    openOpenAi();
    const QString feedKey = FeedKey::of(m_window->topicListPane()->currentFeed());
    m_window->splitter()->setSizes({210, 330, 660});
    const QList<int> sizes = m_window->splitter()->sizes();
    const QSize size = m_window->size();
    m_window->close();

    MainWindow again(serverOptions(m_server.baseUrl()));
    again.show();
    again.start();
    QCOMPARE(again.size(), size);
    QCOMPARE(again.splitter()->sizes(), sizes);
    QCOMPARE(FeedKey::of(again.topicListPane()->currentFeed()), feedKey);
    // The tree selects the restored feed once the communities arrived.
    QTRY_COMPARE_WITH_TIMEOUT(again.communityPane()->selectedFeedKey(), feedKey, Timeout);
    m_window->show();
}

void TestMainWindow::deadServerShowsBannerAndRetryRecovers()
{
    TestServer late;
    QVERIFY2(late.start(), qPrintable(late.errorString()));
    const QUrl url = late.baseUrl();
    QVERIFY(late.stop()); // now the port is closed: connection refused

    MainWindow window(serverOptions(url));
    window.resize(1000, 700);
    window.show();
    window.start();

    TopicListPane *list = window.topicListPane();
    QTRY_VERIFY_WITH_TIMEOUT(list->errorBanner()->isVisible(), Timeout);
    QVERIFY(list->errorBanner()->retryButton()->isVisible());
    QVERIFY(!list->errorBanner()->message().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.communityPane()->errorBanner()->isVisible(), Timeout);
    QCOMPARE(window.connectionText(), tr("Offline — retrying"));
    // The rest of the window keeps working: the filter still takes text.
    list->filterEdit()->setText(QStringLiteral("x"));
    QCOMPARE(list->filterEdit()->text(), QStringLiteral("x"));
    list->filterEdit()->clear();

    // The same port comes back; Retry loads the list.
    QVERIFY2(late.start({QStringLiteral("--port"), QString::number(url.port())}), qPrintable(late.errorString()));
    QCOMPARE(late.baseUrl().port(), url.port());
    QTest::mouseClick(list->errorBanner()->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(list->currentModel()->rowCount() > 0, Timeout);
    QVERIFY(!list->errorBanner()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionText().startsWith(tr("Connected to %1").arg(QString())), Timeout);
    // The tree recovers as well (automatic retry or its own Retry button).
    if (window.communityPane()->errorBanner()->isVisible())
        QTest::mouseClick(window.communityPane()->errorBanner()->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.communityPane()->hasLoaded(), Timeout);
    QVERIFY(late.stop());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
