// Idle cost of the window with three forums signed in: three aivizor-servers (message bus polls
// held 25 s, as on Discourse), one MainWindow (offscreen) shown on each in turn and signed in on
// each, then left alone. Counts the requests of the three sessions and this process's CPU time
// (getrusage: user + system, the servers are other processes) over the idle period and
// extrapolates to a minute and an hour. Run under dbus-run-session so the desktop notifier has a
// session bus; QT_QPA_PLATFORM=offscreen.
// Usage: aivizor-bench-notifyidle [seconds] [bus|poll]  (default: 300 bus)
#include "testserver.h"

#include "app/mainwindow.h"
#include "app/notifications/notificationcontroller.h"
#include "lib/credentials/memorycredentialstore.h"
#include "lib/net/transport.h"
#include "lib/notifications/notificationfeed.h"
#include "lib/notifications/notificationwatcher.h"
#include "lib/session/forumregistry.h"
#include "lib/session/forumsession.h"
#include "lib/signin/signin.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <cstdio>

using namespace Aivizor;

namespace {
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const int seconds = qMax(10, app.arguments().value(1, QStringLiteral("300")).toInt());
    const bool bus = app.arguments().value(2, QStringLiteral("bus")) != QLatin1String("poll");

    TestServer servers[3];
    for (TestServer &server : servers) {
        if (!server.start({QStringLiteral("--long-poll-seconds"), QStringLiteral("25")})) {
            std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
            return 1;
        }
    }
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("registry.ini")), QSettings::IniFormat);
    MemoryCredentialStore keychain;
    ForumRegistry registry(&settings, &keychain, dir.filePath(QStringLiteral("data")));
    LaunchOptions options;
    options.source = LaunchOptions::Source::Server;
    options.serverUrl = servers[0].baseUrl();
    MainWindow window(options, &registry);
    window.resize(1200, 760);
    window.show();
    window.start();

    int requests = 0;
    for (TestServer &server : servers) {
        window.openForum(server.baseUrl(), server.baseUrl().toString());
        if (!QTest::qWaitFor([&] { return window.hasSettled(); }, 60000)) {
            std::fprintf(stderr, "%s did not load\n", qPrintable(server.baseUrl().toString()));
            return 1;
        }
        QFile file(server.dataDir() + QStringLiteral("/demo-credentials.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "no demo credentials in %s\n", qPrintable(server.dataDir()));
            return 1;
        }
        const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();
        ForumSession *session = registry.session(server.baseUrl());
        const QString user = demo.value(QLatin1String("username")).toString();
        session->signIn()->signInWithApiKey(user, demo.value(QLatin1String("api_key")).toString());
        if (!QTest::qWaitFor([&] { return session->signedInUser() == user; }, 60000)) {
            std::fprintf(stderr, "sign-in failed on %s\n", qPrintable(server.baseUrl().toString()));
            return 1;
        }
        NotificationWatcher *watcher = window.notifications()->watcher(server.baseUrl().toString());
        watcher->setBusEnabled(bus);
        if (!QTest::qWaitFor([&] { return watcher->feed()->isLoaded() && watcher->isBusActive() == bus; }, 60000)) {
            std::fprintf(stderr, "the notifications of %s did not start\n", qPrintable(server.baseUrl().toString()));
            return 1;
        }
        QObject::connect(session->transport(), &Transport::requestFinished, [&] { ++requests; });
    }
    // Let start-up work (images, the reader) settle before the idle period starts.
    if (!QTest::qWaitFor([&] { return !window.isBusy(); }, 60000)) {
        std::fprintf(stderr, "the window stayed busy\n");
        return 1;
    }

    requests = 0;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    // Nothing to wait for but time: the period is the measurement.
    while (clock.elapsed() < seconds * 1000LL)
        QTest::qWait(1000);
    const double cpu = cpuSeconds() - cpuBefore;
    const double elapsed = clock.elapsed() / 1000.0;
    std::printf("three forums signed in, %s, idle %.0f s: %d requests = %.1f per minute; CPU %.3f s = %.1f s per hour "
                "= %.3f %% of a core\n",
                bus ? "message bus on" : "message bus off", elapsed, requests, requests * 60.0 / elapsed, cpu,
                cpu * 3600.0 / elapsed, cpu * 100.0 / elapsed);
    return 0;
}
