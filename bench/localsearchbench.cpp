// Local search over a store of 1,000,000 posts: what indexing costs while posts are stored, the
// index's size, and how long the first 20 results of a query take.
//
//   aivizor-bench-localsearch generate PATH [TOPICS]          100,000 topics (10 posts each on
//                        average, 20-200 words per post from a Zipf-distributed vocabulary of
//                        40,000 words with German and Russian ones) through ForumStore, indexed
//   aivizor-bench-localsearch generate-unindexed PATH [TOPICS] the same posts, the index tables
//                        swallowing their rows (RAISE(IGNORE)): storing as it was before the index,
//                        less the text extraction, which `plaintext` times on its own
//   aivizor-bench-localsearch plaintext [TOPICS]               HtmlSanitizer::toPlainText over the same posts
//   aivizor-bench-localsearch query PATH                       p50/p95 of the first page of 200
//                        queries of eleven kinds; the index's size
//   aivizor-bench-localsearch migrate PATH                     a copy of PATH turned into a
//                        version 4 store (the index dropped), then opened: backup and migration
#include "benchstats.h"

#include "lib/render/htmlsanitizer.h"
#include "lib/search/localsearch.h"
#include "lib/store/forumstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Aivizor;

namespace {

QTextStream out(stdout);

constexpr int DefaultTopics = 100000;
constexpr int Communities = 20;
constexpr int Users = 5000;
constexpr int Vocabulary = 40000;

double ms(const QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }

// Words made of syllables, so that prefixes are shared as in a real language; every 50th is
// German or Russian-looking with non-ASCII letters.
QStringList makeVocabulary()
{
    static const char *const Latin[] = {"ka", "ro", "mi", "ten", "sor", "la", "ve", "qui", "dan", "el", "pro",
                                        "mo", "del", "tra", "in", "ge", "ber", "ung", "ti", "on", "ser", "ver"};
    static const char *const Umlaut[] = {"ü", "ö", "ä", "ß", "é"};
    static const char *const Cyrillic[] = {"ка", "ро", "ми", "тен", "сор", "ла", "ве", "ние", "ова", "пр", "ст"};
    QRandomGenerator rng(11);
    QStringList words;
    QSet<QString> seen;
    while (words.size() < Vocabulary) {
        QString w;
        const int n = 1 + rng.bounded(4);
        const bool russian = words.size() % 50 == 49;
        for (int i = 0; i < n; ++i)
            w += russian ? QString::fromUtf8(Cyrillic[rng.bounded(int(std::size(Cyrillic)))])
                         : QString::fromLatin1(Latin[rng.bounded(int(std::size(Latin)))]);
        if (words.size() % 50 == 24)
            w.insert(rng.bounded(int(w.size())), QString::fromUtf8(Umlaut[rng.bounded(int(std::size(Umlaut)))]));
        if (w.size() >= 2 && !seen.contains(w)) {
            seen.insert(w);
            words.append(w);
        }
    }
    return words;
}

// Zipf (s = 1) over the vocabulary by inverting the cumulative weights.
class Zipf
{
public:
    explicit Zipf(int n)
    {
        double sum = 0;
        for (int i = 1; i <= n; ++i)
            m_cumulative.append(sum += 1.0 / i);
    }
    int draw(QRandomGenerator &rng) const
    {
        const double x = rng.generateDouble() * m_cumulative.last();
        return int(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin());
    }

private:
    QList<double> m_cumulative;
};

struct Generator
{
    QStringList words = makeVocabulary();
    Zipf zipf{Vocabulary};
    QRandomGenerator rng{42};

    QString sentence(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i) {
            if (i)
                s += QLatin1Char(' ');
            s += words.at(zipf.draw(rng));
        }
        return s;
    }
    // 20-200 words, most near 50 (a reply of one to three paragraphs).
    int postLength()
    {
        double normal = 0; // Irwin-Hall: four uniforms, centred and scaled, about N(0, 1)
        for (int i = 0; i < 4; ++i)
            normal += rng.generateDouble();
        normal = (normal - 2) * std::sqrt(3.0);
        return std::clamp(int(std::exp(3.9 + 0.6 * normal)), 20, 200);
    }
};

int postsOf(int topicId) { return 1 + (topicId * 15) % 19; } // 1..19, 10 on average

QString username(int id) { return QStringLiteral("member%1").arg(id); }

