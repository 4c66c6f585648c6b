#pragma once

#include "searchindex.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

class Database;

// Inserts community content with prepared statements and keeps the derived counters
// (posts_count, reply_count, featured posters, ...) in step with the rows.
// Callers own the transaction: seeding and generation each wrap their work in one.
class Writer
{
public:
    explicit Writer(Database &db);

    int addUser(const QString &username, const QString &name, const QString &title,
                bool admin, int trustLevel, const QDateTime &createdAt);
    void setUserBio(int userId, const QString &raw, const QString &cooked);
    int addCategory(int parentId, const QString &name, const QString &slug, const QString &color,
                    const QString &textColor, const QString &description, int position,
                    const QDateTime &createdAt);
    int addTopic(int categoryId, int userId, const QString &title, const QDateTime &createdAt,
                 int views, bool pinned, bool closed);
    void setTopicTags(int topicId, const QStringList &tagNames);
    void setTopicExcerpt(int topicId, const QString &excerpt);
    // post_number is the next free number in the topic. The post is added to the search index.
    int addPost(int topicId, int postNumber, int userId, const QString &raw, const QString &cooked,
                const QDateTime &createdAt, int replyToPostNumber, bool replyQuoted, int quoteCount);
    void addLike(int postId, int userId, const QDateTime &createdAt);
    int addUpload(const QString &sha1, const QString &originalName, const QString &extension,
                  int width, int height, qint64 size, const QDateTime &createdAt);
    // Recomputes every derived column of one topic and the reply counts of its posts.
    void refreshTopic(int topicId);
    // The topic row only (counts, last poster, bump time, featured posters): enough after one
    // new post, without touching the reply counts of every post of a long topic.
    void refreshTopicStats(int topicId);
    // The topic row after one reply was added: the counters move by that post alone, so the cost
    // does not grow with the topic's length.
    void recordReply(int topicId, int postId, int userId, const QDateTime &createdAt);
    void incrementReplyCount(int topicId, int postNumber);
    // The user's topic_users row and post timing after they posted: posted, read up to their
    // post, watching a topic they created and tracking one they replied in, like Discourse.
    void markPosted(int userId, int topicId, int postNumber);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    static QString isoTime(const QDateTime &t);
    static QString avatarColorFor(const QString &username);

private:
    void refreshFeaturedPosters(int topicId);
    bool run(QSqlQuery &q);
    int tagId(const QString &name);

    Database &m_db;
    QString m_error;
    QSqlQuery m_insertPost;
    QSqlQuery m_insertLike;
    SearchIndex m_search;
};
