// ForumWriter's reading-state requests: timings, levels, dismissing and "mark unread".
#include "lib/net/forumwriter.h"

#include "lib/api/endpoints.h"
#include "lib/api/requestbodies.h"

#include <QJsonDocument>

namespace Aivizor {

namespace {

// Discourse answers these with an empty body or {"success":"OK"}: only the status matters (the
// Transport reports an empty body as malformed JSON).
Transport::Callback accepted(ForumWriter::Callback<bool> callback)
{
    return [callback = std::move(callback)](const TransportResult &result) {
        const bool answered2xx = result.httpStatus >= 200 && result.httpStatus < 300;
        if (result.error.isError() && !answered2xx)
            callback(ApiResult<bool>::failure(result.error));
        else
            callback(ApiResult<bool>::success(true));
    };
}

} // namespace

ForumWriter::RequestId ForumWriter::sendTimings(int topicId, const QMap<int, int> &postMs, int topicMs,
                                                QObject *context, Callback<bool> callback)
{
    return m_transport->postJson(Api::topicTimings(), QJsonDocument(Api::timingsBody(topicId, postMs, topicMs)),
                                 context, accepted(std::move(callback)));
}

ForumWriter::RequestId ForumWriter::setTopicNotificationLevel(int topicId, int level, QObject *context,
                                                              Callback<bool> callback)
{
    const QJsonObject body{{QStringLiteral("notification_level"), level}};
    return m_transport->postJson(Api::topicNotificationLevel(topicId), QJsonDocument(body), context,
                                 accepted(std::move(callback)));
}

ForumWriter::RequestId ForumWriter::dismissTopics(const QList<int> &topicIds, bool dismissPosts, QObject *context,
                                                  Callback<bool> callback)
{
    return m_transport->putJson(Api::bulkTopics(), QJsonDocument(Api::bulkDismissBody(topicIds, dismissPosts)),
                                context, accepted(std::move(callback)));
}

ForumWriter::RequestId ForumWriter::forgetLastRead(int topicId, QObject *context, Callback<bool> callback)
{
    return m_transport->deleteResource(Api::forgetLastRead(topicId), context, accepted(std::move(callback)));
}

} // namespace Aivizor
