// The keyboard shortcuts overlay in the window against the real aivizor-server: `?` opens it
// with every action's shortcut grouped by menu and the reader's own keys, Esc and `?` close it,
// Help > Keyboard Shortcuts opens it too, and shortcuts set later are listed.
#include "app/feeds/communitypane.h"
#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "app/settings/preferences.h"
#include "app/shell/shortcutsoverlay.h"

#include "testserver.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Aivizor;

namespace {
constexpr int Timeout = 20000;

// The keys listed for `command` in `group`; empty when the list has no such row.
QString keysOf(const QTreeWidget *list, const QString &group, const QString &command)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = list->topLevelItem(i);
        if (top->text(0) != group)
            continue;
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->text(0) == command)
                return top->child(j)->text(1);
        }
    }
    return {};
}

QString native(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}
} // namespace

class TestShortcutsOverlay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void questionMarkListsTheShortcuts();
    void escAndQuestionMarkClose();
    void helpMenuOpensItAndLaterShortcutsAppear();
    void screenshots();

private:
    void pressInList(Qt::Key key);

    TestServer m_server;
    std::unique_ptr<MainWindow> m_window;
    ShortcutsOverlay *m_overlay = nullptr;
    QTreeWidget *m_list = nullptr;
};

void TestShortcutsOverlay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_window = startedWindow(m_server.baseUrl());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->communityPane()->hasLoaded(), Timeout);
    m_overlay = m_window->findChild<ShortcutsOverlay *>();
    QVERIFY(m_overlay);
    m_list = m_overlay->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
    QVERIFY(m_list);
}

void TestShortcutsOverlay::cleanupTestCase()
{
    m_window.reset();
    QVERIFY(m_server.stop());
}

void TestShortcutsOverlay::pressInList(Qt::Key key)
{
    // Sent where the keyboard is, as a person pressing it would.
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, key);
}

