// Notifications against the real aivizor-server: a reply by another user reaches the author's
// NotificationFeed through the message bus within seconds, and through polling with the bus off;
// marking one or all read reaches the forum.
#include "lib/credentials/memorycredentialstore.h"
#include "lib/net/forumclient.h"
#include "lib/net/forumwriter.h"
#include "lib/notifications/messagebuspoller.h"
#include "lib/notifications/notificationfeed.h"
#include "lib/notifications/notificationwatcher.h"
#include "lib/session/forumsession.h"
#include "lib/signin/signin.h"

#include "signedinsession.h"
#include "testserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aivizor;

namespace {
constexpr int WaitMs = 30000;
const QString Ann = QStringLiteral("ann");
const QString Ben = QStringLiteral("ben");
} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void replyArrivesThroughTheBus();
    void replyArrivesByPollingWithoutTheBus();
    void markReadReachesTheForum();
    void signOutStopsAndEmpties();

private:
    QString addUser(const QString &name);
    std::unique_ptr<ForumSession> signedIn(const QString &name, const QString &key);
    int postTopic();
    void reply(int topicId);
    QList<Notification> serverList(ForumSession *session);

    QTemporaryDir m_dir;
    TestServer m_server;
    MemoryCredentialStore m_keychain;
    QString m_annKey;
    QString m_benKey;
    std::unique_ptr<ForumSession> m_ann;
    std::unique_ptr<ForumSession> m_ben;
    int m_categoryId = 0;
};

QString TestNotifications::addUser(const QString &name)
{
    return TestServer::addUser(m_server.dataDir(), {name});
}

std::unique_ptr<ForumSession> TestNotifications::signedIn(const QString &name, const QString &key)
{
    return signedInSession(m_server.baseUrl(), &m_keychain, m_dir.path(), name, name, key, WaitMs);
}

void TestNotifications::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Polls held 25 s as on Discourse: a reply that arrives within seconds came through the bus.
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0"),
                             QStringLiteral("--long-poll-seconds"), QStringLiteral("25")}),
             qPrintable(m_server.errorString()));
    m_annKey = addUser(Ann);
    m_benKey = addUser(Ben);
    QVERIFY2(m_annKey.size() == 64 && m_benKey.size() == 64, qPrintable(m_annKey + m_benKey));
    m_ann = signedIn(Ann, m_annKey);
    m_ben = signedIn(Ben, m_benKey);
    QVERIFY(m_ann && m_ben);
    m_categoryId = firstCommunityId(m_ann.get(), WaitMs);
    QVERIFY(m_categoryId > 0);
}

void TestNotifications::cleanupTestCase()
{
    m_ann.reset();
    m_ben.reset();
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
}

int TestNotifications::postTopic()
{
    static int n = 0;
    int topicId = 0;
    bool done = false;
    m_ann->writer()->createTopic(QStringLiteral("Notification test topic number %1").arg(++n),
                                 QStringLiteral("A first post long enough for the forum, number %1.").arg(n), m_categoryId, {},
                                 this, [&](const ApiResult<CreatedPost> &r) {
                                     done = true;
                                     if (r.ok())
                                         topicId = r.value->post.topicId;
                                     else
                                         qWarning() << "new topic refused:" << r.error.userText();
                                 });
    if (!QTest::qWaitFor([&] { return done; }, WaitMs))
        return 0;
    return topicId;
}

void TestNotifications::reply(int topicId)
{
    bool done = false;
    ApiResult<CreatedPost> result;
    // To Ann's first post: a "replied" notification (a reply to the topic alone is "posted", for watchers).
    m_ben->writer()->createPost(topicId, QStringLiteral("A reply from Ben that is long enough."), 1, this,
                                [&](const ApiResult<CreatedPost> &r) {
                                    done = true;
                                    result = r;
                                });
    QVERIFY(QTest::qWaitFor([&] { return done; }, WaitMs));
    QVERIFY2(result.ok(), qPrintable(result.error.userText()));
}

