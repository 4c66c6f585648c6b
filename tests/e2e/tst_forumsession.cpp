// ForumSession against the real aivizor-server: the connection state and its back-off observed
// through the properties (server killed, restarted on the same port), sign-in and sign-out
// changing signedInUser, and outboxCount following queued replies until they are delivered.
#include "lib/credentials/memorycredentialstore.h"
#include "lib/net/forumclient.h"
#include "lib/posting/outbox.h"
#include "lib/session/forumsession.h"
#include "lib/signin/signin.h"

#include "testserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aivizor;

namespace {
constexpr int WaitMs = 30000;
const QString Dana = QStringLiteral("dana");
using State = ForumSession::ConnectionState;

State stateAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<State>();
}
} // namespace

class TestForumSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void propertiesHaveNotifySignals();
    void onlineAfterFirstAnswer();
    void offlineWithGrowingBackoffThenOnline();
    void retryNowProbesAtOnce();
    void signInAndSignOutChangeSignedInUser();
    void outboxCountFollowsQueuedReplies();

private:
    QString addUser(const QString &name);
    void restartServer();
    // One request through the session, so the forum's state is known.
    void touch();
    int firstTopicId();

    QTemporaryDir m_dir;
    TestServer m_server;
    quint16 m_port = 0;
    QString m_apiKey;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<ForumSession> m_session;
};

QString TestForumSession::addUser(const QString &name)
{
    return TestServer::addUser(m_server.dataDir(), {name});
}

void TestForumSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0")}),
             qPrintable(m_server.errorString()));
    m_port = quint16(m_server.baseUrl().port());
    m_apiKey = addUser(Dana);
    QVERIFY2(m_apiKey.size() == 64, qPrintable(m_apiKey));
}

void TestForumSession::cleanupTestCase()
{
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
}

void TestForumSession::init()
{
    if (!m_server.isRunning())
        restartServer();
    static int n = 0;
    ForumSession::Options options;
    options.site = m_server.baseUrl();
    options.credentials = &m_keychain;
    options.draftDirectory = m_dir.filePath(QStringLiteral("drafts-%1").arg(n));
    options.outboxPath = m_dir.filePath(QStringLiteral("outbox-%1.json").arg(n));
    ++n;
    m_session = std::make_unique<ForumSession>(options);
}

void TestForumSession::cleanup()
{
    m_session.reset();
}

void TestForumSession::restartServer()
{
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0"), QStringLiteral("--port"),
                             QString::number(m_port)}),
             qPrintable(m_server.errorString()));
    QCOMPARE(m_server.baseUrl().port(), int(m_port));
}

void TestForumSession::touch()
{
    bool done = false;
    m_session->client()->fetchSite(this, [&done](const ApiResult<QList<Community>> &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, WaitMs);
}

int TestForumSession::firstTopicId()
{
    int id = -1;
    m_session->client()->fetchTopicList(FeedSpec::latest(), 0, this, [&id](const ApiResult<TopicPage> &r) {
        id = r.ok() && !r.value->topics.isEmpty() ? r.value->topics.first().id : 0;
    });
    return QTest::qWaitFor([&id] { return id >= 0; }, WaitMs) ? id : 0;
}

void TestForumSession::propertiesHaveNotifySignals()
{
    const QMetaObject *meta = m_session->metaObject();
    for (const char *name : {"connectionState", "nextRetryAt", "lastError", "errorText", "signedInUser",
                             "outboxCount", "storageError"}) {
        const QMetaProperty p = meta->property(meta->indexOfProperty(name));
        QVERIFY2(p.isValid(), name);
        QVERIFY2(p.hasNotifySignal(), name);
    }
}

void TestForumSession::onlineAfterFirstAnswer()
{
    QCOMPARE(m_session->connectionState(), State::Connecting);
    QSignalSpy changed(m_session.get(), &ForumSession::connectionStateChanged);
    touch();
    QCOMPARE(m_session->connectionState(), State::Online);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_session->lastError().isError());
    QVERIFY(!m_session->nextRetryAt().isValid());
    // The property system sees the same value as the accessor.
    QCOMPARE(m_session->property("connectionState").value<State>(), State::Online);
}

