// Reading state against the real aivizor-server: what one session reads reaches the forum as
// Discourse's timings and the forum's state and the session's counts agree; what a second device
// reads shows in the first after a refresh; timings made offline arrive once when the forum is
// back; marking read and unread and levels reach the forum.
#include "lib/credentials/memorycredentialstore.h"
#include "lib/models/topiclistmodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/forumwriter.h"
#include "lib/reading/readingstate.h"
#include "lib/reading/readstatesync.h"
#include "lib/session/forumsession.h"
#include "lib/store/forumstore.h"
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

QMap<int, int> timingsFor(int from, int to)
{
    QMap<int, int> timings;
    for (int n = from; n <= to; ++n)
        timings.insert(n, 1500);
    return timings;
}
} // namespace

class TestReadingState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newTopicIsNewOnBothSides();
    void readingHalfAgreesWithTheForum();
    void anotherDeviceReadsTheRest();
    void offlineTimingsArriveOnceWhenBack();
    void markReadAndUnreadReachTheForum();

private:
    QString addUser(const QString &name);
    std::unique_ptr<ForumSession> signedIn(const QString &name, const QString &key, const QString &tag);
    int benTopicWithPosts(int posts);
    Topic serverTopic(ForumSession *session, int topicId);
    TopicSummary listRow(ForumSession *session, int topicId);
    void waitSent(ForumSession *session);

    QTemporaryDir m_dir;
    TestServer m_server;
    MemoryCredentialStore m_keychain;
    QString m_annKey;
    QString m_benKey;
    std::unique_ptr<ForumSession> m_ann;
    std::unique_ptr<ForumSession> m_ben;
    int m_categoryId = 0;
    quint16 m_port = 0;
};

QString TestReadingState::addUser(const QString &name)
{
    return TestServer::addUser(m_server.dataDir(), {name});
}

std::unique_ptr<ForumSession> TestReadingState::signedIn(const QString &name, const QString &key, const QString &tag)
{
    return signedInSession(m_server.baseUrl(), &m_keychain, m_dir.path(), tag, name, key, WaitMs);
}

void TestReadingState::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0")}),
             qPrintable(m_server.errorString()));
    m_port = quint16(m_server.baseUrl().port());
    m_annKey = addUser(Ann);
    m_benKey = addUser(Ben);
    QVERIFY2(m_annKey.size() == 64 && m_benKey.size() == 64, qPrintable(m_annKey + m_benKey));
    m_ann = signedIn(Ann, m_annKey, QStringLiteral("ann"));
    m_ben = signedIn(Ben, m_benKey, QStringLiteral("ben"));
    QVERIFY(m_ann && m_ben);
    QVERIFY(m_ann->reading()->forumState());
    m_categoryId = firstCommunityId(m_ann.get(), WaitMs);
    QVERIFY(m_categoryId > 0);
}

void TestReadingState::cleanupTestCase()
{
    m_ann.reset();
    m_ben.reset();
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
}

int TestReadingState::benTopicWithPosts(int posts)
{
    static int n = 0;
    ++n;
    int topicId = 0;
    bool done = false;
    m_ben->writer()->createTopic(QStringLiteral("Reading state topic number %1").arg(n),
                                 QStringLiteral("The first post of reading test topic %1.").arg(n), m_categoryId, {}, this,
                                 [&](const ApiResult<CreatedPost> &r) {
                                     done = true;
                                     if (r.ok())
                                         topicId = r.value->post.topicId;
                                 });
    if (!QTest::qWaitFor([&] { return done; }, WaitMs) || topicId == 0)
        return 0;
    for (int i = 2; i <= posts; ++i) {
        done = false;
        bool ok = false;
        m_ben->writer()->createPost(topicId, QStringLiteral("Reply number %1 in topic %2, long enough.").arg(i).arg(n), 0,
                                    this, [&](const ApiResult<CreatedPost> &r) {
                                        done = true;
                                        ok = r.ok();
                                    });
        if (!QTest::qWaitFor([&] { return done; }, WaitMs) || !ok)
            return 0;
    }
    return topicId;
}

