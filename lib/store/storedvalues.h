#pragma once

#include "lib/domain/community.h"
#include "lib/domain/post.h"
#include "lib/domain/topic.h"
#include "lib/domain/topicpage.h"
#include "lib/render/htmlsanitizer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Aivizor {

// The values ForumStore keeps and hands back. Each carries when it was fetched so the UI can say
// "Showing saved copy from <time>".

// The forum itself: /site.json (or /categories.json) plus the name and description of
// /site/basic-info.json.
struct StoredSite
{
    QString name;
    QString description;
    QList<Community> communities; // in the order given
    QStringList tags;             // in the order given
    QDateTime fetchedAt;
};

struct StoredFeedPage
{
    TopicPage page;
    QDateTime fetchedAt;
};

// A topic's header and post stream; `topic.posts` is left empty (load posts by id or number).
struct StoredTopic
{
    Topic topic;
    QDateTime fetchedAt;
};

// A post with its sanitized form. `sanitizedWith` is the caller's tag for the sanitizer and its
// options (e.g. "v3 remote=0 w=640"): when it differs from the current one, sanitize again.
// An empty `sanitizedWith` means no sanitized form is stored.
struct StoredPost
{
    Post post;
    SanitizedPost sanitized;
    QString sanitizedWith;

    bool hasSanitized() const { return !sanitizedWith.isEmpty(); }
};

// An image or avatar, as the server sent it.
struct StoredImage
{
    QByteArray contentType;
    QByteArray data;
    QDateTime fetchedAt;
};

// Where the reader stood in a topic: the post at the top of the view and how far into it, in
// pixels. lastReadPostNumber is the highest post read (Discourse's last_read_post_number).
// A reading-state change made here and not yet confirmed by the forum (ReadStateSync).
struct PendingReadOp
{
    qint64 id = 0;   // order of making; unique per store
    int topicId = 0; // 0 for changes that name several topics
    QString kind;
    QJsonObject payload;
};

struct ReadingPosition
{
    int postNumber = 0;
    int offset = 0;
    int lastReadPostNumber = 0;
    QDateTime updatedAt;
};

// A "Make available offline" download of a community, as far as it got: the latest `topicLimit`
// topics of the community, of which `savedTopicIds` are saved completely.
struct OfflineJob
{
    int communityId = 0;
    int topicLimit = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while the job has not run to its end
    QSet<int> savedTopicIds;

    bool isFinished() const { return finishedAt.isValid(); }
};

} // namespace Aivizor
