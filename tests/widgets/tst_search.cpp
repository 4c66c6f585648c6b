// The search pane and the quick switcher in the window, against the real aivizor-server: the
// demo community plus 53 topics about okapis (two pages of results), a long topic whose 26th post
// holds a rare word, and a topic whose text looks like markup.
#include "app/composer/composerwidget.h"
#include "app/composer/discussionpane.h"
#include "app/feeds/topiclistpane.h"
#include <QSplitter>
#include "app/mainwindow.h"
#include "app/reader/readerview.h"
#include "app/search/quickswitcher.h"
#include "app/settings/preferences.h"
#include "app/search/searchbuilder.h"
#include "app/search/searchcontroller.h"
#include "app/search/searchpanel.h"
#include "app/search/switcherdelegate.h"
#include "app/shell/mainactions.h"
#include "lib/models/postlistmodel.h"
#include "lib/models/searchresultmodel.h"
#include "lib/session/forumsession.h"
#include "lib/store/forumstore.h"
#include "serverclient.h"
#include "testserver.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QTimer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Aivizor;

namespace {
constexpr int Timeout = 20000;
constexpr int OkapiTopics = 53;
constexpr int RarePost = 26;
}

class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void ctrlKTypingAndEnterShowsResults();
    void scrollingPagesIn();
    void activatingOpensTheTopicAtThePost();
    void blurbsAreTextWithBoldMatches();
    void builderFillsTheQueryAndTheQueryFillsTheBuilder();
    void escapeBringsTheTopicListBack();
    void switcherRanksAndOpensACommunity();
    void switcherOffersRecentTopicsAndCtrlKTwiceOpensIt();
    void composerKeepsItsCtrlK();
    void screenshot();
    // Last: it stops the server.
    void savedCopyAnswersByChoiceAndWhenTheForumIsDown();

private:
    void runQuery(const QString &query);

    QTemporaryDir m_dataDir;
    TestServer m_server;
    std::unique_ptr<MainWindow> m_window;
    SearchPanel *m_panel = nullptr;
    int m_longTopic = 0;
    int m_tapirTopic = 0;
    int m_mistral = 0;
};

void TestSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dataDir.isValid());
    const ServerClient::Headers bob = ServerClient::addUser(m_dataDir.path(), QStringLiteral("bob"));
    QVERIFY(!bob.isEmpty());
    m_server.setDataDir(m_dataDir.path());
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0")}), qPrintable(m_server.errorString()));
    ServerClient writer(m_server);
    m_mistral = writer.categoryId(QStringLiteral("mistral"));
    QVERIFY(m_mistral > 0);
    QVERIFY(writer.createOkapiTopics(bob, m_mistral, OkapiTopics));
    m_longTopic = writer.createTopic(bob, QStringLiteral("A long thread about zoo logistics"),
                                     QStringLiteral("Where do the animals sleep in winter?"), m_mistral);
    QVERIFY(m_longTopic > 0);
    for (int n = 2; n <= RarePost + 25; ++n) {
        const QString raw = n == RarePost ? QStringLiteral("The capybara enclosure needs a heated pool.")
                                          : QStringLiteral("Reply number %1 about the winter quarters.").arg(n);
        QCOMPARE(writer.reply(bob, m_longTopic, raw), n);
    }
    m_tapirTopic = writer.createTopic(bob, QStringLiteral("Field notes on the lowland tapir"),
                                      QStringLiteral("Beware: 1 < 2 && <b>tapir</b> > zebra."), m_mistral);
    QVERIFY(m_tapirTopic > 0);

    m_window = startedWindow(m_server.baseUrl());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->hasSettled(), Timeout);
    m_panel = m_window->search()->panel();
}

void TestSearch::cleanupTestCase()
{
    m_window.reset();
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
}

void TestSearch::runQuery(const QString &query)
{
    m_window->actions()->search->trigger();
    QLineEdit *field = m_panel->queryEdit();
    field->selectAll();
    QTest::keyClicks(field, query);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->model()->isLoading(), Timeout);
}

