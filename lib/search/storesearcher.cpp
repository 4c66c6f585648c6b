#include "lib/search/storesearcher.h"

#include "lib/store/storecodec.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace Aivizor {

namespace {

// Discourse's min_search_term_length: shorter words are not searched.
constexpr int MinWordLength = 3;

// Whitespace-separated words; a double-quoted run stays one word (as SearchQuery splits).
QStringList splitWords(const QString &text)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

// The runs of letters and digits of a word, as FTS5's unicode61 tokenizer splits it.
QStringList tokens(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            current += c;
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QString quoted(const QString &token)
{
    return QLatin1Char('"') + token + QLatin1Char('"');
}

qint64 startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// A word as the index compares it: lower case, accents dropped (unicode61 remove_diacritics 2).
QString fold(const QString &word)
{
    QString folded;
    for (const QChar c : word.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toLower();
    }
    return folded;
}

// About BlurbChars of the text from a little before the first word that starts with a needle
// (the start without one), cut at spaces, with "..." where it was cut, as Discourse's blurbs.
QString blurb(const QString &text, const QStringList &needles)
{
    constexpr int BlurbChars = 200;
    constexpr int Before = 50;
    qsizetype hit = -1;
    for (qsizetype i = 0; i < text.size() && hit < 0 && !needles.isEmpty();) {
        while (i < text.size() && !text.at(i).isLetterOrNumber())
            ++i;
        qsizetype end = i;
        while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end).category() == QChar::Mark_NonSpacing))
            ++end;
        if (end > i) {
            const QString word = fold(text.mid(i, end - i));
            for (const QString &needle : needles) {
                if (!needle.isEmpty() && word.startsWith(needle)) {
                    hit = i;
                    break;
                }
            }
        }
        i = end;
    }
    qsizetype start = hit > Before ? text.lastIndexOf(QLatin1Char(' '), hit - Before) + 1 : 0;
    if (start < 0 || hit - start > Before * 2)
        start = qMax<qsizetype>(0, hit - Before);
    qsizetype end = start + BlurbChars;
    if (end < text.size()) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), end);
        end = space > (hit > start ? hit : start) ? space : end;
    } else {
        end = text.size();
    }
    QString out = text.mid(start, end - start).trimmed();
    if (start > 0)
        out.prepend(QLatin1String("..."));
    if (end < text.size())
        out.append(QLatin1String("..."));
    return out;
}

ApiError storageError(const QSqlError &error)
{
    return ApiError::fromKind(ApiError::Kind::Storage,
                              QCoreApplication::translate("Aivizor::StoreSearcher", "Could not search the saved copy: %1")
                                  .arg(error.text()));
}

} // namespace

QString StoreSearcher::matchExpression(const SearchQuery &query)
{
    QStringList parts;
    for (const QString &word : splitWords(query.words)) {
        // Operators the store cannot answer ("in:likes", "status:solved") are not text.
        if (word.contains(QLatin1Char(':')) || word.startsWith(QLatin1Char('@')) || word.startsWith(QLatin1Char('#')))
            continue;
        if (word.startsWith(QLatin1Char('"'))) {
            const QStringList phrase = tokens(word);
            if (!phrase.isEmpty())
                parts.append(quoted(phrase.join(QLatin1Char(' '))));
            continue;
        }
        if (QString(word).remove(QLatin1Char('"')).size() < MinWordLength)
            continue;
        for (const QString &token : tokens(word))
            parts.append(token.size() >= MinWordLength ? quoted(token) + QLatin1Char('*') : quoted(token));
    }
    const QStringList phrase = tokens(query.phrase);
    if (!phrase.isEmpty())
        parts.append(quoted(phrase.join(QLatin1Char(' '))));
    QString expression = parts.join(QStringLiteral(" AND "));
    if (query.titleOnly && !expression.isEmpty())
        expression = QStringLiteral("title : (%1)").arg(expression);
    return expression;
}

