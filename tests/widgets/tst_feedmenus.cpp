// Context menus against the real aivizor-server: a right click on a tree entry, a topic row or a
// post shows its commands, and Copy Link puts the forum's web address on the clipboard.
#include "app/feeds/communitypane.h"
#include "app/feeds/feedmenus.h"
#include "app/feeds/feedtreemodel.h"
#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "app/reader/postbrowser.h"
#include "app/reader/readerview.h"
#include "app/shell/launchoptions.h"
#include "lib/models/postlistmodel.h"
#include "lib/models/topiclistmodel.h"

#include "testserver.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

#include <memory>

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

// A right click as the window system delivers it: to the viewport, at a point inside the item.
void rightClick(QWidget *viewport, const QPoint &pos)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport->mapToGlobal(pos));
    QApplication::sendEvent(viewport, &event);
}

QStringList actionNames(const QMenu *menu)
{
    QStringList names;
    for (const QAction *action : menu->actions()) {
        if (!action->objectName().isEmpty())
            names.append(action->objectName());
    }
    return names;
}

QAction *actionNamed(const QMenu *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

QString forumUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    return url.toString(QUrl::FullyEncoded);
}
} // namespace

class TestFeedMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void treeEntryMenu();
    void topicRowMenu();
    void postMenu();

private:
    FeedMenus *menus() const { return m_window->findChild<FeedMenus *>(); }
    QMenu *waitForMenu();

    TestServer m_server;
    std::unique_ptr<MainWindow> m_window;
};

void TestFeedMenus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_window = startedWindow(m_server.baseUrl());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->communityPane()->hasLoaded(), Timeout);
    TopicListPane *list = m_window->topicListPane();
    QTRY_VERIFY_WITH_TIMEOUT(list->currentModel() && list->currentModel()->rowCount() > 1, Timeout);
    QVERIFY(menus());
}

void TestFeedMenus::cleanupTestCase()
{
    m_window.reset();
    QVERIFY(m_server.stop());
}

QMenu *TestFeedMenus::waitForMenu()
{
    if (!QTest::qWaitFor([this] { return menus()->lastMenu() && menus()->lastMenu()->isVisible(); }, Timeout))
        return nullptr;
    return menus()->lastMenu();
}

void TestFeedMenus::treeEntryMenu()
{
    QTreeView *view = m_window->communityPane()->view();
    const FeedTreeModel *tree = m_window->communityPane()->feedModel();
    const QModelIndex community = childNamed(tree, tree->siteIndex(), QStringLiteral("Community"));
    const QModelIndex openAi = childNamed(tree, community, QStringLiteral("OpenAI"));
    QVERIFY(openAi.isValid());
    view->scrollTo(openAi);
    rightClick(view->viewport(), view->visualRect(openAi).center());
    QMenu *menu = waitForMenu();
    QVERIFY(menu);
    // A community can also be saved for reading offline (tst_offline runs it).
    QCOMPARE(actionNames(menu), QStringList({QStringLiteral("openInBrowser"), QStringLiteral("copyLink"),
                                             QStringLiteral("makeAvailableOffline")}));
    QGuiApplication::clipboard()->clear();
    actionNamed(menu, QStringLiteral("copyLink"))->trigger();
    const FeedSpec feed = tree->feedFor(openAi);
    QVERIFY(!feed.communitySlug.isEmpty());
    QCOMPARE(QGuiApplication::clipboard()->text(),
             forumUrl(m_server.baseUrl(), QStringLiteral("/c/%1/%2").arg(feed.communitySlug).arg(feed.communityId)));
    menu->close();
}

void TestFeedMenus::topicRowMenu()
{
    QListView *view = m_window->topicListPane()->view();
    const QModelIndex row = view->model()->index(1, 0);
    const int topicId = row.data(TopicListModel::IdRole).toInt();
    const QString slug = row.data(TopicListModel::SlugRole).toString();
    rightClick(view->viewport(), view->visualRect(row).center());
    QMenu *menu = waitForMenu();
    QVERIFY(menu);
    QCOMPARE(actionNames(menu), QStringList({QStringLiteral("openTopic"), QStringLiteral("openInBrowser"),
                                             QStringLiteral("copyLink"), QStringLiteral("copyTitle")}));
    actionNamed(menu, QStringLiteral("copyLink"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             forumUrl(m_server.baseUrl(), QStringLiteral("/t/%1/%2").arg(slug).arg(topicId)));
    actionNamed(menu, QStringLiteral("copyTitle"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), row.data(TopicListModel::TitleRole).toString());
    actionNamed(menu, QStringLiteral("openTopic"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->readerView()->topicId(), topicId, Timeout);
    menu->close();
}

void TestFeedMenus::postMenu()
{
    ReaderView *reader = m_window->readerView();
    QTRY_VERIFY_WITH_TIMEOUT(reader->renderedPostNumbers().size() >= 2, Timeout);
    PostBrowser *browser = reader->browser();
    // The document's last line is in the last post; put it on screen and click on it.
    const int postNumber = reader->renderedPostNumbers().last();
    QVERIFY(postNumber > 1);
    QTextCursor end(browser->document());
    end.movePosition(QTextCursor::End);
    end.movePosition(QTextCursor::StartOfBlock);
    browser->setTextCursor(end);
    browser->ensureCursorVisible();
    const QPoint pos = browser->cursorRect(end).center() + QPoint(2, 0);
    QVERIFY(browser->viewport()->rect().contains(pos));
    QCOMPARE(FeedMenus::postNumberAt(browser->document(), browser->cursorForPosition(pos).position()), postNumber);
    rightClick(browser->viewport(), pos);
    QMenu *menu = waitForMenu();
    QVERIFY(menu);
    const QStringList names = actionNames(menu);
    for (const QString &name : {QStringLiteral("replyToPost"), QStringLiteral("quotePost"),
                                QStringLiteral("copyLink"), QStringLiteral("openInBrowser")})
        QVERIFY2(names.contains(name), qPrintable(names.join(QLatin1Char(','))));
    // The text view's own Copy stays in the menu.
    QVERIFY(menu->actions().size() > names.size());
    // Nobody is signed in: replying is offered but not possible.
    QVERIFY(!actionNamed(menu, QStringLiteral("replyToPost"))->isEnabled());

    actionNamed(menu, QStringLiteral("copyLink"))->trigger();
    const QString slug = reader->postModel()->topic().slug;
    QCOMPARE(QGuiApplication::clipboard()->text(),
             forumUrl(m_server.baseUrl(), QStringLiteral("/t/%1/%2/%3").arg(slug).arg(reader->topicId()).arg(postNumber)));
    menu->close();
}

QTEST_MAIN(TestFeedMenus)
#include "tst_feedmenus.moc"
