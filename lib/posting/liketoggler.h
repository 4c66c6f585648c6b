#pragma once

#include "lib/domain/post.h"
#include "lib/net/apierror.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Aivizor {

class ForumWriter;

// Likes are not queued: a like is only worth sending while the user looks at the post. The toggler
// shows the change at once through `apply`, confirms it with the server's copy of the post, and on
// failure puts the previous state back and reports it. It never retries on its own.
class LikeToggler : public QObject
{
    Q_OBJECT
public:
    // Sets the displayed like state of a post (e.g. PostListModel row update).
    using Apply = std::function<void(int postId, bool liked, int likeCount)>;

    explicit LikeToggler(ForumWriter *writer, QObject *parent = nullptr);

    // Flips `post`'s like. Returns false (and changes nothing) while a toggle of that post is still
    // in flight.
    bool toggle(const Post &post, Apply apply);
    bool isBusy(int postId) const { return m_busy.contains(postId); }

signals:
    void confirmed(int postId, const Post &post);
    void failed(int postId, const ApiError &error);

private:
    QPointer<ForumWriter> m_writer;
    QSet<int> m_busy;
};

} // namespace Aivizor
