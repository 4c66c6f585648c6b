// Helper for tst_storecrash: writes to a ForumStore as fast as it can and is killed with SIGKILL
// by the test, so only what reached the disk survives.
//
//   store_writer <path> <firstTopicId>   round n writes topic firstTopicId+n (30 posts, sanitized),
//                                        the latest feed page, an image and a reading position,
//                                        every 4th round 40 more topics in the same batch; prints
//                                        "stored <id>" once round n is committed, until killed
#include "storesamples.h"

#include "lib/store/forumstore.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Aivizor;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: store_writer <path> <firstTopicId>\n");
        return 2;
    }
    ForumStore store;
    const StoreOpenReport report = store.open(args.at(1));
    if (report.error) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error.message));
        return 1;
    }
    const int first = args.at(2).toInt();
    const QString padding(1500, QLatin1Char('w'));
    int round = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const int id = first + round;
        const Topic topic = sampleTopic(id, 30, 5, padding);
        store.putTopic(topic, sampleTime(round));
        QList<StoredPost> posts;
        for (const Post &p : topic.posts)
            posts.append({p, {QStringLiteral("<p>safe %1</p>").arg(p.id), {}}, QStringLiteral("tag")});
        store.putPosts(id, posts);
        store.putFeedPage(FeedSpec::latest(), 0, samplePage(id, 30, padding), sampleTime(round));
        store.putImage(QUrl(QStringLiteral("https://forum.example/%1.png").arg(id)), "image/png",
                       QByteArray(30000, char(id)), id);
        store.putReadingPosition(id, ReadingPosition{3, id, 4, sampleTime(round)});
        if (round % 4 == 3) {
            // Ids far enough from int's limits that sampleTopic's post ids (id * 1000 + n) fit too.
            for (int extra = 1; extra <= 40; ++extra)
                store.putTopic(sampleTopic(-(id * 40 + extra), 20, 5, padding), sampleTime(round));
        }
        if (!store.flush()) {
            std::fprintf(stderr, "write failed\n");
            QCoreApplication::exit(1);
            return;
        }
        std::printf("stored %d\n", id);
        std::fflush(stdout);
        ++round;
    });
    tick.start(0);
    return app.exec();
}