Topic topic(Generator &g, int id)
{
    Topic t;
    t.id = id;
    t.title = g.sentence(5 + g.rng.bounded(6));
    t.slug = QStringLiteral("topic-%1").arg(id);
    t.categoryId = id % Communities + 1;
    t.tags = {QStringLiteral("tag%1").arg(id % 30)};
    t.closed = id % 11 == 0;
    const int posts = postsOf(id);
    t.postsCount = posts;
    t.highestPostNumber = posts;
    t.chunkSize = 20;
    t.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + id * 300LL, Qt::UTC);
    for (int n = 1; n <= posts; ++n) {
        Post p;
        p.id = id * 20 + n;
        p.topicId = id;
        p.postNumber = n;
        p.username = username((id * 7 + n * 13) % Users + 1);
        p.createdAt = t.createdAt.addSecs(n * 60);
        p.likeCount = n % 4;
        const int words = g.postLength();
        QString cooked = QStringLiteral("<p>") + g.sentence(words / 2) + QStringLiteral("</p><p>") + g.sentence(words - words / 2);
        if (n % 3 == 0)
            cooked += QStringLiteral(" <a href=\"https://example.org/page/%1\">a link</a>").arg(n);
        cooked += QStringLiteral("</p>");
        p.cooked = cooked;
        t.stream.append(p.id);
        t.posts.append(p);
    }
    return t;
}

StoredSite site()
{
    StoredSite s;
    for (int c = 1; c <= Communities; ++c) {
        Community community;
        community.id = c;
        community.slug = QStringLiteral("community%1").arg(c);
        community.name = QStringLiteral("Community %1").arg(c);
        s.communities.append(community);
    }
    return s;
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

bool execAll(const QString &path, const QStringList &statements)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-raw"));
    db.setDatabaseName(path);
    bool ok = db.open();
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (ok && !q.exec(sql)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
            ok = false;
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-raw"));
    return ok;
}

int generate(const QString &path, int topics, bool indexed)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    {
        ForumStore store;
        if (!openOrFail(store, path))
            return 1;
    }
    if (!indexed && !execAll(path, {QStringLiteral("CREATE TRIGGER swallow_posts BEFORE INSERT ON search_posts BEGIN SELECT RAISE(IGNORE); END"),
                                    QStringLiteral("CREATE TRIGGER swallow_topics BEFORE INSERT ON search_topics BEGIN SELECT RAISE(IGNORE); END")}))
        return 1;
    ForumStore store;
    store.setDiskCap(64LL * 1024 * 1024 * 1024); // nothing may be evicted
    if (!openOrFail(store, path))
        return 1;
    store.putSite(site());
    Generator g;
    qint64 posts = 0;
    double generating = 0;
    QElapsedTimer total;
    total.start();
    for (int id = 1; id <= topics; ++id) {
        QElapsedTimer t;
        t.start();
        const Topic tp = topic(g, id);
        generating += ms(t);
        store.putTopic(tp, QDateTime::currentDateTimeUtc());
        posts += tp.posts.size();
        if (id % 500 == 0 && !store.flush()) { // keeps the queue, and so memory, bounded
            std::fprintf(stderr, "write failed\n");
            return 1;
        }
    }
    if (!store.flush())
        return 1;
    const double totalMs = ms(total);
    store.close();
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    out << (indexed ? "indexed: " : "unindexed: ") << topics << " topics, " << posts << " posts stored in "
        << QString::number(totalMs / 1000, 'f', 1) << " s (" << QString::number(generating / 1000, 'f', 1)
        << " s of it generating the posts on this thread), " << QString::number(posts / (totalMs / 1000), 'f', 0)
        << " posts/s; " << QString::number(size / 1048576.0, 'f', 1) << " MiB on disk\n";
    return 0;
}

int plaintext(int topics)
{
    Generator g;
    double extracting = 0;
    qint64 chars = 0;
    for (int id = 1; id <= topics; ++id) {
        const Topic tp = topic(g, id);
        QElapsedTimer t;
        t.start();
        for (const Post &p : tp.posts)
            chars += HtmlSanitizer::toPlainText(p.cooked).size();
        extracting += ms(t);
    }
    out << "toPlainText over the posts of " << topics << " topics: " << QString::number(extracting / 1000, 'f', 1)
        << " s (" << chars / 1048576 << " Mi characters of text)\n";
    return 0;
}

struct NamedQuery
{
    QString kind;
    QString text;
};

// Queries of eleven kinds over words of every frequency: rank 0-100 (in most posts), 100-2,000,
// 2,000-40,000 (in a few).
QList<NamedQuery> queries()
{
    const QStringList words = makeVocabulary();
    QRandomGenerator rng(5);
    auto word = [&](int from, int to) {
        QString w;
        while (w.size() < 3)
            w = words.at(from + rng.bounded(to - from));
        return w;
    };
    QList<NamedQuery> list;
    for (int i = 0; i < 20; ++i) {
        list.append({QStringLiteral("common word"), word(0, 100)});
        list.append({QStringLiteral("mid word"), word(100, 2000)});
        list.append({QStringLiteral("rare word"), word(2000, Vocabulary)});
        list.append({QStringLiteral("two words"), word(0, 500) + QLatin1Char(' ') + word(100, 5000)});
        list.append({QStringLiteral("phrase"), QLatin1Char('"') + word(0, 50) + QLatin1Char(' ') + word(0, 50) + QLatin1Char('"')});
        list.append({QStringLiteral("prefix"), word(100, 2000).left(3)});
        list.append({QStringLiteral("@user word"), QStringLiteral("%1 @%2").arg(word(0, 2000), username(1 + rng.bounded(Users)))});
        list.append({QStringLiteral("#community word"), QStringLiteral("%1 #community%2").arg(word(0, 2000)).arg(1 + rng.bounded(Communities))});
        list.append({QStringLiteral("in:title"), word(0, 2000) + QStringLiteral(" in:title")});
        list.append({QStringLiteral("order:latest"), word(0, 2000) + QStringLiteral(" order:latest")});
        list.append({QStringLiteral("after: + tags:"), QStringLiteral("%1 tags:tag%2 after:2024-01-01").arg(word(0, 2000)).arg(rng.bounded(30))});
    }
    return list;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(std::ceil(p * v.size())) - 1));
}

