// Replying, quoting, liking, rejections, the outbox and draft restore in the real window against
// the real aivizor-server, signed in with an API key from `aivizor-server user add`.
#include "app/accounts/accountcontroller.h"
#include "app/accounts/signindialog.h"
#include "app/composer/composerwidget.h"
#include "app/composer/discussionpane.h"
#include "app/composer/outboxbutton.h"
#include "app/composer/replycontroller.h"
#include "app/feeds/feedmenus.h"
#include "app/mainwindow.h"
#include "app/reader/postbrowser.h"
#include "app/reader/readerlink.h"
#include "app/reader/readerview.h"

#include "lib/api/endpoints.h"
#include "lib/models/postlistmodel.h"
#include "lib/parse/postparser.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"
#include "lib/drafts/draftstore.h"
#include "lib/posting/outbox.h"

#include "testserver.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <memory>

using namespace Aivizor;

namespace {

constexpr int Timeout = 20000;


} // namespace

class TestComposerFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInWithApiKey();
    void replyAppearsInReaderAndOnServer();
    void quoteSelection();
    void quoteFromPostMenu();
    void likeAndUnlike();
    void tooShortIsRejectedInline();
    void serverDownGoesToOutboxThenSendsOnce();
    void draftSurvivesWindow();

private:
    void createWindow();
    void openNewsTopic();
    // A topic fetched with the test user's key, straight from the server.
    Topic serverTopic(int topicId);
    std::optional<Post> serverPost(int postId);
    QString addUser(const QString &name);

    QTemporaryDir m_dataDir;
    TestServer m_server;
    QString m_key;
    int m_newsTopic = 0;
    std::unique_ptr<MainWindow> m_window;
};

QString TestComposerFlow::addUser(const QString &name)
{
    return TestServer::addUser(m_dataDir.path(), {name});
}

void TestComposerFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/outbox")).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts")).removeRecursively();
    QVERIFY(m_dataDir.isValid());
    m_key = addUser(QStringLiteral("carol"));
    QCOMPARE(m_key.size(), 64);
    m_server.setDataDir(m_dataDir.path());
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0")}),
             qPrintable(m_server.errorString()));
    createWindow();
}

void TestComposerFlow::cleanupTestCase()
{
    m_window.reset();
    QVERIFY(m_server.stop());
    // The key never reaches the server's log.
    QVERIFY(!m_server.standardError().contains(m_key.toLatin1()));
}

void TestComposerFlow::createWindow()
{
    m_window = std::make_unique<MainWindow>(serverOptions(m_server.baseUrl()));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->hasSettled(), Timeout);
}

Topic TestComposerFlow::serverTopic(int topicId)
{
    Transport transport(m_server.baseUrl());
    transport.setAuthHeaders({{"Api-Key", m_key.toLatin1()}, {"Api-Username", "carol"}});
    ForumClient client(&transport);
    std::optional<Topic> topic;
    client.fetchTopic(topicId, this, [&](const ApiResult<Topic> &r) { topic = r.ok() ? *r.value : Topic(); });
    if (!QTest::qWaitFor([&] { return topic.has_value(); }, Timeout))
        return Topic();
    return *topic;
}

std::optional<Post> TestComposerFlow::serverPost(int postId)
{
    Transport transport(m_server.baseUrl());
    transport.setAuthHeaders({{"Api-Key", m_key.toLatin1()}, {"Api-Username", "carol"}});
    bool done = false;
    std::optional<Post> post;
    transport.get(Api::post(postId), this, [&](const TransportResult &r) {
        done = true;
        const ParseResult<Post> parsed = r.error.isError() ? ParseResult<Post>() : parseSinglePost(r.json);
        if (parsed.ok())
            post = *parsed.value;
    });
    if (!QTest::qWaitFor([&] { return done; }, Timeout))
        return std::nullopt;
    return post;
}

