// A second start of the real executable with a topic address opens that topic in the window that
// already runs, and exits 0 without a window of its own.
#include "app/mainwindow.h"
#include "app/reader/readerview.h"
#include "app/shell/launchoptions.h"
#include "app/shell/singleinstance.h"
#include "lib/credentials/memorycredentialstore.h"
#include "lib/session/forumregistry.h"
#include "testserver.h"

#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Aivizor;

namespace {
constexpr int Timeout = 30000;
constexpr int NewsTopic = 28; // a demo topic of the seeded community
} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void secondStartOpensTheTopicInTheFirst();

private:
    TestServer m_server;
    QTemporaryDir m_home;
};

void TestSingleInstance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestSingleInstance::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestSingleInstance::secondStartOpensTheTopicInTheFirst()
{
    QSettings settings(m_home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MemoryCredentialStore keychain;
    ForumRegistry registry(&settings, &keychain, m_home.filePath(QStringLiteral("data")));
    LaunchOptions options;
    options.source = LaunchOptions::Source::Server;
    options.serverUrl = m_server.baseUrl();
    MainWindow window(options, &registry);
    window.resize(1100, 700);
    window.show();
    window.start();
    QTRY_VERIFY_WITH_TIMEOUT(window.hasSettled(), Timeout);

    // The running instance, as main() makes it for the settings folder the second start will use.
    const QString configHome = m_home.filePath(QStringLiteral("config"));
    SingleInstance instance(configHome + QStringLiteral("/Aivizor/aivizor"));
    QVERIFY(instance.listen());
    connect(&instance, &SingleInstance::argumentsReceived, &window, &MainWindow::handleArguments);

    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("share")));
    second.setProcessEnvironment(env);
    const QString topicAddress = m_server.baseUrl().toString() + QStringLiteral("/t/some-slug/%1").arg(NewsTopic);
    second.start(QStringLiteral(AIVIZOR_APP_BIN), {topicAddress});
    QVERIFY(second.waitForStarted(Timeout));
    // This thread's event loop answers the second start, so wait by processing events.
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, Timeout);
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(window.readerView()->topicId(), NewsTopic, Timeout);
}

QTEST_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
