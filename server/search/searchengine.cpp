#include "searchengine.h"
#include "searchtext.h"
#include "db/database.h"
#include "db/queries.h"
#include "db/writer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

enum class Order { Relevance, Latest, Oldest, LatestTopic, OldestTopic, Views, Likes };

// The query after its operators were taken out; SQL conditions over posts p and topics t.
struct Plan
{
    QStringList words;
    QStringList phrases;
    QStringList conditions;
    QVariantList binds;
    Order order = Order::Relevance;
    bool titleOnly = false;
    bool impossible = false;   // an operator named nothing (unknown user...): no results
};

// Whitespace-separated words; a double-quoted phrase is one word (quotes kept).
QStringList splitQuery(const QString &query)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (const QChar c : query) {
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

QString idList(const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

// word_to_date in lib/search.rb: N days ago, YYYY, YYYY-MM, YYYY-MM-DD, yesterday; else nothing.
std::optional<QDateTime> wordToDate(const QString &word)
{
    static const QRegularExpression days(QStringLiteral("^\\d{1,3}$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?$"));
    const QDateTime today(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    if (days.match(word).hasMatch())
        return today.addDays(-word.toInt());
    if (word.compare(QLatin1String("yesterday"), Qt::CaseInsensitive) == 0)
        return today.addDays(-1);
    const QRegularExpressionMatch m = iso.match(word);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(),
                     m.captured(3).isEmpty() ? 1 : m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}

class Planner
{
public:
    Planner(const Queries &queries, int userId) : m_queries(queries), m_userId(userId) {}

    Plan plan(const QString &query)
    {
        m_tree = m_queries.categoryTree();
        for (const QString &word : splitQuery(query)) {
            if (!takeOperator(word))
                addText(word);
        }
        return m_plan;
    }

private:
    void addText(const QString &word)
    {
        if (word.startsWith(QLatin1Char('"')) && word.size() > 1) {
            const QString phrase = QString(word).remove(QLatin1Char('"')).trimmed();
            if (!phrase.isEmpty())
                m_plan.phrases.append(phrase);
            return;
        }
        const QString plain = QString(word).remove(QLatin1Char('"'));
        // Discourse drops each word shorter than min_search_term_length.
        if (plain.size() >= SearchEngine::minTermLength(plain) && !SearchText::matchExpression(plain).isEmpty())
            m_plan.words.append(plain);
    }

    void where(const QString &sql, const QVariantList &binds = {})
    {
        m_plan.conditions.append(sql);
        m_plan.binds += binds;
    }

    QList<int> subtree(int id, bool withChildren) const
    {
        QList<int> ids{id};
        for (int i = 0; withChildren && i < ids.size(); ++i) {
            for (const CategoryRow &c : m_tree) {
                if (c.parentId == ids.at(i))
                    ids.append(c.id);
            }
        }
        return ids;
    }

    // A category by slug (or, for category:, name or id); "parent:child" for a subcategory.
    int categoryId(const QString &name, bool byNameOrId) const
    {
        const qsizetype colon = name.indexOf(QLatin1Char(':'));
        const QString parent = colon > 0 ? name.left(colon) : QString();
        const QString child = colon > 0 ? name.mid(colon + 1) : name;
        for (const CategoryRow &c : m_tree) {
            const bool match = c.slug.compare(child, Qt::CaseInsensitive) == 0
                               || (byNameOrId && (c.name.compare(child, Qt::CaseInsensitive) == 0
                                                  || QString::number(c.id) == child));
            if (!match)
                continue;
            if (parent.isEmpty())
                return c.id;
            for (const CategoryRow &p : m_tree) {
                if (p.id == c.parentId && p.slug.compare(parent, Qt::CaseInsensitive) == 0)
                    return c.id;
            }
        }
        return 0;
    }

    QList<int> tagIds(const QStringList &names, bool *allKnown) const
    {
        QList<int> ids;
        *allKnown = true;
        for (const QString &name : names) {
            const std::optional<TagRow> tag = m_queries.tagByName(name);
            if (tag)
                ids.append(tag->id);
            else
                *allKnown = false;
        }
        return ids;
    }

    bool takeOperator(const QString &word)
    {
        if (word.startsWith(QLatin1Char('"')))
            return false;
        const QString lower = word.toLower();
        if (word.startsWith(QLatin1Char('@')) && word.size() > 1)
            return user(word.mid(1));
        if (word.startsWith(QLatin1Char('#')) && word.size() > 1)
            return hashCategory(word.mid(1));
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == word.size() - 1)
            return false;
        const QString key = lower.left(colon);
        const QString value = word.mid(colon + 1);
        const QString valueLower = value.toLower();
        if (key == QLatin1String("user"))
            return user(value);
        if (key == QLatin1String("category") || key == QLatin1String("categories"))
            return categories(value);
        if (key == QLatin1String("tag") || key == QLatin1String("tags"))
            return tags(value, false);
        if (key == QLatin1String("-tag") || key == QLatin1String("-tags"))
            return tags(value, true);
        if (key == QLatin1String("in"))
            return in(valueLower);
        if (key == QLatin1String("status"))
            return status(valueLower);
        if (key == QLatin1String("order"))
            return order(valueLower);
        if (key == QLatin1String("before") || key == QLatin1String("after")) {
            const std::optional<QDateTime> date = wordToDate(value);
            if (date)
                where(key == QLatin1String("before") ? QStringLiteral("p.created_at < ?") : QStringLiteral("p.created_at > ?"),
                      {Writer::isoTime(*date)});
            return true;   // an unreadable date is ignored, not searched as text
        }
        if (key == QLatin1String("topic")) {
            bool ok = false;
            const int id = value.toInt(&ok);
            if (!ok)
                return false;
            where(QStringLiteral("t.id = ?"), {id});
            return true;
        }
        static const QHash<QString, QString> counts{
            {QStringLiteral("min_posts"), QStringLiteral("t.posts_count >= ?")},
            {QStringLiteral("max_posts"), QStringLiteral("t.posts_count <= ?")},
            {QStringLiteral("min_views"), QStringLiteral("t.views >= ?")},
            {QStringLiteral("max_views"), QStringLiteral("t.views <= ?")}};
        if (counts.contains(key)) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok)
                return false;
            where(counts.value(key), {n});
            return true;
        }
        return false;
    }

    bool user(const QString &name)
    {
        if (name.compare(QLatin1String("me"), Qt::CaseInsensitive) == 0) {
            if (m_userId > 0)
                where(QStringLiteral("p.user_id = ?"), {m_userId});
            else
                m_plan.impossible = true;
            return true;
        }
        std::optional<UserRow> row = m_queries.userByUsername(name);
        bool ok = false;
        const int id = name.toInt(&ok);
        if (!row && ok)
            row = m_queries.users({id}).value(id);
        if (!row || row->id == 0)
            m_plan.impossible = true;
        else
            where(QStringLiteral("p.user_id = ?"), {row->id});
        return true;
    }

    bool hashCategory(const QString &name)
    {
        const bool exact = name.startsWith(QLatin1Char('='));
        const QString slug = exact ? name.mid(1) : name;
        if (const int id = categoryId(slug, false)) {
            where(QStringLiteral("t.category_id IN (%1)").arg(idList(subtree(id, !exact))));
            return true;
        }
        // No such category: a tag of that name, else the word is searched as text.
        if (const std::optional<TagRow> tag = m_queries.tagByName(slug)) {
            where(QStringLiteral("t.id IN (SELECT topic_id FROM topic_tags WHERE tag_id = ?)"), {tag->id});
            return true;
        }
        return false;
    }

    bool categories(const QString &value)
    {
        QList<int> ids;
        for (QString name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const bool exact = name.startsWith(QLatin1Char('='));
            if (exact)
                name.remove(0, 1);
            if (const int id = categoryId(name, true))
                ids += subtree(id, !exact);
        }
        if (ids.isEmpty())
            m_plan.impossible = true;
        else
            where(QStringLiteral("t.category_id IN (%1)").arg(idList(ids)));
        return true;
    }

    bool tags(const QString &value, bool exclude)
    {
        const bool all = value.contains(QLatin1Char('+'));
        const QStringList names = value.split(all ? QLatin1Char('+') : QLatin1Char(','), Qt::SkipEmptyParts);
        bool known = true;
        const QList<int> ids = tagIds(names, &known);
        if (exclude) {
            if (!ids.isEmpty())
                where(QStringLiteral("t.id NOT IN (SELECT topic_id FROM topic_tags WHERE tag_id IN (%1))").arg(idList(ids)));
        } else if (all) {
            if (!known)
                m_plan.impossible = true;
            for (int id : ids)
                where(QStringLiteral("t.id IN (SELECT topic_id FROM topic_tags WHERE tag_id = %1)").arg(id));
        } else if (ids.isEmpty()) {
            m_plan.impossible = true;
        } else {
            where(QStringLiteral("t.id IN (SELECT topic_id FROM topic_tags WHERE tag_id IN (%1))").arg(idList(ids)));
        }
        return true;
    }

    bool in(const QString &value)
    {
        if (value == QLatin1String("title") || value == QLatin1String("t")) {
            m_plan.titleOnly = true;
            where(QStringLiteral("p.post_number = 1"));
        } else if (value == QLatin1String("first") || value == QLatin1String("f")) {
            where(QStringLiteral("p.post_number = 1"));
        } else if (value == QLatin1String("pinned")) {
            where(QStringLiteral("t.pinned_at IS NOT NULL"));
        } else if (value == QLatin1String("tagged")) {
            where(QStringLiteral("EXISTS (SELECT 1 FROM topic_tags tt WHERE tt.topic_id = t.id)"));
        } else if (value == QLatin1String("untagged")) {
            where(QStringLiteral("NOT EXISTS (SELECT 1 FROM topic_tags tt WHERE tt.topic_id = t.id)"));
        } else if (value == QLatin1String("likes") || value == QLatin1String("posted") || value == QLatin1String("created")
                   || value == QLatin1String("mine") || value == QLatin1String("watching")
                   || value == QLatin1String("tracking") || value == QLatin1String("seen")
                   || value == QLatin1String("unseen") || value == QLatin1String("bookmarks")) {
            // Personal filters; Discourse leaves the query alone without a user.
            if (m_userId > 0)
                personal(value);
        } else {
            return false;
        }
        return true;
    }

    void personal(const QString &value)
    {
        const QVariant me = m_userId;
        if (value == QLatin1String("likes"))
            where(QStringLiteral("p.id IN (SELECT post_id FROM post_actions WHERE user_id = ? AND post_action_type_id = 2)"), {me});
        else if (value == QLatin1String("posted"))
            where(QStringLiteral("p.user_id = ?"), {me});
        else if (value == QLatin1String("created") || value == QLatin1String("mine"))
            where(QStringLiteral("t.user_id = ? AND p.post_number = 1"), {me});
        else if (value == QLatin1String("watching") || value == QLatin1String("tracking"))
            where(QStringLiteral("t.id IN (SELECT topic_id FROM topic_users WHERE user_id = ? AND notification_level >= ?)"),
                  {me, value == QLatin1String("watching") ? 3 : 2});
        else if (value == QLatin1String("seen"))
            where(QStringLiteral("EXISTS (SELECT 1 FROM post_timings pt WHERE pt.topic_id = p.topic_id"
                                 " AND pt.post_number = p.post_number AND pt.user_id = ?)"), {me});
        else if (value == QLatin1String("unseen"))
            where(QStringLiteral("NOT EXISTS (SELECT 1 FROM post_timings pt WHERE pt.topic_id = p.topic_id"
                                 " AND pt.post_number = p.post_number AND pt.user_id = ?)"), {me});
        else   // bookmarks: this server keeps none
            m_plan.impossible = true;
    }

    bool status(const QString &value)
    {
        if (value == QLatin1String("open"))
            where(QStringLiteral("t.closed = 0 AND t.archived = 0"));
        else if (value == QLatin1String("closed"))
            where(QStringLiteral("t.closed = 1"));
        else if (value == QLatin1String("archived"))
            where(QStringLiteral("t.archived = 1"));
        else if (value == QLatin1String("noreplies"))
            where(QStringLiteral("t.posts_count = 1"));
        else if (value == QLatin1String("single_user"))
            where(QStringLiteral("t.participant_count = 1"));
        else if (value != QLatin1String("public"))   // every category here is public
            return false;
        return true;
    }

    bool order(const QString &value)
    {
        static const QHash<QString, Order> orders{
            {QStringLiteral("latest"), Order::Latest}, {QStringLiteral("l"), Order::Latest},
            {QStringLiteral("oldest"), Order::Oldest}, {QStringLiteral("latest_topic"), Order::LatestTopic},
            {QStringLiteral("oldest_topic"), Order::OldestTopic}, {QStringLiteral("views"), Order::Views},
            {QStringLiteral("likes"), Order::Likes}};
        if (!orders.contains(value))
            return false;
        m_plan.order = orders.value(value);
        return true;
    }

    const Queries &m_queries;
    int m_userId;
    QList<CategoryRow> m_tree;
    Plan m_plan;
};

} // namespace

