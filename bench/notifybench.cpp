// Idle network of the NotificationWatcher: one forum signed in, nothing happening, requests per
// minute with the message bus (long polls held 25 s, as on Discourse) and with polling alone.
// Usage: aivizor-bench-notify [bus|poll] [seconds]  (default: bus 120)
#include "lib/credentials/memorycredentialstore.h"
#include "lib/net/transport.h"
#include "lib/notifications/notificationwatcher.h"
#include "lib/session/forumsession.h"
#include "lib/signin/signin.h"

#include "testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Aivizor;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool bus = args.value(1, QStringLiteral("bus")) != QLatin1String("poll");
    const int seconds = args.value(2, QStringLiteral("120")).toInt();

    TestServer server;
    if (!server.start({QStringLiteral("--long-poll-seconds"), QStringLiteral("25")})) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QProcess cli;
    cli.start(TestServer::defaultBinary(), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ann"),
                                            QStringLiteral("--data-dir"), server.dataDir()});
    cli.waitForFinished(60000);
    const QString key = QString::fromUtf8(cli.readAllStandardOutput()).trimmed();

    QTemporaryDir dir;
    MemoryCredentialStore keychain;
    ForumSession::Options options;
    options.site = server.baseUrl();
    options.credentials = &keychain;
    options.draftDirectory = dir.filePath(QStringLiteral("drafts"));
    options.outboxPath = dir.filePath(QStringLiteral("outbox.json"));
    options.storePath = dir.filePath(QStringLiteral("store.sqlite"));
    ForumSession session(options);
    session.signIn()->signInWithApiKey(QStringLiteral("ann"), key);
    if (!QTest::qWaitFor([&] { return !session.signedInUser().isEmpty(); }, 30000)) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }

    int requests = 0;
    QObject::connect(session.transport(), &Transport::requestFinished, [&] { ++requests; });
    NotificationWatcher watcher(&session);
    watcher.setBusEnabled(bus);
    QElapsedTimer clock;
    clock.start();
    QTest::qWaitFor([&] { return clock.elapsed() >= seconds * 1000LL; }, seconds * 1000 + 1000);
    std::printf("%s: %d requests in %d s = %.1f per minute (bus active at the end: %s)\n",
                bus ? "message bus on" : "message bus off", requests, seconds, requests * 60.0 / seconds,
                watcher.isBusActive() ? "yes" : "no");
    return 0;
}