void TestSearch::ctrlKTypingAndEnterShowsResults()
{
    QVERIFY(!m_panel->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(m_panel->isVisible());
    QVERIFY(!m_window->topicListPane()->isVisible());
    QTRY_VERIFY(m_panel->queryEdit()->hasFocus());
    QTest::keyClicks(m_panel->queryEdit(), QStringLiteral("okapi"));
    QTest::keyClick(m_panel->queryEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 50, Timeout);
    QTRY_VERIFY(!m_panel->model()->isLoading());
    QVERIFY(m_panel->statusLabel()->text().contains(QLatin1String("50")));
    const QModelIndex first = m_panel->model()->index(0);
    QVERIFY(first.data(SearchResultModel::TitleRole).toString().startsWith(QLatin1String("Okapi sighting report")));
    QCOMPARE(first.data(SearchResultModel::AuthorRole).toString(), QStringLiteral("bob"));
    QVERIFY(m_panel->resultsView()->visualRect(first).height() > 0);
}

void TestSearch::scrollingPagesIn()
{
    QListView *view = m_panel->resultsView();
    QCOMPARE(m_panel->model()->rowCount(), 50);
    QVERIFY(m_panel->model()->canFetchMore({}));
    // As the user does: to the end of the list, where the view asks the model for more.
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), OkapiTopics, Timeout);
    QTRY_VERIFY(!m_panel->model()->isLoading());
    QVERIFY(!m_panel->model()->canFetchMore({}));
    QVERIFY(m_panel->statusLabel()->text().contains(QString::number(OkapiTopics)));
}

void TestSearch::activatingOpensTheTopicAtThePost()
{
    runQuery(QStringLiteral("capybara"));
    QCOMPARE(m_panel->model()->rowCount(), 1);
    const QModelIndex hit = m_panel->model()->index(0);
    QCOMPARE(hit.data(SearchResultModel::TopicIdRole).toInt(), m_longTopic);
    QCOMPARE(hit.data(SearchResultModel::PostNumberRole).toInt(), RarePost);
    QListView *view = m_panel->resultsView();
    view->setFocus();
    view->setCurrentIndex(hit);
    QTest::keyClick(view, Qt::Key_Return);
    ReaderView *reader = m_window->readerView();
    QTRY_COMPARE_WITH_TIMEOUT(reader->topicId(), m_longTopic, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!reader->isLoading() && reader->renderedPostNumbers().contains(RarePost), Timeout);
    // The reader is at the matching post, not at the top of the topic.
    QTRY_COMPARE_WITH_TIMEOUT(reader->currentPostNumber(), RarePost, Timeout);
    QCOMPARE(reader->postModel()->topic().title, QStringLiteral("A long thread about zoo logistics"));
    QVERIFY(m_panel->isVisible()); // the results stay for the next one
}

void TestSearch::blurbsAreTextWithBoldMatches()
{
    runQuery(QStringLiteral("tapir"));
    QCOMPARE(m_panel->model()->rowCount(), 1);
    const QModelIndex hit = m_panel->model()->index(0);
    const QString blurb = hit.data(SearchResultModel::BlurbRole).toString();
    QVERIFY2(blurb.contains(QLatin1String("1 < 2")), qPrintable(blurb));
    const QString html = m_panel->delegate()->blurbHtml(hit);
    QVERIFY2(html.contains(QLatin1String("1 &lt; 2 &amp;&amp;")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<b>tapir</b>")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<b>zebra")), qPrintable(html));
    QCOMPARE(html.count(QLatin1String("<b>")), html.count(QLatin1String("</b>")));
    QVERIFY(!html.contains(QLatin1String("<script")));
}

