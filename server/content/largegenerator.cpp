#include "largegenerator.h"
#include "cooker.h"
#include "db/database.h"
#include "db/searchindex.h"
#include "db/writer.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const char *const kWords[] = {
    "model", "latency", "token", "context", "benchmark", "weights", "prompt", "server", "quantized",
    "release", "agent", "memory", "throughput", "eval", "dataset", "license", "inference", "cache",
    "vector", "reasoning", "tool", "stream", "batch", "gpu", "cluster", "fine", "tune", "open",
    "hosted", "local", "small", "large", "fast", "careful", "update", "question", "answer", "result",
    "score", "window", "budget", "limit", "schema", "client", "reader", "thread", "reply", "community",
};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(*kWords));

QString sentence(QRandomGenerator &rng, int words)
{
    QString s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += QLatin1Char(' ');
        s += QLatin1String(kWords[rng.bounded(kWordCount)]);
    }
    s[0] = s.at(0).toUpper();
    return s;
}

QString paragraphText(QRandomGenerator &rng, int sentences)
{
    QStringList parts;
    for (int i = 0; i < sentences; ++i)
        parts.append(sentence(rng, 6 + rng.bounded(8)) + QLatin1Char('.'));
    return parts.join(QLatin1Char(' '));
}

QString iso(const QDateTime &t)
{
    return Writer::isoTime(t);
}

} // namespace

