// Forum store figures: a store of 100,000 topics and 1,000,000 posts against a store holding one
// page and one topic, and what a stored feed page costs to decode against re-parsing its JSON.
//
//   aivizor-bench-store generate PATH [TOPICS]   build the big store through ForumStore (synthetic,
//                                                10 posts per topic on average, sanitized forms,
//                                                100 latest pages, 5 pages per community, avatars)
//   aivizor-bench-store baseline PATH            a store with one feed page and one 20-post topic
//   aivizor-bench-store compare BIG BASELINE     runs `probe` on each in its own process, prints both
//   aivizor-bench-store probe PATH               open, first feed page, a topic's first 20 posts, RSS
//   aivizor-bench-store decode                   a 30-row page: StoreCodec vs parseTopicList
//   aivizor-bench-store evict PATH CAP_MIB       lower the cap of a store (a copy: it is changed) and
//                                                time reads on the caller's thread while the worker evicts
#include "benchstats.h"

#include "lib/parse/topiclistparser.h"
#include "lib/store/forumstore.h"
#include "lib/store/storecodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Aivizor;

namespace {

QTextStream out(stdout);

constexpr int Communities = 20;
constexpr int Users = 5000;
constexpr int LatestPages = 100;
constexpr int CommunityPages = 5;

double ms(const QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }

// Resident set size now (the figure that matters after opening; peak RSS would include start-up).
double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

const char *const Words[] = {"forum", "thread", "reply", "Qt", "widget", "signal", "model", "the", "a", "is",
                             "works", "because", "when", "server", "client", "offline", "cache", "quickly",
                             "über", "naïve", "really", "we", "tested", "release", "build", "crash", "fix"};

QString sentence(QRandomGenerator &rng, int words)
{
    QString s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += QLatin1Char(' ');
        s += QString::fromUtf8(Words[rng.bounded(int(std::size(Words)))]);
    }
    return s;
}

User user(int id)
{
    User u;
    u.id = id;
    u.username = QStringLiteral("member%1").arg(id);
    u.name = id % 3 ? QStringLiteral("Member Number %1").arg(id) : QString();
    u.avatarTemplate = QStringLiteral("/user_avatar/forum.example/member%1/{size}/%2_2.png").arg(id).arg(id * 7);
    return u;
}

int postsOf(int topicId) { return 1 + (topicId * 15) % 19; } // 1..19, 10 on average

TopicSummary summary(int id, QRandomGenerator &rng)
{
    TopicSummary t;
    t.id = id;
    t.title = sentence(rng, 6 + rng.bounded(6));
    t.slug = QStringLiteral("topic-%1").arg(id);
    t.categoryId = id % Communities + 1;
    t.tags = {QStringLiteral("news"), QStringLiteral("qt")};
    t.postsCount = postsOf(id);
    t.replyCount = t.postsCount - 1;
    t.views = id % 1000;
    t.likeCount = id % 17;
    t.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + id * 60LL, Qt::UTC);
    t.lastPostedAt = t.createdAt.addSecs(3600);
    t.bumpedAt = t.lastPostedAt;
    t.lastPosterUsername = user(id % Users + 1).username;
    t.originalPosterId = (id * 31) % Users + 1;
    t.originalPoster = user(t.originalPosterId);
    t.excerpt = sentence(rng, 30);
    return t;
}

TopicPage page(int firstId, QRandomGenerator &rng)
{
    TopicPage p;
    for (int i = 0; i < 30; ++i) {
        p.topics.append(summary(firstId - i, rng));
        p.users.insert(p.topics.last().originalPosterId, p.topics.last().originalPoster);
    }
    p.moreTopicsUrl = QStringLiteral("/latest?page=1");
    p.perPage = 30;
    return p;
}

