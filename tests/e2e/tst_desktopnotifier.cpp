// Desktop notifications against the real aivizor-server and a freedesktop notification service
// run by the test on its own session bus (CTest starts the test under dbus-run-session): a reply
// by another user reaches the service within 5 s through the message bus, and within one poll
// interval without it, with the forum, who, the topic and an escaped excerpt; the default
// action comes back as the forum, topic and post; nothing is shown twice, also after a restart;
// the user's choice of kinds holds; a service without body markup gets plain text; without a
// service there is one warning and no error.
#include "lib/credentials/memorycredentialstore.h"
#include "lib/net/forumclient.h"
#include "lib/net/forumwriter.h"
#include "lib/notifications/desktopnotifier.h"
#include "lib/notifications/notificationfeed.h"
#include "lib/notifications/notificationwatcher.h"
#include "lib/session/forumsession.h"
#include "lib/signin/signin.h"

#include "fakenotificationservice.h"
#include "signedinsession.h"
#include "testserver.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Aivizor;

namespace {
constexpr int WaitMs = 30000;
const QString Forum = QStringLiteral("http://forum.example");
const QString ForumName = QStringLiteral("Example Forum");

int s_warnings = 0;
QtMessageHandler s_previous = nullptr;
void countWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && qstrcmp(context.category, "aivizor.notifications") == 0)
        ++s_warnings;
    s_previous(type, context, message);
}
} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void replyIsShownThroughTheBusAndItsActionOpensThePost();
    void replyIsShownByPollingWithoutTheBus();
    void nothingIsShownTwiceAcrossRestarts();
    void firstStartShowsNothingOld();
    void chosenKindsOnly();
    void plainTextForAServiceWithoutMarkup();
    void missingServiceWarnsOnce();

private:
    QString addUser(const QString &name);
    std::unique_ptr<ForumSession> signedIn(const QString &name, const QString &key);
    int postTopic(const QString &title);
    int reply(int topicId, const QString &raw);

    QTemporaryDir m_dir;
    TestServer m_server;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<FakeNotificationService> m_service;
    std::unique_ptr<ForumSession> m_ann;
    std::unique_ptr<ForumSession> m_ben;
    int m_categoryId = 0;
};

QString TestDesktopNotifier::addUser(const QString &name)
{
    return TestServer::addUser(m_server.dataDir(), {name});
}

std::unique_ptr<ForumSession> TestDesktopNotifier::signedIn(const QString &name, const QString &key)
{
    return signedInSession(m_server.baseUrl(), &m_keychain, m_dir.path(), name, name, key, WaitMs);
}

void TestDesktopNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    s_previous = qInstallMessageHandler(countWarnings);
    QVERIFY(m_dir.isValid());
    m_service = std::make_unique<FakeNotificationService>();
    QVERIFY2(m_service->isRegistered(), qPrintable(m_service->errorString()));
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0"),
                             QStringLiteral("--long-poll-seconds"), QStringLiteral("25")}),
             qPrintable(m_server.errorString()));
    const QString annKey = addUser(QStringLiteral("ann"));
    const QString benKey = addUser(QStringLiteral("ben"));
    m_ann = signedIn(QStringLiteral("ann"), annKey);
    m_ben = signedIn(QStringLiteral("ben"), benKey);
    QVERIFY(m_ann && m_ben);
    m_categoryId = firstCommunityId(m_ann.get(), WaitMs);
    QVERIFY(m_categoryId > 0);
}

void TestDesktopNotifier::cleanupTestCase()
{
    m_ann.reset();
    m_ben.reset();
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
    qInstallMessageHandler(s_previous);
}

void TestDesktopNotifier::init()
{
    // Each test starts as a fresh installation that has seen nothing yet.
    QSettings().remove(QStringLiteral("notifications"));
}

int TestDesktopNotifier::postTopic(const QString &title)
{
    int topicId = 0;
    bool done = false;
    m_ann->writer()->createTopic(title, QStringLiteral("A first post by Ann, long enough for the forum."), m_categoryId,
                                 {}, this, [&](const ApiResult<CreatedPost> &r) {
                                     done = true;
                                     if (r.ok())
                                         topicId = r.value->post.topicId;
                                 });
    if (!QTest::qWaitFor([&] { return done; }, WaitMs))
        return 0;
    return topicId;
}

int TestDesktopNotifier::reply(int topicId, const QString &raw)
{
    int postNumber = 0;
    bool done = false;
    // To Ann's first post: "replied" for her.
    m_ben->writer()->createPost(topicId, raw, 1, this, [&](const ApiResult<CreatedPost> &r) {
        done = true;
        if (r.ok())
            postNumber = r.value->post.postNumber;
    });
    if (!QTest::qWaitFor([&] { return done; }, WaitMs))
        return 0;
    return postNumber;
}

