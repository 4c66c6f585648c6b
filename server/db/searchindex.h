#pragma once

#include <QSqlQuery>
#include <QString>

class Database;

// Keeps post_search (FTS5) in step with the posts: each post with its topic's title, category
// name and tags, like Discourse's SearchIndexer. Runs inside the caller's transaction.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db);

    bool indexPost(int postId);
    // Posts newer than the last indexed one (post ids only grow): after a bulk import or on a
    // database from before the index existed. One transaction of its own.
    bool indexMissing(QString *error);

private:
    bool indexWhere(const QString &where, const QVariant &bind, QString *error);

    Database &m_db;
    QSqlQuery m_insert;
};
