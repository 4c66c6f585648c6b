// The session outlives the window: a reply queued in the outbox while the forum is down is still
// there when the window is closed and a new one opens on the same ForumRegistry, the new window's
// composer and outbox button show that same outbox, and the reply is delivered once the forum is
// back. Against the real aivizor-server.
#include "app/composer/outboxbutton.h"
#include "app/composer/replycontroller.h"
#include "app/mainwindow.h"

#include "lib/credentials/memorycredentialstore.h"
#include "lib/net/forumclient.h"
#include "lib/posting/outbox.h"
#include "lib/session/forumregistry.h"
#include "lib/session/forumsession.h"
#include "lib/signin/signin.h"

#include "testserver.h"
#include "windowtesting.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Aivizor;

namespace {
constexpr int Timeout = 30000;

} // namespace

class TestSessionWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void outboxSurvivesTheWindow();
    void outboxSaveFailureReachesTheWindow();

private:
    QString addUser(const QString &name);
    std::unique_ptr<MainWindow> openWindow();
    int topicWithPosts(ForumSession *session, int *postsCount);

    QTemporaryDir m_dataDir;
    QTemporaryDir m_appDir;
    TestServer m_server;
    QString m_key;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<ForumRegistry> m_registry;
};

QString TestSessionWindow::addUser(const QString &name)
{
    return TestServer::addUser(m_dataDir.path(), {name});
}

void TestSessionWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dataDir.isValid() && m_appDir.isValid());
    m_key = addUser(QStringLiteral("erin"));
    QCOMPARE(m_key.size(), 64);
    m_server.setDataDir(m_dataDir.path());
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0")}),
             qPrintable(m_server.errorString()));
    m_settings = std::make_unique<QSettings>(m_appDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_registry = std::make_unique<ForumRegistry>(m_settings.get(), m_keychain.get(), m_appDir.filePath(QStringLiteral("data")));
}

void TestSessionWindow::cleanupTestCase()
{
    m_registry.reset();
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
}

std::unique_ptr<MainWindow> TestSessionWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>(serverOptions(m_server.baseUrl()), m_registry.get());
    window->resize(1100, 700);
    window->show();
    window->start();
    return window;
}

int TestSessionWindow::topicWithPosts(ForumSession *session, int *postsCount)
{
    int topicId = -1;
    session->client()->fetchTopicList(FeedSpec::latest(), 0, this, [&](const ApiResult<TopicPage> &r) {
        topicId = r.ok() && !r.value->topics.isEmpty() ? r.value->topics.first().id : 0;
    });
    if (!QTest::qWaitFor([&] { return topicId >= 0; }, Timeout) || topicId <= 0)
        return 0;
    int count = -1;
    session->client()->fetchTopic(topicId, this, [&](const ApiResult<Topic> &r) { count = r.ok() ? r.value->postsCount : 0; });
    if (!QTest::qWaitFor([&] { return count >= 0; }, Timeout))
        return 0;
    *postsCount = count;
    return topicId;
}

void TestSessionWindow::outboxSurvivesTheWindow()
{
    std::unique_ptr<MainWindow> first = openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(first->hasSettled(), Timeout);
    QPointer<ForumSession> session = first->session();
    QVERIFY(session);
    QCOMPARE(m_registry->session(m_server.baseUrl()), session.data());
    QCOMPARE(first->replyController()->outbox(), session->outbox());
    QVERIFY(session->signIn()->signInWithApiKey(QStringLiteral("erin"), m_key));
    QTRY_COMPARE_WITH_TIMEOUT(session->signedInUser(), QStringLiteral("erin"), Timeout);
    int before = 0;
    const int topicId = topicWithPosts(session, &before);
    QVERIFY(topicId > 0);

    // The forum goes away; the reply waits in the session's outbox.
    const quint16 port = quint16(m_server.baseUrl().port());
    QVERIFY(m_server.stop());
    const QString raw = QStringLiteral("Queued in one window, delivered after it was closed.");
    const QUuid id = session->outbox()->enqueue(session->site(), OutboxPayload::reply(topicId, raw));
    QVERIFY(!id.isNull());
    QTRY_VERIFY_WITH_TIMEOUT(session->outbox()->entry(id) && session->outbox()->entry(id)->attempts >= 1
                                 && session->outbox()->entry(id)->state == OutboxEntry::State::Pending,
                             Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(session->connectionState(), ForumSession::ConnectionState::Offline, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(first->connectionText(), MainWindow::tr("Offline — retrying"), Timeout);
    QVERIFY(first->outboxButton()->isVisible());
    QCOMPARE(first->outboxButton()->text(), OutboxButton::tr("Outbox (%1)").arg(1));

    first->close();
    first.reset();
    QVERIFY(session); // the registry still holds it
    QCOMPARE(session->outboxCount(), 1);

    std::unique_ptr<MainWindow> second = openWindow();
    QCOMPARE(second->session(), session.data());
    QCOMPARE(second->replyController()->outbox(), session->outbox());
    QCOMPARE(second->replyController()->sender(), session->sender());
    QVERIFY(second->outboxButton()->isVisible());
    QCOMPARE(second->outboxButton()->text(), OutboxButton::tr("Outbox (%1)").arg(1));
    QCOMPARE(session->outbox()->entry(id)->payload.raw, raw);

    // The forum is back on the same port: the session reconnects and its sender delivers the reply.
    QVERIFY2(m_server.start({QStringLiteral("--port"), QString::number(port), QStringLiteral("--post-rate-limit"),
                             QStringLiteral("0")}),
             qPrintable(m_server.errorString()));
    session->outbox()->retryNow(id); // instead of waiting out the entry's back-off
    QTRY_COMPARE_WITH_TIMEOUT(session->outboxCount(), 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!second->outboxButton()->isVisible(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(session->connectionState(), ForumSession::ConnectionState::Online, Timeout);
    int after = 0;
    QCOMPARE(topicWithPosts(session, &after), topicId);
    QCOMPARE(after, before + 1);
}

void TestSessionWindow::outboxSaveFailureReachesTheWindow()
{
    // A file where the outbox folder should be: every save of the queue fails.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("outbox")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ForumRegistry registry(&settings, m_keychain.get(), dir.path());
    MainWindow window(serverOptions(m_server.baseUrl()), &registry);
    window.show();
    window.start();
    ForumSession *session = window.session();
    QVERIFY(session);
    QVERIFY(window.storageErrorText().isEmpty());

    QSignalSpy storage(session, &ForumSession::storageErrorChanged);
    QVERIFY(!session->outbox()->enqueue(session->site(), OutboxPayload::reply(1, QStringLiteral("Cannot be saved."))).isNull());
    QCOMPARE(storage.size(), 1);
    const ApiError error = session->storageError();
    QCOMPARE(error.kind, ApiError::Kind::Storage);
    QVERIFY(!error.isRetryable());
    QVERIFY(!error.userText().isEmpty());
    // The window shows it, in the library's words.
    QCOMPARE(window.storageErrorText(), error.userText());
    QCOMPARE(window.statusBar()->currentMessage(), error.userText());
    session->outbox()->discard(session->outbox()->entries().value(0).id);
}

QTEST_MAIN(TestSessionWindow)
#include "tst_session_window.moc"
