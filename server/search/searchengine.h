#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Database;
class Queries;

// Discourse's full-page search (lib/search.rb) over the FTS5 index: the query language of
// words, "phrases" and operators (@user, #category, tags:, in:, status:, order:, before:,
// after:, ...), one post per topic, relevance ranking with title weight, paging.
class SearchEngine
{
public:
    struct Hit
    {
        int postId = 0;
        int topicId = 0;
    };
    struct Result
    {
        QList<Hit> hits;
        bool hasMore = false;
        // What the blurbs look for: prefixes of the words and the phrases.
        QStringList needles;
        // The words that were searched as text (operators and short words removed).
        QStringList terms;
    };

    SearchEngine(Database &db, const Queries &queries) : m_db(db), m_queries(queries) {}

    // userId 0: anonymous (personal filters such as in:likes are then ignored, as in Discourse).
    Result run(const QString &query, int userId, int page, int pageSize) const;

    // Discourse's min_search_term_length (3) and its CJK default (1).
    static int minTermLength(const QString &word);

private:
    Database &m_db;
    const Queries &m_queries;
};
