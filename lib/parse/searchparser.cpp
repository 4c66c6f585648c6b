#include "lib/parse/searchparser.h"

#include "lib/parse/communityparser.h"
#include "lib/parse/jsonreader.h"
#include "lib/parse/topiclistparser.h"
#include "lib/parse/userparser.h"

#include <QCoreApplication>

namespace Aivizor {

namespace {

SearchPost parseSearchPost(const QJsonObject &o, const QString &path, JsonReader &r)
{
    SearchPost p;
    r.readInt(o, QStringLiteral("id"), path, p.id, true);
    r.readInt(o, QStringLiteral("topic_id"), path, p.topicId, true);
    r.readInt(o, QStringLiteral("post_number"), path, p.postNumber, true);
    r.readString(o, QStringLiteral("username"), path, p.username);
    r.readString(o, QStringLiteral("name"), path, p.name);
    r.readString(o, QStringLiteral("avatar_template"), path, p.avatarTemplate);
    r.readDateTime(o, QStringLiteral("created_at"), path, p.createdAt);
    r.readInt(o, QStringLiteral("like_count"), path, p.likeCount);
    r.readString(o, QStringLiteral("blurb"), path, p.blurb);
    return p;
}

// Calls `each` with every element of root[key] that is an object, with its path.
template<typename Each>
void forEachObject(const QJsonObject &root, const QString &key, JsonReader &r, Each each)
{
    QJsonArray list;
    if (!r.readArray(root, key, QString(), list))
        return;
    for (int i = 0; i < list.size() && !r.failed(); ++i) {
        QJsonObject o;
        if (!r.objectAt(list, i, key, o))
            return;
        each(o, JsonReader::join(key, i));
    }
}

} // namespace

ParseResult<SearchResultPage> parseSearchResult(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ParseResult<SearchResultPage>::failure(
            QCoreApplication::translate("Parse", "the response is not a JSON object"));
    const QJsonObject root = doc.object();
    JsonReader r;
    SearchResultPage page;
    QHash<int, User> embeddedUsers;

    forEachObject(root, QStringLiteral("posts"), r, [&](const QJsonObject &o, const QString &p) {
        page.posts.append(parseSearchPost(o, p, r));
    });
    forEachObject(root, QStringLiteral("topics"), r, [&](const QJsonObject &o, const QString &p) {
        const TopicSummary t = parseTopicSummary(o, p, r, embeddedUsers);
        page.topics.insert(t.id, t);
    });
    forEachObject(root, QStringLiteral("users"), r, [&](const QJsonObject &o, const QString &p) {
        page.users.append(parseUser(o, p, r));
    });
    forEachObject(root, QStringLiteral("categories"), r, [&](const QJsonObject &o, const QString &p) {
        page.categories.append(parseCommunity(o, p, r));
    });

    QJsonObject grouped;
    const QString gp = QStringLiteral("grouped_search_result");
    if (r.readObject(root, gp, QString(), grouped, true)) {
        r.readIntList(grouped, QStringLiteral("post_ids"), gp, page.postIds);
        r.readBool(grouped, QStringLiteral("more_full_page_results"), gp, page.moreFullPageResults);
        r.readString(grouped, QStringLiteral("term"), gp, page.term);
        r.readString(grouped, QStringLiteral("error"), gp, page.error);
    }
    if (r.failed())
        return ParseResult<SearchResultPage>::failure(r.error());
    return ParseResult<SearchResultPage>::success(page);
}

} // namespace Aivizor