// Returns the time the caller's thread spent in putTopic + putPosts, in ms.
double addTopic(ForumStore &store, int id, int posts, QRandomGenerator &rng)
{
    Topic t;
    t.id = id;
    t.title = sentence(rng, 8);
    t.slug = QStringLiteral("topic-%1").arg(id);
    t.categoryId = id % Communities + 1;
    t.tags = {QStringLiteral("news")};
    t.postsCount = posts;
    t.highestPostNumber = posts;
    t.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + id * 60LL, Qt::UTC);
    t.lastPostedAt = t.createdAt.addSecs(3600);
    t.createdBy = user((id * 31) % Users + 1);
    t.participants = {t.createdBy, user(id % Users + 1)};
    QList<StoredPost> stored;
    for (int n = 1; n <= posts; ++n) {
        Post p;
        p.id = id * 20 + n;
        p.topicId = id;
        p.postNumber = n;
        p.username = user((id + n) % Users + 1).username;
        p.avatarTemplate = user((id + n) % Users + 1).avatarTemplate;
        p.createdAt = t.createdAt.addSecs(n * 60);
        p.updatedAt = p.createdAt;
        p.replyToPostNumber = n > 2 ? n - 1 : 0;
        p.likeCount = n % 4;
        // A typical reply: two or three paragraphs, sometimes a link or an image (about 600 bytes).
        QString cooked = QStringLiteral("<p>") + sentence(rng, 40) + QStringLiteral("</p><p>") + sentence(rng, 30);
        if (n % 3 == 0)
            cooked += QStringLiteral(" <a href=\"https://example.org/page/%1\">a link</a>").arg(n);
        cooked += QStringLiteral("</p>");
        if (n % 5 == 0)
            cooked += QStringLiteral("<p><img src=\"/uploads/default/original/1X/%1.png\" width=\"690\" height=\"388\"></p>")
                          .arg(p.id);
        p.cooked = cooked;
        t.stream.append(p.id);
        StoredPost s{p, {}, QStringLiteral("bench")};
        s.sanitized.html = cooked; // the allow-listed form is about the size of the cooked HTML
        if (n % 5 == 0)
            s.sanitized.images = {{QUrl(QStringLiteral("https://forum.example/uploads/%1.png").arg(p.id)), 640, 360}};
        stored.append(s);
    }
    QElapsedTimer caller;
    caller.start();
    store.putTopic(t, QDateTime::currentDateTimeUtc());
    store.putPosts(id, stored);
    return ms(caller);
}

bool openOrFail(ForumStore &store, const QString &path)
{
    const StoreOpenReport r = store.open(path);
    if (r.error) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error.message));
        return false;
    }
    return true;
}

int generate(const QString &path, int topics)
{
    QFile::remove(path);
    ForumStore store;
    store.setDiskCap(64LL * 1024 * 1024 * 1024); // the figure is about size: nothing may be evicted
    if (!openOrFail(store, path))
        return 1;
    QRandomGenerator rng(42);
    QElapsedTimer total;
    total.start();
    double callerMs = 0;
    qint64 posts = 0;
    for (int id = 1; id <= topics; ++id) {
        callerMs += addTopic(store, id, postsOf(id), rng);
        posts += postsOf(id);
        if (id % 500 == 0 && !store.flush()) { // keeps the queue, and so memory, bounded
            std::fprintf(stderr, "write failed\n");
            return 1;
        }
    }
    for (int p = 0; p < LatestPages; ++p)
        store.putFeedPage(FeedSpec::latest(), p, page(topics - p * 30, rng), QDateTime::currentDateTimeUtc());
    for (int c = 1; c <= Communities; ++c)
        for (int p = 0; p < CommunityPages; ++p)
            store.putFeedPage(FeedSpec::community(c), p, page(topics - c - p * 600, rng), QDateTime::currentDateTimeUtc());
    QList<User> users;
    for (int u = 1; u <= Users; ++u)
        users.append(user(u));
    store.putUsers(users);
    for (int u = 1; u <= 2000; ++u) {
        QByteArray avatar(4096, Qt::Uninitialized);
        for (char &b : avatar)
            b = char(rng.bounded(256));
        store.putImage(QUrl(QStringLiteral("https://forum.example/user_avatar/member%1/48.png").arg(u)), "image/png", avatar);
    }
    if (!store.flush())
        return 1;
    const double totalMs = ms(total);
    store.close();
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    out << "generated " << topics << " topics, " << posts << " posts in " << QString::number(totalMs / 1000, 'f', 1)
        << " s (" << QString::number(posts / (totalMs / 1000), 'f', 0) << " posts/s)\n";
    out << "caller thread: " << QString::number(callerMs * 1000 / topics, 'f', 1)
        << " us per topic for putTopic + putPosts (the rest ran on the store's worker)\n";
    out << "size on disk: " << QString::number(size / 1048576.0, 'f', 1) << " MiB\n";
    out.flush();
    return 0;
}

int baseline(const QString &path)
{
    QFile::remove(path);
    ForumStore store;
    if (!openOrFail(store, path))
        return 1;
    QRandomGenerator rng(42);
    // The page's first row is the topic the probe opens.
    addTopic(store, 30, 20, rng);
    store.putFeedPage(FeedSpec::latest(), 0, page(30, rng), QDateTime::currentDateTimeUtc());
    return store.flush() ? 0 : 1;
}

