#include "lib/store/storeschema.h"

#include "lib/store/searchindex.h"
#include "lib/store/storesql.h"

#include <QStringList>

namespace Aivizor {

namespace {

// Version 1: the values the reader shows. Times are milliseconds since the epoch (UTC);
// last_access is ForumStore's access clock (microseconds, strictly increasing).
const char *const Version1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB)",
    "CREATE TABLE communities (id INTEGER PRIMARY KEY, list_order INTEGER NOT NULL,"
    " parent_id INTEGER NOT NULL, name TEXT NOT NULL, slug TEXT NOT NULL, description TEXT NOT NULL,"
    " color TEXT NOT NULL, text_color TEXT NOT NULL, position INTEGER NOT NULL,"
    " topic_count INTEGER NOT NULL, post_count INTEGER NOT NULL, read_restricted INTEGER NOT NULL,"
    " subcategory_ids BLOB NOT NULL)",
    "CREATE TABLE tags (list_order INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE feed_pages (id INTEGER PRIMARY KEY, feed TEXT NOT NULL, page INTEGER NOT NULL,"
    " community_id INTEGER NOT NULL, fetched_at INTEGER NOT NULL, last_access INTEGER NOT NULL,"
    " rows BLOB NOT NULL, UNIQUE (feed, page))",
    "CREATE TABLE topics (id INTEGER PRIMARY KEY, category_id INTEGER NOT NULL,"
    " fetched_at INTEGER NOT NULL, last_access INTEGER NOT NULL, header BLOB NOT NULL,"
    " stream BLOB NOT NULL)",
    "CREATE TABLE posts (id INTEGER PRIMARY KEY,"
    " topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
    " post_number INTEGER NOT NULL, cooked TEXT NOT NULL, details BLOB NOT NULL,"
    " sanitized TEXT, sanitized_images BLOB, sanitized_with TEXT, UNIQUE (topic_id, post_number))",
    "CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT NOT NULL, name TEXT NOT NULL,"
    " avatar_template TEXT NOT NULL, seen_at INTEGER NOT NULL)",
    "CREATE INDEX users_by_name ON users (username COLLATE NOCASE)",
    "CREATE TABLE images (url TEXT PRIMARY KEY, content_type TEXT NOT NULL, data BLOB NOT NULL,"
    " fetched_at INTEGER NOT NULL, last_access INTEGER NOT NULL)",
    "CREATE TABLE reading_positions (topic_id INTEGER PRIMARY KEY, post_number INTEGER NOT NULL,"
    " pixel_offset INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
};

// Version 2: the disk cap and "available offline". Eviction walks the last_access indexes;
// the offline marks protect topics, their communities' feed pages and the images saved for them;
// the reading position gains Discourse's last_read_post_number.
const char *const Version2[] = {
    "CREATE TABLE offline_communities (id INTEGER PRIMARY KEY)",
    "CREATE TABLE offline_topics (id INTEGER PRIMARY KEY)",
    "ALTER TABLE images ADD COLUMN topic_id INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE reading_positions ADD COLUMN last_read_post_number INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX feed_pages_by_access ON feed_pages (last_access)",
    "CREATE INDEX topics_by_access ON topics (last_access)",
    "CREATE INDEX images_by_access ON images (last_access)",
};

// Version 3: "Make available offline" jobs, so that a download cut short by quitting carries on
// where it stopped: the job and the topics it has saved so far (dropped with the job).
const char *const Version3[] = {
    "CREATE TABLE offline_jobs (community_id INTEGER PRIMARY KEY, topic_limit INTEGER NOT NULL,"
    " started_at INTEGER NOT NULL, finished_at INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE offline_job_topics (community_id INTEGER NOT NULL"
    " REFERENCES offline_jobs(community_id) ON DELETE CASCADE, topic_id INTEGER NOT NULL,"
    " PRIMARY KEY (community_id, topic_id)) WITHOUT ROWID",
};

