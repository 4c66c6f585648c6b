#pragma once

#include "lib/net/apiresult.h"
#include "lib/search/localsearchhit.h"
#include "lib/search/searchquery.h"

#include <QSqlDatabase>

namespace Aivizor {

// Runs a SearchQuery against the full-text index of one forum store (SearchIndex's tables),
// through a connection the caller owns. It answers what the store holds: words (by prefix),
// the phrase, @user, #community (with its subcommunities), tags (any), in:title, status:open /
// closed, order:latest, before:/after:. Operators the store cannot answer are left out.
//
// Reads stay bounded whatever the store holds: the FTS5 index is walked newest post first and
// stops after MaxCandidates (1000) matches, which are then ranked by bm25 (title weighted over body)
// and grouped one post per topic, as the forum's search shows them; only the page's rows are
// then read in full. Blurbs are cut from the stored text around the first word that starts with
// a query word (accents and case folded), without asking FTS5 again.
class StoreSearcher
{
public:
    static constexpr int MaxCandidates = 1000;

    StoreSearcher(QSqlDatabase &db, const QString &forumKey) : m_db(db), m_forumKey(forumKey) {}

    // `limit` hits from `offset` on; newestFirst orders by date whatever the query says (for
    // merging several stores). hasMore tells whether another hit followed.
    ApiResult<LocalSearchPage> run(const SearchQuery &query, int offset, int limit, bool newestFirst = false) const;

    // The FTS5 expression for the query's words and phrase: each word's letters and digits as
    // quoted tokens (prefix-matched from three characters on), so FTS5's own syntax can never be
    // injected. Empty when the query has no text.
    static QString matchExpression(const SearchQuery &query);

private:
    QList<int> communityIds(const QString &slug, bool *known) const;
    // needles: the query's words, folded as the index folds them, for the blurb.
    void fill(LocalSearchHit *hit, const QStringList &needles) const;

    QSqlDatabase &m_db;
    QString m_forumKey;
};

} // namespace Aivizor
