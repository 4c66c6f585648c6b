#include "lib/posting/liketoggler.h"

#include "lib/net/forumwriter.h"

namespace Aivizor {

LikeToggler::LikeToggler(ForumWriter *writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
{
}

bool LikeToggler::toggle(const Post &post, Apply apply)
{
    if (!m_writer || m_busy.contains(post.id))
        return false;
    // can_act/can_undo are not checked here: the server is the judge, and a refusal rolls back.
    const bool unliking = post.liked;
    m_busy.insert(post.id);
    const int postId = post.id;
    const bool wasLiked = post.liked;
    const int oldCount = post.likeCount;
    apply(postId, !wasLiked, qMax(0, oldCount + (unliking ? -1 : 1)));

    auto done = [this, postId, wasLiked, oldCount, apply](const ApiResult<Post> &result) {
        m_busy.remove(postId);
        if (!result.ok()) {
            apply(postId, wasLiked, oldCount);
            emit failed(postId, result.error);
            return;
        }
        // The server's count also includes other people's likes that arrived meanwhile.
        apply(postId, result.value->liked, result.value->likeCount);
        emit confirmed(postId, *result.value);
    };
    if (unliking)
        m_writer->unlike(postId, this, done);
    else
        m_writer->like(postId, this, done);
    return true;
}

} // namespace Aivizor