void TestSearch::builderFillsTheQueryAndTheQueryFillsTheBuilder()
{
    m_window->actions()->search->trigger();
    QLineEdit *field = m_panel->queryEdit();
    SearchBuilder *builder = m_panel->builder();
    QTest::mouseClick(m_panel->builderButton(), Qt::LeftButton);
    QVERIFY(builder->isVisible());

    // Typed query → builder.
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("okapi \"near the river\" @bob #mistral in:title status:open after:2020-01-02"));
    QCOMPARE(builder->wordsEdit()->text(), QStringLiteral("okapi"));
    QCOMPARE(builder->phraseEdit()->text(), QStringLiteral("near the river"));
    QCOMPARE(builder->userEdit()->text(), QStringLiteral("bob"));
    QCOMPARE(builder->communityBox()->currentData().toString(), QStringLiteral("mistral"));
    QVERIFY(builder->titleOnlyBox()->isChecked());
    QCOMPARE(builder->statusBox()->currentData().toInt(), int(SearchQuery::Status::Open));
    QVERIFY(builder->afterBox()->isChecked());
    QCOMPARE(builder->afterEdit()->date(), QDate(2020, 1, 2));
    QVERIFY(!builder->beforeBox()->isChecked());

    // Builder → query: clear the phrase and the date, untick titles only, newest first.
    builder->phraseEdit()->selectAll();
    QTest::keyClick(builder->phraseEdit(), Qt::Key_Backspace);
    QTest::mouseClick(builder->titleOnlyBox(), Qt::LeftButton);
    QTest::mouseClick(builder->afterBox(), Qt::LeftButton);
    builder->orderBox()->setFocus();
    QTest::keyClick(builder->orderBox(), Qt::Key_Down);
    QCOMPARE(builder->orderBox()->currentData().toInt(), int(SearchQuery::Order::Latest));
    QCOMPARE(field->text(), QStringLiteral("okapi @bob #mistral status:open order:latest"));

    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->model()->isLoading() && m_panel->model()->rowCount() > 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 50, Timeout);
    // order:latest: the newest okapi report first.
    QCOMPARE(m_panel->model()->index(0).data(SearchResultModel::TitleRole).toString(),
             QStringLiteral("Okapi sighting report number %1").arg(OkapiTopics - 1));
    QTest::mouseClick(m_panel->builderButton(), Qt::LeftButton);
    QVERIFY(!builder->isVisible());
}

void TestSearch::escapeBringsTheTopicListBack()
{
    m_window->actions()->search->trigger();
    QVERIFY(m_panel->isVisible());
    QTest::keyClick(m_panel->queryEdit(), Qt::Key_Escape);
    QVERIFY(!m_panel->isVisible());
    QVERIFY(m_window->topicListPane()->isVisible());
    // "/" filters the topic list, so it shows the list too.
    m_window->actions()->search->trigger();
    QVERIFY(m_panel->isVisible());
    m_window->actions()->focusFilter->trigger();
    QVERIFY(m_window->topicListPane()->isVisible());
}

void TestSearch::switcherRanksAndOpensACommunity()
{
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QuickSwitcher *switcher = m_window->search()->switcher();
    QTRY_VERIFY(switcher->isVisible());
    QTRY_VERIFY(switcher->patternEdit()->hasFocus());
    QTest::keyClicks(switcher->patternEdit(), QStringLiteral("oai"));
    QStringList names = switcher->shownNames();
    QVERIFY2(names.size() >= 2, qPrintable(names.join(QLatin1Char('|'))));
    // A name that matches comes before one found through its path ("Community › OpenAI").
    QCOMPARE(names.at(0), QStringLiteral("OpenAI"));
    QVERIFY(names.indexOf(QStringLiteral("API & Developers")) > 0);
    switcher->patternEdit()->selectAll();
    QTest::keyClicks(switcher->patternEdit(), QStringLiteral("gdm"));
    QCOMPARE(switcher->shownNames().value(0), QStringLiteral("Google DeepMind"));
    // The letters matched are the word starts, shown in bold.
    QCOMPARE(switcher->list()->item(0)->data(SwitcherDelegate::PositionsRole).value<QList<int>>(), (QList<int>{0, 7, 11}));
    const QString shot = QDir::temp().filePath(QStringLiteral("aivizor-switcher.png"));
    QVERIFY(switcher->grab().toImage().save(shot));
    switcher->patternEdit()->selectAll();
    QTest::keyClicks(switcher->patternEdit(), QStringLiteral("mist"));
    names = switcher->shownNames();
    QCOMPARE(names.value(0), QStringLiteral("Mistral"));
    QTest::keyClick(switcher->patternEdit(), Qt::Key_Return);
    QVERIFY(!switcher->isVisible());
    TopicListPane *list = m_window->topicListPane();
    QCOMPARE(list->currentFeed().kind, FeedSpec::Kind::Community);
    QCOMPARE(list->currentFeed().communityId, m_mistral);
    QVERIFY(list->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(list->hasSettled(), Timeout);
}

void TestSearch::switcherOffersRecentTopicsAndCtrlKTwiceOpensIt()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->actions()->search->trigger();
    m_panel->queryEdit()->clear();
    QTRY_VERIFY(m_panel->queryEdit()->hasFocus());
    QTest::keyClick(m_panel->queryEdit(), Qt::Key_K, Qt::ControlModifier);
    QuickSwitcher *switcher = m_window->search()->switcher();
    QTRY_VERIFY(switcher->isVisible());
    // With no pattern, the topic read last comes first.
    QCOMPARE(switcher->shownNames().value(0), QStringLiteral("A long thread about zoo logistics"));
    QTest::keyClicks(switcher->patternEdit(), QStringLiteral("zoo"));
    QCOMPARE(switcher->shownNames().value(0), QStringLiteral("A long thread about zoo logistics"));
    QTest::keyClick(switcher->patternEdit(), Qt::Key_Escape);
    QVERIFY(!switcher->isVisible());
}