bool LargeGenerator::generate(QString *error)
{
    QSqlDatabase db = m_db.connection();
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT (SELECT value FROM site_settings WHERE name = 'large_category_id'),"
                              " (SELECT value FROM site_settings WHERE name = 'large_topic_id')"));
        if (q.next() && !q.value(0).isNull()) {
            m_communityId = q.value(0).toInt();
            m_bigTopicId = q.value(1).toInt();
            return true;
        }
    }

    QRandomGenerator rng(20260427);   // fixed seed: every run builds the same community
    db.transaction();
    Writer writer(m_db);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-730);

    QList<int> users;
    for (int i = 0; i < 50; ++i) {
        const QString username = QStringLiteral("bench%1").arg(i + 1);
        users.append(writer.addUser(username, QStringLiteral("Bench %1").arg(sentence(rng, 1)), QString(), false, 1, start));
    }
    QSqlQuery root(db);
    root.exec(QStringLiteral("SELECT id FROM categories WHERE parent_id IS NULL ORDER BY position, id LIMIT 1"));
    const int parentId = root.next() ? root.value(0).toInt() : 0;
    m_communityId = writer.addCategory(parentId, QStringLiteral("Benchmark"), QStringLiteral("benchmark"),
                                       QStringLiteral("607D8B"), QStringLiteral("FFFFFF"),
                                       QStringLiteral("Synthetic topics generated for load tests."), 1000, start);

    QSqlQuery insertTopic(db);
    insertTopic.prepare(QStringLiteral(
        "INSERT INTO topics (category_id, user_id, title, slug, excerpt, created_at, bumped_at, last_posted_at,"
        " last_post_user_id, views, posts_count, reply_count, highest_post_number, participant_count,"
        " word_count, featured_user1_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertPost(db);
    insertPost.prepare(QStringLiteral(
        "INSERT INTO posts (topic_id, post_number, user_id, raw, cooked, created_at, updated_at,"
        " reply_to_post_number, reply_count, quote_count, word_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertLike(db);
    insertLike.prepare(QStringLiteral("INSERT OR IGNORE INTO post_actions (post_id, user_id, post_action_type_id,"
                                      " created_at) VALUES (?, ?, 2, ?)"));
    const auto fail = [&](const QSqlQuery &q) {
        *error = QCoreApplication::translate("LargeGenerator", "Generation failed: %1").arg(q.lastError().text());
        db.rollback();
        return false;
    };

    const auto addTopic = [&](int n, int postCount, int intervalSecs) -> int {
        const QDateTime created = start.addSecs(qint64(n) * 600);
        const QString title = sentence(rng, 5 + rng.bounded(5)) + QStringLiteral(" %1").arg(n + 1);
        const int op = users.at(rng.bounded(int(users.size())));
        const int last = postCount > 1 ? users.at(rng.bounded(int(users.size()))) : op;
        const QDateTime lastAt = created.addSecs(qint64(postCount - 1) * intervalSecs);
        const QString body = paragraphText(rng, 3);
        insertTopic.addBindValue(m_communityId);
        insertTopic.addBindValue(op);
        insertTopic.addBindValue(title);
        insertTopic.addBindValue(title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
        insertTopic.addBindValue(body.left(200).toHtmlEscaped());
        insertTopic.addBindValue(iso(created));
        insertTopic.addBindValue(iso(lastAt));
        insertTopic.addBindValue(iso(lastAt));
        insertTopic.addBindValue(last);
        insertTopic.addBindValue(int(rng.bounded(5000)));
        insertTopic.addBindValue(postCount);
        insertTopic.addBindValue(postCount - 1);
        insertTopic.addBindValue(postCount);
        insertTopic.addBindValue(op == last ? 1 : 2);
        insertTopic.addBindValue(postCount * 30);
        insertTopic.addBindValue(QVariant(QMetaType(QMetaType::Int)));
        if (!insertTopic.exec())
            return 0;
        const int topicId = insertTopic.lastInsertId().toInt();
        CookContext context;
        context.topicId = topicId;
        for (int p = 1; p <= postCount; ++p) {
            const bool isLast = p == postCount;
            const int author = p == 1 ? op : isLast ? last : users.at(rng.bounded(int(users.size())));
            const QString raw = p == 1 ? body : paragraphText(rng, 1 + rng.bounded(3));
            const QDateTime at = created.addSecs(qint64(p - 1) * intervalSecs);
            // Every seventh reply answers the post before it, so reply counts are exercised.
            const int replyTo = (p > 1 && p % 7 == 0) ? p - 1 : 0;
            insertPost.addBindValue(topicId);
            insertPost.addBindValue(p);
            insertPost.addBindValue(author);
            insertPost.addBindValue(raw);
            insertPost.addBindValue(cookMarkdown(raw, context).html);
            insertPost.addBindValue(iso(at));
            insertPost.addBindValue(iso(at));
            insertPost.addBindValue(replyTo ? QVariant(replyTo) : QVariant(QMetaType(QMetaType::Int)));
            insertPost.addBindValue((p + 1) % 7 == 0 && !isLast ? 1 : 0);
            insertPost.addBindValue(0);
            insertPost.addBindValue(int(raw.count(QLatin1Char(' ')) + 1));
            if (!insertPost.exec())
                return 0;
            if (p == 1 && n % 10 == 0) {
                const qint64 postId = insertPost.lastInsertId().toLongLong();
                for (int l = 0; l < 1 + n % 4; ++l) {
                    insertLike.addBindValue(postId);
                    insertLike.addBindValue(users.at((n + l * 7) % users.size()));
                    insertLike.addBindValue(iso(at.addSecs(60)));
                    if (!insertLike.exec())
                        return 0;
                }
            }
        }
        return topicId;
    };

    for (int n = 0; n < kTopicCount; ++n) {
        if (!addTopic(n, 1 + n % 3, 900))
            return fail(insertTopic.lastError().isValid() ? insertTopic : insertPost);
    }
    m_bigTopicId = addTopic(kTopicCount, kBigTopicPosts, 120);
    if (!m_bigTopicId)
        return fail(insertPost);
    writer.refreshTopic(m_bigTopicId);

    QSqlQuery settings(db);
    settings.prepare(QStringLiteral("INSERT OR REPLACE INTO site_settings (name, value) VALUES"
                                    " ('large_category_id', ?), ('large_topic_id', ?)"));
    settings.addBindValue(m_communityId);
    settings.addBindValue(m_bigTopicId);
    if (!settings.exec())
        return fail(settings);
    if (!writer.ok()) {
        *error = writer.error();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    // The bulk inserts above bypass the Writer, so the search index catches up in one pass.
    if (!SearchIndex(m_db).indexMissing(error))
        return false;
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    m_db.markChanged();
    return true;
}