// key=value lines for `compare`.
int probe(const QString &path)
{
    QElapsedTimer t;
    const double rssStart = rssMiB();
    // Loading the QSQLITE plugin is a once-per-process cost, shown apart from the open itself.
    t.start();
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("driver-load"));
    QSqlDatabase::removeDatabase(QStringLiteral("driver-load"));
    const double driverLoad = ms(t);
    ForumStore store;
    t.start();
    if (!openOrFail(store, path))
        return 1;
    const double firstOpen = ms(t);
    t.start();
    const auto first = store.feedPage(FeedSpec::latest(), 0);
    const double firstPage = ms(t);
    if (!first.ok() || first.value->page.topics.size() != 30) {
        std::fprintf(stderr, "no latest page: %s\n", qPrintable(first.error.message));
        return 1;
    }
    const int topicId = first.value->page.topics.first().id;
    t.start();
    const auto topic = store.topic(topicId);
    const auto posts = topic.ok() ? store.posts(topicId, topic.value->topic.stream.mid(0, 20)) : decltype(store.posts(0, {})){};
    const double firstTopic = ms(t);
    if (!posts.ok() || posts.value->isEmpty()) {
        std::fprintf(stderr, "topic %d not stored\n", topicId);
        return 1;
    }
    const double rssOpen = rssMiB();

    // Repeated: a warm process, different topics each time.
    QList<double> opens, pages, topics;
    QRandomGenerator rng(7);
    for (int run = 0; run < 20; ++run) {
        store.close();
        t.start();
        if (!openOrFail(store, path))
            return 1;
        opens.append(ms(t));
        t.start();
        const auto p = store.feedPage(FeedSpec::latest(), 0);
        pages.append(ms(t));
        // A random row of the page; the baseline store holds only the first row's topic.
        int id = p.value->page.topics.at(rng.bounded(30)).id;
        t.start();
        auto tp = store.topic(id);
        if (!tp.ok()) {
            id = topicId;
            t.start();
            tp = store.topic(id);
        }
        const auto ps = tp.ok() ? store.posts(id, tp.value->topic.stream.mid(0, 20)) : decltype(store.posts(0, {})){};
        topics.append(ms(t));
        if (!ps.ok() || ps.value->isEmpty())
            return 1;
    }
    out << "driver_ms=" << driverLoad << "\nfirst_open_ms=" << firstOpen << "\nfirst_page_ms=" << firstPage << "\nfirst_topic_ms=" << firstTopic
        << "\nrss_before_mib=" << rssStart << "\nrss_open_mib=" << rssOpen << "\nposts=" << posts.value->size()
        << "\nopen=" << BenchStats::of(opens).line(QStringLiteral("open"), QStringLiteral("ms"))
        << "\npage=" << BenchStats::of(pages).line(QStringLiteral("latest page 0 (30 rows)"), QStringLiteral("ms"))
        << "\ntopic=" << BenchStats::of(topics).line(QStringLiteral("topic + first 20 posts"), QStringLiteral("ms"))
        << "\nsize_mib=" << (QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0
        << '\n';
    return 0;
}

QHash<QString, QString> runProbe(const QString &path)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("probe"), path});
    p.waitForFinished(-1);
    QHash<QString, QString> values;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        values.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    return values;
}

