#include "lib/parse/communityparser.h"

#include "lib/parse/jsonreader.h"

#include <QCoreApplication>
#include <QSet>

namespace Aivizor {

Community parseCommunity(const QJsonObject &o, const QString &path, JsonReader &r)
{
    Community c;
    r.readInt(o, QStringLiteral("id"), path, c.id, true);
    r.readString(o, QStringLiteral("name"), path, c.name, true);
    r.readString(o, QStringLiteral("slug"), path, c.slug);
    r.readInt(o, QStringLiteral("parent_category_id"), path, c.parentId);
    // description_text is plain; "description" is HTML, so only use it when plain is absent.
    if (!r.readString(o, QStringLiteral("description_text"), path, c.description))
        r.readString(o, QStringLiteral("description"), path, c.description);
    r.readColor(o, QStringLiteral("color"), path, c.color);
    r.readColor(o, QStringLiteral("text_color"), path, c.textColor);
    r.readInt(o, QStringLiteral("position"), path, c.position);
    r.readInt(o, QStringLiteral("topic_count"), path, c.topicCount);
    r.readInt(o, QStringLiteral("post_count"), path, c.postCount);
    r.readBool(o, QStringLiteral("read_restricted"), path, c.readRestricted);
    r.readIntList(o, QStringLiteral("subcategory_ids"), path, c.subcategoryIds);
    return c;
}

namespace {

void parseNested(const QJsonArray &list, const QString &path, int parentId, JsonReader &r,
                 QList<Community> &out, QSet<int> &seen)
{
    for (int i = 0; i < list.size() && !r.failed(); ++i) {
        const QString p = JsonReader::join(path, i);
        QJsonObject o;
        if (!r.objectAt(list, i, path, o))
            return;
        Community c = parseCommunity(o, p, r);
        if (r.failed())
            return;
        if (c.parentId == 0)
            c.parentId = parentId;
        if (!seen.contains(c.id)) {
            seen.insert(c.id);
            out.append(c);
        }
        QJsonArray sub;
        if (r.readArray(o, QStringLiteral("subcategory_list"), p, sub))
            parseNested(sub, JsonReader::join(p, QStringLiteral("subcategory_list")), c.id, r, out, seen);
    }
}

QString notAnObject()
{
    return QCoreApplication::translate("Parse", "the response is not a JSON object");
}

} // namespace

ParseResult<QList<Community>> parseSiteCommunities(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ParseResult<QList<Community>>::failure(notAnObject());
    JsonReader r;
    QJsonArray list;
    r.readArray(doc.object(), QStringLiteral("categories"), QString(), list, true);
    QList<Community> out;
    QSet<int> seen;
    parseNested(list, QStringLiteral("categories"), 0, r, out, seen);
    if (r.failed())
        return ParseResult<QList<Community>>::failure(r.error());
    return ParseResult<QList<Community>>::success(out);
}

ParseResult<QList<Community>> parseCategoryList(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ParseResult<QList<Community>>::failure(notAnObject());
    JsonReader r;
    QJsonObject categoryList;
    QJsonArray list;
    if (r.readObject(doc.object(), QStringLiteral("category_list"), QString(), categoryList, true))
        r.readArray(categoryList, QStringLiteral("categories"), QStringLiteral("category_list"), list, true);
    QList<Community> out;
    QSet<int> seen;
    parseNested(list, QStringLiteral("category_list.categories"), 0, r, out, seen);
    if (r.failed())
        return ParseResult<QList<Community>>::failure(r.error());
    // subcategory_ids without nested objects still tell us the parent.
    QHash<int, int> parentOf;
    for (const Community &c : std::as_const(out))
        for (int child : c.subcategoryIds)
            parentOf.insert(child, c.id);
    for (Community &c : out)
        if (c.parentId == 0)
            c.parentId = parentOf.value(c.id, 0);
    return ParseResult<QList<Community>>::success(out);
}

} // namespace Aivizor
