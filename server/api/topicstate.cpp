#include "topicstate.h"
#include "context.h"
#include "http.h"
#include "db/readstate.h"
#include "db/writer.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace TopicState {

namespace {

QJsonValue nullable(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// lib/unread.rb: nothing is unread without a read position or below tracking.
int unreadPosts(const TopicRow &topic, const TopicUserRow &row)
{
    if (!row.lastReadPostNumber || row.notificationLevel < ReadState::Tracking)
        return 0;
    return std::max(0, topic.highestPostNumber - *row.lastReadPostNumber);
}

} // namespace

std::optional<QHttpServerResponse> requireUser(ApiContext &ctx, const QHttpServerRequest &request, bool write,
                                               RequestAuth *auth)
{
    if (request.body().size() > ctx.limits.maxBodyBytes)
        return Http::tooLarge(ctx.limits.maxBodyBytes);
    *auth = RequestAuth::from(request, ctx.keys);
    if (auth->state == RequestAuth::State::Anonymous)
        return Http::error(Http::Status::Forbidden, QStringLiteral("not_logged_in"),
                           QCoreApplication::translate("TopicState", "You need to be logged in to do that."));
    if (write ? !auth->canWrite() : !auth->canRead())
        return Http::invalidAccess();
    return std::nullopt;
}

void decorateList(ApiContext &ctx, int userId, const QList<TopicRow> &topics, QJsonArray *items)
{
    QList<int> ids;
    for (const TopicRow &t : topics)
        ids.append(t.id);
    ReadState state(ctx.db);
    const QHash<int, TopicUserRow> rows = state.rows(userId, ids);
    const QSet<int> liked = state.likedTopicIds(userId, ids);
    const QSet<int> dismissed = state.dismissedTopicIds(userId, ids);
    const QString cutoff = Writer::isoTime(state.newTopicCutoff(userId));
    for (qsizetype i = 0; i < topics.size() && i < items->size(); ++i) {
        const TopicRow &topic = topics.at(i);
        QJsonObject item = items->at(i).toObject();
        const auto row = rows.constFind(topic.id);
        const bool read = row != rows.cend() && row->lastReadPostNumber;
        // ListableTopicSerializer#seen; a dismissed topic has left "new" as well.
        item.insert(QStringLiteral("unseen"), !read && !dismissed.contains(topic.id) && topic.createdAt >= cutoff);
        if (row != rows.cend()) {
            const int unread = unreadPosts(topic, *row);
            item.insert(QStringLiteral("last_read_post_number"), nullable(row->lastReadPostNumber));
            item.insert(QStringLiteral("unread_posts"), unread);
            // Older servers send the same count as unread and new_posts; clients read either.
            item.insert(QStringLiteral("unread"), unread);
            item.insert(QStringLiteral("new_posts"), unread);
            item.insert(QStringLiteral("notification_level"), row->notificationLevel);
            item.insert(QStringLiteral("bookmarked"), row->bookmarked);
            item.insert(QStringLiteral("liked"), liked.contains(topic.id));
        }
        items->replace(i, item);
    }
}

void decorateTopicView(ApiContext &ctx, const QHttpServerRequest &request, int userId, const TopicRow &topic,
                       QJsonObject *body)
{
    ReadState state(ctx.db);
    state.touch(userId);
    // topics_controller.rb should_track_visit_to_topic?: JSON requests only with track_visit.
    if (request.query().queryItemValue(QStringLiteral("track_visit")) == QLatin1String("true"))
        state.trackVisit(userId, topic.id);
    const std::optional<TopicUserRow> row = state.row(userId, topic.id);
    if (!row)
        return;
    body->insert(QStringLiteral("last_read_post_number"), nullable(row->lastReadPostNumber));
    body->insert(QStringLiteral("posted"), row->posted);
    body->insert(QStringLiteral("bookmarked"), row->bookmarked);
    QJsonObject details = body->value(QStringLiteral("details")).toObject();
    details.insert(QStringLiteral("notification_level"), row->notificationLevel);
    details.insert(QStringLiteral("notifications_reason_id"), nullable(row->notificationsReasonId));
    body->insert(QStringLiteral("details"), details);
}

} // namespace TopicState
