#include "lib/parse/topiclistparser.h"

#include "lib/parse/jsonreader.h"
#include "lib/parse/userparser.h"

#include <QCoreApplication>

namespace Aivizor {

namespace {

// posters[]: {user_id, description:"Original Poster, Most Recent Poster", extras} or, in very old
// payloads, {user:{...}}. Returns the original poster's id and records embedded users.
int parsePosters(const QJsonObject &topic, const QString &path, JsonReader &r, QHash<int, User> &users)
{
    QJsonArray posters;
    if (!r.readArray(topic, QStringLiteral("posters"), path, posters))
        return 0;
    const QString pp = JsonReader::join(path, QStringLiteral("posters"));
    int firstId = 0;
    int originalId = 0;
    for (int i = 0; i < posters.size() && !r.failed(); ++i) {
        QJsonObject o;
        if (!r.objectAt(posters, i, pp, o))
            break;
        const QString p = JsonReader::join(pp, i);
        int userId = 0;
        QJsonObject embedded;
        if (r.readObject(o, QStringLiteral("user"), p, embedded)) {
            const User u = parseUser(embedded, JsonReader::join(p, QStringLiteral("user")), r);
            userId = u.id;
            if (u.id != 0 && !users.contains(u.id))
                users.insert(u.id, u);
        }
        r.readInt(o, QStringLiteral("user_id"), p, userId);
        QString description;
        r.readString(o, QStringLiteral("description"), p, description);
        if (i == 0)
            firstId = userId;
        if (originalId == 0 && description.contains(QLatin1String("Original Poster")))
            originalId = userId;
    }
    return originalId != 0 ? originalId : firstId;
}

} // namespace

TopicSummary parseTopicSummary(const QJsonObject &o, const QString &path, JsonReader &r, QHash<int, User> &users)
{
    TopicSummary t;
    r.readInt(o, QStringLiteral("id"), path, t.id, true);
    r.readString(o, QStringLiteral("title"), path, t.title, true);
    r.readString(o, QStringLiteral("slug"), path, t.slug);
    r.readInt(o, QStringLiteral("category_id"), path, t.categoryId);
    r.readTags(o, QStringLiteral("tags"), path, t.tags);
    r.readInt(o, QStringLiteral("posts_count"), path, t.postsCount);
    r.readInt(o, QStringLiteral("reply_count"), path, t.replyCount);
    r.readInt(o, QStringLiteral("views"), path, t.views);
    r.readInt(o, QStringLiteral("like_count"), path, t.likeCount);
    r.readDateTime(o, QStringLiteral("created_at"), path, t.createdAt);
    r.readDateTime(o, QStringLiteral("last_posted_at"), path, t.lastPostedAt);
    r.readDateTime(o, QStringLiteral("bumped_at"), path, t.bumpedAt);
    r.readBool(o, QStringLiteral("pinned"), path, t.pinned);
    r.readBool(o, QStringLiteral("closed"), path, t.closed);
    r.readBool(o, QStringLiteral("archived"), path, t.archived);
    r.readString(o, QStringLiteral("last_poster_username"), path, t.lastPosterUsername);
    r.readString(o, QStringLiteral("excerpt"), path, t.excerpt);
    r.readInt(o, QStringLiteral("highest_post_number"), path, t.highestPostNumber);
    r.readBool(o, QStringLiteral("unseen"), path, t.unseen);
    // last_read_post_number and notification_level come (possibly null) only with a topic_users row.
    t.hasReaderState = o.contains(QStringLiteral("last_read_post_number"))
        || o.contains(QStringLiteral("notification_level"));
    r.readInt(o, QStringLiteral("last_read_post_number"), path, t.lastReadPostNumber);
    if (!r.readInt(o, QStringLiteral("unread_posts"), path, t.unreadPosts))
        r.readInt(o, QStringLiteral("unread"), path, t.unreadPosts);
    r.readInt(o, QStringLiteral("notification_level"), path, t.notificationLevel);
    t.originalPosterId = parsePosters(o, path, r, users);
    return t;
}

ParseResult<TopicPage> parseTopicList(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ParseResult<TopicPage>::failure(
            QCoreApplication::translate("Parse", "the response is not a JSON object"));
    const QJsonObject root = doc.object();
    JsonReader r;
    TopicPage page;

    QJsonArray users;
    if (r.readArray(root, QStringLiteral("users"), QString(), users)) {
        for (int i = 0; i < users.size() && !r.failed(); ++i) {
            QJsonObject o;
            if (!r.objectAt(users, i, QStringLiteral("users"), o))
                break;
            const User u = parseUser(o, JsonReader::join(QStringLiteral("users"), i), r);
            page.users.insert(u.id, u);
        }
    }

    QJsonObject list;
    QJsonArray topics;
    if (r.readObject(root, QStringLiteral("topic_list"), QString(), list, true)) {
        const QString lp = QStringLiteral("topic_list");
        r.readBool(list, QStringLiteral("can_create_topic"), lp, page.canCreateTopic);
        r.readString(list, QStringLiteral("more_topics_url"), lp, page.moreTopicsUrl);
        r.readInt(list, QStringLiteral("per_page"), lp, page.perPage);
        r.readArray(list, QStringLiteral("topics"), lp, topics, true);
    }
    const QString tp = QStringLiteral("topic_list.topics");
    for (int i = 0; i < topics.size() && !r.failed(); ++i) {
        QJsonObject o;
        if (!r.objectAt(topics, i, tp, o))
            break;
        TopicSummary t = parseTopicSummary(o, JsonReader::join(tp, i), r, page.users);
        t.originalPoster = page.users.value(t.originalPosterId);
        page.topics.append(t);
    }
    if (r.failed())
        return ParseResult<TopicPage>::failure(r.error());
    return ParseResult<TopicPage>::success(page);
}

} // namespace Aivizor
