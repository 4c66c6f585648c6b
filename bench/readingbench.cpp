// What reading state costs:
//
//   aivizor-bench-reading counts [TOPICS]   one community of TOPICS topics (default 100,000), a
//                                           third new, a third unread: the state loaded from a
//                                           tracking report, then 2,000 single changes (a post
//                                           read, a topic marked read) with the counts read back
//   aivizor-bench-reading scroll [POSTS]    a topic of POSTS posts (default 300) in the reader, every
//                                           post rendered, scrolled to its end 40 px at a time, with
//                                           read tracking on and off: the difference is what
//                                           tracking costs per frame
//   aivizor-bench-reading timings [SECONDS] a reader moving on by one post every 2 s for SECONDS
//                                           (default 120): the timings requests sent per minute
#include "benchstats.h"
#include "testserver.h"

#include "app/reader/postbrowser.h"
#include "app/reader/readerview.h"
#include "lib/models/topiclistmodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/forumwriter.h"
#include "lib/net/transport.h"
#include "lib/reading/readingstate.h"
#include "lib/reading/readtracker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QScrollBar>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Aivizor;

namespace {

QTextStream out(stdout);

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

void waitUntil(const std::function<bool()> &done, const QString &what, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            fail(QStringLiteral("timed out waiting for %1").arg(what));
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
}

int benchCounts(int topics)
{
    constexpr int Community = 11;
    QList<TopicReadState> report;
    report.reserve(topics);
    for (int id = 1; id <= topics; ++id) {
        TopicReadState s;
        s.topicId = id;
        s.categoryId = Community;
        s.highestPostNumber = 20;
        s.notificationLevel = TopicReadState::Tracking;
        if (id % 3 == 0) {
            s.inNewPeriod = true; // new
            s.notificationLevel = TopicReadState::Unset;
        } else {
            s.lastReadPostNumber = id % 3 == 1 ? 10 : 20; // unread, read
        }
        report.append(s);
    }
    ReadingState state;
    state.setForumState(true);
    QElapsedTimer load;
    load.start();
    state.applyReport(report);
    const double loadMs = load.nsecsElapsed() / 1e6;
    out << "tracking report of " << topics << " topics applied: " << QString::number(loadMs, 'f', 1)
        << " ms (new " << state.counts(Community).newTopics << ", unread " << state.counts(Community).unreadTopics
        << ")\n";

    QList<double> us;
    int seen = 0;
    QObject::connect(&state, &ReadingState::countsChanged, &state, [&] { seen += state.counts(Community).unreadTopics; });
    for (int i = 0; i < 2000; ++i) {
        const int id = 1 + (i * 3) % topics; // unread topics (id % 3 == 1)
        QElapsedTimer t;
        t.start();
        if (i % 2)
            state.markTopicRead(id);
        else
            state.markPostsRead(id, 15);
        const ReadingState::Counts c = state.counts(Community);
        us.append(t.nsecsElapsed() / 1000.0);
        seen += c.newTopics;
    }
    out << BenchStats::of(us).line(QStringLiteral("one change, counts of the %1-topic community up to date").arg(topics),
                                   QStringLiteral("us"))
        << " (checksum " << seen << ")\n";
    return 0;
}

// A topic of `posts` posts by the user "bencher", written through the API; its id.
int longTopic(TestServer &server, int posts)
{
    QProcess cli;
    cli.start(TestServer::defaultBinary(), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bencher"),
                                            QStringLiteral("--data-dir"), server.dataDir()});
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
        fail(QStringLiteral("user add failed"));
    const QByteArray key = cli.readAllStandardOutput().trimmed();
    Transport transport(server.baseUrl());
    transport.setAuthHeaders({{"Api-Key", key}, {"Api-Username", "bencher"}});
    ForumWriter writer(&transport);
    ForumClient client(&transport);
    int categoryId = 0;
    client.fetchSite(&transport, [&](const ApiResult<QList<Community>> &r) {
        categoryId = r.ok() && !r.value->isEmpty() ? r.value->last().id : -1;
    });
    waitUntil([&] { return categoryId != 0; }, QStringLiteral("the communities"));
    int topicId = 0;
    int done = 0;
    writer.createTopic(QStringLiteral("A long topic to scroll through"),
                       QStringLiteral("The first post of a long topic, with a paragraph of text in it."), categoryId, {},
                       &transport, [&](const ApiResult<CreatedPost> &r) {
                           ++done;
                           topicId = r.ok() ? r.value->post.topicId : -1;
                           if (!r.ok())
                               fail(r.error.userText());
                       });
    waitUntil([&] { return done == 1; }, QStringLiteral("the topic"));
    if (topicId <= 0)
        fail(QStringLiteral("the topic was refused"));
    for (int i = 2; i <= posts; ++i) {
        writer.createPost(topicId,
                          QStringLiteral("Reply %1. A few sentences, as a reply usually has: what was tried, what "
                                         "came of it, and a question at the end?")
                              .arg(i),
                          0, &transport, [&](const ApiResult<CreatedPost> &r) {
                              if (!r.ok())
                                  fail(r.error.userText());
                              ++done;
                          });
        waitUntil([&] { return done == i; }, QStringLiteral("a reply"));
    }
    return topicId;
}

