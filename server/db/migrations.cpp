#include "migrations.h"

QList<Migration> schemaMigrations()
{
    QList<Migration> steps;

    // v1: the read side plus the tables the write side (API keys, likes, reading state) needs.
    steps.append({1, {
        QStringLiteral(
            "CREATE TABLE site_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE users ("
            " id INTEGER PRIMARY KEY,"
            " username TEXT NOT NULL UNIQUE COLLATE NOCASE,"
            " name TEXT NOT NULL DEFAULT '',"
            " title TEXT NOT NULL DEFAULT '',"
            " admin INTEGER NOT NULL DEFAULT 0,"
            " moderator INTEGER NOT NULL DEFAULT 0,"
            " trust_level INTEGER NOT NULL DEFAULT 1,"
            " avatar_color TEXT NOT NULL,"
            " created_at TEXT NOT NULL)"),
        // Only a SHA-256 of each key is stored; the key itself is shown once at creation.
        QStringLiteral(
            "CREATE TABLE api_keys ("
            " id INTEGER PRIMARY KEY,"
            " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " key_hash TEXT NOT NULL UNIQUE,"
            " client_id TEXT,"
            " scopes TEXT NOT NULL DEFAULT 'read,write',"
            " created_at TEXT NOT NULL,"
            " last_used_at TEXT,"
            " revoked_at TEXT)"),
        QStringLiteral("CREATE INDEX api_keys_user ON api_keys(user_id)"),
        QStringLiteral(
            "CREATE TABLE categories ("
            " id INTEGER PRIMARY KEY,"
            " parent_id INTEGER REFERENCES categories(id),"
            " name TEXT NOT NULL,"
            " slug TEXT NOT NULL UNIQUE,"
            " color TEXT NOT NULL,"
            " text_color TEXT NOT NULL,"
            " description TEXT NOT NULL DEFAULT '',"
            " position INTEGER NOT NULL DEFAULT 0,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE topics ("
            " id INTEGER PRIMARY KEY,"
            " category_id INTEGER NOT NULL REFERENCES categories(id),"
            " user_id INTEGER NOT NULL REFERENCES users(id),"
            " title TEXT NOT NULL,"
            " slug TEXT NOT NULL,"
            " excerpt TEXT NOT NULL DEFAULT '',"
            " archetype TEXT NOT NULL DEFAULT 'regular',"
            " created_at TEXT NOT NULL,"
            " bumped_at TEXT NOT NULL,"
            " last_posted_at TEXT NOT NULL,"
            " last_post_user_id INTEGER REFERENCES users(id),"
            " views INTEGER NOT NULL DEFAULT 0,"
            " posts_count INTEGER NOT NULL DEFAULT 0,"
            " reply_count INTEGER NOT NULL DEFAULT 0,"
            " highest_post_number INTEGER NOT NULL DEFAULT 0,"
            " like_count INTEGER NOT NULL DEFAULT 0,"
            " participant_count INTEGER NOT NULL DEFAULT 0,"
            " word_count INTEGER NOT NULL DEFAULT 0,"
            // Like Discourse's featured_user columns: precomputed so list pages need no GROUP BY.
            " featured_user1_id INTEGER, featured_user2_id INTEGER, featured_user3_id INTEGER,"
            " pinned_at TEXT,"
            " pinned_globally INTEGER NOT NULL DEFAULT 0,"
            " closed INTEGER NOT NULL DEFAULT 0,"
            " archived INTEGER NOT NULL DEFAULT 0,"
            " visible INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX topics_bumped ON topics(bumped_at DESC, id DESC)"),
        QStringLiteral("CREATE INDEX topics_category_bumped ON topics(category_id, bumped_at DESC, id DESC)"),
        QStringLiteral("CREATE INDEX topics_top ON topics(like_count DESC, views DESC, id DESC)"),
        QStringLiteral("CREATE INDEX topics_pinned ON topics(pinned_at) WHERE pinned_at IS NOT NULL"),
        QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)"),
        QStringLiteral(
            "CREATE TABLE topic_tags ("
            " topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
            " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL DEFAULT 0,"
            " PRIMARY KEY (tag_id, topic_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX topic_tags_topic ON topic_tags(topic_id, position)"),
        QStringLiteral(
            "CREATE TABLE posts ("
            " id INTEGER PRIMARY KEY,"
            " topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
            " post_number INTEGER NOT NULL,"
            " user_id INTEGER NOT NULL REFERENCES users(id),"
            " raw TEXT NOT NULL,"
            " cooked TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL,"
            " reply_to_post_number INTEGER,"
            " reply_quoted INTEGER NOT NULL DEFAULT 0,"
            " reply_count INTEGER NOT NULL DEFAULT 0,"
            " quote_count INTEGER NOT NULL DEFAULT 0,"
            " like_count INTEGER NOT NULL DEFAULT 0,"
            " word_count INTEGER NOT NULL DEFAULT 0,"
            " post_type INTEGER NOT NULL DEFAULT 1,"
            " version INTEGER NOT NULL DEFAULT 1,"
            " UNIQUE (topic_id, post_number))"),
        QStringLiteral("CREATE INDEX posts_replies ON posts(topic_id, reply_to_post_number)"),
        QStringLiteral("CREATE INDEX posts_user ON posts(user_id)"),
        QStringLiteral(
            "CREATE TABLE post_actions ("
            " id INTEGER PRIMARY KEY,"
            " post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,"
            " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " post_action_type_id INTEGER NOT NULL,"
            " created_at TEXT NOT NULL,"
            " UNIQUE (post_id, user_id, post_action_type_id))"),
        QStringLiteral("CREATE INDEX post_actions_user ON post_actions(user_id, post_action_type_id)"),
        // Like counters are derived from post_actions rows, never set by hand.
        QStringLiteral(
            "CREATE TRIGGER post_actions_like_added AFTER INSERT ON post_actions"
            " WHEN NEW.post_action_type_id = 2 BEGIN"
            " UPDATE posts SET like_count = like_count + 1 WHERE id = NEW.post_id;"
            " UPDATE topics SET like_count = like_count + 1"
            "  WHERE id = (SELECT topic_id FROM posts WHERE id = NEW.post_id);"
            " END"),
        QStringLiteral(
            "CREATE TRIGGER post_actions_like_removed AFTER DELETE ON post_actions"
            " WHEN OLD.post_action_type_id = 2 BEGIN"
            " UPDATE posts SET like_count = like_count - 1 WHERE id = OLD.post_id;"
            " UPDATE topics SET like_count = like_count - 1"
            "  WHERE id = (SELECT topic_id FROM posts WHERE id = OLD.post_id);"
            " END"),
        QStringLiteral(
            "CREATE TABLE topic_users ("
            " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
            " last_read_post_number INTEGER,"
            " notification_level INTEGER NOT NULL DEFAULT 1,"
            " posted INTEGER NOT NULL DEFAULT 0,"
            " bookmarked INTEGER NOT NULL DEFAULT 0,"
            " last_visited_at TEXT,"
            " PRIMARY KEY (user_id, topic_id)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE uploads ("
            " id INTEGER PRIMARY KEY,"
            " sha1 TEXT NOT NULL UNIQUE,"
            " original_filename TEXT NOT NULL,"
            " extension TEXT NOT NULL,"
            " width INTEGER NOT NULL,"
            " height INTEGER NOT NULL,"
            " filesize INTEGER NOT NULL,"
            " user_id INTEGER REFERENCES users(id),"
            " created_at TEXT NOT NULL)"),
    }});
    // v2: covering indexes, measured on 100k topics: deep OFFSET pages and the per-category
    // counts of /site.json stay inside the index instead of visiting every topic row.
    steps.append({2, {
        QStringLiteral("DROP INDEX topics_bumped"),
        QStringLiteral("DROP INDEX topics_category_bumped"),
        QStringLiteral("CREATE INDEX topics_bumped ON topics(bumped_at DESC, id DESC,"
                       " visible, archetype, pinned_at, pinned_globally)"),
        QStringLiteral("CREATE INDEX topics_category_bumped ON topics(category_id, bumped_at DESC, id DESC,"
                       " visible, archetype, pinned_at, pinned_globally)"),
        QStringLiteral("CREATE INDEX topics_category_stats ON topics(category_id, visible, created_at, posts_count)"),
    }});
    // v3: /top pages deep in 100k topics filtered every row through the table (1 s at page 3000).
    steps.append({3, {
        QStringLiteral("DROP INDEX topics_top"),
        QStringLiteral("CREATE INDEX topics_top ON topics(like_count DESC, views DESC, id DESC,"
                       " visible, archetype, created_at)"),
    }});
    // v4: a topic's posters from the index alone: the featured posters, recomputed on every reply,
    // read the index instead of every post row of a long topic.
    steps.append({4, {
        QStringLiteral("CREATE INDEX posts_topic_users ON posts(topic_id, user_id, created_at)"),
    }});
    // v200: notifications (Discourse's notifications table and users.seen_notification_id) and
    // private messages (topic_allowed_users; a PM topic has no category, so category_id becomes
    // nullable). Numbered from 200 so independent steps can be numbered in other ranges.
    steps.append({200, {
        QStringLiteral(
            "CREATE TABLE notifications ("
            " id INTEGER PRIMARY KEY,"
            " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " notification_type INTEGER NOT NULL,"
            " data TEXT NOT NULL,"
            " read INTEGER NOT NULL DEFAULT 0,"
            " high_priority INTEGER NOT NULL DEFAULT 0,"
            " topic_id INTEGER REFERENCES topics(id) ON DELETE CASCADE,"
            " post_number INTEGER,"
            " post_action_id INTEGER,"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX notifications_user ON notifications(user_id, id DESC)"),
        QStringLiteral("CREATE INDEX notifications_user_post ON notifications(user_id, topic_id, post_number)"),
        QStringLiteral("CREATE INDEX notifications_unread ON notifications(user_id, notification_type) WHERE read = 0"),
        QStringLiteral("ALTER TABLE users ADD COLUMN seen_notification_id INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(
            "CREATE TABLE topic_allowed_users ("
            " topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
            " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " PRIMARY KEY (topic_id, user_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX topic_allowed_users_user ON topic_allowed_users(user_id, topic_id)"),
        // Dropping a NOT NULL constraint leaves the stored rows valid, so SQLite's documented shortcut
        // applies (sqlite.org/lang_altertable.html, "other kinds of table schema changes"): edit the
        // table's SQL in place. A rebuild would need foreign keys off, which a transaction cannot do,
        // and would drop every index later steps add to topics.
        QStringLiteral("PRAGMA writable_schema = ON"),
        QStringLiteral(
            "UPDATE sqlite_master SET sql = replace(sql, 'category_id INTEGER NOT NULL REFERENCES categories(id)',"
            " 'category_id INTEGER REFERENCES categories(id)') WHERE type = 'table' AND name = 'topics'"),
        QStringLiteral("PRAGMA writable_schema = RESET"),
        QStringLiteral("CREATE INDEX topics_private_messages ON topics(archetype, bumped_at DESC)"
                       " WHERE archetype = 'private_message'"),
    }});
    // v100: reading state as Discourse keeps it (topic_user.rb, post_timing.rb, user_option.rb,
    // user_stat.rb, dismissed_topic_user.rb). Migrations of other features use other hundreds.
    steps.append({100, {
        QStringLiteral("ALTER TABLE topic_users ADD COLUMN first_visited_at TEXT"),
        QStringLiteral("ALTER TABLE topic_users ADD COLUMN notifications_reason_id INTEGER"),
        QStringLiteral("ALTER TABLE topic_users ADD COLUMN notifications_changed_at TEXT"),
        QStringLiteral("ALTER TABLE topic_users ADD COLUMN total_msecs_viewed INTEGER NOT NULL DEFAULT 0"),
        // Unread lists are driven from the reader's own rows.
        QStringLiteral("CREATE INDEX topic_users_read ON topic_users(user_id, last_read_post_number)"),
        QStringLiteral(
            "CREATE TABLE post_timings ("
            " topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
            " post_number INTEGER NOT NULL,"
            " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " msecs INTEGER NOT NULL,"
            " PRIMARY KEY (topic_id, post_number, user_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX post_timings_user ON post_timings(user_id, topic_id)"),
        QStringLiteral(
            "CREATE TABLE dismissed_topic_users ("
            " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
            " created_at TEXT NOT NULL,"
            " PRIMARY KEY (user_id, topic_id)) WITHOUT ROWID"),
        // NULL options fall back to the site defaults (default_other_* settings).
        QStringLiteral(
            "CREATE TABLE user_options ("
            " user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
            " new_topic_duration_minutes INTEGER,"
            " auto_track_topics_after_msecs INTEGER)"),
        QStringLiteral(
            "CREATE TABLE user_stats ("
            " user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
            " new_since TEXT)"),
        QStringLiteral("ALTER TABLE users ADD COLUMN last_seen_at TEXT"),
        QStringLiteral("ALTER TABLE users ADD COLUMN previous_visit_at TEXT"),
    }});
    // v101: full-text search. FTS5 with Porter stemming and accent folding (Discourse's English
    // search config with search_ignore_accents); columns weighted like its A/B/C/D weights.
    // The row id is the post id. search_logs gives each search its search_log_id.
    steps.append({101, {
        QStringLiteral("CREATE VIRTUAL TABLE post_search USING fts5(title, category, tags, body,"
                       " tokenize = 'porter unicode61 remove_diacritics 2')"),
        QStringLiteral(
            "CREATE TABLE search_logs ("
            " id INTEGER PRIMARY KEY,"
            " term TEXT NOT NULL,"
            " user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,"
            " search_type INTEGER NOT NULL,"
            " created_at TEXT NOT NULL)"),
    }});
    // v102: the profile text of /u/{username}.json (bio_raw, cooked like posts).
    steps.append({102, {
        QStringLiteral("ALTER TABLE users ADD COLUMN bio_raw TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE users ADD COLUMN bio_cooked TEXT NOT NULL DEFAULT ''"),
    }});
    return steps;
}
