#pragma once

#include "lib/net/apiresult.h"
#include "lib/net/transport.h"

#include "lib/domain/post.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Aivizor {

// What POST /posts.json answered with. Discourse answers 200 in both cases; a post held for
// moderator approval comes back as {"action":"enqueued", "pending_post":{...}} and has no id yet.
struct CreatedPost
{
    bool queuedForApproval = false;
    Post post;            // valid (id > 0) only when !queuedForApproval
    int pendingCount = 0; // queuedForApproval only: the user's posts awaiting review
};

// The write side of the Discourse API: replies, new topics, likes, key revocation, and the
// duplicate check the outbox needs before it resends (see the RESEND CONTRACT in outbox.h).
// Sends through the Transport (not owned), which carries the auth headers. Asynchronous; `context`
// bounds the callback's lifetime as in Transport::get().
class ForumWriter : public QObject
{
    Q_OBJECT
public:
    using RequestId = Transport::RequestId;
    template<typename T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    // How many of a topic's newest posts findOwnPost() looks at.
    static constexpr int OwnPostWindow = 20;

    explicit ForumWriter(Transport *transport, QObject *parent = nullptr);

    Transport *transport() const { return m_transport; }

    // POST /posts.json {topic_id, raw, reply_to_post_number?}
    RequestId createPost(int topicId, const QString &raw, int replyToPostNumber, QObject *context,
                         Callback<CreatedPost> callback);
    // POST /posts.json {title, raw, category?, tags?}; categoryId 0 = the forum's default category.
    RequestId createTopic(const QString &title, const QString &raw, int categoryId, const QStringList &tags,
                          QObject *context, Callback<CreatedPost> callback);
    // POST /post_actions.json {id, post_action_type_id: 2}. Discourse answers with the updated post.
    RequestId like(int postId, QObject *context, Callback<Post> callback);
    // DELETE /post_actions/{postId}.json?post_action_type_id=2 (the path holds the POST id).
    RequestId unlike(int postId, QObject *context, Callback<Post> callback);
    // PUT /notifications/mark-read.json {id}: one notification read; id 0 marks all of them.
    RequestId markNotificationsRead(qint64 notificationId, QObject *context, Callback<bool> callback);
    // Reading state (readstatewrites.cpp); each value is true once the forum accepted it.
    // POST /topics/timings: milliseconds each post number was on screen, and the topic's time.
    RequestId sendTimings(int topicId, const QMap<int, int> &postMs, int topicMs, QObject *context,
                          Callback<bool> callback);
    // POST /t/{id}/notifications: muted 0, regular 1, tracking 2, watching 3.
    RequestId setTopicNotificationLevel(int topicId, int level, QObject *context, Callback<bool> callback);
    // PUT /topics/bulk: dismissPosts reads the topics to their end (dismiss_posts); otherwise they
    // stop being new (dismiss_topics).
    RequestId dismissTopics(const QList<int> &topicIds, bool dismissPosts, QObject *context, Callback<bool> callback);
    // DELETE /t/{id}/timings?last=1: the topic's last post becomes unread again.
    RequestId forgetLastRead(int topicId, QObject *context, Callback<bool> callback);
    // POST /user-api-key/revoke with the key in the Transport's headers. The value is always true.
    RequestId revokeUserApiKey(QObject *context, Callback<bool> callback);

    // Looks for a reply by `username` whose raw equals `raw` among the topic's last OwnPostWindow
    // posts created at or after `since` (pass the outbox entry's creation time minus some clock slack;
    // an invalid `since` accepts any age). The value is the post, or nullopt when there is none.
    void findOwnPost(int topicId, const QString &username, const QString &raw, const QDateTime &since,
                     QObject *context, Callback<std::optional<Post>> callback);
    // The same for a new topic: among the newest topics of the category (or /latest for 0) started by
    // `username` since `since`, the one whose first post's raw equals `raw`. The title is not compared:
    // Discourse may reformat titles (capitalisation, punctuation), but it stores raw as sent.
    void findOwnTopic(const QString &raw, int categoryId, const QString &username, const QDateTime &since,
                      QObject *context, Callback<std::optional<Post>> callback);

    // The comparison findOwnPost() uses: line endings unified, trailing blanks per line and around
    // the whole text dropped (Discourse strips those when it stores raw).
    static QString normalizedRaw(const QString &raw);

    void cancel(RequestId id) { m_transport->cancel(id); }

private:
    struct Search;
    RequestId sendPost(const QJsonObject &body, QObject *context, Callback<CreatedPost> callback);
    void collectFirstPosts(std::shared_ptr<Search> search, QList<int> topicIds);
    void checkNextCandidate(std::shared_ptr<Search> search);

    Transport *m_transport;
};

} // namespace Aivizor
