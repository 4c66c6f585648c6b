#include "readstate.h"
#include "database.h"
#include "writer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// post_timing.rb MAX_READ_TIME_PER_BATCH and topic_user.rb's one-day cap on total_msecs_viewed.
constexpr int kMaxReadTimePerBatch = 60 * 1000;
constexpr int kMaxTotalMsecsViewed = 86400000;

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, bool *ok = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    const bool done = q.exec();
    if (!done)
        qWarning("aivizor-server: reading state: %s", qPrintable(q.lastError().text()));
    if (ok)
        *ok = *ok && done;
    return q;
}

QString idList(const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QString now()
{
    return Writer::isoTime(QDateTime::currentDateTimeUtc());
}

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::Int));
}

} // namespace

QDateTime ReadState::newTopicCutoff(int userId) const
{
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("SELECT u.created_at, o.new_topic_duration_minutes, u.previous_visit_at,"
                                     " s.new_since FROM users u"
                                     " LEFT JOIN user_options o ON o.user_id = u.id"
                                     " LEFT JOIN user_stats s ON s.user_id = u.id WHERE u.id = ?"),
                      {userId});
    if (!q.next())
        return QDateTime::currentDateTimeUtc();
    const QDateTime created = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    const int duration = q.value(1).isNull() ? kDefaultNewTopicDurationMinutes : q.value(1).toInt();
    QDateTime since;
    if (duration == kNewTopicDurationAlways) {
        since = created;
    } else if (duration == kNewTopicDurationLastVisit) {
        // previous_visit_at, else user_stat.new_since (user_option.rb); a first visit has neither.
        since = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        if (!since.isValid())
            since = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        if (!since.isValid())
            since = created;
    } else {
        since = QDateTime::currentDateTimeUtc().addSecs(-qint64(duration) * 60);
    }
    // A fresh account never sees topics older than itself as new.
    return std::max(since, created);
}

QHash<int, TopicUserRow> ReadState::rows(int userId, const QList<int> &topicIds) const
{
    QHash<int, TopicUserRow> result;
    if (userId <= 0 || topicIds.isEmpty())
        return result;
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("SELECT topic_id, last_read_post_number, notification_level,"
                                     " notifications_reason_id, posted, bookmarked, first_visited_at,"
                                     " last_visited_at, total_msecs_viewed FROM topic_users"
                                     " WHERE user_id = ? AND topic_id IN (%1)")
                          .arg(idList(topicIds)),
                      {userId});
    while (q.next()) {
        TopicUserRow r;
        r.topicId = q.value(0).toInt();
        if (!q.value(1).isNull())
            r.lastReadPostNumber = q.value(1).toInt();
        r.notificationLevel = q.value(2).toInt();
        if (!q.value(3).isNull())
            r.notificationsReasonId = q.value(3).toInt();
        r.posted = q.value(4).toBool();
        r.bookmarked = q.value(5).toBool();
        r.firstVisitedAt = q.value(6).toString();
        r.lastVisitedAt = q.value(7).toString();
        r.totalMsecsViewed = q.value(8).toInt();
        result.insert(r.topicId, r);
    }
    return result;
}

std::optional<TopicUserRow> ReadState::row(int userId, int topicId) const
{
    const QHash<int, TopicUserRow> found = rows(userId, {topicId});
    if (!found.contains(topicId))
        return std::nullopt;
    return found.value(topicId);
}

QSet<int> ReadState::likedTopicIds(int userId, const QList<int> &topicIds) const
{
    QSet<int> result;
    if (userId <= 0 || topicIds.isEmpty())
        return result;
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("SELECT DISTINCT p.topic_id FROM post_actions a JOIN posts p ON p.id = a.post_id"
                                     " WHERE a.user_id = ? AND a.post_action_type_id = 2 AND p.topic_id IN (%1)")
                          .arg(idList(topicIds)),
                      {userId});
    while (q.next())
        result.insert(q.value(0).toInt());
    return result;
}