int SearchEngine::minTermLength(const QString &word)
{
    return SearchText::hasCjk(word) ? 1 : 3;
}

SearchEngine::Result SearchEngine::run(const QString &query, int userId, int page, int pageSize) const
{
    Result result;
    Planner planner(m_queries, userId);
    const Plan plan = planner.plan(query);
    result.terms = plan.words + plan.phrases;
    for (const QString &word : plan.words)
        result.needles += SearchText::needles(word);
    for (const QString &phrase : plan.phrases)
        result.needles << SearchText::phraseNeedle(phrase) << SearchText::needles(phrase).join(QLatin1Char(' '));
    // Nothing to search for and no filter: an empty result, as Discourse.
    if (plan.impossible || (result.terms.isEmpty() && plan.conditions.isEmpty()))
        return result;

    QStringList match;
    for (const QString &word : plan.words)
        match.append(SearchText::matchExpression(word));
    for (const QString &phrase : plan.phrases) {
        const QString expression = SearchText::phraseExpression(phrase);
        if (!expression.isEmpty())
            match.append(expression);
    }
    QString expression = match.join(QStringLiteral(" AND "));
    if (plan.titleOnly && !expression.isEmpty())
        expression = QStringLiteral("title : (%1)").arg(expression);

    QStringList conditions{QStringLiteral("t.visible = 1"), QStringLiteral("t.archetype = 'regular'"),
                           QStringLiteral("p.post_type IN (1, 2)")};
    QVariantList binds;
    QString from = QStringLiteral("posts p JOIN topics t ON t.id = p.topic_id");
    QString rank = QStringLiteral("0");
    if (!expression.isEmpty()) {
        // Weights as Discourse's A (title), B (category), C (tags), D (body).
        from = QStringLiteral("post_search s JOIN posts p ON p.id = s.rowid JOIN topics t ON t.id = p.topic_id");
        rank = QStringLiteral("bm25(post_search, 10.0, 4.0, 2.0, 1.0)");
        conditions.prepend(QStringLiteral("post_search MATCH ?"));
        binds.append(expression);
    }
    // A phrase is also matched exactly in the raw text or the title, as Discourse's ILIKE.
    for (const QString &phrase : plan.phrases) {
        conditions.append(QStringLiteral("(instr(lower(p.raw), lower(?)) > 0 OR instr(lower(t.title), lower(?)) > 0)"));
        binds << phrase << phrase;
    }
    conditions += plan.conditions;
    binds += plan.binds;

    // One post per topic: the first matching post; the newest for order:latest, the most liked
    // for order:likes. bm25() cannot sit inside an aggregate, so the hits are ranked first.
    QString pick = QStringLiteral("min(h.post_number)");
    QString best = QStringLiteral("min(h.rank)");
    QString orderBy;
    switch (plan.order) {
    case Order::Relevance:
        // Exact title match first (prioritize_exact_search_title_match), then the rank, a bit
        // lower for closed (0.9) and archived (0.85) topics, then bump time.
        orderBy = QStringLiteral("(lower(t.title) = lower(?)) DESC, best * (CASE WHEN t.archived THEN 0.85"
                                 " WHEN t.closed THEN 0.9 ELSE 1.0 END) ASC, t.bumped_at DESC, t.id DESC");
        break;
    case Order::Latest:
        pick = QStringLiteral("max(h.post_number)");
        best = QStringLiteral("max(h.created_at)");
        orderBy = QStringLiteral("best DESC, t.id DESC");
        break;
    case Order::Oldest:
        best = QStringLiteral("min(h.created_at)");
        orderBy = QStringLiteral("best ASC, t.id ASC");
        break;
    case Order::LatestTopic:
        orderBy = QStringLiteral("t.created_at DESC, t.id DESC");
        break;
    case Order::OldestTopic:
        orderBy = QStringLiteral("t.created_at ASC, t.id ASC");
        break;
    case Order::Views:
        orderBy = QStringLiteral("t.views DESC, t.id DESC");
        break;
    case Order::Likes:
        // A bare column next to a single max() comes from the row holding that maximum.
        pick = QStringLiteral("h.post_number");
        best = QStringLiteral("max(h.like_count)");
        orderBy = QStringLiteral("best DESC, t.bumped_at DESC, t.id DESC");
        break;
    }
    // MATERIALIZED keeps SQLite from folding the ranked hits into the aggregate.
    const QString sql = QStringLiteral("WITH h AS MATERIALIZED (SELECT p.topic_id, p.post_number, p.created_at,"
                                       " p.like_count, %3 AS rank FROM %4 WHERE %5)"
                                       " SELECT h.topic_id, %1, %2 AS best FROM h JOIN topics t ON t.id = h.topic_id"
                                       " GROUP BY h.topic_id ORDER BY %6 LIMIT ? OFFSET ?")
                            .arg(pick, best, rank, from, conditions.join(QStringLiteral(" AND ")), orderBy);
    if (plan.order == Order::Relevance)
        binds.append(result.terms.join(QLatin1Char(' ')));
    binds << pageSize + 1 << qMax(0, page - 1) * pageSize;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("aivizor-server: search failed: %s", qPrintable(q.lastError().text()));
        return result;
    }
    QList<QPair<int, int>> topicPosts;
    while (q.next())
        topicPosts.append({q.value(0).toInt(), q.value(1).toInt()});
    result.hasMore = topicPosts.size() > pageSize;
    topicPosts = topicPosts.mid(0, pageSize);
    for (const auto &[topicId, postNumber] : std::as_const(topicPosts)) {
        if (const std::optional<PostRow> post = m_queries.postByNumber(topicId, postNumber))
            result.hits.append({post->id, topicId});
    }
    return result;
}
