// Core library figures: parsing and model population, and the large-database paths.
//
//   aivizor-bench-core small                  demo data: parse + populate a 30-topic page and a 20-post chunk
//   aivizor-bench-core large-topic DIR TOPIC  first 20 posts of the big topic, jump to post 9,000
//   aivizor-bench-core paging DIR COMMUNITY   page through every topic of the big community: time, peak RSS
//
// DIR is a data dir filled by `aivizor-server --generate-large`. Each mode runs in its own process
// so that peak RSS belongs to that mode alone.
#include "benchstats.h"
#include "testserver.h"

#include "lib/api/endpoints.h"
#include "lib/models/postlistmodel.h"
#include "lib/models/topiclistmodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"
#include "lib/parse/postparser.h"
#include "lib/parse/topiclistparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTextStream>

#include <cstdio>

using namespace Aivizor;

namespace {

QTextStream out(stdout);

// Bench-only: blocks in a local loop, which the library itself never does.
QByteArray fetchRaw(QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

double elapsedUs(const QElapsedTimer &t) { return t.nsecsElapsed() / 1000.0; }

bool startServer(TestServer &server, const QString &dataDir)
{
    if (!dataDir.isEmpty())
        server.setDataDir(dataDir);
    if (!server.start()) {
        std::fprintf(stderr, "cannot start aivizor-server: %s\n", qPrintable(server.errorString()));
        return false;
    }
    return true;
}

int benchSmall()
{
    TestServer server;
    if (!startServer(server, {}))
        return 1;
    QNetworkAccessManager nam;
    const QByteArray latest = fetchRaw(nam, server.url(Api::topicList(FeedSpec::latest())));

    // The demo's long topic: the one with the most posts on the first two pages.
    int longTopic = 0, most = 0;
    for (const QByteArray &body : {latest, fetchRaw(nam, server.url(QStringLiteral("/latest.json?page=1")))}) {
        const QJsonArray topics = QJsonDocument::fromJson(body).object()[QLatin1String("topic_list")]
                                      .toObject()[QLatin1String("topics")].toArray();
        for (const QJsonValue &t : topics) {
            if (t[QLatin1String("posts_count")].toInt() > most) {
                most = t[QLatin1String("posts_count")].toInt();
                longTopic = t[QLatin1String("id")].toInt();
            }
        }
    }
    const QJsonArray stream = QJsonDocument::fromJson(
        fetchRaw(nam, server.url(Api::topic(longTopic))))
        .object()[QLatin1String("post_stream")].toObject()[QLatin1String("stream")].toArray();
    QList<int> ids;
    for (int i = 20; i < 40 && i < stream.size(); ++i)
        ids.append(stream[i].toInt());
    const QByteArray chunk = fetchRaw(nam, server.url(Api::postsOfTopic(longTopic, ids)));

    constexpr int kRuns = 500;
    QList<double> pageParse, chunkParse;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        const auto page = parseTopicList(QJsonDocument::fromJson(latest));
        pageParse << elapsedUs(t);
        if (!page.ok() || page.value->topics.size() != 30) {
            std::fprintf(stderr, "unexpected /latest.json page: %s\n", qPrintable(page.error));
            return 1;
        }
        t.restart();
        const auto posts = parsePostChunk(QJsonDocument::fromJson(chunk));
        chunkParse << elapsedUs(t);
        if (!posts.ok() || posts.value->size() != 20) {
            std::fprintf(stderr, "unexpected posts chunk: %s\n", qPrintable(posts.error));
            return 1;
        }
    }
    out << BenchStats::of(pageParse).line(QStringLiteral("parse a 30-topic page (%1 bytes)").arg(latest.size()),
                                          QStringLiteral("us")) << '\n';
    out << BenchStats::of(chunkParse).line(QStringLiteral("parse a 20-post chunk (%1 bytes)").arg(chunk.size()),
                                           QStringLiteral("us")) << '\n';

    // Request + parse + model population over loopback, as the app does it.
    Transport transport(server.baseUrl());
    ForumClient client(&transport);
    QList<double> pageModel, chunkModel;
    for (int i = 0; i < 50; ++i) {
        TopicListModel model(&client);
        QSignalSpy loaded(&model, &TopicListModel::pageLoaded);
        QElapsedTimer t;
        t.start();
        model.setFeed(FeedSpec::latest());
        if (!loaded.wait(10000) || model.rowCount() != 30)
            return 1;
        pageModel << elapsedUs(t);

        PostListModel posts(&client);
        QSignalSpy topicLoaded(&posts, &PostListModel::topicLoaded);
        posts.load(longTopic);
        if (!topicLoaded.wait(10000))
            return 1;
        QSignalSpy rows(&posts, &PostListModel::rowsLoaded);
        t.restart();
        posts.ensureLoaded(25);
        if (!rows.wait(10000))
            return 1;
        chunkModel << elapsedUs(t);
    }
    out << BenchStats::of(pageModel).line(QStringLiteral("request + parse + populate a 30-topic page (loopback)"),
                                          QStringLiteral("us")) << '\n';
    out << BenchStats::of(chunkModel).line(QStringLiteral("request + parse + populate a 20-post chunk (loopback)"),
                                           QStringLiteral("us")) << '\n';
    out.flush();
    return server.stop() ? 0 : 1;
}

int benchLargeTopic(const QString &dataDir, int topicId)
{
    TestServer server;
    if (!startServer(server, dataDir))
        return 1;
    Transport transport(server.baseUrl());
    ForumClient client(&transport);
    QList<double> first, jump;
    for (int i = 0; i < 10; ++i) {
        PostListModel model(&client);
        QSignalSpy loaded(&model, &PostListModel::topicLoaded);
        QElapsedTimer t;
        t.start();
        model.load(topicId);
        if (!loaded.wait(20000) || !model.isRowLoaded(19)) {
            std::fprintf(stderr, "big topic did not load\n");
            return 1;
        }
        first << t.nsecsElapsed() / 1e6;
        const int streamSize = model.rowCount();

        QSignalSpy ready(&model, &PostListModel::postNumberReady);
        t.restart();
        const int row = model.jumpToPostNumber(9000);
        if (row < 0 || !model.isRowLoaded(row)) {
            if (!ready.wait(20000)) {
                std::fprintf(stderr, "jump to post 9000 did not finish\n");
                return 1;
            }
        }
        jump << t.nsecsElapsed() / 1e6;
        if (i == 0)
            out << "big topic: " << streamSize << " posts in the stream\n";
    }
    out << BenchStats::of(first).line(QStringLiteral("request to first 20 posts of the big topic"),
                                      QStringLiteral("ms")) << '\n';
    out << BenchStats::of(jump).line(QStringLiteral("jump to post 9,000"), QStringLiteral("ms")) << '\n';
    out.flush();
    return server.stop() ? 0 : 1;
}

int benchPaging(const QString &dataDir, int communityId)
{
    TestServer server;
    if (!startServer(server, dataDir))
        return 1;
    Transport transport(server.baseUrl());
    ForumClient client(&transport);
    TopicListModel model(&client);
    const double rssBefore = peakRssMiB();
    QElapsedTimer t;
    t.start();
    model.setFeed(FeedSpec::community(communityId));
    QSignalSpy pages(&model, &TopicListModel::pageLoaded);
    QSignalSpy errors(&model, &TopicListModel::errorOccurred);
    while (true) {
        if (!pages.wait(20000) || !errors.isEmpty()) {
            std::fprintf(stderr, "paging stopped at %d rows\n", model.rowCount());
            return 1;
        }
        pages.clear();
        if (!model.canFetchMore({}))
            break;
        model.fetchMore({});
    }
    out << "paged " << model.rowCount() << " topics in " << model.loadedPages() << " pages, "
        << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s; peak RSS "
        << QString::number(peakRssMiB(), 'f', 1) << " MiB (" << QString::number(rssBefore, 'f', 1)
        << " MiB before paging)\n";
    out.flush();
    return server.stop() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("small"))
        return benchSmall();
    if (mode == QLatin1String("large-topic") && args.size() == 4)
        return benchLargeTopic(args[2], args[3].toInt());
    if (mode == QLatin1String("paging") && args.size() == 4)
        return benchPaging(args[2], args[3].toInt());
    std::fprintf(stderr, "usage: %s small | large-topic DIR TOPIC | paging DIR COMMUNITY\n", argv[0]);
    return 2;
}