Topic TestReadingState::serverTopic(ForumSession *session, int topicId)
{
    Topic topic;
    bool done = false;
    session->client()->fetchTopic(topicId, this, [&](const ApiResult<Topic> &r) {
        done = true;
        if (r.ok())
            topic = *r.value;
    });
    QTest::qWaitFor([&] { return done; }, WaitMs);
    return topic;
}

// The topic's row in /latest as the forum sends it, applied to the session's reading state as the
// topic list does.
TopicSummary TestReadingState::listRow(ForumSession *session, int topicId)
{
    TopicListModel model(session->client());
    model.setReadingState(session->reading());
    QSignalSpy loaded(&model, &TopicListModel::pageLoaded);
    model.setFeed(FeedSpec::latest());
    if (!loaded.wait(WaitMs))
        return {};
    return model.topicAt(model.rowForTopicId(topicId));
}

void TestReadingState::waitSent(ForumSession *session)
{
    QTRY_COMPARE_WITH_TIMEOUT(session->readSync()->pendingCount(), 0, WaitMs);
}

void TestReadingState::newTopicIsNewOnBothSides()
{
    const int newBefore = m_ann->reading()->newCount();
    const int topicId = benTopicWithPosts(2);
    QVERIFY(topicId > 0);
    const TopicSummary row = listRow(m_ann.get(), topicId);
    QCOMPARE(row.id, topicId);
    QVERIFY(row.unseen);
    QVERIFY(m_ann->reading()->state(topicId)->isNew());
    QCOMPARE(m_ann->reading()->newCount(), newBefore + 1);
    // Ben wrote it: not new to him.
    listRow(m_ben.get(), topicId);
    QVERIFY(!m_ben->reading()->state(topicId)->isNew());
}

void TestReadingState::readingHalfAgreesWithTheForum()
{
    const int topicId = benTopicWithPosts(10);
    QVERIFY(topicId > 0);
    listRow(m_ann.get(), topicId);
    // Tracked, so that posts left unread count (Discourse counts unread only for tracked topics).
    m_ann->readSync()->setNotificationLevel(topicId, TopicReadState::Tracking);
    m_ann->reading()->markPostsRead(topicId, 5);
    m_ann->readSync()->addTimings(topicId, timingsFor(1, 5), 7500);
    QCOMPARE(m_ann->reading()->state(topicId)->unreadPosts(), 5);
    waitSent(m_ann.get());

    const Topic topic = serverTopic(m_ann.get(), topicId);
    QCOMPARE(topic.lastReadPostNumber, 5);
    QCOMPARE(topic.notificationLevel, int(TopicReadState::Tracking));
    const TopicSummary row = listRow(m_ann.get(), topicId);
    QCOMPARE(row.lastReadPostNumber, 5);
    QCOMPARE(row.unreadPosts, 5);
    QVERIFY(!row.unseen);
    // The forum's answer and what the session held agree, and so do the counts.
    QCOMPARE(m_ann->reading()->state(topicId)->unreadPosts(), 5);
    const int unread = m_ann->reading()->unreadCount();
    QSignalSpy refreshed(m_ann->readSync(), &ReadStateSync::refreshed);
    m_ann->readSync()->refresh();
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(m_ann->reading()->unreadCount(), unread);
    QVERIFY(m_ann->reading()->newOrUnreadTopics(m_categoryId).contains(topicId));
}

void TestReadingState::anotherDeviceReadsTheRest()
{
    const int topicId = benTopicWithPosts(6);
    QVERIFY(topicId > 0);
    listRow(m_ann.get(), topicId);
    m_ann->readSync()->setNotificationLevel(topicId, TopicReadState::Tracking);
    m_ann->reading()->markPostsRead(topicId, 2);
    m_ann->readSync()->addTimings(topicId, timingsFor(1, 2), 3000);
    waitSent(m_ann.get());
    QCOMPARE(m_ann->reading()->state(topicId)->unreadPosts(), 4);
    const int unreadBefore = m_ann->reading()->unreadCount();

    // Ann's laptop: its own store, the same account.
    std::unique_ptr<ForumSession> laptop = signedIn(Ann, m_annKey, QStringLiteral("ann-laptop"));
    QVERIFY(laptop);
    listRow(laptop.get(), topicId);
    QCOMPARE(laptop->reading()->state(topicId)->unreadPosts(), 4);
    laptop->reading()->markPostsRead(topicId, 6);
    laptop->readSync()->addTimings(topicId, timingsFor(3, 6), 6000);
    waitSent(laptop.get());

    // The first device still shows it unread until it refreshes.
    QCOMPARE(m_ann->reading()->state(topicId)->unreadPosts(), 4);
    QSignalSpy refreshed(m_ann->readSync(), &ReadStateSync::refreshed);
    m_ann->readSync()->refresh();
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(m_ann->reading()->state(topicId)->unreadPosts(), 0);
    QCOMPARE(m_ann->reading()->state(topicId)->lastReadPostNumber, 6);
    QCOMPARE(m_ann->reading()->unreadCount(), unreadBefore - 1);
}