// The first-in-process figures are single samples: each store is probed in several processes
// (alternating) and the median of each figure is kept.
int compare(const QString &big, const QString &small)
{
    constexpr int Processes = 7;
    QList<QHash<QString, QString>> bigRuns, smallRuns;
    for (int i = 0; i < Processes; ++i) {
        bigRuns.append(runProbe(big));
        smallRuns.append(runProbe(small));
        if (!bigRuns.last().contains(QStringLiteral("rss_open_mib")) || !smallRuns.last().contains(QStringLiteral("rss_open_mib")))
            return 1;
    }
    auto medians = [](const QList<QHash<QString, QString>> &runs) {
        QHash<QString, QString> m = runs.at(Processes / 2); // the repeated-run lines of one process
        for (const QString &key : runs.first().keys()) {
            if (!key.endsWith(QLatin1String("_ms")) && !key.endsWith(QLatin1String("_mib")))
                continue;
            QList<double> v;
            for (const auto &r : runs)
                v.append(r.value(key).toDouble());
            m.insert(key, QString::number(BenchStats::of(v).median));
        }
        return m;
    };
    const auto b = medians(bigRuns);
    const auto s = medians(smallRuns);
    out << "(first-in-process figures: median of " << Processes << " processes each)\n";
    auto num = [](const QHash<QString, QString> &h, const char *k) { return h.value(QString::fromLatin1(k)).toDouble(); };
    for (const auto &[name, h] : {std::pair("baseline store", s), std::pair("big store", b)}) {
        out << "== " << name << " (" << QString::number(num(h, "size_mib"), 'f', 1) << " MiB on disk)\n"
            << "first in process: QSQLITE plugin load " << QString::number(num(h, "driver_ms"), 'f', 2)
            << " ms, open " << QString::number(num(h, "first_open_ms"), 'f', 2) << " ms, latest page 0 "
            << QString::number(num(h, "first_page_ms"), 'f', 2) << " ms, topic + first 20 posts "
            << QString::number(num(h, "first_topic_ms"), 'f', 2) << " ms; start to first page "
            << QString::number(num(h, "driver_ms") + num(h, "first_open_ms") + num(h, "first_page_ms"), 'f', 2)
            << " ms\n"
            << h.value(QStringLiteral("open")) << '\n' << h.value(QStringLiteral("page")) << '\n'
            << h.value(QStringLiteral("topic")) << '\n'
            << "RSS after opening and loading: " << QString::number(num(h, "rss_open_mib"), 'f', 1) << " MiB (+"
            << QString::number(num(h, "rss_open_mib") - num(h, "rss_before_mib"), 'f', 1) << " MiB for the store)\n";
    }
    out << "== big minus baseline: open + first page "
        << QString::number(num(b, "first_open_ms") + num(b, "first_page_ms") - num(s, "first_open_ms")
                               - num(s, "first_page_ms"), 'f', 2)
        << " ms, topic " << QString::number(num(b, "first_topic_ms") - num(s, "first_topic_ms"), 'f', 2)
        << " ms, RSS " << QString::number(num(b, "rss_open_mib") - num(s, "rss_open_mib"), 'f', 1) << " MiB\n";
    return 0;
}

// The same 30 rows as Discourse would send them, for the comparison with lib/parse.
QByteArray pageJson(const TopicPage &p)
{
    QJsonArray topics, users;
    for (const TopicSummary &t : p.topics) {
        topics.append(QJsonObject{
            {QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title}, {QStringLiteral("fancy_title"), t.title},
            {QStringLiteral("slug"), t.slug}, {QStringLiteral("posts_count"), t.postsCount},
            {QStringLiteral("reply_count"), t.replyCount}, {QStringLiteral("highest_post_number"), t.postsCount},
            {QStringLiteral("created_at"), t.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("last_posted_at"), t.lastPostedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("bumped"), true}, {QStringLiteral("bumped_at"), t.bumpedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("archetype"), QStringLiteral("regular")}, {QStringLiteral("unseen"), false},
            {QStringLiteral("pinned"), t.pinned}, {QStringLiteral("unpinned"), QJsonValue()},
            {QStringLiteral("visible"), true}, {QStringLiteral("closed"), t.closed},
            {QStringLiteral("archived"), t.archived}, {QStringLiteral("bookmarked"), QJsonValue()},
            {QStringLiteral("liked"), QJsonValue()}, {QStringLiteral("tags"), QJsonArray::fromStringList(t.tags)},
            {QStringLiteral("views"), t.views}, {QStringLiteral("like_count"), t.likeCount},
            {QStringLiteral("has_summary"), false}, {QStringLiteral("last_poster_username"), t.lastPosterUsername},
            {QStringLiteral("category_id"), t.categoryId}, {QStringLiteral("pinned_globally"), false},
            {QStringLiteral("excerpt"), t.excerpt},
            {QStringLiteral("posters"),
             QJsonArray{QJsonObject{{QStringLiteral("extras"), QStringLiteral("latest")},
                                    {QStringLiteral("description"), QStringLiteral("Original Poster, Most Recent Poster")},
                                    {QStringLiteral("user_id"), t.originalPosterId},
                                    {QStringLiteral("primary_group_id"), QJsonValue()}}}}});
    }
    for (const User &u : p.users)
        users.append(QJsonObject{{QStringLiteral("id"), u.id}, {QStringLiteral("username"), u.username},
                                 {QStringLiteral("name"), u.name}, {QStringLiteral("avatar_template"), u.avatarTemplate}});
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("users"), users},
                             {QStringLiteral("topic_list"),
                              QJsonObject{{QStringLiteral("can_create_topic"), true},
                                          {QStringLiteral("more_topics_url"), p.moreTopicsUrl},
                                          {QStringLiteral("per_page"), 30}, {QStringLiteral("topics"), topics}}}})
        .toJson(QJsonDocument::Compact);
}

