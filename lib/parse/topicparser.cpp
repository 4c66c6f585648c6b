#include "lib/parse/topicparser.h"

#include "lib/parse/jsonreader.h"
#include "lib/parse/postparser.h"
#include "lib/parse/userparser.h"

#include <QCoreApplication>

namespace Aivizor {

ParseResult<Topic> parseTopic(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ParseResult<Topic>::failure(
            QCoreApplication::translate("Parse", "the response is not a JSON object"));
    const QJsonObject o = doc.object();
    const QString root;
    JsonReader r;
    Topic t;
    r.readInt(o, QStringLiteral("id"), root, t.id, true);
    r.readString(o, QStringLiteral("title"), root, t.title, true);
    r.readString(o, QStringLiteral("slug"), root, t.slug);
    r.readInt(o, QStringLiteral("category_id"), root, t.categoryId);
    r.readTags(o, QStringLiteral("tags"), root, t.tags);
    r.readInt(o, QStringLiteral("posts_count"), root, t.postsCount);
    r.readInt(o, QStringLiteral("reply_count"), root, t.replyCount);
    r.readInt(o, QStringLiteral("views"), root, t.views);
    r.readInt(o, QStringLiteral("like_count"), root, t.likeCount);
    r.readInt(o, QStringLiteral("highest_post_number"), root, t.highestPostNumber);
    r.readInt(o, QStringLiteral("chunk_size"), root, t.chunkSize);
    r.readDateTime(o, QStringLiteral("created_at"), root, t.createdAt);
    r.readDateTime(o, QStringLiteral("last_posted_at"), root, t.lastPostedAt);
    r.readBool(o, QStringLiteral("pinned"), root, t.pinned);
    r.readBool(o, QStringLiteral("closed"), root, t.closed);
    r.readBool(o, QStringLiteral("archived"), root, t.archived);
    r.readInt(o, QStringLiteral("last_read_post_number"), root, t.lastReadPostNumber);

    QJsonObject details;
    const QString dp = QStringLiteral("details");
    if (r.readObject(o, dp, root, details)) {
        r.readBool(details, QStringLiteral("can_create_post"), dp, t.canCreatePost);
        r.readInt(details, QStringLiteral("notification_level"), dp, t.notificationLevel);
        QJsonObject createdBy;
        if (r.readObject(details, QStringLiteral("created_by"), dp, createdBy))
            t.createdBy = parseUser(createdBy, JsonReader::join(dp, QStringLiteral("created_by")), r);
        QJsonArray participants;
        const QString pp = JsonReader::join(dp, QStringLiteral("participants"));
        if (r.readArray(details, QStringLiteral("participants"), dp, participants)) {
            for (int i = 0; i < participants.size() && !r.failed(); ++i) {
                QJsonObject u;
                if (!r.objectAt(participants, i, pp, u))
                    break;
                t.participants.append(parseUser(u, JsonReader::join(pp, i), r));
            }
        }
    }

    QJsonObject stream;
    QJsonArray posts;
    const QString sp = QStringLiteral("post_stream");
    if (r.readObject(o, sp, root, stream, true)) {
        r.readArray(stream, QStringLiteral("posts"), sp, posts, true);
        r.readIntList(stream, QStringLiteral("stream"), sp, t.stream);
    }
    t.posts = parsePostArray(posts, QStringLiteral("post_stream.posts"), r);
    if (r.failed())
        return ParseResult<Topic>::failure(r.error());
    if (t.stream.isEmpty())
        for (const Post &p : std::as_const(t.posts))
            t.stream.append(p.id);
    for (Post &p : t.posts)
        if (p.topicId == 0)
            p.topicId = t.id;
    if (t.chunkSize <= 0)
        t.chunkSize = 20;
    return ParseResult<Topic>::success(t);
}

} // namespace Aivizor