void TestShortcutsOverlay::questionMarkListsTheShortcuts()
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QWidget *topics = m_window->topicListPane()->view();
    QCOMPARE(QApplication::focusWidget(), topics);
    QTest::keyClick(topics, Qt::Key_Question);
    QTRY_VERIFY(m_overlay->isVisible());
    QCOMPARE(m_overlay->geometry(), m_window->rect());
    // The keyboard is in the list, which a screen reader names.
    QCOMPARE(QApplication::focusWidget(), m_list);
    QVERIFY(!m_list->accessibleName().isEmpty());
    QVERIFY(m_list->currentItem());

    // Grouped by menu, texts without their mnemonics, keys as this platform writes them.
    QCOMPARE(keysOf(m_list, QStringLiteral("View"), QStringLiteral("Search Forum…")), native(QKeySequence(Qt::CTRL | Qt::Key_K)));
    QCOMPARE(keysOf(m_list, QStringLiteral("Go"), QStringLiteral("Go To…")), native(QKeySequence(Qt::CTRL | Qt::Key_P)));
    QCOMPARE(keysOf(m_list, QStringLiteral("File"), QStringLiteral("Quit")), native(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    QCOMPARE(keysOf(m_list, QStringLiteral("Help"), QStringLiteral("Keyboard Shortcuts")), QStringLiteral("?"));
    // A submenu is its own group; several shortcuts of one action share a row.
    QCOMPARE(keysOf(m_list, QStringLiteral("View › Focus"), QStringLiteral("Reader")), native(QKeySequence(Qt::CTRL | Qt::Key_3)));
    QCOMPARE(keysOf(m_list, QStringLiteral("View"), QStringLiteral("Zoom In")),
             QStringLiteral("%1 or %2").arg(native(QKeySequence(Qt::CTRL | Qt::Key_Plus)), native(QKeySequence(Qt::CTRL | Qt::Key_Equal))));
    // Actions without a shortcut are not listed.
    QVERIFY(keysOf(m_list, QStringLiteral("Help"), QStringLiteral("About Aivizor")).isEmpty());
    QCOMPARE(m_list->topLevelItem(0)->text(0), QStringLiteral("File"));
    // The reader's own keys, added by the window.
    QCOMPARE(keysOf(m_list, QStringLiteral("Reader"), QStringLiteral("Next post")), QStringLiteral("J"));
    QCOMPARE(keysOf(m_list, QStringLiteral("Reader"), QStringLiteral("Last post")),
             QStringLiteral("%1 or %2").arg(native(QKeySequence(Qt::Key_End)), native(QKeySequence(Qt::CTRL | Qt::Key_End))));
}

void TestShortcutsOverlay::escAndQuestionMarkClose()
{
    QVERIFY(m_overlay->isVisible());
    // Arrow keys move through the list and keep it open.
    const QTreeWidgetItem *before = m_list->currentItem();
    pressInList(Qt::Key_Down);
    QVERIFY(m_overlay->isVisible());
    QVERIFY(m_list->currentItem() != before);
    pressInList(Qt::Key_Escape);
    QVERIFY(!m_overlay->isVisible());
    // The keyboard is back where it was.
    QCOMPARE(QApplication::focusWidget(), m_window->topicListPane()->view());

    QTest::keyClick(m_window->topicListPane()->view(), Qt::Key_Question);
    QVERIFY(m_overlay->isVisible());
    pressInList(Qt::Key_Question);
    QVERIFY(!m_overlay->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_window->topicListPane()->view());

    // Another shortcut takes the keyboard elsewhere: the list goes with it.
    QTest::keyClick(m_window->topicListPane()->view(), Qt::Key_Question);
    QVERIFY(m_overlay->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->communityPane()->view());
    QVERIFY(!m_overlay->isVisible());
}

void TestShortcutsOverlay::helpMenuOpensItAndLaterShortcutsAppear()
{
    QAction *open = m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"));
    QVERIFY(open);
    QMenu *help = nullptr;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(open))
            help = top->menu();
    }
    QVERIFY(help);
    QCOMPARE(help->title(), QStringLiteral("&Help"));

    auto *later = new QAction(QStringLiteral("Later &Command"), m_window.get());
    later->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    m_window->addAction(later);
    open->trigger();
    QVERIFY(m_overlay->isVisible());
    QCOMPARE(keysOf(m_list, QStringLiteral("Other"), QStringLiteral("Later Command")),
             native(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L)));
    pressInList(Qt::Key_Escape);
    QVERIFY(!m_overlay->isVisible());
    delete later;
}

void TestShortcutsOverlay::screenshots()
{
    for (const auto &[theme, name] : {std::pair{Preferences::Theme::Light, "light"}, std::pair{Preferences::Theme::Dark, "dark"}}) {
        m_window->preferences()->setTheme(theme);
        QTest::keyClick(m_window->topicListPane()->view(), Qt::Key_Question);
        QVERIFY(m_overlay->isVisible());
        // The panel follows the palette: dark base under dark text colours and the other way round.
        QTRY_COMPARE(m_list->palette().color(QPalette::Base).lightness() < 128, theme == Preferences::Theme::Dark);
        const QPalette palette = m_list->palette();
        QVERIFY(qAbs(palette.color(QPalette::Base).lightness() - palette.color(QPalette::Text).lightness()) > 100);
        // Everything fits the window's height: no scrolling to find a shortcut.
        QVERIFY(!m_list->verticalScrollBar()->isVisible());
        const QImage shot = m_window->grab().toImage();
        QVERIFY(!shot.isNull());
        const QString path = QDir::temp().filePath(QStringLiteral("aivizor-shortcuts-%1.png").arg(QLatin1String(name)));
        QVERIFY(shot.save(path));
        qInfo("shortcuts overlay screenshot: %s", qPrintable(path));
        pressInList(Qt::Key_Escape);
        QVERIFY(!m_overlay->isVisible());
    }
    m_window->preferences()->setTheme(Preferences::Theme::Light);
}

QTEST_MAIN(TestShortcutsOverlay)
#include "tst_shortcutsoverlay.moc"
