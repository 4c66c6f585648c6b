#include "lib/api/requestbodies.h"

#include "lib/api/endpoints.h"

#include <QJsonArray>

namespace Aivizor::Api {

namespace {
const QString TopicIdKey = QStringLiteral("topic_id");
const QString ReplyToKey = QStringLiteral("reply_to_post_number");
const QString RawKey = QStringLiteral("raw");
const QString TitleKey = QStringLiteral("title");
const QString CategoryKey = QStringLiteral("category");
const QString TagsKey = QStringLiteral("tags");
} // namespace

CreatePostBody CreatePostBody::reply(int topicId, const QString &raw, int replyToPostNumber)
{
    CreatePostBody b;
    b.topicId = topicId;
    b.raw = raw;
    b.replyToPostNumber = replyToPostNumber;
    return b;
}

CreatePostBody CreatePostBody::newTopic(const QString &title, const QString &raw, int categoryId,
                                        const QStringList &tags)
{
    CreatePostBody b;
    b.title = title;
    b.raw = raw;
    b.categoryId = categoryId;
    b.tags = tags;
    return b;
}

QJsonObject CreatePostBody::toJson() const
{
    QJsonObject o{{RawKey, raw}};
    if (isReply()) {
        o.insert(TopicIdKey, topicId);
        if (replyToPostNumber > 0)
            o.insert(ReplyToKey, replyToPostNumber);
    } else {
        o.insert(TitleKey, title);
        if (categoryId > 0)
            o.insert(CategoryKey, categoryId);
        if (!tags.isEmpty())
            o.insert(TagsKey, QJsonArray::fromStringList(tags));
    }
    return o;
}

CreatePostBody CreatePostBody::fromJson(const QJsonObject &o)
{
    CreatePostBody b;
    b.raw = o.value(RawKey).toString();
    b.topicId = o.value(TopicIdKey).toInt();
    b.replyToPostNumber = o.value(ReplyToKey).toInt();
    b.title = o.value(TitleKey).toString();
    b.categoryId = o.value(CategoryKey).toInt();
    for (const QJsonValue &t : o.value(TagsKey).toArray())
        b.tags.append(t.toString());
    return b;
}

QJsonObject likeBody(int postId)
{
    return {{QStringLiteral("id"), postId}, {QStringLiteral("post_action_type_id"), LikeActionType}};
}

namespace {

QJsonArray idArray(const QList<int> &ids)
{
    QJsonArray array;
    for (int id : ids)
        array.append(id);
    return array;
}

} // namespace

QJsonObject timingsBody(int topicId, const QMap<int, int> &postMs, int topicMs)
{
    QJsonObject timings;
    for (auto it = postMs.cbegin(); it != postMs.cend(); ++it)
        timings.insert(QString::number(it.key()), it.value());
    return {{QStringLiteral("topic_id"), topicId},
            {QStringLiteral("topic_time"), topicMs},
            {QStringLiteral("timings"), timings}};
}

QJsonObject bulkDismissBody(const QList<int> &topicIds, bool dismissPosts)
{
    const QString type = dismissPosts ? QStringLiteral("dismiss_posts") : QStringLiteral("dismiss_topics");
    return {{QStringLiteral("topic_ids"), idArray(topicIds)},
            {QStringLiteral("operation"), QJsonObject{{QStringLiteral("type"), type}}}};
}

} // namespace Aivizor::Api