void TestForumSession::offlineWithGrowingBackoffThenOnline()
{
    touch();
    QCOMPARE(m_session->connectionState(), State::Online);
    QSignalSpy states(m_session.get(), &ForumSession::connectionStateChanged);
    QSignalSpy retries(m_session.get(), &ForumSession::nextRetryAtChanged);
    QSignalSpy errors(m_session.get(), &ForumSession::lastErrorChanged);
    QSignalSpy reconnected(m_session.get(), &ForumSession::reconnected);

    QVERIFY(m_server.stop()); // connection refused from now on
    const QDateTime failedAt = QDateTime::currentDateTimeUtc();
    touch();
    QCOMPARE(m_session->connectionState(), State::Offline);
    QCOMPARE(m_session->lastError().kind, ApiError::Kind::Network);
    QVERIFY(!m_session->errorText().isEmpty());
    QCOMPARE(errors.size(), 1);
    const QDateTime firstRetry = m_session->nextRetryAt();
    QVERIFY(firstRetry.isValid());
    QCOMPARE(retries.last().at(0).toDateTime(), firstRetry);
    // The first delay is 2 s +/- 20%.
    const qint64 firstDelay = failedAt.msecsTo(firstRetry);
    QVERIFY2(firstDelay >= 1500 && firstDelay <= 2600, qPrintable(QString::number(firstDelay)));

    // The probe goes out (Connecting), fails, and the next delay is longer.
    QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 3, WaitMs);
    QCOMPARE(stateAt(states, 0), State::Offline);
    QCOMPARE(stateAt(states, 1), State::Connecting);
    QCOMPARE(stateAt(states, 2), State::Offline);
    const QDateTime secondRetry = m_session->nextRetryAt();
    QVERIFY(secondRetry.isValid());
    const qint64 secondDelay = QDateTime::currentDateTimeUtc().msecsTo(secondRetry);
    // 4 s +/- 20% from the probe's failure, which was a moment ago.
    QVERIFY2(secondDelay > 2600 && secondDelay <= 4800, qPrintable(QString::number(secondDelay)));
    QVERIFY(reconnected.isEmpty());

    // The forum comes back on the same port: the next scheduled probe finds it, without any
    // other request from the test.
    restartServer();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connectionState(), State::Online, WaitMs);
    QCOMPARE(stateAt(states, states.size() - 1), State::Online);
    QCOMPARE(stateAt(states, states.size() - 2), State::Connecting);
    QCOMPARE(reconnected.size(), 1);
    QVERIFY(!m_session->nextRetryAt().isValid());
    QVERIFY(!m_session->lastError().isError());
    QVERIFY(m_session->errorText().isEmpty());

    // Success reset the back-off: the next outage starts at 2 s again.
    QVERIFY(m_server.stop());
    const QDateTime failedAgainAt = QDateTime::currentDateTimeUtc();
    touch();
    QCOMPARE(m_session->connectionState(), State::Offline);
    const qint64 againDelay = failedAgainAt.msecsTo(m_session->nextRetryAt());
    QVERIFY2(againDelay >= 1500 && againDelay <= 2600, qPrintable(QString::number(againDelay)));
    restartServer();
}

void TestForumSession::retryNowProbesAtOnce()
{
    QVERIFY(m_server.stop());
    touch();
    QCOMPARE(m_session->connectionState(), State::Offline);
    // Let the back-off grow so that waiting for it would take clearly longer than retryNow().
    QSignalSpy states(m_session.get(), &ForumSession::connectionStateChanged);
    QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 2 && m_session->connectionState() == State::Offline, WaitMs);
    const QDateTime scheduled = m_session->nextRetryAt();
    restartServer();
    m_session->retryNow();
    QCOMPARE(m_session->connectionState(), State::Connecting);
    QVERIFY(!m_session->nextRetryAt().isValid());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connectionState(), State::Online, WaitMs);
    QVERIFY2(QDateTime::currentDateTimeUtc() < scheduled, "the probe waited for the scheduled time");
}

void TestForumSession::signInAndSignOutChangeSignedInUser()
{
    QCOMPARE(m_session->signedInUser(), QString());
    QSignalSpy user(m_session.get(), &ForumSession::signedInUserChanged);
    QSignalSpy failed(m_session->signIn(), &SignIn::failed);
    QVERIFY(m_session->signIn()->signInWithApiKey(Dana, m_apiKey));
    QTRY_VERIFY_WITH_TIMEOUT(!user.isEmpty() || !failed.isEmpty(), WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<ApiError>().message));
    QCOMPARE(user.size(), 1);
    QCOMPARE(user.first().at(0).toString(), Dana);
    QCOMPARE(m_session->signedInUser(), Dana);
    QCOMPARE(m_session->property("signedInUser").toString(), Dana);
    QVERIFY(m_session->account().has_value());

    // A key the forum refuses leaves the signed-in user as it was and says why, as an ApiError.
    QVERIFY(m_session->signIn()->signInWithApiKey(Dana, QStringLiteral("0").repeated(64)));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), WaitMs);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Forbidden);
    QCOMPARE(m_session->signedInUser(), Dana);

    m_session->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(user.size(), 2, WaitMs);
    QCOMPARE(user.last().at(0).toString(), QString());
    QCOMPARE(m_session->signedInUser(), QString());
    QVERIFY(!m_session->account().has_value());
}

void TestForumSession::outboxCountFollowsQueuedReplies()
{
    const int topicId = firstTopicId();
    QVERIFY(topicId > 0);
    QSignalSpy count(m_session.get(), &ForumSession::outboxCountChanged);
    QCOMPARE(m_session->outboxCount(), 0);

    // Not signed in: replies wait in the outbox.
    Outbox *outbox = m_session->outbox();
    QVERIFY(!outbox->enqueue(m_session->site(), OutboxPayload::reply(topicId, QStringLiteral("First queued reply from the session test."))).isNull());
    QCOMPARE(m_session->outboxCount(), 1);
    QVERIFY(!outbox->enqueue(m_session->site(), OutboxPayload::reply(topicId, QStringLiteral("Second queued reply from the session test."))).isNull());
    QCOMPARE(m_session->outboxCount(), 2);
    QCOMPARE(count.size(), 2);
    QCOMPARE(count.last().at(0).toInt(), 2);
    QCOMPARE(m_session->property("outboxCount").toInt(), 2);

    // Signing in lets the session's sender deliver them, oldest first.
    QVERIFY(m_session->signIn()->signInWithApiKey(Dana, m_apiKey));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxCount(), 0, WaitMs);
    QCOMPARE(count.size(), 4);
    QCOMPARE(count.at(2).at(0).toInt(), 1);
    QCOMPARE(count.at(3).at(0).toInt(), 0);
    m_session->signOut();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->signedInUser().isEmpty(), WaitMs);
}

QTEST_GUILESS_MAIN(TestForumSession)
#include "tst_forumsession.moc"
