#include "lib/parse/postparser.h"

#include "lib/api/endpoints.h"

#include <QCoreApplication>

namespace Aivizor {

namespace {
QString notAnObject()
{
    return QCoreApplication::translate("Parse", "the response is not a JSON object");
}
} // namespace

Post parsePostObject(const QJsonObject &o, const QString &path, JsonReader &r)
{
    Post p;
    r.readInt(o, QStringLiteral("id"), path, p.id, true);
    r.readInt(o, QStringLiteral("post_number"), path, p.postNumber, true);
    r.readInt(o, QStringLiteral("topic_id"), path, p.topicId);
    r.readInt(o, QStringLiteral("post_type"), path, p.postType);
    r.readString(o, QStringLiteral("username"), path, p.username);
    r.readString(o, QStringLiteral("name"), path, p.name);
    r.readString(o, QStringLiteral("avatar_template"), path, p.avatarTemplate);
    r.readDateTime(o, QStringLiteral("created_at"), path, p.createdAt);
    r.readDateTime(o, QStringLiteral("updated_at"), path, p.updatedAt);
    r.readString(o, QStringLiteral("cooked"), path, p.cooked);
    r.readString(o, QStringLiteral("action_code"), path, p.actionCode);
    r.readInt(o, QStringLiteral("reply_to_post_number"), path, p.replyToPostNumber);
    QJsonObject replyTo;
    if (r.readObject(o, QStringLiteral("reply_to_user"), path, replyTo))
        r.readString(replyTo, QStringLiteral("username"), JsonReader::join(path, QStringLiteral("reply_to_user")),
                     p.replyToUsername);
    r.readInt(o, QStringLiteral("reply_count"), path, p.replyCount);
    r.readBool(o, QStringLiteral("yours"), path, p.yours);
    r.readBool(o, QStringLiteral("hidden"), path, p.hidden);
    // Some payloads (/posts/{id}.json on newer servers, latest_posts) carry like_count directly;
    // actions_summary, when present, is authoritative and also carries the user's state.
    r.readInt(o, QStringLiteral("like_count"), path, p.likeCount);

    QJsonArray actions;
    const QString actionsPath = JsonReader::join(path, QStringLiteral("actions_summary"));
    if (r.readArray(o, QStringLiteral("actions_summary"), path, actions)) {
        for (int i = 0; i < actions.size() && !r.failed(); ++i) {
            QJsonObject a;
            if (!r.objectAt(actions, i, actionsPath, a))
                break;
            const QString ap = JsonReader::join(actionsPath, i);
            int type = 0;
            r.readInt(a, QStringLiteral("id"), ap, type, true);
            if (type != Api::LikeActionType)
                continue;
            int count = 0; // absent when zero
            r.readInt(a, QStringLiteral("count"), ap, count);
            p.likeCount = count;
            r.readBool(a, QStringLiteral("acted"), ap, p.liked);
            r.readBool(a, QStringLiteral("can_act"), ap, p.canLike);
            r.readBool(a, QStringLiteral("can_undo"), ap, p.canUndoLike);
        }
    }
    return p;
}

QList<Post> parsePostArray(const QJsonArray &a, const QString &path, JsonReader &r)
{
    QList<Post> out;
    out.reserve(a.size());
    for (int i = 0; i < a.size() && !r.failed(); ++i) {
        QJsonObject o;
        if (!r.objectAt(a, i, path, o))
            break;
        out.append(parsePostObject(o, JsonReader::join(path, i), r));
    }
    return out;
}

ParseResult<Post> parseSinglePost(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ParseResult<Post>::failure(notAnObject());
    JsonReader r;
    QJsonObject o = doc.object();
    QString path;
    QJsonObject nested;
    if (!o.contains(QStringLiteral("id")) && r.readObject(o, QStringLiteral("post"), QString(), nested)) {
        o = nested;
        path = QStringLiteral("post");
    }
    const Post p = parsePostObject(o, path, r);
    if (r.failed())
        return ParseResult<Post>::failure(r.error());
    return ParseResult<Post>::success(p);
}

ParseResult<QList<Post>> parsePostChunk(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ParseResult<QList<Post>>::failure(notAnObject());
    JsonReader r;
    QJsonObject stream;
    QJsonArray posts;
    if (r.readObject(doc.object(), QStringLiteral("post_stream"), QString(), stream, true))
        r.readArray(stream, QStringLiteral("posts"), QStringLiteral("post_stream"), posts, true);
    const QList<Post> out = parsePostArray(posts, QStringLiteral("post_stream.posts"), r);
    if (r.failed())
        return ParseResult<QList<Post>>::failure(r.error());
    return ParseResult<QList<Post>>::success(out);
}

ParseResult<QList<Post>> parseLatestPosts(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ParseResult<QList<Post>>::failure(notAnObject());
    JsonReader r;
    QJsonArray posts;
    r.readArray(doc.object(), QStringLiteral("latest_posts"), QString(), posts, true);
    const QList<Post> out = parsePostArray(posts, QStringLiteral("latest_posts"), r);
    if (r.failed())
        return ParseResult<QList<Post>>::failure(r.error());
    return ParseResult<QList<Post>>::success(out);
}

} // namespace Aivizor
