#include "demoreadingstate.h"
#include "db/database.h"
#include "db/readstate.h"
#include "db/writer.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace DemoReadingState {

namespace {

struct Topic
{
    int id = 0;
    int highest = 0;
};

} // namespace

bool seed(Database &db, int userId, QString *error)
{
    QSqlDatabase connection = db.connection();
    QSqlQuery q(connection);
    const auto fail = [&] {
        *error = q.lastError().text();
        return false;
    };
    // "New" since the account exists (Discourse's "not viewed" duration): the demo content is
    // dated, and with the default of two days none of it would ever be new.
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO user_options (user_id, new_topic_duration_minutes) VALUES (?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(ReadState::kNewTopicDurationAlways);
    if (!q.exec())
        return fail();

    QList<Topic> topics;
    if (!q.exec(QStringLiteral("SELECT id, highest_post_number FROM topics WHERE visible = 1 ORDER BY created_at, id")))
        return fail();
    while (q.next())
        topics.append({q.value(0).toInt(), q.value(1).toInt()});

    const QString at = Writer::isoTime(QDateTime::currentDateTimeUtc());
    const qsizetype third = topics.size() / 3;
    QSqlQuery row(connection);
    row.prepare(QStringLiteral("INSERT OR REPLACE INTO topic_users (user_id, topic_id, last_read_post_number,"
                               " notification_level, first_visited_at, last_visited_at, total_msecs_viewed)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery timing(connection);
    timing.prepare(QStringLiteral("INSERT OR REPLACE INTO post_timings (topic_id, post_number, user_id, msecs)"
                                  " VALUES (?, ?, ?, 4000)"));
    for (qsizetype i = 0; i < topics.size() - third; ++i) {
        const Topic &t = topics.at(i);
        const bool oldest = i < third;
        // Read topics alternate between regular and tracking, so a new reply makes some unread.
        int lastRead = t.highest;
        int level = i % 2 ? ReadState::Tracking : ReadState::Regular;
        if (!oldest && t.highest > 1) {
            lastRead = qMax(1, t.highest / 2);
            level = i % 5 == 0 ? ReadState::Watching : ReadState::Tracking;
        }
        row.addBindValue(userId);
        row.addBindValue(t.id);
        row.addBindValue(lastRead);
        row.addBindValue(level);
        row.addBindValue(at);
        row.addBindValue(at);
        row.addBindValue(lastRead * 4000);
        if (!row.exec()) {
            *error = row.lastError().text();
            return false;
        }
        for (int n = 1; n <= lastRead; ++n) {
            timing.addBindValue(t.id);
            timing.addBindValue(n);
            timing.addBindValue(userId);
            if (!timing.exec()) {
                *error = timing.lastError().text();
                return false;
            }
        }
    }
    return true;
}

} // namespace DemoReadingState