void TestDesktopNotifier::replyIsShownThroughTheBusAndItsActionOpensThePost()
{
    NotificationWatcher watcher(m_ann.get());
    // Polling alone would take ten minutes: only the bus can deliver within the wait below.
    watcher.setPollIntervalMs(10 * 60 * 1000);
    DesktopNotifier notifier;
    notifier.track(watcher.feed(), m_ann->client(), Forum, ForumName);
    QSignalSpy refreshed(watcher.feed(), &NotificationFeed::refreshed);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() > 0 && watcher.isBusActive(), WaitMs);
    const int topicId = postTopic(QStringLiteral("Tags like <b>bold</b> & entities"));
    QVERIFY(topicId > 0);

    const int callsBefore = int(m_service->calls().size());
    QSignalSpy arrived(watcher.feed(), &NotificationFeed::arrived);
    const int postNumber = reply(topicId, QStringLiteral("Ben says 1 < 2 & more, at length enough."));
    QCOMPARE(postNumber, 2);
    // The count changes within 5 s through the bus; the desktop notification follows once the
    // post's excerpt is fetched.
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->calls().size(), callsBefore + 1, WaitMs);
    const FakeNotificationService::Call call = m_service->calls().last();
    QCOMPARE(call.summary, QStringLiteral("ben replied to you — Example Forum"));
    // The service shows markup: the topic's and the post's own angle brackets arrive escaped.
    QVERIFY2(call.body.startsWith(QStringLiteral("<b>Tags like &lt;b&gt;bold&lt;/b&gt; &amp; entities</b>\n")),
             qPrintable(call.body));
    QVERIFY2(call.body.contains(QStringLiteral("Ben says 1 &lt; 2 &amp; more, at length enough.")), qPrintable(call.body));
    QCOMPARE(call.actions.value(0), QStringLiteral("default"));
    QCOMPARE(call.appIcon, QStringLiteral("org.aivizor.Aivizor"));
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("org.aivizor.Aivizor"));

    QSignalSpy activated(&notifier, &DesktopNotifier::activated);
    m_service->invokeAction(call.id, QStringLiteral("something-else"));
    m_service->invokeAction(call.id);
    QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, WaitMs);
    QCOMPARE(activated.at(0).at(0).toString(), Forum);
    QCOMPARE(activated.at(0).at(1).toInt(), topicId);
    QCOMPARE(activated.at(0).at(2).toInt(), 2);
    // Closed by the daemon: a late click on it means nothing.
    m_service->close(call.id);
    m_service->invokeAction(call.id);
    QSignalSpy anotherRefresh(watcher.feed(), &NotificationFeed::refreshed);
    watcher.feed()->refresh();
    QVERIFY(anotherRefresh.wait(WaitMs));
    QCOMPARE(activated.size(), 1);
}

void TestDesktopNotifier::replyIsShownByPollingWithoutTheBus()
{
    constexpr int IntervalMs = 2000;
    NotificationWatcher watcher(m_ann.get());
    watcher.setBusEnabled(false);
    watcher.setPollIntervalMs(IntervalMs);
    DesktopNotifier notifier;
    notifier.track(watcher.feed(), m_ann->client(), Forum, ForumName);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.feed()->isLoaded(), WaitMs);
    QVERIFY(!watcher.isBusActive());
    const int topicId = postTopic(QStringLiteral("Polled without the bus"));
    const int callsBefore = int(m_service->calls().size());
    QSignalSpy arrived(watcher.feed(), &NotificationFeed::arrived);
    QCOMPARE(reply(topicId, QStringLiteral("A reply that only polling can find.")), 2);
    // Within one interval (and the request it makes); then the post is fetched for the excerpt.
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, IntervalMs + 3000);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->calls().size(), callsBefore + 1, WaitMs);
    QVERIFY(m_service->calls().last().body.contains(QStringLiteral("Polled without the bus")));
}

void TestDesktopNotifier::nothingIsShownTwiceAcrossRestarts()
{
    int topicId = 0;
    {
        NotificationWatcher watcher(m_ann.get());
        DesktopNotifier notifier;
        notifier.track(watcher.feed(), m_ann->client(), Forum, ForumName);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isBusActive(), WaitMs);
        topicId = postTopic(QStringLiteral("Shown once only"));
        const int before = int(m_service->calls().size());
        QCOMPARE(reply(topicId, QStringLiteral("The first reply, shown on the desktop.")), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->calls().size(), before + 1, WaitMs);
        // Refreshing again (any bus message does) shows nothing again.
        QSignalSpy refreshed(watcher.feed(), &NotificationFeed::refreshed);
        watcher.feed()->refresh();
        QVERIFY(refreshed.wait(WaitMs));
        QCOMPARE(m_service->calls().size(), before + 1);
    }
    // The application starts again: the reply is still unread on the forum, but was shown.
    NotificationWatcher watcher(m_ann.get());
    DesktopNotifier notifier;
    notifier.track(watcher.feed(), m_ann->client(), Forum, ForumName);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isBusActive() && watcher.feed()->isLoaded(), WaitMs);
    const int before = int(m_service->calls().size());
    QCOMPARE(reply(postTopic(QStringLiteral("After the restart")), QStringLiteral("A new reply after the restart.")), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->calls().size(), before + 1, WaitMs);
    QVERIFY2(m_service->calls().last().body.contains(QStringLiteral("After the restart")),
             qPrintable(m_service->calls().last().body));
}

