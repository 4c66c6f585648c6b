#include "userqueries.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

std::optional<UserProfileRow> UserQueries::profile(const QString &username) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT u.id, u.username, u.name, u.title, u.avatar_color, u.admin, u.moderator, u.trust_level,"
        " u.created_at, coalesce(u.last_seen_at, ''), u.bio_raw, u.bio_cooked,"
        " (SELECT count(*) FROM posts p JOIN topics t ON t.id = p.topic_id WHERE p.user_id = u.id AND t.visible = 1),"
        " (SELECT count(*) FROM topics t WHERE t.user_id = u.id AND t.visible = 1),"
        " coalesce((SELECT max(p.created_at) FROM posts p WHERE p.user_id = u.id), '')"
        " FROM users u WHERE u.username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return std::nullopt;
    UserProfileRow r;
    r.user.id = q.value(0).toInt();
    r.user.username = q.value(1).toString();
    r.user.name = q.value(2).toString();
    r.user.title = q.value(3).toString();
    r.user.avatarColor = q.value(4).toString();
    r.user.admin = q.value(5).toBool();
    r.user.moderator = q.value(6).toBool();
    r.user.trustLevel = q.value(7).toInt();
    r.createdAt = q.value(8).toString();
    r.lastSeenAt = q.value(9).toString();
    r.bioRaw = q.value(10).toString();
    r.bioCooked = q.value(11).toString();
    r.postCount = q.value(12).toInt();
    r.topicCount = q.value(13).toInt();
    r.lastPostedAt = q.value(14).toString();
    return r;
}

QList<UserActionRow> UserQueries::actions(int userId, const QList<int> &types, int offset, int limit) const
{
    const auto wanted = [&types](int type) { return types.isEmpty() || types.contains(type); };
    QStringList parts;
    QVariantList binds;
    const QString visible = QStringLiteral(" JOIN topics t ON t.id = p.topic_id AND t.visible = 1 AND t.archetype = 'regular'");
    if (wanted(NewTopic) || wanted(Reply)) {
        QString numbers;
        if (!wanted(Reply))
            numbers = QStringLiteral(" AND p.post_number = 1");
        else if (!wanted(NewTopic))
            numbers = QStringLiteral(" AND p.post_number > 1");
        parts << QStringLiteral("SELECT CASE WHEN p.post_number = 1 THEN 4 ELSE 5 END, p.created_at, p.user_id, p.id"
                                " FROM posts p%1 WHERE p.user_id = ?%2").arg(visible, numbers);
        binds << userId;
    }
    if (wanted(Like)) {
        parts << QStringLiteral("SELECT 1, a.created_at, a.user_id, p.id FROM post_actions a JOIN posts p ON p.id = a.post_id%1"
                                " WHERE a.user_id = ? AND a.post_action_type_id = 2").arg(visible);
        binds << userId;
    }
    if (wanted(WasLiked)) {
        parts << QStringLiteral("SELECT 2, a.created_at, a.user_id, p.id FROM post_actions a JOIN posts p ON p.id = a.post_id%1"
                                " WHERE p.user_id = ? AND a.post_action_type_id = 2").arg(visible);
        binds << userId;
    }
    if (wanted(Response)) {
        // Someone else's reply to one of the user's posts.
        parts << QStringLiteral("SELECT 6, p.created_at, p.user_id, p.id FROM posts p%1 JOIN posts r ON r.topic_id = p.topic_id"
                                " AND r.post_number = p.reply_to_post_number WHERE r.user_id = ? AND p.user_id <> r.user_id")
                     .arg(visible);
        binds << userId;
    }
    QList<UserActionRow> rows;
    if (parts.isEmpty())
        return rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY 2 DESC, 4 DESC LIMIT ? OFFSET ?"));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        qWarning("aivizor-server: user actions: %s", qPrintable(q.lastError().text()));
        return rows;
    }
    while (q.next())
        rows.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()});
    return rows;
}
