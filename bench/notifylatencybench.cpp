// Time from a reply on the server to the desktop notification: a second user replies through
// the API to the signed-in user's post; the clock runs from sending the reply to the Notify call
// reaching a notification service on the session bus (this program registers one: run it under
// dbus-run-session). The pipeline is the app's: NotificationWatcher (message bus, polls held 25 s
// as on Discourse), NotificationFeed, DesktopNotifier with its post fetch for the excerpt.
// Usage: dbus-run-session -- aivizor-bench-notifylatency [samples] [bus|poll]  (default: 10 bus)
#include "benchstats.h"
#include "fakenotificationservice.h"
#include "testserver.h"

#include "lib/credentials/memorycredentialstore.h"
#include "lib/net/forumclient.h"
#include "lib/net/forumwriter.h"
#include "lib/notifications/desktopnotifier.h"
#include "lib/notifications/notificationfeed.h"
#include "lib/notifications/notificationwatcher.h"
#include "lib/session/forumsession.h"
#include "lib/signin/signin.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Aivizor;

namespace {
constexpr int WaitMs = 60000;

QString addUser(const TestServer &server, const QString &name)
{
    QProcess cli;
    cli.start(TestServer::defaultBinary(), {QStringLiteral("user"), QStringLiteral("add"), name,
                                            QStringLiteral("--data-dir"), server.dataDir()});
    cli.waitForFinished(60000);
    return QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
}

std::unique_ptr<ForumSession> signedIn(const TestServer &server, const QTemporaryDir &dir, CredentialStore *keychain,
                                       const QString &name)
{
    ForumSession::Options options;
    options.site = server.baseUrl();
    options.credentials = keychain;
    options.draftDirectory = dir.filePath(name + QStringLiteral("-drafts"));
    options.outboxPath = dir.filePath(name + QStringLiteral("-outbox.json"));
    options.storePath = dir.filePath(name + QStringLiteral("-store.sqlite"));
    auto session = std::make_unique<ForumSession>(options);
    session->signIn()->signInWithApiKey(name, addUser(server, name));
    if (!QTest::qWaitFor([&] { return session->signedInUser() == name; }, WaitMs))
        return {};
    return session;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const int samples = qMax(1, app.arguments().value(1, QStringLiteral("10")).toInt());
    const bool bus = app.arguments().value(2, QStringLiteral("bus")) != QLatin1String("poll");

    FakeNotificationService service;
    if (!service.isRegistered()) {
        std::fprintf(stderr, "notification service: %s (run under dbus-run-session)\n", qPrintable(service.errorString()));
        return 1;
    }
    TestServer server;
    if (!server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0"), QStringLiteral("--long-poll-seconds"),
                       QStringLiteral("25")})) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    MemoryCredentialStore keychain;
    auto ann = signedIn(server, dir, &keychain, QStringLiteral("ann"));
    auto ben = signedIn(server, dir, &keychain, QStringLiteral("ben"));
    if (!ann || !ben) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    int categoryId = 0;
    ann->client()->fetchSite(&app, [&](const ApiResult<QList<Community>> &r) {
        categoryId = r.ok() && !r.value->isEmpty() ? r.value->first().id : -1;
    });
    if (!QTest::qWaitFor([&] { return categoryId > 0; }, WaitMs)) {
        std::fprintf(stderr, "no community\n");
        return 1;
    }

    NotificationWatcher watcher(ann.get());
    watcher.setBusEnabled(bus);
    DesktopNotifier notifier;
    notifier.track(watcher.feed(), ann->client(), QStringLiteral("bench"), QStringLiteral("Bench forum"));
    if (!QTest::qWaitFor([&] { return watcher.feed()->isLoaded() && watcher.isBusActive() == bus; }, WaitMs)) {
        std::fprintf(stderr, "the watcher did not start\n");
        return 1;
    }

    QList<double> times;
    for (int i = 0; i < samples; ++i) {
        int topicId = 0;
        ann->writer()->createTopic(QStringLiteral("Latency sample topic %1").arg(i + 1),
                                   QStringLiteral("A first post for latency sample %1.").arg(i + 1), categoryId, {}, &app,
                                   [&](const ApiResult<CreatedPost> &r) { topicId = r.ok() ? r.value->post.topicId : -1; });
        if (!QTest::qWaitFor([&] { return topicId > 0; }, WaitMs)) {
            std::fprintf(stderr, "sample %d: the topic was refused\n", i + 1);
            return 1;
        }
        const int before = int(service.calls().size());
        QElapsedTimer clock;
        clock.start();
        ben->writer()->createPost(topicId, QStringLiteral("Reply number %1 for the latency bench.").arg(i + 1), 1, &app,
                                  [](const ApiResult<CreatedPost> &) {});
        if (!QTest::qWaitFor([&] { return service.calls().size() > before; }, WaitMs)) {
            std::fprintf(stderr, "sample %d: no notification within %d ms\n", i + 1, WaitMs);
            return 1;
        }
        times.append(clock.nsecsElapsed() / 1e6);
    }
    std::printf("%s\n", qPrintable(BenchStats::of(times).line(
                              bus ? QStringLiteral("reply on the server to desktop notification (message bus)")
                                  : QStringLiteral("reply on the server to desktop notification (polling every 60 s)"),
                              QStringLiteral("ms"))));
    return 0;
}