int decode()
{
    QRandomGenerator rng(42);
    const QByteArray json = pageJson(page(1000, rng));
    const auto parsed = parseTopicList(QJsonDocument::fromJson(json));
    if (!parsed.ok())
        return 1;
    const QByteArray blob = StoreCodec::encodeTopicPage(*parsed.value);
    QList<double> viaJson, viaCodec;
    QElapsedTimer t;
    for (int run = 0; run < 200; ++run) {
        t.start();
        const auto p = parseTopicList(QJsonDocument::fromJson(json));
        viaJson.append(t.nsecsElapsed() / 1000.0);
        TopicPage page;
        t.start();
        const bool ok = StoreCodec::decodeTopicPage(blob, &page);
        viaCodec.append(t.nsecsElapsed() / 1000.0);
        if (!ok || !p.ok() || page.topics.size() != p.value->topics.size())
            return 1;
    }
    out << BenchStats::of(viaJson).line(QStringLiteral("30-row page from its JSON (%1 bytes) with parseTopicList").arg(json.size()),
                                        QStringLiteral("us"))
        << '\n'
        << BenchStats::of(viaCodec).line(QStringLiteral("30-row page from its StoreCodec blob (%1 bytes)").arg(blob.size()),
                                         QStringLiteral("us"))
        << '\n';
    return 0;
}

int evict(const QString &path, qint64 capMiB)
{
    ForumStore store;
    store.setDiskCap(64LL * 1024 * 1024 * 1024);
    if (!openOrFail(store, path))
        return 1;
    const qint64 before = store.usedBytes();
    QRandomGenerator rng(5);
    // Paint-sized reads on the caller's thread, every few milliseconds.
    auto read = [&store, &rng] {
        QElapsedTimer t;
        t.start();
        store.feedPage(FeedSpec::latest(), 0);
        const int id = 1 + rng.bounded(100000);
        const auto topic = store.topic(id);
        if (topic.ok())
            store.posts(id, topic.value->topic.stream.mid(0, 20));
        const double took = ms(t);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return took;
    };
    auto report = [](const char *what, QList<double> reads) {
        std::sort(reads.begin(), reads.end());
        const qsizetype slow = std::count_if(reads.begin(), reads.end(), [](double r) { return r > 16; });
        out << BenchStats::of(reads).line(QString::fromLatin1(what), QStringLiteral("ms")) << "; 99th percentile "
            << QString::number(reads.at(reads.size() * 99 / 100), 'f', 1) << " ms, " << slow << " over 16 ms\n";
    };
    // The same reads with the worker idle, for comparison (same machine, same moment).
    QList<double> idle;
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < 5000)
        idle.append(read());
    report("caller-thread read (page 0 + topic + 20 posts), worker idle", idle);

    int evicted = -1;
    QObject::connect(&store, &ForumStore::evicted, [&evicted](int items) { evicted = items; });
    total.start();
    store.setDiskCap(capMiB * 1024 * 1024);
    QList<double> reads;
    while (evicted < 0)
        reads.append(read());
    report("caller-thread read (page 0 + topic + 20 posts) during eviction", reads);
    out << "evicted " << evicted << " pages, topics and images in " << QString::number(ms(total) / 1000, 'f', 1)
        << " s: " << QString::number(before / 1048576.0, 'f', 1) << " -> "
        << QString::number(store.usedBytes() / 1048576.0, 'f', 1) << " MiB in use, cap " << capMiB
        << " MiB; file after eviction " << QString::number(store.diskUsage() / 1048576.0, 'f', 1)
        << " MiB (database + WAL)\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    const QString mode = a.value(1);
    int rc = 2;
    if (mode == QLatin1String("generate") && a.size() >= 3)
        rc = generate(a.at(2), a.size() > 3 ? a.at(3).toInt() : 100000);
    else if (mode == QLatin1String("baseline") && a.size() == 3)
        rc = baseline(a.at(2));
    else if (mode == QLatin1String("probe") && a.size() == 3)
        rc = probe(a.at(2));
    else if (mode == QLatin1String("compare") && a.size() == 4)
        rc = compare(a.at(2), a.at(3));
    else if (mode == QLatin1String("evict") && a.size() == 4)
        rc = evict(a.at(2), a.at(3).toLongLong());
    else if (mode == QLatin1String("decode"))
        rc = decode();
    else
        std::fprintf(stderr, "usage: aivizor-bench-store generate PATH [TOPICS] | baseline PATH | compare BIG BASELINE"
                             " | probe PATH | decode | evict PATH CAP_MIB\n");
    out.flush();
    return rc;
}
