#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Aivizor::Api {

// The body of POST /posts.json: a reply {topic_id, raw, reply_to_post_number?} when topicId > 0,
// else a new topic {title, raw, category?, tags?}. The outbox keeps this JSON on disk, so
// fromJson() reads back what toJson() wrote.
struct CreatePostBody
{
    int topicId = 0;           // reply
    int replyToPostNumber = 0; // reply; 0 = to the topic
    QString raw;
    QString title;             // new topic
    int categoryId = 0;        // new topic; 0 = the forum's default category
    QStringList tags;          // new topic

    static CreatePostBody reply(int topicId, const QString &raw, int replyToPostNumber = 0);
    static CreatePostBody newTopic(const QString &title, const QString &raw, int categoryId,
                                   const QStringList &tags = {});

    bool isReply() const { return topicId > 0; }
    QJsonObject toJson() const;
    static CreatePostBody fromJson(const QJsonObject &body);
};

// The body of POST /post_actions.json that likes a post.
QJsonObject likeBody(int postId);

// POST /topics/timings: milliseconds each post (by number) was on screen, and the topic's time.
QJsonObject timingsBody(int topicId, const QMap<int, int> &postMs, int topicMs);
// PUT /topics/bulk for these topics: dismiss_posts (read to the end) or dismiss_topics (not new).
QJsonObject bulkDismissBody(const QList<int> &topicIds, bool dismissPosts);

} // namespace Aivizor::Api