void TestReadingState::offlineTimingsArriveOnceWhenBack()
{
    const int topicId = benTopicWithPosts(8);
    QVERIFY(topicId > 0);
    listRow(m_ann.get(), topicId);
    QVERIFY(m_server.stop());

    // Two batches read offline, while the forum is away: one request waits, and it survives the app.
    m_ann->reading()->markPostsRead(topicId, 4);
    m_ann->readSync()->addTimings(topicId, timingsFor(1, 4), 6000);
    QTRY_VERIFY_WITH_TIMEOUT(m_ann->connectionState() == ForumSession::ConnectionState::Offline, WaitMs);
    m_ann->reading()->markPostsRead(topicId, 8);
    m_ann->readSync()->addTimings(topicId, timingsFor(5, 8), 6000);
    QCOMPARE(m_ann->readSync()->pendingCount(), 1);
    QVERIFY(m_ann->store()->flush());
    QCOMPARE(m_ann->store()->pendingReadOps().size(), 1);
    QCOMPARE(m_ann->reading()->state(topicId)->lastReadPostNumber, 8);

    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0"), QStringLiteral("--port"),
                             QString::number(m_port)}),
             qPrintable(m_server.errorString()));
    // Back: the ConnectionMonitor's next probe finds the forum and the queue is sent.
    m_ann->retryNow();
    waitSent(m_ann.get());
    QVERIFY(m_ann->store()->flush());
    QVERIFY(m_ann->store()->pendingReadOps().isEmpty());
    QCOMPARE(serverTopic(m_ann.get(), topicId).lastReadPostNumber, 8);
}

void TestReadingState::markReadAndUnreadReachTheForum()
{
    const int topicId = benTopicWithPosts(3);
    QVERIFY(topicId > 0);
    listRow(m_ann.get(), topicId);
    QVERIFY(m_ann->reading()->state(topicId)->isNew());

    m_ann->readSync()->markTopicsRead({topicId});
    QVERIFY(!m_ann->reading()->state(topicId)->isNew());
    waitSent(m_ann.get());
    TopicSummary row = listRow(m_ann.get(), topicId);
    QVERIFY(!row.unseen);
    QVERIFY(!m_ann->reading()->state(topicId)->isNew());

    // Read it, then "m": the last post is unread again, and the topic tracked so that it counts.
    m_ann->reading()->markPostsRead(topicId, 3);
    m_ann->readSync()->addTimings(topicId, timingsFor(1, 3), 4000);
    waitSent(m_ann.get());
    m_ann->readSync()->markTopicUnread(topicId);
    QCOMPARE(m_ann->reading()->state(topicId)->unreadPosts(), 1);
    waitSent(m_ann.get());
    row = listRow(m_ann.get(), topicId);
    QCOMPARE(row.lastReadPostNumber, 2);
    QCOMPARE(row.notificationLevel, int(TopicReadState::Tracking));
    QCOMPARE(m_ann->reading()->state(topicId)->unreadPosts(), 1);

    m_ann->readSync()->markTopicsRead({topicId});
    waitSent(m_ann.get());
    row = listRow(m_ann.get(), topicId);
    QCOMPARE(row.unreadPosts, 0);
    QCOMPARE(row.lastReadPostNumber, 3);
}

QTEST_GUILESS_MAIN(TestReadingState)
#include "tst_readingstate.moc"