void TestDesktopNotifier::firstStartShowsNothingOld()
{
    NotificationWatcher watcher(m_ann.get());
    const int before = int(m_service->calls().size());
    DesktopNotifier notifier;
    notifier.track(watcher.feed(), m_ann->client(), Forum, ForumName);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.feed()->isLoaded(), WaitMs);
    QVERIFY(watcher.feed()->unreadCount() > 0); // unread replies from the tests before
    QVERIFY(QSettings().value(QStringLiteral("notifications/lastShownId/") + QString::fromLatin1(QUrl::toPercentEncoding(Forum)))
                .toLongLong()
            >= watcher.feed()->at(0).id);
    QCOMPARE(m_service->calls().size(), before);
}

void TestDesktopNotifier::chosenKindsOnly()
{
    NotificationWatcher watcher(m_ann.get());
    DesktopNotifier notifier;
    notifier.setFilter([](const QString &forum, AlertKind kind) { return forum == Forum && kind == AlertKind::Mention; });
    notifier.track(watcher.feed(), m_ann->client(), Forum, ForumName);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isBusActive() && watcher.feed()->isLoaded(), WaitMs);
    const int before = int(m_service->calls().size());
    QSignalSpy arrived(watcher.feed(), &NotificationFeed::arrived);
    QCOMPARE(reply(postTopic(QStringLiteral("Replies are not chosen")), QStringLiteral("A reply nobody is told about.")), 2);
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, WaitMs);
    // A mention in a topic of Ben's own: chosen, and shown after the reply had its turn.
    int benTopic = 0;
    bool done = false;
    m_ben->writer()->createTopic(QStringLiteral("Ben mentions Ann here"), QStringLiteral("Hello @ann, have a look at this."),
                                 m_categoryId, {}, this, [&](const ApiResult<CreatedPost> &r) {
                                     done = true;
                                     if (r.ok())
                                         benTopic = r.value->post.topicId;
                                 });
    QTRY_VERIFY_WITH_TIMEOUT(done, WaitMs);
    QVERIFY(benTopic > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->calls().size(), before + 1, WaitMs);
    QCOMPARE(m_service->calls().last().summary, QStringLiteral("ben mentioned you — Example Forum"));
    QCOMPARE(arrived.at(0).at(0).value<Notification>().kind, Notification::Kind::Replied);
}

void TestDesktopNotifier::plainTextForAServiceWithoutMarkup()
{
    m_service.reset(); // one service name, one daemon at a time
    m_service = std::make_unique<FakeNotificationService>(QStringList{QStringLiteral("body"), QStringLiteral("actions")});
    QVERIFY2(m_service->isRegistered(), qPrintable(m_service->errorString()));
    NotificationWatcher watcher(m_ann.get());
    DesktopNotifier notifier; // asks the service what it shows
    notifier.track(watcher.feed(), m_ann->client(), Forum, ForumName);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isBusActive() && watcher.feed()->isLoaded(), WaitMs);
    QCOMPARE(reply(postTopic(QStringLiteral("Plain <text> & no markup")), QStringLiteral("Shown as typed: 1 < 2 & 3 > 2.")), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->calls().size(), 1, WaitMs);
    QCOMPARE(m_service->calls().last().body, QStringLiteral("Plain <text> & no markup\nShown as typed: 1 < 2 & 3 > 2."));
}

void TestDesktopNotifier::missingServiceWarnsOnce()
{
    NotificationWatcher watcher(m_ann.get());
    DesktopNotifier notifier;
    notifier.track(watcher.feed(), m_ann->client(), Forum, ForumName);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isBusActive() && watcher.feed()->isLoaded(), WaitMs);
    m_service.reset(); // the desktop's notification daemon is gone
    const int warningsBefore = s_warnings;
    QSignalSpy arrived(watcher.feed(), &NotificationFeed::arrived);
    QCOMPARE(reply(postTopic(QStringLiteral("Nobody shows this one")), QStringLiteral("A reply while no daemon runs.")), 2);
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(s_warnings, warningsBefore + 1, WaitMs);
    QCOMPARE(reply(postTopic(QStringLiteral("Nor is this one shown")), QStringLiteral("Another reply while no daemon runs.")), 2);
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 2, WaitMs);
    // The daemon is back: its first call comes after the second failure was answered.
    m_service = std::make_unique<FakeNotificationService>();
    QVERIFY2(m_service->isRegistered(), qPrintable(m_service->errorString()));
    QCOMPARE(reply(postTopic(QStringLiteral("Shown again once it is back")), QStringLiteral("A reply once the daemon is back.")), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->calls().size(), 1, WaitMs);
    QCOMPARE(s_warnings, warningsBefore + 1);
}

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