void TestComposerFlow::openNewsTopic()
{
    ReaderView *reader = m_window->readerView();
    if (m_newsTopic == 0) {
        // The demo's OpenAI/Microsoft news topic, found through the server's /latest pages.
        Transport transport(m_server.baseUrl());
        ForumClient client(&transport);
        for (int page = 0; page < 10 && m_newsTopic == 0; ++page) {
            bool done = false;
            bool more = false;
            client.fetchTopicList(FeedSpec::latest(), page, this, [&](const ApiResult<TopicPage> &r) {
                done = true;
                if (!r.ok())
                    return;
                for (const TopicSummary &t : r.value->topics) {
                    if (t.title.contains(QStringLiteral("OpenAI and Microsoft")))
                        m_newsTopic = t.id;
                }
                more = !r.value->moreTopicsUrl.isEmpty();
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, Timeout);
            if (!more)
                break;
        }
        QVERIFY(m_newsTopic > 0);
    }
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openTopic(m_newsTopic);
    QTRY_VERIFY_WITH_TIMEOUT(reader->postModel()->hasTopic() && reader->postModel()->topicId() == m_newsTopic
                                 && !reader->renderedPostNumbers().isEmpty() && !reader->isLoading(),
                             Timeout);
}

void TestComposerFlow::signInWithApiKey()
{
    AccountController *accounts = m_window->accountController();
    QVERIFY(!accounts->isSignedIn());
    QVERIFY(!m_window->readerView()->isSignedIn());
    accounts->showSignInDialog();
    // The window may delete the dialog once signed in: hold it weakly.
    QPointer<SignInDialog> dialog = m_window->findChild<SignInDialog *>(QStringLiteral("signInDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->forumUrl().port(), m_server.baseUrl().port());
    QTest::keyClicks(dialog->usernameEdit(), QStringLiteral("carol"));
    QTest::keyClicks(dialog->apiKeyEdit(), m_key);
    dialog->apiKeyButton()->click();

    // Without a keychain (no D-Bus session here) the user is asked; never a silent plain file.
    QMessageBox *ask = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(accounts->isSignedIn()
                                 || (ask = m_window->findChild<QMessageBox *>(QStringLiteral("keychainUnavailableDialog"))),
                             Timeout);
    if (ask) {
        auto *session = ask->findChild<QPushButton *>(QStringLiteral("keepForSession"));
        QVERIFY(session);
        session->click();
    }
    QTRY_VERIFY_WITH_TIMEOUT(accounts->isSignedIn(), Timeout);
    QCOMPARE(accounts->username(), QStringLiteral("carol"));
    QVERIFY(accounts->indicator()->text().contains(QStringLiteral("carol")));
    QVERIFY(m_window->readerView()->isSignedIn());
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    // No settings file holds the key.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(m_key), qPrintable(key));
}

void TestComposerFlow::replyAppearsInReaderAndOnServer()
{
    openNewsTopic();
    ReaderView *reader = m_window->readerView();
    QVERIFY(reader->canReply());
    QVERIFY(reader->replyButton()->isVisible());
    const int before = serverTopic(m_newsTopic).postsCount;
    ComposerWidget *composer = m_window->discussionPane()->composer();
    QVERIFY(!composer->isVisible());

    reader->browser()->setFocus();
    QTest::keyClick(reader->browser(), Qt::Key_R);
    QTRY_VERIFY(composer->isVisible());
    QTRY_VERIFY(composer->editor()->hasFocus());
    const QString text = QStringLiteral("A reply typed in the composer test, long enough for the forum.");
    QTest::keyClicks(composer->editor(), text);
    // The draft is written while typing.
    DraftStore *drafts = m_window->replyController()->drafts();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(drafts->directory()).filePath(QString::number(m_newsTopic) + QStringLiteral(".json"))),
                             5000);

    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(composer->isSending());
    QCOMPARE(composer->sendButton()->text(), QStringLiteral("Sending…"));
    QTRY_VERIFY_WITH_TIMEOUT(!composer->isVisible(), Timeout);
    QCOMPARE(composer->text(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(reader->browser()->toPlainText().contains(text), Timeout);
    QCOMPARE(serverTopic(m_newsTopic).postsCount, before + 1);
    QVERIFY(!drafts->keys().contains(DraftStore::topicKey(m_newsTopic)));
    QVERIFY(!QFile::exists(QDir(drafts->directory()).filePath(QString::number(m_newsTopic) + QStringLiteral(".json"))));
}

void TestComposerFlow::quoteSelection()
{
    openNewsTopic();
    ReaderView *reader = m_window->readerView();
    // The news topic's first post (by its author, not the test user): a few words of it selected.
    const std::optional<Post> second = reader->postModel()->postAt(0);
    QVERIFY(second && second->username != QLatin1String("carol"));
    QTextDocument body;
    body.setHtml(second->cooked);
    const QString words = body.toPlainText().simplified().left(24).trimmed();
    QVERIFY(words.size() > 10);
    QTextCursor found = reader->browser()->document()->find(words);
    QVERIFY2(!found.isNull(), qPrintable(words));
    reader->browser()->setTextCursor(found);
    reader->browser()->setFocus();
    QTest::keyClick(reader->browser(), Qt::Key_Q);
    ComposerWidget *composer = m_window->discussionPane()->composer();
    QTRY_VERIFY(composer->isVisible());
    const QString expected = QStringLiteral("[quote=\"%1, post:%2, topic:%3\"]\n%4\n[/quote]\n\n")
                                 .arg(second->username)
                                 .arg(second->postNumber)
                                 .arg(m_newsTopic)
                                 .arg(words);
    QCOMPARE(composer->text(), expected);
    // Esc hides; the draft keeps the quote.
    QTest::keyClick(composer->editor(), Qt::Key_Escape);
    QTRY_VERIFY(!composer->isVisible());
    m_window->replyController()->flushDrafts();
    QCOMPARE(m_window->replyController()->drafts()->load(DraftStore::topicKey(m_newsTopic)).draft.text, expected);
    composer->editor()->clear();
}

void TestComposerFlow::quoteFromPostMenu()
{
    // Without a selection, Quote in a post's context menu quotes that whole post.
    openNewsTopic();
    ReaderView *reader = m_window->readerView();
    PostBrowser *browser = reader->browser();
    QTextCursor end(browser->document());
    end.movePosition(QTextCursor::End);
    end.movePosition(QTextCursor::StartOfBlock);
    browser->setTextCursor(end);
    browser->ensureCursorVisible();
    const int postNumber = reader->renderedPostNumbers().last();
    const std::optional<Post> post = reader->postModel()->postAt(reader->postModel()->rowCount() - 1);
    QVERIFY(post && post->postNumber == postNumber);

    const QPoint pos = browser->cursorRect(end).center() + QPoint(2, 0);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, browser->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(browser->viewport(), &event);
    auto *menus = m_window->findChild<FeedMenus *>();
    QVERIFY(menus);
    QTRY_VERIFY(menus->lastMenu() && menus->lastMenu()->isVisible());
    QAction *quote = menus->lastMenu()->findChild<QAction *>(QStringLiteral("quotePost"));
    QVERIFY(quote && quote->isEnabled());
    quote->trigger();
    menus->lastMenu()->close();

    ComposerWidget *composer = m_window->discussionPane()->composer();
    QTRY_VERIFY(composer->isVisible());
    const QString head = QStringLiteral("[quote=\"%1, post:%2, topic:%3\"]\n").arg(post->username).arg(postNumber).arg(m_newsTopic);
    QVERIFY2(composer->text().startsWith(head), qPrintable(composer->text()));
    QTextDocument body;
    body.setHtml(post->cooked);
    const QString words = body.toPlainText().simplified().left(20).trimmed();
    QVERIFY2(composer->text().simplified().contains(words), qPrintable(composer->text()));
    QTest::keyClick(composer->editor(), Qt::Key_Escape);
    QTRY_VERIFY(!composer->isVisible());
    composer->editor()->clear();
    m_window->replyController()->flushDrafts();
}

void TestComposerFlow::likeAndUnlike()
{
    openNewsTopic();
    ReaderView *reader = m_window->readerView();
    std::optional<Post> target;
    for (int row = 0; row < reader->postModel()->rowCount() && !target; ++row) {
        const std::optional<Post> post = reader->postModel()->postAt(row);
        if (post && post->username != QLatin1String("carol") && post->canLike && !post->liked)
            target = post;
    }
    QVERIFY(target);
    const int before = target->likeCount;
    const QString heartHref = ReaderLink::likeLink(target->id).toString(QUrl::FullyEncoded);
    QVERIFY(reader->browser()->toHtml().contains(heartHref));

    emit reader->browser()->anchorClicked(ReaderLink::likeLink(target->id));
    // Shown at once, before the server answered.
    QCOMPARE(reader->postById(target->id)->likeCount, before + 1);
    QVERIFY(reader->postById(target->id)->liked);
    QVERIFY(reader->browser()->toPlainText().contains(QStringLiteral("\u2665 %1").arg(before + 1)));
    QTRY_VERIFY_WITH_TIMEOUT(serverPost(target->id) && serverPost(target->id)->likeCount == before + 1, Timeout);
    QVERIFY(serverPost(target->id)->liked);

    // Wait for the toggler to settle, then take it back.
    QTest::qWait(200);
    emit reader->browser()->anchorClicked(ReaderLink::likeLink(target->id));
    QCOMPARE(reader->postById(target->id)->likeCount, before);
    QTRY_VERIFY_WITH_TIMEOUT(serverPost(target->id)->likeCount == before, Timeout);
    QVERIFY(!serverPost(target->id)->liked);

    // Own posts have no heart link.
    for (int row = 0; row < reader->postModel()->rowCount(); ++row) {
        const std::optional<Post> post = reader->postModel()->postAt(row);
        if (post && post->username == QLatin1String("carol"))
            QVERIFY(!reader->browser()->toHtml().contains(ReaderLink::likeLink(post->id).toString(QUrl::FullyEncoded)));
    }
}

void TestComposerFlow::tooShortIsRejectedInline()
{
    openNewsTopic();
    ReaderView *reader = m_window->readerView();
    const int before = serverTopic(m_newsTopic).postsCount;
    reader->browser()->setFocus();
    QTest::keyClick(reader->browser(), Qt::Key_R);
    ComposerWidget *composer = m_window->discussionPane()->composer();
    QTRY_VERIFY(composer->isVisible());
    composer->editor()->clear();
    QTest::keyClicks(composer->editor(), QStringLiteral("too short"));
    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!composer->noteText().isEmpty() && !composer->isSending(), Timeout);
    QVERIFY2(composer->noteText().contains(QStringLiteral("short"), Qt::CaseInsensitive)
                 || composer->noteText().contains(QStringLiteral("characters"), Qt::CaseInsensitive),
             qPrintable(composer->noteText()));
    QCOMPARE(composer->text(), QStringLiteral("too short"));
    QVERIFY(composer->isVisible());
    QCOMPARE(serverTopic(m_newsTopic).postsCount, before);
    QCOMPARE(m_window->replyController()->outbox()->rowCount(), 0);
    composer->editor()->clear();
    QTest::keyClick(composer->editor(), Qt::Key_Escape);
}

void TestComposerFlow::serverDownGoesToOutboxThenSendsOnce()
{
    openNewsTopic();
    ReaderView *reader = m_window->readerView();
    const int before = serverTopic(m_newsTopic).postsCount;
    const quint16 port = m_server.baseUrl().port();
    reader->browser()->setFocus();
    QTest::keyClick(reader->browser(), Qt::Key_R);
    ComposerWidget *composer = m_window->discussionPane()->composer();
    QTRY_VERIFY(composer->isVisible());
    const QString text = QStringLiteral("Written while the forum was down; it must arrive exactly once.");
    QTest::keyClicks(composer->editor(), text);

    QVERIFY(m_server.stop());
    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    Outbox *outbox = m_window->replyController()->outbox();
    QTRY_VERIFY_WITH_TIMEOUT(outbox->rowCount() == 1 && outbox->entries().first().attempts >= 1
                                 && outbox->entries().first().state == OutboxEntry::State::Pending,
                             Timeout);
    QCOMPARE(composer->text(), text);
    QVERIFY(!composer->noteText().isEmpty());
    QVERIFY(m_window->outboxButton()->isVisible());
    QCOMPARE(m_window->outboxButton()->text(), QStringLiteral("Outbox (1)"));

    QVERIFY2(m_server.start({QStringLiteral("--port"), QString::number(port), QStringLiteral("--post-rate-limit"),
                             QStringLiteral("0")}),
             qPrintable(m_server.errorString()));
    outbox->retryNow(outbox->entries().first().id);
    QTRY_VERIFY_WITH_TIMEOUT(outbox->rowCount() == 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(composer->text().isEmpty() && !composer->isVisible(), Timeout);
    QVERIFY(!m_window->outboxButton()->isVisible());
    QCOMPARE(serverTopic(m_newsTopic).postsCount, before + 1);
    QTRY_VERIFY_WITH_TIMEOUT(reader->browser()->toPlainText().contains(text), Timeout);
}

void TestComposerFlow::draftSurvivesWindow()
{
    openNewsTopic();
    ReaderView *reader = m_window->readerView();
    reader->browser()->setFocus();
    QTest::keyClick(reader->browser(), Qt::Key_R);
    ComposerWidget *composer = m_window->discussionPane()->composer();
    QTRY_VERIFY(composer->isVisible());
    const QString text = QStringLiteral("Entwurf \u2014 not sent yet, \u00fcberall \u0447\u0435\u0440\u043d\u043e\u0432\u0438\u043a");
    composer->editor()->insertPlainText(text);
    m_window.reset(); // no send, no explicit save

    createWindow();
    // The new window reopens the topic that was being read; the composer comes back only with it.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->readerView()->topicId(), m_newsTopic, Timeout);
    openNewsTopic();
    composer = m_window->discussionPane()->composer();
    QTRY_VERIFY(composer->isVisible());
    QCOMPARE(composer->text(), text);
}

QTEST_MAIN(TestComposerFlow)
#include "tst_composer_flow.moc"
