#pragma once

#include "lib/net/apierror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Aivizor {

// The body of one POST /posts.json, kept until the server has accepted it.
struct OutboxPayload
{
    enum class Kind { Reply, NewTopic };

    Kind kind = Kind::Reply;
    int topicId = 0;           // Reply
    int replyToPostNumber = 0; // Reply; 0 = to the topic
    QString raw;
    QString title;             // NewTopic
    int categoryId = 0;        // NewTopic; 0 = the forum's default category
    QStringList tags;          // NewTopic

    static OutboxPayload reply(int topicId, const QString &raw, int replyToPostNumber = 0);
    static OutboxPayload newTopic(const QString &title, const QString &raw, int categoryId,
                                  const QStringList &tags = {});

    // Why this payload cannot be sent at all (Kind::InvalidInput), or no error.
    ApiError validationError() const;
    // The request body: {topic_id, raw, reply_to_post_number?} or {title, raw, category?, tags?}.
    QJsonObject toPostsRequest() const;

    bool operator==(const OutboxPayload &o) const
    {
        return kind == o.kind && topicId == o.topicId && replyToPostNumber == o.replyToPostNumber && raw == o.raw
               && title == o.title && categoryId == o.categoryId && tags == o.tags;
    }
};

struct OutboxEntry
{
    enum class State {
        Pending,          // waiting for nextAttemptAt
        Sending,          // handed to the sender (markSending) and not answered yet
        WaitingRateLimit, // the server answered 429; nextAttemptAt honours its wait time
        FailedPermanent   // the server rejected it (422 and the like): the user must edit or discard
    };

    QUuid id;                 // generated on the client; never sent (Discourse has no idempotency key)
    QString site;             // normalizedSiteUrl() of the forum
    OutboxPayload payload;
    QDateTime createdAt;      // UTC
    int attempts = 0;         // send attempts started
    QDateTime nextAttemptAt;  // UTC; invalid for FailedPermanent
    QString lastError;        // the last failure's ApiError::userText(), shown beside the entry
    State state = State::Pending;
    // True once any attempt started: that request may have created the post even if no answer came
    // back. See the resend contract in outbox.h.
    bool mayHaveReachedServer = false;

    QJsonObject toJson() const;
    // Returns false when the object is not a usable entry.
    static bool fromJson(const QJsonObject &object, OutboxEntry *entry);
};

} // namespace Aivizor