QSet<int> ReadState::dismissedTopicIds(int userId, const QList<int> &topicIds) const
{
    QSet<int> result;
    if (userId <= 0 || topicIds.isEmpty())
        return result;
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("SELECT topic_id FROM dismissed_topic_users WHERE user_id = ? AND topic_id IN (%1)")
                          .arg(idList(topicIds)),
                      {userId});
    while (q.next())
        result.insert(q.value(0).toInt());
    return result;
}

bool ReadState::recordTimings(int userId, const TopicRow &topic, const QMap<int, int> &timings, int topicTimeMs)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return false;
    bool ok = true;
    QSqlQuery user = run(db,
                         QStringLiteral("SELECT u.created_at, o.auto_track_topics_after_msecs FROM users u"
                                        " LEFT JOIN user_options o ON o.user_id = u.id WHERE u.id = ?"),
                         {userId}, &ok);
    if (!ok || !user.next()) {
        db.rollback();
        return false;
    }
    // No batch may claim more reading time than the account has existed (post_timing.rb).
    const qint64 ageMs = QDateTime::fromString(user.value(0).toString(), Qt::ISODateWithMs)
                             .msecsTo(QDateTime::currentDateTimeUtc());
    const int maxMs = int(std::clamp<qint64>(ageMs, 0, kMaxReadTimePerBatch));
    const int threshold = user.value(1).isNull() ? kDefaultAutoTrackAfterMsecs : user.value(1).toInt();

    int highest = 1;
    for (auto it = timings.cbegin(); it != timings.cend(); ++it) {
        // Numbers outside the topic name no post.
        if (it.key() < 1 || it.key() > topic.highestPostNumber)
            continue;
        highest = std::max(highest, it.key());
        run(db,
            QStringLiteral("INSERT INTO post_timings (topic_id, post_number, user_id, msecs) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT (topic_id, post_number, user_id) DO UPDATE SET msecs = msecs + excluded.msecs"),
            {topic.id, it.key(), userId, std::clamp(it.value(), 0, maxMs)}, &ok);
    }
    const int topicTime = std::clamp(topicTimeMs, 0, maxMs);

    QSqlQuery existing = run(db,
                             QStringLiteral("SELECT last_read_post_number, total_msecs_viewed, notification_level,"
                                            " notifications_reason_id FROM topic_users WHERE user_id = ? AND topic_id = ?"),
                             {userId, topic.id}, &ok);
    if (ok && existing.next()) {
        // TopicUser.update_last_read: never backwards; auto-tracking only while no reason is recorded.
        const int lastRead = std::max(existing.value(0).toInt(), highest);
        const int total = int(std::min<qint64>(qint64(existing.value(1).toInt()) + topicTime, kMaxTotalMsecsViewed));
        int level = existing.value(2).toInt();
        if (existing.value(3).isNull() && threshold >= 0 && total > threshold && topic.archetype == QLatin1String("regular"))
            level = Tracking;
        run(db,
            QStringLiteral("UPDATE topic_users SET last_read_post_number = ?, total_msecs_viewed = ?,"
                           " notification_level = ? WHERE user_id = ? AND topic_id = ?"),
            {lastRead, total, level, userId, topic.id}, &ok);
    } else if (ok) {
        // The insert path records no viewing time, as Discourse's does.
        const QString at = now();
        run(db,
            QStringLiteral("INSERT INTO topic_users (user_id, topic_id, last_read_post_number, notification_level,"
                           " first_visited_at, last_visited_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {userId, topic.id, highest, threshold == 0 ? Tracking : Regular, at, at}, &ok);
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

bool ReadState::trackVisit(int userId, int topicId)
{
    const QString at = now();
    bool ok = true;
    run(m_db.connection(),
        QStringLiteral("INSERT INTO topic_users (user_id, topic_id, first_visited_at, last_visited_at)"
                       " VALUES (?, ?, ?, ?) ON CONFLICT (user_id, topic_id) DO UPDATE SET"
                       " last_visited_at = excluded.last_visited_at,"
                       " first_visited_at = coalesce(first_visited_at, excluded.first_visited_at)"),
        {userId, topicId, at, at}, &ok);
    return ok;
}

void ReadState::touch(int userId)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    // previous_visit_timeout_hours = 1 (user.rb update_last_seen!).
    run(m_db.connection(),
        QStringLiteral("UPDATE users SET previous_visit_at = CASE WHEN last_seen_at IS NOT NULL AND last_seen_at < ?"
                       " THEN last_seen_at ELSE previous_visit_at END, last_seen_at = ? WHERE id = ?"),
        {Writer::isoTime(at.addSecs(-3600)), Writer::isoTime(at), userId});
}

bool ReadState::setNotificationLevel(int userId, int topicId, int level)
{
    bool ok = true;
    run(m_db.connection(),
        QStringLiteral("INSERT INTO topic_users (user_id, topic_id, notification_level, notifications_reason_id,"
                       " notifications_changed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, topic_id) DO UPDATE SET"
                       " notification_level = excluded.notification_level,"
                       " notifications_reason_id = excluded.notifications_reason_id,"
                       " notifications_changed_at = excluded.notifications_changed_at"),
        {userId, topicId, level, kReasonUserChanged, now()}, &ok);
    return ok;
}

QString ReadState::scopeSql(const TopicScope &scope, QVariantList *binds) const
{
    QString sql;
    if (!scope.categoryIds.isEmpty())
        sql += QStringLiteral(" AND t.category_id IN (%1)").arg(idList(scope.categoryIds));
    if (scope.tagId > 0) {
        sql += QStringLiteral(" AND t.id IN (SELECT topic_id FROM topic_tags WHERE tag_id = ?)");
        binds->append(scope.tagId);
    }
    if (scope.restrictToTopicIds)
        sql += scope.topicIds.isEmpty() ? QStringLiteral(" AND 0") : QStringLiteral(" AND t.id IN (%1)").arg(idList(scope.topicIds));
    return sql;
}

QList<int> ReadState::dismissNewTopics(int userId, const TopicScope &scope, bool unscoped)
{
    QSqlDatabase db = m_db.connection();
    QList<int> ids;
    if (!db.transaction())
        return ids;
    bool ok = true;
    QVariantList binds{Writer::isoTime(newTopicCutoff(userId)), userId, userId};
    const QString scoped = scopeSql(scope, &binds);
    binds.append(kMaxNewTopics);
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT t.id FROM topics t WHERE t.visible = 1 AND t.archetype = 'regular'"
                                     " AND t.created_at >= ? AND NOT EXISTS (SELECT 1 FROM topic_users tu"
                                     "  WHERE tu.user_id = ? AND tu.topic_id = t.id AND tu.last_read_post_number IS NOT NULL)"
                                     " AND NOT EXISTS (SELECT 1 FROM dismissed_topic_users d WHERE d.user_id = ?"
                                     "  AND d.topic_id = t.id)%1 ORDER BY t.created_at DESC LIMIT ?")
                          .arg(scoped),
                      binds, &ok);
    while (q.next())
        ids.append(q.value(0).toInt());
    const QString at = now();
    for (int id : std::as_const(ids))
        run(db, QStringLiteral("INSERT INTO dismissed_topic_users (user_id, topic_id, created_at) VALUES (?, ?, ?)"),
            {userId, id, at}, &ok);
    if (unscoped)
        run(db,
            QStringLiteral("INSERT INTO user_stats (user_id, new_since) VALUES (?, ?)"
                           " ON CONFLICT (user_id) DO UPDATE SET new_since = excluded.new_since"),
            {userId, at}, &ok);
    if (!ok || !db.commit()) {
        db.rollback();
        return {};
    }
    return ids;
}

