#include "queries.h"
#include "database.h"
#include "readstate.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

const QString kTopicColumns = QStringLiteral(
    "t.id, t.category_id, t.user_id, t.last_post_user_id, t.title, t.slug, t.excerpt, t.archetype,"
    " t.created_at, t.bumped_at, t.last_posted_at, t.pinned_at, t.views, t.posts_count, t.reply_count,"
    " t.highest_post_number, t.like_count, t.participant_count, t.word_count, t.featured_user1_id,"
    " t.featured_user2_id, t.featured_user3_id, t.pinned_globally, t.closed, t.archived, t.visible");

const QString kPostColumns = QStringLiteral(
    "p.id, p.topic_id, p.post_number, p.user_id, p.raw, p.cooked, p.created_at, p.updated_at,"
    " p.reply_to_post_number, p.reply_quoted, p.reply_count, p.quote_count, p.like_count, p.post_type,"
    " p.version, r.user_id");

QString isoNowMinusDays(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(-days).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.exec();
    return q;
}

QString idList(const QList<int> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (int id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace

QString UserRow::avatarTemplate() const
{
    const QString initial = username.isEmpty() ? QStringLiteral("x") : username.left(1).toLower();
    return QStringLiteral("/letter_avatar_proxy/v4/letter/%1/%2/{size}.png").arg(initial, avatarColor.toLower());
}

QList<CategoryRow> Queries::categories() const
{
    QList<CategoryRow> rows = categoryTree();
    QHash<int, int> index;
    for (int i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).id, i);
    QSqlQuery q = prepared(m_db.connection(),
                 QStringLiteral("SELECT category_id, count(*), sum(posts_count), sum(created_at >= ?),"
                                " sum(created_at >= ?), sum(created_at >= ?), sum(created_at >= ?)"
                                " FROM topics WHERE visible = 1 GROUP BY category_id"),
                 {isoNowMinusDays(1), isoNowMinusDays(7), isoNowMinusDays(30), isoNowMinusDays(365)});
    while (q.next()) {
        const int i = index.value(q.value(0).toInt(), -1);
        if (i < 0)
            continue;
        CategoryRow &c = rows[i];
        c.topicCount = q.value(1).toInt();
        c.postCount = q.value(2).toInt();
        c.topicsDay = q.value(3).toInt();
        c.topicsWeek = q.value(4).toInt();
        c.topicsMonth = q.value(5).toInt();
        c.topicsYear = q.value(6).toInt();
    }
    return rows;
}

QList<CategoryRow> Queries::categoryTree() const
{
    QList<CategoryRow> rows;
    QHash<int, int> index;
    QSqlQuery q = prepared(m_db.connection(),
                           QStringLiteral("SELECT id, coalesce(parent_id, 0), name, slug, color, text_color,"
                                          " description, position FROM categories ORDER BY position, id"),
                           {});
    while (q.next()) {
        CategoryRow c;
        c.id = q.value(0).toInt();
        c.parentId = q.value(1).toInt();
        c.name = q.value(2).toString();
        c.slug = q.value(3).toString();
        c.color = q.value(4).toString();
        c.textColor = q.value(5).toString();
        c.description = q.value(6).toString();
        c.position = q.value(7).toInt();
        index.insert(c.id, rows.size());
        rows.append(c);
    }
    for (const CategoryRow &c : std::as_const(rows)) {
        if (c.parentId && index.contains(c.parentId))
            rows[index.value(c.parentId)].childIds.append(c.id);
    }
    return rows;
}

QHash<int, UserRow> Queries::users(const QSet<int> &ids) const
{
    QHash<int, UserRow> result;
    if (ids.isEmpty())
        return result;
    QSqlQuery q = prepared(m_db.connection(),
                           QStringLiteral("SELECT id, username, name, title, avatar_color, admin, moderator,"
                                          " trust_level FROM users WHERE id IN (%1)")
                               .arg(idList(ids.values())),
                           {});
    while (q.next()) {
        UserRow u;
        u.id = q.value(0).toInt();
        u.username = q.value(1).toString();
        u.name = q.value(2).toString();
        u.title = q.value(3).toString();
        u.avatarColor = q.value(4).toString();
        u.admin = q.value(5).toBool();
        u.moderator = q.value(6).toBool();
        u.trustLevel = q.value(7).toInt();
        result.insert(u.id, u);
    }
    return result;
}

std::optional<UserRow> Queries::userByUsername(const QString &username) const
{
    QSqlQuery q = prepared(m_db.connection(),
                           QStringLiteral("SELECT id FROM users WHERE username = ?"), {username});
    if (!q.next())
        return std::nullopt;
    const int id = q.value(0).toInt();
    return users({id}).value(id);
}

QList<TopicRow> Queries::readTopics(const QString &sql, const QVariantList &binds) const
{
    QList<TopicRow> rows;
    QSqlQuery q = prepared(m_db.connection(), sql, binds);
    while (q.next()) {
        TopicRow t;
        t.id = q.value(0).toInt();
        t.categoryId = q.value(1).toInt();
        t.userId = q.value(2).toInt();
        t.lastPostUserId = q.value(3).toInt();
        t.title = q.value(4).toString();
        t.slug = q.value(5).toString();
        t.excerpt = q.value(6).toString();
        t.archetype = q.value(7).toString();
        t.createdAt = q.value(8).toString();
        t.bumpedAt = q.value(9).toString();
        t.lastPostedAt = q.value(10).toString();
        t.pinnedAt = q.value(11).toString();
        t.views = q.value(12).toInt();
        t.postsCount = q.value(13).toInt();
        t.replyCount = q.value(14).toInt();
        t.highestPostNumber = q.value(15).toInt();
        t.likeCount = q.value(16).toInt();
        t.participantCount = q.value(17).toInt();
        t.wordCount = q.value(18).toInt();
        for (int i = 19; i <= 21; ++i) {
            if (!q.value(i).isNull())
                t.featuredUserIds.append(q.value(i).toInt());
        }
        t.pinnedGlobally = q.value(22).toBool();
        t.closed = q.value(23).toBool();
        t.archived = q.value(24).toBool();
        t.visible = q.value(25).toBool();
        rows.append(t);
    }
    return rows;
}

void Queries::attachTags(QList<TopicRow> &topics) const
{
    if (topics.isEmpty())
        return;
    QHash<int, int> index;
    QList<int> ids;
    for (int i = 0; i < topics.size(); ++i) {
        index.insert(topics.at(i).id, i);
        ids.append(topics.at(i).id);
    }
    QSqlQuery q = prepared(m_db.connection(),
                           QStringLiteral("SELECT tt.topic_id, g.name FROM topic_tags tt JOIN tags g ON g.id = tt.tag_id"
                                          " WHERE tt.topic_id IN (%1) ORDER BY tt.topic_id, tt.position")
                               .arg(idList(ids)),
                           {});
    while (q.next())
        topics[index.value(q.value(0).toInt())].tags.append(q.value(1).toString());
}

TopicPage Queries::topicList(const ListFilter &filter) const
{
    QString scope = QStringLiteral("t.visible = 1 AND t.archetype = 'regular'");
    QVariantList binds;
    if (!filter.categoryIds.isEmpty())
        scope += QStringLiteral(" AND t.category_id IN (%1)").arg(idList(filter.categoryIds));
    if (filter.tagId > 0) {
        scope += QStringLiteral(" AND t.id IN (SELECT topic_id FROM topic_tags WHERE tag_id = ?)");
        binds.append(filter.tagId);
    }
    if (!filter.createdSince.isEmpty()) {
        scope += QStringLiteral(" AND t.created_at >= ?");
        binds.append(filter.createdSince);
    }
    if (filter.state == ListFilter::State::New) {
        scope += QStringLiteral(" AND ") + ReadState::newFilterSql();
        binds += ReadState::newFilterBinds(filter.userId, filter.newSince);
    } else if (filter.state == ListFilter::State::Unread) {
        scope += QStringLiteral(" AND ") + ReadState::unreadFilterSql();
        binds << filter.userId << filter.userId;
    } else if (filter.state == ListFilter::State::NewOrUnread) {
        scope += QStringLiteral(" AND ((%1) OR (%2))").arg(ReadState::newFilterSql(), ReadState::unreadFilterSql());
        binds += ReadState::newFilterBinds(filter.userId, filter.newSince);
        binds << filter.userId << filter.userId;
    }
    QString order = filter.order == ListFilter::Order::Top
                        ? QStringLiteral("t.like_count DESC, t.views DESC, t.id DESC")
                        : QStringLiteral("t.bumped_at DESC, t.id DESC");
    // TopicQuery#unread_results: the reader's own topics first.
    if (filter.state == ListFilter::State::Unread)
        order.prepend(QStringLiteral("(t.user_id = %1) DESC, ").arg(filter.userId));

    QList<TopicRow> pinned;
    QString unpinnedScope = scope;
    if (filter.prioritizePinned) {
        QString pinnedClause = QStringLiteral("t.pinned_at IS NOT NULL");
        if (filter.pinnedGloballyOnly)
            pinnedClause += QStringLiteral(" AND t.pinned_globally = 1");
        pinned = readTopics(QStringLiteral("SELECT %1 FROM topics t WHERE %2 AND %3 ORDER BY t.pinned_at DESC")
                                .arg(kTopicColumns, scope, pinnedClause),
                            binds);
        unpinnedScope += QStringLiteral(" AND NOT (%1)").arg(pinnedClause);
    }

    // Discourse's prioritize_pinned_topics: page 0 is pinned + regular, later pages skip the pinned.
    TopicPage page;
    int limit = filter.perPage;
    int offset = filter.page * filter.perPage - int(pinned.size());
    if (filter.page == 0) {
        page.topics = pinned.mid(0, filter.perPage);
        limit = filter.perPage - int(page.topics.size());
        offset = 0;
    }
    offset = qMax(0, offset);
    QVariantList listBinds = binds;
    listBinds << limit + 1 << offset;
    QList<TopicRow> rest = readTopics(QStringLiteral("SELECT %1 FROM topics t WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                                          .arg(kTopicColumns, unpinnedScope, order),
                                      listBinds);
    page.hasMore = rest.size() > limit || (filter.page == 0 && pinned.size() > filter.perPage);
    page.topics += rest.mid(0, limit);
    attachTags(page.topics);
    return page;
}

std::optional<TopicRow> Queries::topic(int id, int viewerUserId) const
{
    QList<TopicRow> rows = readTopics(
        QStringLiteral("SELECT %1 FROM topics t WHERE t.id = ? AND t.visible = 1 AND (t.archetype <> 'private_message'"
                       " OR EXISTS (SELECT 1 FROM topic_allowed_users a WHERE a.topic_id = t.id AND a.user_id = ?)"
                       " OR EXISTS (SELECT 1 FROM users u WHERE u.id = ? AND u.admin = 1))")
            .arg(kTopicColumns),
        {id, viewerUserId, viewerUserId});
    if (rows.isEmpty())
        return std::nullopt;
    attachTags(rows);
    return rows.first();
}

QList<int> Queries::postStream(int topicId) const
{
    QList<int> ids;
    QSqlQuery q = prepared(m_db.connection(),
                           QStringLiteral("SELECT id FROM posts WHERE topic_id = ? ORDER BY post_number"), {topicId});
    while (q.next())
        ids.append(q.value(0).toInt());
    return ids;
}

QList<PostRow> Queries::readPosts(const QString &where, const QVariantList &binds) const
{
    QList<PostRow> rows;
    QSqlQuery q = prepared(m_db.connection(),
                           QStringLiteral("SELECT %1 FROM posts p LEFT JOIN posts r ON r.topic_id = p.topic_id"
                                          " AND r.post_number = p.reply_to_post_number WHERE %2")
                               .arg(kPostColumns, where),
                           binds);
    while (q.next()) {
        PostRow p;
        p.id = q.value(0).toInt();
        p.topicId = q.value(1).toInt();
        p.postNumber = q.value(2).toInt();
        p.userId = q.value(3).toInt();
        p.raw = q.value(4).toString();
        p.cooked = q.value(5).toString();
        p.createdAt = q.value(6).toString();
        p.updatedAt = q.value(7).toString();
        p.replyToPostNumber = q.value(8).toInt();
        p.replyQuoted = q.value(9).toBool();
        p.replyCount = q.value(10).toInt();
        p.quoteCount = q.value(11).toInt();
        p.likeCount = q.value(12).toInt();
        p.postType = q.value(13).toInt();
        p.version = q.value(14).toInt();
        p.replyToUserId = q.value(15).toInt();
        rows.append(p);
    }
    return rows;
}

QList<PostRow> Queries::postsByIds(int topicId, const QList<int> &ids) const
{
    if (ids.isEmpty())
        return {};
    return readPosts(QStringLiteral("p.topic_id = ? AND p.id IN (%1) ORDER BY p.post_number").arg(idList(ids)),
                     {topicId});
}

QList<PostRow> Queries::postsFrom(int topicId, int offset, int limit) const
{
    return readPosts(QStringLiteral("p.topic_id = ? ORDER BY p.post_number LIMIT ? OFFSET ?"),
                     {topicId, limit, offset});
}

QList<PostRow> Queries::latestPosts(int topicId, int limit) const
{
    return readPosts(QStringLiteral("p.topic_id = ? ORDER BY p.post_number DESC LIMIT ?"), {topicId, limit});
}

QList<PostRow> Queries::postsNear(int topicId, int postNumber, bool asc, int limit) const
{
    if (asc)
        return readPosts(QStringLiteral("p.topic_id = ? AND p.post_number > ? ORDER BY p.post_number LIMIT ?"),
                         {topicId, postNumber, limit});
    QList<PostRow> rows = readPosts(
        QStringLiteral("p.topic_id = ? AND p.post_number < ? ORDER BY p.post_number DESC LIMIT ?"),
        {topicId, postNumber, limit});
    std::reverse(rows.begin(), rows.end());
    return rows;
}

std::optional<PostRow> Queries::postByNumber(int topicId, int postNumber) const
{
    const QList<PostRow> rows = readPosts(QStringLiteral("p.topic_id = ? AND p.post_number = ?"), {topicId, postNumber});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QSet<int> Queries::likedPostIds(int userId, const QList<int> &postIds) const
{
    QSet<int> liked;
    if (userId <= 0 || postIds.isEmpty())
        return liked;
    QSqlQuery q = prepared(m_db.connection(),
                           QStringLiteral("SELECT post_id FROM post_actions WHERE user_id = ?"
                                          " AND post_action_type_id = 2 AND post_id IN (%1)")
                               .arg(idList(postIds)),
                           {userId});
    while (q.next())
        liked.insert(q.value(0).toInt());
    return liked;
}

bool Queries::categoryExists(int id) const
{
    QSqlQuery q = prepared(m_db.connection(), QStringLiteral("SELECT 1 FROM categories WHERE id = ?"), {id});
    return q.next();
}

std::optional<PostRow> Queries::post(int id) const
{
    const QList<PostRow> rows = readPosts(QStringLiteral("p.id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<QPair<int, int>> Queries::participants(int topicId, int limit) const
{
    QList<QPair<int, int>> result;
    QSqlQuery q = prepared(m_db.connection(),
                           QStringLiteral("SELECT user_id, count(*) AS n FROM posts WHERE topic_id = ?"
                                          " GROUP BY user_id ORDER BY n DESC, min(post_number) LIMIT ?"),
                           {topicId, limit});
    while (q.next())
        result.append({q.value(0).toInt(), q.value(1).toInt()});
    return result;
}

QList<QPair<int, int>> Queries::timelineLookup(int topicId) const
{
    // One sample per distinct day of posting, at most 40, like Discourse's timeline_lookup.
    QList<QPair<int, int>> result;
    QSqlQuery q = prepared(m_db.connection(),
                           QStringLiteral("SELECT min(post_number), CAST(julianday('now') - julianday(substr(created_at, 1, 10)) AS INTEGER)"
                                          " FROM posts WHERE topic_id = ? GROUP BY substr(created_at, 1, 10)"
                                          " ORDER BY 1 LIMIT 40"),
                           {topicId});
    while (q.next())
        result.append({q.value(0).toInt(), qMax(0, q.value(1).toInt())});
    return result;
}

std::optional<TagRow> Queries::tagByName(const QString &name) const
{
    QSqlQuery q = prepared(m_db.connection(),
                           QStringLiteral("SELECT g.id, g.name, (SELECT count(*) FROM topic_tags WHERE tag_id = g.id)"
                                          " FROM tags g WHERE g.name = ? OR replace(lower(g.name), ' ', '-') = lower(?)"),
                           {name, name});
    if (!q.next())
        return std::nullopt;
    return TagRow{q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt()};
}

QList<TagRow> Queries::topTags(int limit) const
{
    QList<TagRow> result;
    QSqlQuery q = prepared(m_db.connection(),
                           QStringLiteral("SELECT g.id, g.name, count(tt.topic_id) AS n FROM tags g"
                                          " LEFT JOIN topic_tags tt ON tt.tag_id = g.id GROUP BY g.id"
                                          " ORDER BY n DESC, g.name LIMIT ?"),
                           {limit});
    while (q.next())
        result.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt()});
    return result;
}

std::optional<UploadRow> Queries::upload(const QString &sha1) const
{
    QSqlQuery q = prepared(m_db.connection(),
                           QStringLiteral("SELECT sha1, extension, width, height FROM uploads WHERE sha1 = ?"), {sha1});
    if (!q.next())
        return std::nullopt;
    return UploadRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()};
}

QString Queries::setting(const QString &name) const
{
    QSqlQuery q = prepared(m_db.connection(), QStringLiteral("SELECT value FROM site_settings WHERE name = ?"), {name});
    return q.next() ? q.value(0).toString() : QString();
}
