#include "writer.h"
#include "database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QVariant>

namespace {
// Muted, readable letter-avatar backgrounds (hex without '#', like Discourse).
const char *const kAvatarColors[] = {
    "B23C5D", "3C7DB2", "3CA55C", "B2763C", "7D3CB2", "3CB2A8", "A8B23C", "B23C3C",
    "3C4FB2", "5DB23C", "B23CA1", "3C9EB2", "8F6D3C", "6D8F3C", "3C6D8F", "8F3C6D",
};
} // namespace

Writer::Writer(Database &db)
    : m_db(db), m_insertPost(db.connection()), m_insertLike(db.connection()), m_search(db)
{
    m_insertPost.prepare(QStringLiteral(
        "INSERT INTO posts (topic_id, post_number, user_id, raw, cooked, created_at, updated_at,"
        " reply_to_post_number, reply_quoted, quote_count, word_count)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_insertLike.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO post_actions (post_id, user_id, post_action_type_id, created_at)"
        " VALUES (?, ?, 2, ?)"));
}

QString Writer::isoTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString Writer::avatarColorFor(const QString &username)
{
    // FNV-1a: stable across runs, unlike qHash, so avatars keep their colour.
    quint32 h = 2166136261u;
    for (const char c : username.toLower().toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return QString::fromLatin1(kAvatarColors[h % (sizeof(kAvatarColors) / sizeof(*kAvatarColors))]);
}

bool Writer::run(QSqlQuery &q)
{
    if (q.exec())
        return true;
    if (m_error.isEmpty())
        m_error = q.lastError().text() + QStringLiteral(" [") + q.lastQuery() + QLatin1Char(']');
    return false;
}

int Writer::addUser(const QString &username, const QString &name, const QString &title,
                    bool admin, int trustLevel, const QDateTime &createdAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO users (username, name, title, admin, moderator, trust_level,"
                             " avatar_color, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // A null QString binds as SQL NULL; these columns are NOT NULL and default to ''.
    q.addBindValue(username);
    q.addBindValue(name.isNull() ? QStringLiteral("") : name);
    q.addBindValue(title.isNull() ? QStringLiteral("") : title);
    q.addBindValue(admin ? 1 : 0);
    q.addBindValue(admin ? 1 : 0);
    q.addBindValue(trustLevel);
    q.addBindValue(avatarColorFor(username));
    q.addBindValue(isoTime(createdAt));
    return run(q) ? q.lastInsertId().toInt() : 0;
}

void Writer::setUserBio(int userId, const QString &raw, const QString &cooked)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE users SET bio_raw = ?, bio_cooked = ? WHERE id = ?"));
    q.addBindValue(raw);
    q.addBindValue(cooked);
    q.addBindValue(userId);
    run(q);
}

int Writer::addCategory(int parentId, const QString &name, const QString &slug, const QString &color,
                        const QString &textColor, const QString &description, int position,
                        const QDateTime &createdAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO categories (parent_id, name, slug, color, text_color,"
                             " description, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(parentId > 0 ? QVariant(parentId) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(name);
    q.addBindValue(slug);
    q.addBindValue(color);
    q.addBindValue(textColor);
    q.addBindValue(description.isNull() ? QStringLiteral("") : description);
    q.addBindValue(position);
    q.addBindValue(isoTime(createdAt));
    return run(q) ? q.lastInsertId().toInt() : 0;
}

int Writer::addTopic(int categoryId, int userId, const QString &title, const QDateTime &createdAt,
                     int views, bool pinned, bool closed)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO topics (category_id, user_id, title, slug, created_at, bumped_at, last_posted_at,"
        " last_post_user_id, views, pinned_at, pinned_globally, closed)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString when = isoTime(createdAt);
    // No category (0): a private message.
    q.addBindValue(categoryId > 0 ? QVariant(categoryId) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(userId);
    q.addBindValue(title);
    QString slug = title.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug = slug.mid(0, 80);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    q.addBindValue(slug.isEmpty() ? QStringLiteral("topic") : slug);
    q.addBindValue(when);
    q.addBindValue(when);
    q.addBindValue(when);
    q.addBindValue(userId);
    q.addBindValue(views);
    q.addBindValue(pinned ? QVariant(when) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(pinned ? 1 : 0);
    q.addBindValue(closed ? 1 : 0);
    return run(q) ? q.lastInsertId().toInt() : 0;
}

int Writer::tagId(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"));
    q.addBindValue(name);
    run(q);
    q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    q.addBindValue(name);
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

void Writer::setTopicTags(int topicId, const QStringList &tagNames)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO topic_tags (topic_id, tag_id, position) VALUES (?, ?, ?)"));
    int position = 0;
    for (const QString &name : tagNames) {
        const int id = tagId(name);
        if (!id)
            return;
        q.addBindValue(topicId);
        q.addBindValue(id);
        q.addBindValue(position++);
        run(q);
    }
}

void Writer::setTopicExcerpt(int topicId, const QString &excerpt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE topics SET excerpt = ? WHERE id = ?"));
    q.addBindValue(excerpt);
    q.addBindValue(topicId);
    run(q);
}

int Writer::addPost(int topicId, int postNumber, int userId, const QString &raw, const QString &cooked,
                    const QDateTime &createdAt, int replyToPostNumber, bool replyQuoted, int quoteCount)
{
    const QString when = isoTime(createdAt);
    m_insertPost.addBindValue(topicId);
    m_insertPost.addBindValue(postNumber);
    m_insertPost.addBindValue(userId);
    m_insertPost.addBindValue(raw);
    m_insertPost.addBindValue(cooked);
    m_insertPost.addBindValue(when);
    m_insertPost.addBindValue(when);
    m_insertPost.addBindValue(replyToPostNumber > 0 ? QVariant(replyToPostNumber)
                                                    : QVariant(QMetaType(QMetaType::Int)));
    m_insertPost.addBindValue(replyQuoted ? 1 : 0);
    m_insertPost.addBindValue(quoteCount);
    m_insertPost.addBindValue(int(raw.split(QRegularExpression(QStringLiteral("\\s+")),
                                            Qt::SkipEmptyParts).size()));
    if (!run(m_insertPost))
        return 0;
    const int id = m_insertPost.lastInsertId().toInt();
    if (!m_search.indexPost(id) && m_error.isEmpty())
        m_error = QStringLiteral("cannot index post %1 for search").arg(id);
    return id;
}

void Writer::addLike(int postId, int userId, const QDateTime &createdAt)
{
    m_insertLike.addBindValue(postId);
    m_insertLike.addBindValue(userId);
    m_insertLike.addBindValue(isoTime(createdAt));
    run(m_insertLike);
}

int Writer::addUpload(const QString &sha1, const QString &originalName, const QString &extension,
                      int width, int height, qint64 size, const QDateTime &createdAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO uploads (sha1, original_filename, extension, width,"
                             " height, filesize, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sha1);
    q.addBindValue(originalName);
    q.addBindValue(extension);
    q.addBindValue(width);
    q.addBindValue(height);
    q.addBindValue(size);
    q.addBindValue(isoTime(createdAt));
    if (!run(q))
        return 0;
    q.prepare(QStringLiteral("SELECT id FROM uploads WHERE sha1 = ?"));
    q.addBindValue(sha1);
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

void Writer::refreshTopic(int topicId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE posts SET reply_count = (SELECT count(*) FROM posts r"
        "  WHERE r.topic_id = posts.topic_id AND r.reply_to_post_number = posts.post_number)"
        " WHERE topic_id = ?"));
    q.addBindValue(topicId);
    run(q);
    refreshTopicStats(topicId);
}

void Writer::refreshTopicStats(int topicId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE topics SET"
        " posts_count = (SELECT count(*) FROM posts WHERE topic_id = topics.id),"
        " reply_count = max(0, (SELECT count(*) FROM posts WHERE topic_id = topics.id) - 1),"
        " highest_post_number = coalesce((SELECT max(post_number) FROM posts WHERE topic_id = topics.id), 0),"
        " last_posted_at = coalesce((SELECT max(created_at) FROM posts WHERE topic_id = topics.id), created_at),"
        " bumped_at = coalesce((SELECT max(created_at) FROM posts WHERE topic_id = topics.id), created_at),"
        " last_post_user_id = coalesce((SELECT user_id FROM posts WHERE topic_id = topics.id"
        "   ORDER BY post_number DESC LIMIT 1), user_id),"
        " like_count = coalesce((SELECT sum(like_count) FROM posts WHERE topic_id = topics.id), 0),"
        " participant_count = (SELECT count(DISTINCT user_id) FROM posts WHERE topic_id = topics.id),"
        " word_count = coalesce((SELECT sum(word_count) FROM posts WHERE topic_id = topics.id), 0)"
        " WHERE id = ?"));
    q.addBindValue(topicId);
    run(q);
    refreshFeaturedPosters(topicId);
}

void Writer::recordReply(int topicId, int postId, int userId, const QDateTime &createdAt)
{
    const QString when = isoTime(createdAt);
    QSqlQuery q(m_db.connection());
    // The right-hand sides read the row before the update: old posts_count is the new reply_count.
    q.prepare(QStringLiteral(
        "UPDATE topics SET"
        " posts_count = posts_count + 1,"
        " reply_count = max(0, posts_count),"
        " highest_post_number = max(highest_post_number, (SELECT post_number FROM posts WHERE id = ?)),"
        " last_posted_at = ?,"
        " bumped_at = ?,"
        " last_post_user_id = ?,"
        " participant_count = participant_count + NOT EXISTS (SELECT 1 FROM posts"
        "   WHERE topic_id = topics.id AND user_id = ? AND id <> ?),"
        " word_count = word_count + (SELECT word_count FROM posts WHERE id = ?)"
        " WHERE id = ?"));
    q.addBindValue(postId);
    q.addBindValue(when);
    q.addBindValue(when);
    q.addBindValue(userId);
    q.addBindValue(userId);
    q.addBindValue(postId);
    q.addBindValue(postId);
    q.addBindValue(topicId);
    run(q);
    refreshFeaturedPosters(topicId);
}

void Writer::refreshFeaturedPosters(int topicId)
{
    QSqlQuery q(m_db.connection());
    // Featured posters: the most frequent ones other than the original and the last poster.
    q.prepare(QStringLiteral(
        "SELECT p.user_id FROM posts p JOIN topics t ON t.id = p.topic_id"
        " WHERE p.topic_id = ? AND p.user_id <> t.user_id AND p.user_id <> t.last_post_user_id"
        " GROUP BY p.user_id ORDER BY count(*) DESC, max(p.created_at) DESC LIMIT 3"));
    q.addBindValue(topicId);
    QVariantList featured{QVariant(QMetaType(QMetaType::Int)), QVariant(QMetaType(QMetaType::Int)),
                          QVariant(QMetaType(QMetaType::Int))};
    if (run(q)) {
        for (int i = 0; q.next() && i < 3; ++i)
            featured[i] = q.value(0);
    }
    q.prepare(QStringLiteral("UPDATE topics SET featured_user1_id = ?, featured_user2_id = ?,"
                             " featured_user3_id = ? WHERE id = ?"));
    for (const QVariant &v : featured)
        q.addBindValue(v);
    q.addBindValue(topicId);
    run(q);
}

void Writer::incrementReplyCount(int topicId, int postNumber)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE posts SET reply_count = reply_count + 1 WHERE topic_id = ? AND post_number = ?"));
    q.addBindValue(topicId);
    q.addBindValue(postNumber);
    run(q);
}

void Writer::markPosted(int userId, int topicId, int postNumber)
{
    // TopicCreator#watch_topic makes the creator watch (3, reason created_topic = 1); a reply
    // tracks (notification_level_when_replying 2, reason created_post = 4) unless a level was
    // already chosen (TopicUser.auto_notification only fills a NULL reason).
    const bool created = postNumber == 1;
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO topic_users (user_id, topic_id, last_read_post_number, notification_level, posted,"
        " notifications_reason_id, first_visited_at, last_visited_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)"
        " ON CONFLICT (user_id, topic_id) DO UPDATE SET posted = 1,"
        " last_read_post_number = max(coalesce(last_read_post_number, 0), excluded.last_read_post_number),"
        " notification_level = CASE WHEN notifications_reason_id IS NULL THEN excluded.notification_level"
        "  ELSE notification_level END,"
        " notifications_reason_id = coalesce(notifications_reason_id, excluded.notifications_reason_id),"
        " last_visited_at = excluded.last_visited_at"));
    q.addBindValue(userId);
    q.addBindValue(topicId);
    q.addBindValue(postNumber);
    q.addBindValue(created ? 3 : 2);
    q.addBindValue(created ? 1 : 4);
    q.addBindValue(now);
    q.addBindValue(now);
    run(q);
    // PostCreator#track_topic counts five seconds of reading for the post one just wrote.
    q.prepare(QStringLiteral("INSERT INTO post_timings (topic_id, post_number, user_id, msecs) VALUES (?, ?, ?, 5000)"
                             " ON CONFLICT (topic_id, post_number, user_id) DO UPDATE SET msecs = msecs + 5000"));
    q.addBindValue(topicId);
    q.addBindValue(postNumber);
    q.addBindValue(userId);
    run(q);
}