void TestSearch::composerKeepsItsCtrlK()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->search()->showTopicList();
    m_window->discussionPane()->showComposer();
    QPlainTextEdit *editor = m_window->discussionPane()->composer()->editor();
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QVERIFY(m_window->actions()->search->shortcut().isEmpty());
    // Ctrl+K in the composer asks for a link's address (a modal dialog), not for a search.
    bool askedForLink = false;
    QTimer::singleShot(0, this, [&askedForLink] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            askedForLink = true;
            dialog->close();
        }
    });
    QTest::keyClick(editor, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(askedForLink);
    QVERIFY(!m_panel->isVisible());
    m_window->discussionPane()->hideComposer();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->topicListPane()->view()->setFocus();
    QTRY_VERIFY(m_window->topicListPane()->view()->hasFocus());
    QCOMPARE(m_window->actions()->search->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QTest::keyClick(m_window->topicListPane()->view(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(m_panel->isVisible());
}

void TestSearch::screenshot()
{
    m_window->splitter()->setSizes({190, 430, 580});
    runQuery(QStringLiteral("model fine-tune"));
    QVERIFY(m_panel->model()->rowCount() > 0);
    const QModelIndex first = m_panel->model()->index(0);
    m_panel->resultsView()->setCurrentIndex(first);
    emit m_panel->resultsView()->activated(first);
    ReaderView *reader = m_window->readerView();
    const int topicId = first.data(SearchResultModel::TopicIdRole).toInt();
    QTRY_VERIFY_WITH_TIMEOUT(reader->topicId() == topicId && !reader->isLoading() && !m_window->isBusy(), Timeout);
    // Rows take the view's width: no horizontal scrolling, the date fits at the right.
    QVERIFY(!m_panel->resultsView()->horizontalScrollBar()->isVisible());
    QVERIFY(m_panel->resultsView()->visualRect(first).right() <= m_panel->resultsView()->viewport()->width());
    const QImage image = m_window->grab().toImage();
    QVERIFY(!image.isNull());
    const QString path = QDir::temp().filePath(QStringLiteral("aivizor-search.png"));
    QVERIFY(image.save(path));
    qInfo("search pane screenshot: %s", qPrintable(path));
    // The same pane with its options open.
    QTest::mouseClick(m_panel->builderButton(), Qt::LeftButton);
    QVERIFY(m_panel->builder()->isVisible());
    const QString builderPath = QDir::temp().filePath(QStringLiteral("aivizor-search-options.png"));
    QVERIFY(m_panel->grab().toImage().save(builderPath));
    qInfo("search options screenshot: %s", qPrintable(builderPath));
    QTest::mouseClick(m_panel->builderButton(), Qt::LeftButton);
    // And in the dark theme, where the dimmed lines and the bold matches must stay readable.
    m_window->preferences()->setTheme(Preferences::Theme::Dark);
    QTRY_VERIFY(m_panel->resultsView()->palette().color(QPalette::Base).lightness() < 100);
    QTRY_VERIFY(m_panel->statusLabel()->geometry().top() < m_panel->queryEdit()->geometry().bottom() + 20);
    const QString darkPath = QDir::temp().filePath(QStringLiteral("aivizor-search-dark.png"));
    QVERIFY(m_window->grab().toImage().save(darkPath));
    qInfo("dark search pane screenshot: %s", qPrintable(darkPath));
    m_window->preferences()->setTheme(Preferences::Theme::Light);
}

// The long topic was read (so its posts are in the store): "This computer" finds the rare post
// there with the forum up; with the server stopped the forum's search fails, the window goes
// offline and the pane answers from the saved copy, saying so; opening the result shows the post.
void TestSearch::savedCopyAnswersByChoiceAndWhenTheForumIsDown()
{
    ReaderView *reader = m_window->readerView();
    reader->openTopic(m_longTopic, RarePost);
    QTRY_VERIFY_WITH_TIMEOUT(reader->topicId() == m_longTopic && !reader->isLoading()
                                 && reader->renderedPostNumbers().contains(RarePost), Timeout);
    reader->openTopic(m_tapirTopic);
    QTRY_VERIFY_WITH_TIMEOUT(reader->topicId() == m_tapirTopic && !reader->isLoading(), Timeout);
    QVERIFY(m_window->session()->store()->flush());

    m_panel->setScope(SearchPanel::Scope::ThisComputer);
    runQuery(QStringLiteral("capybara"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 1, Timeout);
    QVERIFY(m_panel->model()->isSavedCopy());
    QVERIFY(m_panel->model()->index(0).data(SearchResultModel::SavedCopyRole).toBool());
    QCOMPARE(m_panel->statusLabel()->text(),
             SearchPanel::tr("From the saved copy on this computer. %1").arg(QStringLiteral("1 result.")));

    // Back to the forum: its own answer, not marked.
    m_panel->setScope(SearchPanel::Scope::Forum);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->model()->isSavedCopy() && !m_panel->model()->isLoading()
                                 && m_panel->model()->rowCount() == 1, Timeout);
    QVERIFY(!m_panel->model()->index(0).data(SearchResultModel::SavedCopyRole).toBool());

    QVERIFY(m_server.stop());
    runQuery(QStringLiteral("capybara heated"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->connectionState(), ForumSession::ConnectionState::Offline, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->isSavedCopy() && !m_panel->model()->isLoading()
                                 && m_panel->model()->rowCount() == 1, Timeout);
    QCOMPARE(m_panel->scope(), SearchPanel::Scope::Forum); // the choice stays; the forum is down
    QVERIFY2(m_panel->statusLabel()->text().startsWith(
                 SearchPanel::tr("The forum cannot be reached: from the saved copy on this computer. %1").arg(QString())),
             qPrintable(m_panel->statusLabel()->text()));
    const QModelIndex hit = m_panel->model()->index(0);
    QCOMPARE(hit.data(SearchResultModel::TopicIdRole).toInt(), m_longTopic);
    QCOMPARE(hit.data(SearchResultModel::PostNumberRole).toInt(), RarePost);
    QCOMPARE(hit.data(SearchResultModel::TitleRole).toString(), QStringLiteral("A long thread about zoo logistics"));
    QVERIFY(hit.data(SearchResultModel::BlurbRole).toString().contains(QStringLiteral("capybara enclosure")));

    QListView *view = m_panel->resultsView();
    view->setFocus();
    view->setCurrentIndex(hit);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(reader->topicId(), m_longTopic, Timeout);
    // The post comes from the store with the forum down. (Scrolling to it offline is the reader's
    // part; it stays at the top when the post's chunk is not the first, which is not checked here.)
    QTRY_VERIFY_WITH_TIMEOUT(!reader->isLoading() && reader->renderedPostNumbers().contains(RarePost), Timeout);
    const QImage shot = m_window->grab().toImage();
    const QString path = QDir::temp().filePath(QStringLiteral("aivizor-search-savedcopy.png"));
    QVERIFY(shot.save(path));
    qInfo("saved-copy search screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