QList<Notification> TestNotifications::serverList(ForumSession *session)
{
    QList<Notification> list;
    bool done = false;
    session->client()->fetchNotifications(60, this, [&](const ApiResult<QList<Notification>> &r) {
        done = true;
        if (r.ok())
            list = *r.value;
    });
    if (!QTest::qWaitFor([&] { return done; }, WaitMs))
        return {};
    return list;
}

void TestNotifications::replyArrivesThroughTheBus()
{
    NotificationWatcher watcher(m_ann.get());
    // Polling alone would take a minute: only the bus can deliver within the wait below.
    watcher.setPollIntervalMs(10 * 60 * 1000);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.feed()->isLoaded(), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isBusActive(), WaitMs);
    const int topicId = postTopic();
    QVERIFY(topicId > 0);
    QSignalSpy arrived(watcher.feed(), &NotificationFeed::arrived);
    const int unreadBefore = watcher.feed()->unreadCount();
    reply(topicId);
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 5000);
    const Notification n = arrived.at(0).at(0).value<Notification>();
    QCOMPARE(n.kind, Notification::Kind::Replied);
    QCOMPARE(n.topicId, topicId);
    QCOMPARE(n.postNumber, 2);
    QCOMPARE(n.username, Ben);
    QVERIFY(!n.read);
    QCOMPARE(watcher.feed()->unreadCount(), unreadBefore + 1);
    QCOMPARE(watcher.feed()->at(0).id, n.id);
}

void TestNotifications::replyArrivesByPollingWithoutTheBus()
{
    NotificationWatcher watcher(m_ann.get());
    watcher.setBusEnabled(false);
    watcher.setPollIntervalMs(2000);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.feed()->isLoaded(), WaitMs);
    QVERIFY(!watcher.isBusActive());
    const int topicId = postTopic();
    QVERIFY(topicId > 0);
    QSignalSpy arrived(watcher.feed(), &NotificationFeed::arrived);
    reply(topicId);
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 2000 + 3000);
    QCOMPARE(arrived.at(0).at(0).value<Notification>().topicId, topicId);
}

void TestNotifications::markReadReachesTheForum()
{
    NotificationWatcher watcher(m_ann.get());
    NotificationFeed *feed = watcher.feed();
    QTRY_VERIFY_WITH_TIMEOUT(feed->isLoaded(), WaitMs);
    const int rowsBefore = feed->rowCount();
    reply(postTopic());
    reply(postTopic());
    QTRY_COMPARE_WITH_TIMEOUT(feed->rowCount(), rowsBefore + 2, WaitMs);
    const qint64 first = feed->at(0).id;
    const qint64 second = feed->at(1).id;
    QVERIFY(!feed->at(0).read && !feed->at(1).read);
    QSignalSpy failed(feed, &NotificationFeed::markReadFailed);
    const int before = feed->unreadCount();
    feed->markRead(first);
    QCOMPARE(feed->unreadCount(), before - 1); // at once, before the forum answers
    const auto readOnServer = [&](qint64 id) {
        for (const Notification &n : serverList(m_ann.get())) {
            if (n.id == id)
                return n.read;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(readOnServer(first), WaitMs);
    QVERIFY(!readOnServer(second));

    feed->markAllRead();
    QCOMPARE(feed->unreadCount(), 0);
    const auto allReadOnServer = [&] {
        const QList<Notification> list = serverList(m_ann.get());
        return !list.isEmpty() && std::all_of(list.cbegin(), list.cend(), [](const Notification &n) { return n.read; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allReadOnServer(), WaitMs);
    QCOMPARE(failed.size(), 0);
}

void TestNotifications::signOutStopsAndEmpties()
{
    auto session = signedIn(Ann, m_annKey);
    QVERIFY(session);
    NotificationWatcher watcher(session.get());
    QTRY_VERIFY_WITH_TIMEOUT(watcher.feed()->isLoaded() && watcher.feed()->rowCount() > 0, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isBusActive(), WaitMs);
    session->signOut();
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isBusActive(), WaitMs);
    QCOMPARE(watcher.feed()->rowCount(), 0);
    QVERIFY(!watcher.feed()->isLoaded());
}

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