QList<int> ReadState::dismissPosts(int userId, const QList<int> &topicIds)
{
    QList<int> changed;
    if (topicIds.isEmpty())
        return changed;
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return changed;
    bool ok = true;
    // Existing rows only, as Discourse's dismiss_posts: a never-opened topic stays new.
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT topic_id FROM topic_users WHERE user_id = ? AND topic_id IN (%1)"
                                     " ORDER BY topic_id")
                          .arg(idList(topicIds)),
                      {userId}, &ok);
    while (q.next())
        changed.append(q.value(0).toInt());
    run(db,
        QStringLiteral("UPDATE topic_users SET last_read_post_number = (SELECT t.highest_post_number FROM topics t"
                       " WHERE t.id = topic_users.topic_id) WHERE user_id = ? AND topic_id IN (%1)")
            .arg(idList(topicIds)),
        {userId}, &ok);
    if (!ok || !db.commit()) {
        db.rollback();
        return {};
    }
    return changed;
}

QList<int> ReadState::unreadTopicIds(int userId, const TopicScope &scope) const
{
    QVariantList binds{userId, userId};
    const QString scoped = scopeSql(scope, &binds);
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("SELECT t.id FROM topics t WHERE t.visible = 1 AND t.archetype = 'regular' AND %1%2")
                          .arg(unreadFilterSql(), scoped),
                      binds);
    QList<int> ids;
    while (q.next())
        ids.append(q.value(0).toInt());
    return ids;
}

