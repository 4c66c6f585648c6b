#include "writesupport.h"
#include "context.h"
#include "http.h"

namespace WriteSupport {

std::optional<QHttpServerResponse> refuse(ApiContext &ctx, const QHttpServerRequest &request, RequestAuth *auth)
{
    if (request.body().size() > ctx.limits.maxBodyBytes)
        return Http::tooLarge(ctx.limits.maxBodyBytes);
    *auth = RequestAuth::from(request, ctx.keys);
    if (!auth->canWrite())
        return Http::invalidAccess();
    return std::nullopt;
}

Serializers::PostViewer viewerFor(ApiContext &ctx, const RequestAuth &auth, const QList<int> &postIds)
{
    Serializers::PostViewer viewer;
    if (!auth.valid())
        return viewer;
    viewer.userId = auth.key.userId;
    viewer.canWrite = auth.canWrite();
    viewer.likedPostIds = ctx.queries.likedPostIds(viewer.userId, postIds);
    return viewer;
}

std::optional<QJsonObject> postJson(ApiContext &ctx, int postId, Serializers::PostFlavor flavor,
                                    const RequestAuth &auth)
{
    const std::optional<PostRow> post = ctx.queries.post(postId);
    if (!post)
        return std::nullopt;
    const std::optional<TopicRow> topic = ctx.queries.topic(post->topicId, auth.valid() ? auth.key.userId : 0);
    if (!topic)
        return std::nullopt;
    const QHash<int, UserRow> users = ctx.queries.users(Serializers::postUserIds({*post}));
    return Serializers::post(*post, *topic, users, flavor, viewerFor(ctx, auth, {postId}));
}

} // namespace WriteSupport
