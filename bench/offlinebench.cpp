// "Make available offline" against a running aivizor-server (or any Discourse forum): the time to
// save a community's latest topics into a fresh ForumStore and the request rate that took.
//
//   aivizor-bench-offline URL COMMUNITY_ID [TOPICS]   TOPICS defaults to 200
//
// The store is a temporary file, removed afterwards. Requests go through one Transport with its
// default cap on parallel requests, as in the app.
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"
#include "lib/store/forumstore.h"
#include "lib/store/offlinedownload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Aivizor;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    bool ok = args.size() >= 3;
    const QUrl base(args.value(1));
    const int communityId = args.value(2).toInt(&ok);
    const int topics = args.size() > 3 ? args.at(3).toInt() : OfflineDownload::DefaultTopicLimit;
    if (!ok || !base.isValid() || topics < 1) {
        std::fprintf(stderr, "usage: aivizor-bench-offline URL COMMUNITY_ID [TOPICS]\n");
        return 2;
    }

    QTemporaryDir dir;
    Transport transport(base);
    ForumClient client(&transport);
    ForumStore store;
    if (const StoreOpenReport report = store.open(dir.filePath(QStringLiteral("bench.sqlite"))); report.error) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(report.error.message));
        return 1;
    }
    int apiRequests = 0;
    int rateLimited = 0;
    QObject::connect(&transport, &Transport::requestFinished, &app, [&](const ApiError &) { ++apiRequests; });
    QObject::connect(&transport, &Transport::rateLimited, &app, [&] { ++rateLimited; });

    OfflineDownload download(&client, &store);
    int exitCode = 0;
    QElapsedTimer timer;
    QObject::connect(&download, &OfflineDownload::finished, &app, [&] { app.quit(); });
    QObject::connect(&download, &OfflineDownload::failed, &app, [&](const ApiError &e) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(e.userText()));
        exitCode = 1;
        app.quit();
    });
    timer.start();
    download.start(communityId, topics);
    app.exec();
    store.flush();
    const double seconds = timer.nsecsElapsed() / 1e9;

    qint64 posts = 0;
    const ApiResult<OfflineJob> job = store.offlineJob(communityId);
    for (int id : job.ok() ? job.value->savedTopicIds : QSet<int>()) {
        if (const ApiResult<StoredTopic> t = store.topic(id); t.ok())
            posts += t.value->topic.stream.size();
    }
    const int answers = download.answers();
    out << "offline download of community " << communityId << " from " << base.toString() << ":\n"
        << "  topics saved " << download.done() << " of " << download.total() << " (skipped " << download.skipped()
        << "), posts " << posts << "\n"
        << "  " << answers << " answers (" << apiRequests << " API, " << (answers - apiRequests) << " images; "
        << rateLimited << " answered 429)\n"
        << QStringLiteral("  %1 s, %2 requests/s, %3 topics/s, store %4 MiB\n")
               .arg(seconds, 0, 'f', 2)
               .arg(answers / seconds, 0, 'f', 0)
               .arg(download.done() / seconds, 0, 'f', 1)
               .arg(store.diskUsage() / 1048576.0, 0, 'f', 1);
    return exitCode;
}