// Version 4: the reader's state of topics (new, unread, level) for reading without an account
// and offline, and the reading-state changes not yet sent to the forum, in the order made.
const char *const Version4[] = {
    "CREATE TABLE topic_states (topic_id INTEGER PRIMARY KEY, category_id INTEGER NOT NULL,"
    " highest_post_number INTEGER NOT NULL, last_read_post_number INTEGER NOT NULL,"
    " notification_level INTEGER NOT NULL, in_new_period INTEGER NOT NULL)",
    "CREATE TABLE pending_read_ops (id INTEGER PRIMARY KEY, topic_id INTEGER NOT NULL,"
    " kind TEXT NOT NULL, payload BLOB NOT NULL)",
};

// Version 5: full-text search over the stored posts (SearchIndex). The triggers keep the FTS5
// table in step with search_posts, whose rows go with their posts and topics by cascade. The
// migration indexes what is stored already: every post's HTML is turned into text once, in
// batches, inside the migration's transaction.
const char *const Version5[] = {
    "CREATE TABLE search_topics (id INTEGER PRIMARY KEY REFERENCES topics(id) ON DELETE CASCADE,"
    " category_id INTEGER NOT NULL, title TEXT NOT NULL, tags TEXT NOT NULL, closed INTEGER NOT NULL)",
    "CREATE TABLE search_posts (id INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,"
    " topic_id INTEGER NOT NULL, post_number INTEGER NOT NULL, created_at INTEGER NOT NULL,"
    " username TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL)",
    "CREATE INDEX search_posts_by_date ON search_posts (created_at)",
    "CREATE INDEX search_posts_by_user ON search_posts (username COLLATE NOCASE, created_at)",
    "CREATE INDEX search_posts_by_topic ON search_posts (topic_id)",
    "CREATE VIRTUAL TABLE post_search USING fts5 (title, body, content='search_posts', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER search_posts_insert AFTER INSERT ON search_posts BEGIN"
    " INSERT INTO post_search (rowid, title, body) VALUES (new.id, new.title, new.body); END",
    "CREATE TRIGGER search_posts_delete AFTER DELETE ON search_posts BEGIN"
    " INSERT INTO post_search (post_search, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END",
    "CREATE TRIGGER search_posts_update AFTER UPDATE ON search_posts BEGIN"
    " INSERT INTO post_search (post_search, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);"
    " INSERT INTO post_search (rowid, title, body) VALUES (new.id, new.title, new.body); END",
};

struct Migration
{
    const char *const *statements;
    int count;
    // Fills what the statements created from what is stored (same transaction); may be null.
    QSqlError (*fill)(QSqlDatabase &db);
};

template<int N>
constexpr Migration migration(const char *const (&statements)[N], QSqlError (*fill)(QSqlDatabase &) = nullptr)
{
    return {statements, N, fill};
}

const Migration Migrations[] = {migration(Version1), migration(Version2), migration(Version3), migration(Version4),
                                migration(Version5, &SearchIndex::buildFromStore)};
static_assert(sizeof(Migrations) / sizeof(Migrations[0]) == StoreSchema::CurrentVersion,
              "one migration per schema version");

} // namespace

QSqlError StoreSchema::upgrade(QSqlDatabase &db, int fromVersion)
{
    for (int version = fromVersion + 1; version <= CurrentVersion; ++version) {
        const Migration &m = Migrations[version - 1];
        QSqlError error = StoreSql::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
        for (int i = 0; i < m.count && !error.isValid(); ++i)
            error = StoreSql::exec(db, QString::fromLatin1(m.statements[i]));
        if (!error.isValid() && m.fill)
            error = m.fill(db);
        if (!error.isValid())
            error = StoreSql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!error.isValid())
            error = StoreSql::exec(db, QStringLiteral("COMMIT"));
        if (error.isValid()) {
            StoreSql::exec(db, QStringLiteral("ROLLBACK"));
            return error;
        }
    }
    return {};
}

} // namespace Aivizor
