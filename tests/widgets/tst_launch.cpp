// The command line as people use it: forum and topic addresses, aivizor:// links, and a second
// start handing its arguments to the running instance.
#include "app/shell/launchoptions.h"
#include "app/shell/singleinstance.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Aivizor;

class TestLaunch : public QObject
{
    Q_OBJECT
private slots:
    void forumAddresses_data();
    void forumAddresses();
    void commandLine();
    void secondStartForwardsItsArguments();
    void staleSocketIsTakenOver();
};

void TestLaunch::forumAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("topic");
    QTest::addColumn<int>("post");
    QTest::newRow("bare host") << "forum.example.com" << "https://forum.example.com" << 0 << 0;
    QTest::newRow("trailing slash") << "https://forum.example.com/" << "https://forum.example.com" << 0 << 0;
    QTest::newRow("subfolder") << "http://127.0.0.1:4200/forum/" << "http://127.0.0.1:4200/forum" << 0 << 0;
    QTest::newRow("topic with slug") << "https://forum.example.com/t/batch-api-nightly/42"
                                     << "https://forum.example.com" << 42 << 0;
    QTest::newRow("post in subfolder") << "https://example.org/forum/t/some-topic/42/7?u=kai#reply"
                                       << "https://example.org/forum" << 42 << 7;
    QTest::newRow("topic without slug") << "forum.example.com/t/42/3" << "https://forum.example.com" << 42 << 3;
    QTest::newRow("numeric slug needs id") << "https://forum.example.com/t/2026-plans/9"
                                           << "https://forum.example.com" << 9 << 0;
}

void TestLaunch::forumAddresses()
{
    QFETCH(QString, text);
    QFETCH(QString, base);
    QFETCH(int, topic);
    QFETCH(int, post);
    LaunchOptions options;
    QVERIFY(LaunchOptions::parseForumAddress(text, &options));
    QCOMPARE(options.source, LaunchOptions::Source::Server);
    QCOMPARE(options.serverUrl.toString(), base);
    QCOMPARE(options.openTopicId, topic);
    QCOMPARE(options.openPostNumber, post);
}

void TestLaunch::commandLine()
{
    LaunchOptions options;
    QString error;
    QVERIFY(LaunchOptions::parse({"aivizor", "https://forum.example.com/t/x/5/2"}, &options, &error));
    QCOMPARE(options.serverUrl, QUrl("https://forum.example.com"));
    QCOMPARE(options.openTopicId, 5);
    QCOMPARE(options.openPostNumber, 2);
    QVERIFY(!options.screenshotMode());

    // --open-topic stands on its own, not only with --screenshot.
    QVERIFY(LaunchOptions::parse({"aivizor", "--demo", "--open-topic", "28"}, &options, &error));
    QCOMPARE(options.source, LaunchOptions::Source::Demo);
    QCOMPARE(options.openTopicId, 28);

    QVERIFY(LaunchOptions::parse({"aivizor", "aivizor://auth_redirect?payload=abc"}, &options, &error));
    QCOMPARE(options.appLink, QUrl("aivizor://auth_redirect?payload=abc"));
    QCOMPARE(options.source, LaunchOptions::Source::Restore);

    QVERIFY(!LaunchOptions::parse({"aivizor", "--demo", "https://forum.example.com"}, &options, &error));
    QVERIFY(error.contains(QLatin1String("cannot be combined")));
    QVERIFY(!LaunchOptions::parse({"aivizor", "ftp://forum.example.com"}, &options, &error));
    QVERIFY(error.contains(QLatin1String("ftp://forum.example.com")));
    QVERIFY(!LaunchOptions::parse({"aivizor", "a.example", "b.example"}, &options, &error));
}

void TestLaunch::secondStartForwardsItsArguments()
{
    QTemporaryDir settings;
    SingleInstance running(settings.path());
    // Nobody runs yet: a first start does not forward, it becomes the instance.
    QVERIFY(!running.forwardToRunning({"aivizor"}, 200));
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);

    // The second start blocks on its socket, so it runs beside this thread's event loop.
    const QStringList arguments{"aivizor", "https://forum.example.com/t/x/5"};
    bool forwarded = false;
    std::thread second([&] {
        SingleInstance other(settings.path());
        forwarded = other.forwardToRunning(arguments, 5000);
    });
    QTRY_COMPARE(received.count(), 1);
    second.join();
    QVERIFY(forwarded);
    QCOMPARE(received.at(0).at(0).toStringList(), arguments);

    // Another settings folder is another instance.
    QTemporaryDir otherSettings;
    SingleInstance elsewhere(otherSettings.path());
    QVERIFY(!elsewhere.forwardToRunning({"aivizor"}, 200));
}

void TestLaunch::staleSocketIsTakenOver()
{
    QTemporaryDir settings;
    {
        SingleInstance crashed(settings.path());
        QVERIFY(crashed.listen());
    }
    SingleInstance next(settings.path());
    QVERIFY(!next.forwardToRunning({"aivizor"}, 200));
    QVERIFY(next.listen());
}

QTEST_MAIN(TestLaunch)
#include "tst_launch.moc"