QList<int> StoreSearcher::communityIds(const QString &slug, bool *known) const
{
    // "parent:child" names a subcommunity; a community includes its subcommunities, as on the forum.
    const qsizetype colon = slug.indexOf(QLatin1Char(':'));
    QSqlQuery q(m_db);
    if (colon > 0) {
        q.prepare(QStringLiteral("SELECT c.id FROM communities c JOIN communities p ON p.id = c.parent_id"
                                 " WHERE c.slug = ? COLLATE NOCASE AND p.slug = ? COLLATE NOCASE"));
        q.addBindValue(slug.mid(colon + 1));
        q.addBindValue(slug.left(colon));
    } else {
        q.prepare(QStringLiteral("SELECT id FROM communities WHERE slug = ? COLLATE NOCASE"));
        q.addBindValue(slug);
    }
    QList<int> ids;
    if (q.exec() && q.next())
        ids.append(q.value(0).toInt());
    *known = !ids.isEmpty();
    QSqlQuery children(m_db);
    children.prepare(QStringLiteral("SELECT id FROM communities WHERE parent_id = ?"));
    for (int i = 0; i < ids.size() && ids.size() < 1000; ++i) {
        children.addBindValue(ids.at(i));
        if (!children.exec())
            break;
        while (children.next())
            ids.append(children.value(0).toInt());
    }
    return ids;
}

