#pragma once

#include "lib/domain/post.h"
#include "lib/domain/topic.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Aivizor {

// Keeps the store's full-text index (schema version 5) in step with what is stored, on the
// writer's connection and inside the writer's transaction:
//   search_topics(id -> topics ON DELETE CASCADE, category_id, title, tags, closed)
//   search_posts(id -> posts ON DELETE CASCADE, topic_id, post_number, created_at, username,
//                title, body)          the post's visible text (HtmlSanitizer::toPlainText);
//                                      title only on post 1, so a title hit counts once per topic
//   post_search                        FTS5 over search_posts(title, body), external content,
//                                      kept by triggers, so evicting a topic or a post drops its
//                                      index rows through the cascades
// Tokenizer: unicode61 with remove_diacritics 2 ("munchen" finds "München", "cafe" "café");
// no stemmer: Porter is English-only and would mangle German and Russian words, so queries
// match words by prefix instead, which covers most inflected endings in all three.
class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase &db);

    QSqlError writeTopic(const Topic &topic);
    // title: the topic's title, used for post 1 only. Nothing is re-tokenized when the text is
    // the same as stored.
    QSqlError writePost(int topicId, const Post &post, const QString &title);
    // The stored title of a topic (for posts stored without their topic at hand).
    QString titleOf(int topicId);

    // Fills the index for everything stored before it existed, in batches of rows read by id,
    // so memory stays bounded whatever the size of the store (StoreSchema's migration 5).
    static QSqlError buildFromStore(QSqlDatabase &db);

private:
    QSqlQuery m_topic;
    QSqlQuery m_retitle;
    QSqlQuery m_post;
    QSqlQuery m_title;
};

} // namespace Aivizor