int benchScroll(int posts)
{
    TestServer server;
    if (!server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0")}))
        fail(server.errorString());
    const int topicId = longTopic(server, posts);
    Transport transport(server.baseUrl());
    ForumClient client(&transport);
    TopicListModel latest(&client);
    latest.setFeed(FeedSpec::latest());
    waitUntil([&] { return latest.loadedPages() > 0; }, QStringLiteral("Latest"));
    ReaderView reader;
    reader.resize(900, 800);
    reader.setClient(&client);
    reader.show();
    ReadingState state;
    for (const bool tracking : {false, true, false, true}) {
        reader.setReading(tracking ? &state : nullptr, nullptr);
        reader.openTopic(topicId);
        waitUntil([&] { return reader.topicId() == topicId && !reader.renderedPostNumbers().isEmpty(); },
                  QStringLiteral("the topic"));
        QScrollBar *bar = reader.browser()->verticalScrollBar();
        bar->setValue(0);
        // Every post rendered first, so the frames measured do not include loading.
        waitUntil([&] {
            bar->setValue(bar->maximum());
            QCoreApplication::processEvents();
            return reader.renderedPostNumbers().size() >= posts && !reader.isLoading();
        }, QStringLiteral("all posts"), 60000);
        QList<double> us;
        for (int value = 0; value <= bar->maximum(); value += 40) {
            QElapsedTimer t;
            t.start();
            bar->setValue(value);
            us.append(t.nsecsElapsed() / 1000.0);
        }
        out << BenchStats::of(us).line(QStringLiteral("scroll step in a %1-post topic, tracking %2")
                                           .arg(posts)
                                           .arg(tracking ? QStringLiteral("on") : QStringLiteral("off")),
                                       QStringLiteral("us"))
            << "\n";
        reader.openTopic(latest.index(0, 0).data(TopicListModel::IdRole).toInt() == topicId
                             ? latest.index(1, 0).data(TopicListModel::IdRole).toInt()
                             : latest.index(0, 0).data(TopicListModel::IdRole).toInt());
    }
    server.stop();
    return 0;
}

int benchTimings(int seconds)
{
    ReadTracker tracker;
    int requests = 0;
    int postsSent = 0;
    QObject::connect(&tracker, &ReadTracker::timingsReady, &tracker, [&](int, const QMap<int, int> &postMs, int) {
        ++requests;
        postsSent += int(postMs.size());
    });
    tracker.setTopic(1, 0);
    tracker.setActive(true);
    int post = 1;
    tracker.setVisiblePosts({post, post + 1});
    QTimer next;
    next.setInterval(2000);
    QObject::connect(&next, &QTimer::timeout, &tracker, [&] {
        ++post;
        tracker.noteActivity();
        tracker.setVisiblePosts({post, post + 1});
    });
    next.start();
    QElapsedTimer clock;
    clock.start();
    waitUntil([&] { return clock.elapsed() >= seconds * 1000; }, QStringLiteral("the reading"), seconds * 1000 + 5000);
    out << "continuous reading, one post every 2 s for " << seconds << " s: " << requests << " timings requests ("
        << QString::number(requests * 60.0 / seconds, 'f', 1) << " per minute), " << post << " posts read, "
        << postsSent << " post timings sent\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString mode = app.arguments().value(1);
    if (mode == QLatin1String("counts"))
        return benchCounts(app.arguments().value(2, QStringLiteral("100000")).toInt());
    if (mode == QLatin1String("scroll"))
        return benchScroll(app.arguments().value(2, QStringLiteral("300")).toInt());
    if (mode == QLatin1String("timings"))
        return benchTimings(app.arguments().value(2, QStringLiteral("120")).toInt());
    fail(QStringLiteral("usage: aivizor-bench-reading counts [TOPICS] | scroll [POSTS] | timings [SECONDS]"));
}