bool ReadState::destroyTimings(int userId, int topicId, bool lastOnly)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return false;
    bool ok = true;
    if (lastOnly) {
        // PostTiming.destroy_last_for: the highest post becomes unread again.
        QSqlQuery q = run(db, QStringLiteral("SELECT highest_post_number FROM topics WHERE id = ?"), {topicId}, &ok);
        const int highest = ok && q.next() ? q.value(0).toInt() : 0;
        run(db, QStringLiteral("DELETE FROM post_timings WHERE topic_id = ? AND user_id = ? AND post_number = ?"),
            {topicId, userId, highest}, &ok);
        run(db, QStringLiteral("UPDATE topic_users SET last_read_post_number = ? WHERE user_id = ? AND topic_id = ?"),
            {highest > 1 ? QVariant(highest - 1) : nullInt(), userId, topicId}, &ok);
    } else {
        run(db, QStringLiteral("DELETE FROM post_timings WHERE topic_id = ? AND user_id = ?"), {topicId, userId}, &ok);
        run(db, QStringLiteral("DELETE FROM topic_users WHERE user_id = ? AND topic_id = ?"), {userId, topicId}, &ok);
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

QString ReadState::newFilterSql()
{
    // TopicQuery#new_filter + remove_dismissed: no read row (a row at regular or muted is not
    // new even when never read), created since the cutoff, not dismissed.
    return QStringLiteral(
        "t.created_at >= ? AND NOT EXISTS (SELECT 1 FROM topic_users tu WHERE tu.user_id = ? AND tu.topic_id = t.id"
        " AND (tu.last_read_post_number IS NOT NULL OR tu.notification_level < 2))"
        " AND NOT EXISTS (SELECT 1 FROM dismissed_topic_users d WHERE d.user_id = ? AND d.topic_id = t.id)");
}

QVariantList ReadState::newFilterBinds(int userId, const QDateTime &cutoff)
{
    return {Writer::isoTime(cutoff), userId, userId};
}

QString ReadState::unreadFilterSql()
{
    // TopicQuery#unread_filter: read before, posts since, tracking or watching. The IN list
    // drives the query from the reader's own rows instead of every topic.
    return QStringLiteral(
        "t.id IN (SELECT tu.topic_id FROM topic_users tu WHERE tu.user_id = ? AND tu.notification_level >= 2"
        " AND tu.last_read_post_number IS NOT NULL)"
        " AND (SELECT tu.last_read_post_number FROM topic_users tu WHERE tu.user_id = ? AND tu.topic_id = t.id)"
        " < t.highest_post_number");
}