int query(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-search"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return 1;
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -2048")); // as LocalSearch's connections
    QList<double> all;
    QHash<QString, QList<double>> byKind;
    QHash<QString, int> empty;
    QStringList kinds;
    for (const NamedQuery &q : queries()) {
        QElapsedTimer t;
        t.start();
        const ApiResult<LocalSearchPage> r = LocalSearch::run({{QStringLiteral("bench"), db}}, SearchQuery::parse(q.text), 1);
        const double elapsed = ms(t);
        if (!r.ok()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(q.text), qPrintable(r.error.message));
            return 1;
        }
        if (!kinds.contains(q.kind))
            kinds.append(q.kind);
        all.append(elapsed);
        byKind[q.kind].append(elapsed);
        if (r.value->hits.isEmpty())
            ++empty[q.kind];
    }
    for (const QString &kind : std::as_const(kinds))
        out << QStringLiteral("%1: p50 %2 ms, p95 %3 ms, max %4 ms (%5 of %6 found nothing)\n")
                   .arg(kind, -16)
                   .arg(percentile(byKind.value(kind), 0.5), 0, 'f', 1)
                   .arg(percentile(byKind.value(kind), 0.95), 0, 'f', 1)
                   .arg(percentile(byKind.value(kind), 1.0), 0, 'f', 1)
                   .arg(empty.value(kind))
                   .arg(byKind.value(kind).size());
    out << QStringLiteral("all %1 queries: p50 %2 ms, p95 %3 ms\n").arg(all.size())
               .arg(percentile(all, 0.5), 0, 'f', 1).arg(percentile(all, 0.95), 0, 'f', 1);
    QSqlQuery size(db);
    if (size.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'post_search%' OR name LIKE 'search_%'"
                                 " OR name LIKE 'sqlite_autoindex_search%'"))
        && size.next())
        out << "index (search_* tables, their indexes and the FTS5 shadow tables): "
            << QString::number(size.value(0).toDouble() / 1048576.0, 'f', 1) << " MiB of "
            << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 1) << " MiB\n";
    else
        out << "dbstat unavailable: " << size.lastError().text() << '\n';
    return 0;
}

int migrate(const QString &path)
{
    const QString copy = path + QStringLiteral(".v3");
    QFile::remove(copy);
    if (!QFile::copy(path, copy))
        return 1;
    if (!execAll(copy, {QStringLiteral("DROP TABLE post_search"), QStringLiteral("DROP TABLE search_posts"),
                        QStringLiteral("DROP TABLE search_topics"), QStringLiteral("PRAGMA user_version = 4")}))
        return 1;
    QElapsedTimer t;
    t.start();
    ForumStore store;
    const StoreOpenReport report = store.open(copy);
    const double elapsed = ms(t);
    if (report.error) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error.message));
        return 1;
    }
    out << "open of a version 4 store of " << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 1)
        << " MiB: " << QString::number(elapsed / 1000, 'f', 1) << " s (backup copy and migration 5)\n";
    store.close();
    QFile::remove(report.backupPath);
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    const int topics = args.value(3).toInt() > 0 ? args.value(3).toInt() : DefaultTopics;
    if (command == QLatin1String("generate") && args.size() >= 3)
        return generate(args.at(2), topics, true);
    if (command == QLatin1String("generate-unindexed") && args.size() >= 3)
        return generate(args.at(2), topics, false);
    if (command == QLatin1String("plaintext"))
        return plaintext(args.value(2).toInt() > 0 ? args.value(2).toInt() : DefaultTopics);
    if (command == QLatin1String("query") && args.size() >= 3)
        return query(args.at(2));
    if (command == QLatin1String("migrate") && args.size() >= 3)
        return migrate(args.at(2));
    std::fprintf(stderr, "usage: %s generate|generate-unindexed PATH [TOPICS] | plaintext [TOPICS] | query PATH | migrate PATH\n",
                 argv[0]);
    return 2;
}
