// The headless screenshot mode of the real executable: it loads, writes a PNG that shows
// something, and fails loudly (non-zero, message on stderr) when the forum is unreachable.
#include "testserver.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    return env;
}

int distinctColors(const QImage &image)
{
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colors.insert(image.pixel(x, y));
    }
    return int(colors.size());
}
} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void screenshotOfServer_data();
    void screenshotOfServer();
    void screenshotOfDemo();
    void unreachableServerFails();
    void sigtermStopsTheDemoServer();

private:
    bool runApp(const QStringList &args, int *exitCode, QByteArray *stderrText);

    TestServer m_server;
    QTemporaryDir m_home;
};

void TestScreenshot::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestScreenshot::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

bool TestScreenshot::runApp(const QStringList &args, int *exitCode, QByteArray *stderrText)
{
    QProcess app;
    app.setProcessEnvironment(isolatedEnvironment(m_home.path()));
    app.start(QStringLiteral(AIVIZOR_APP_BIN), args);
    if (!app.waitForStarted(10000) || !app.waitForFinished(60000)) {
        app.kill();
        app.waitForFinished();
        return false;
    }
    *exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    *stderrText = app.readAllStandardError();
    return true;
}

void TestScreenshot::screenshotOfServer_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("light") << QStringList();
    QTest::newRow("dark") << QStringList{QStringLiteral("--dark")};
    QTest::newRow("topic") << QStringList{QStringLiteral("--open-topic"), QStringLiteral("1")};
}

void TestScreenshot::screenshotOfServer()
{
    QFETCH(QStringList, extra);
    const QString png = m_home.filePath(QStringLiteral("shot-%1.png").arg(QTest::currentDataTag()));
    int exitCode = -1;
    QByteArray err;
    QVERIFY(runApp(QStringList{QStringLiteral("--server"), m_server.baseUrl().toString(),
                               QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                               QStringLiteral("1024x700")} + extra,
                   &exitCode, &err));
    QVERIFY2(exitCode == 0, err.constData());
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1024, 700));
    QVERIFY2(distinctColors(image) > 20, "the screenshot is (nearly) uniform");
    if (extra.contains(QStringLiteral("--dark"))) {
        // The list area (middle of the window) must be dark in dark mode.
        const QColor middle = image.pixelColor(image.width() * 45 / 100, image.height() - 30);
        QVERIFY2(middle.lightness() < 110, qPrintable(middle.name()));
    }
}

void TestScreenshot::screenshotOfDemo()
{
    // `make run` without a display: the app starts aivizor-server itself from the build tree.
    const QString png = m_home.filePath(QStringLiteral("demo.png"));
    int exitCode = -1;
    QByteArray err;
    QVERIFY(runApp({QStringLiteral("--demo"), QStringLiteral("--screenshot"), png}, &exitCode, &err));
    QVERIFY2(exitCode == 0, err.constData());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 800));
    QVERIFY(distinctColors(image) > 20);
}

void TestScreenshot::unreachableServerFails()
{
    TestServer gone;
    QVERIFY2(gone.start(), qPrintable(gone.errorString()));
    const QUrl url = gone.baseUrl();
    QVERIFY(gone.stop());

    const QString png = m_home.filePath(QStringLiteral("never.png"));
    int exitCode = -1;
    QByteArray err;
    QVERIFY(runApp({QStringLiteral("--server"), url.toString(), QStringLiteral("--screenshot"), png}, &exitCode,
                   &err));
    QVERIFY(exitCode != 0);
    QVERIFY2(err.contains("Screenshot failed"), err.constData());
    QVERIFY(!QFile::exists(png));
}

// The demo server is a child of the app; a SIGTERM to the app must not leave it running.
void TestScreenshot::sigtermStopsTheDemoServer()
{
    QTemporaryDir home;
    QProcess app;
    app.setProcessEnvironment(isolatedEnvironment(home.path()));
    app.start(QStringLiteral(AIVIZOR_APP_BIN), {QStringLiteral("--demo")});
    QVERIFY(app.waitForStarted(10000));
    const QString children = QStringLiteral("/proc/%1/task/%1/children").arg(app.processId());
    auto readChildren = [&] {
        QFile f(children);
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QString();
    };
    // The child is the app itself between fork and exec: wait until it runs aivizor-server.
    auto serverChild = [&] {
        const QString pid = readChildren().section(QLatin1Char(' '), 0, 0);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        return !pid.isEmpty() && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("aivizor-server")
            ? pid : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!serverChild().isEmpty(), 30000);
    const QString server = serverChild();
    QVERIFY(!server.isEmpty());

    app.terminate(); // SIGTERM
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    // Gone, or at most a zombie waiting for a parent that no longer exists.
    auto serverAlive = [&] {
        QFile status(QStringLiteral("/proc/%1/status").arg(server));
        return status.open(QIODevice::ReadOnly) && !status.readAll().contains("State:\tZ");
    };
    QTRY_VERIFY_WITH_TIMEOUT(!serverAlive(), 10000);
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_mainwindow_screenshot.moc"