ApiResult<LocalSearchPage> StoreSearcher::run(const SearchQuery &query, int offset, int limit, bool newestFirst) const
{
    LocalSearchPage page;
    const QString match = matchExpression(query);
    QStringList where;
    QVariantList binds;
    if (!query.user.trimmed().isEmpty()) {
        where.append(QStringLiteral("s.username = ? COLLATE NOCASE"));
        binds.append(query.user.trimmed());
    }
    if (!query.community.trimmed().isEmpty()) {
        bool known = false;
        const QList<int> ids = communityIds(query.community.trimmed(), &known);
        if (!known)
            return ApiResult<LocalSearchPage>::success(page); // no such community here: nothing matches
        QStringList list;
        for (int id : ids)
            list.append(QString::number(id));
        where.append(QStringLiteral("t.category_id IN (%1)").arg(list.join(QLatin1Char(','))));
    }
    QStringList tagTests;
    for (const QString &tag : query.tags) {
        if (tag.trimmed().isEmpty())
            continue;
        tagTests.append(QStringLiteral("instr(t.tags, ?) > 0"));
        binds.append(QLatin1Char('\n') + tag.trimmed().toLower() + QLatin1Char('\n'));
    }
    if (!tagTests.isEmpty())
        where.append(QLatin1Char('(') + tagTests.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    if (query.titleOnly)
        where.append(QStringLiteral("s.post_number = 1"));
    if (query.status == SearchQuery::Status::Open)
        where.append(QStringLiteral("t.closed = 0"));
    else if (query.status == SearchQuery::Status::Closed)
        where.append(QStringLiteral("t.closed = 1"));
    if (query.after.isValid()) {
        where.append(QStringLiteral("s.created_at >= ?"));
        binds.append(startOfDay(query.after.addDays(1)));
    }
    if (query.before.isValid()) {
        where.append(QStringLiteral("s.created_at < ?"));
        binds.append(startOfDay(query.before));
    }
    // Nothing to search for and no filter: nothing, as on the forum.
    if (match.isEmpty() && where.isEmpty())
        return ApiResult<LocalSearchPage>::success(page);

    QString candidates;
    if (!match.isEmpty()) {
        where.prepend(QStringLiteral("post_search MATCH ?"));
        binds.prepend(match);
        // bm25 weights: a title hit counts as ten body hits.
        candidates = QStringLiteral("SELECT s.id, s.topic_id, s.created_at, bm25(post_search, 10.0, 1.0) AS rank"
                                    " FROM post_search JOIN search_posts s ON s.id = post_search.rowid"
                                    " JOIN search_topics t ON t.id = s.topic_id WHERE %1"
                                    " ORDER BY post_search.rowid DESC LIMIT %2");
    } else {
        candidates = QStringLiteral("SELECT s.id, s.topic_id, s.created_at, 0 AS rank FROM search_posts s"
                                    " JOIN search_topics t ON t.id = s.topic_id WHERE %1"
                                    " ORDER BY s.created_at DESC LIMIT %2");
    }
    candidates = candidates.arg(where.join(QStringLiteral(" AND "))).arg(MaxCandidates);
    // One post per topic: the best ranked, or the newest when ordering by date (a bare column
    // next to a single min()/max() comes from the row holding it).
    const bool byDate = newestFirst || query.order == SearchQuery::Order::Latest || match.isEmpty();
    const QString sql = byDate ? QStringLiteral("WITH c AS MATERIALIZED (%1) SELECT id, max(created_at) AS best"
                                                " FROM c GROUP BY topic_id ORDER BY best DESC, id DESC LIMIT ? OFFSET ?")
                               : QStringLiteral("WITH c AS MATERIALIZED (%1) SELECT id, min(rank) AS best, created_at"
                                                " FROM c GROUP BY topic_id ORDER BY best, created_at DESC, id DESC"
                                                " LIMIT ? OFFSET ?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql.arg(candidates)))
        return ApiResult<LocalSearchPage>::failure(storageError(q.lastError()));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(limit + 1);
    q.addBindValue(offset);
    if (!q.exec())
        return ApiResult<LocalSearchPage>::failure(storageError(q.lastError()));
    QList<int> ids;
    while (q.next())
        ids.append(q.value(0).toInt());
    q.finish();
    page.hasMore = ids.size() > limit;
    ids = ids.mid(0, limit);
    QStringList needles;
    for (const QString &term : query.highlightTerms()) {
        for (const QString &token : tokens(term))
            needles.append(fold(token));
    }
    for (int id : std::as_const(ids)) {
        LocalSearchHit hit;
        hit.forumKey = m_forumKey;
        hit.post.id = id;
        fill(&hit, needles);
        if (hit.post.topicId)
            page.hits.append(hit);
    }
    return ApiResult<LocalSearchPage>::success(page);
}

void StoreSearcher::fill(LocalSearchHit *hit, const QStringList &needles) const
{
    QSqlQuery post(m_db);
    post.prepare(QStringLiteral("SELECT p.topic_id, p.post_number, p.details, s.body FROM posts p"
                                " JOIN search_posts s ON s.id = p.id WHERE p.id = ?"));
    post.addBindValue(hit->post.id);
    if (!post.exec() || !post.next())
        return;
    Post details;
    StoreCodec::decodePostDetails(post.value(2).toByteArray(), &details);
    SearchPost &p = hit->post;
    p.topicId = post.value(0).toInt();
    p.postNumber = post.value(1).toInt();
    p.username = details.username;
    p.name = details.name;
    p.avatarTemplate = details.avatarTemplate;
    p.createdAt = details.createdAt;
    p.likeCount = details.likeCount;
    p.blurb = blurb(post.value(3).toString(), needles);
    post.finish();

    QSqlQuery topic(m_db);
    topic.prepare(QStringLiteral("SELECT header FROM topics WHERE id = ?"));
    topic.addBindValue(p.topicId);
    Topic header;
    if (topic.exec() && topic.next() && StoreCodec::decodeTopicHeader(topic.value(0).toByteArray(), &header)) {
        TopicSummary &t = hit->topic;
        t.id = p.topicId;
        t.title = header.title;
        t.slug = header.slug;
        t.categoryId = header.categoryId;
        t.tags = header.tags;
        t.postsCount = header.postsCount;
        t.closed = header.closed;
        t.archived = header.archived;
        t.createdAt = header.createdAt;
    }
    QSqlQuery community(m_db);
    community.prepare(QStringLiteral("SELECT name FROM communities WHERE id = ?"));
    community.addBindValue(hit->topic.categoryId);
    if (community.exec() && community.next())
        hit->communityName = community.value(0).toString();
}

} // namespace Aivizor
