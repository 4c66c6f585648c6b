#include "lib/parse/userparser.h"

#include <QCoreApplication>

namespace Aivizor {

User parseUser(const QJsonObject &o, const QString &path, JsonReader &r)
{
    User u;
    r.readInt(o, QStringLiteral("id"), path, u.id);
    r.readString(o, QStringLiteral("username"), path, u.username, true);
    r.readString(o, QStringLiteral("name"), path, u.name);
    r.readString(o, QStringLiteral("avatar_template"), path, u.avatarTemplate);
    return u;
}

namespace {

ParseResult<User> parseWrappedUser(const QJsonDocument &doc, const QString &key)
{
    if (!doc.isObject())
        return ParseResult<User>::failure(
            QCoreApplication::translate("Parse", "the response is not a JSON object"));
    JsonReader r;
    QJsonObject current;
    const QString &path = key;
    User user;
    if (r.readObject(doc.object(), path, QString(), current, true))
        user = parseUser(current, path, r);
    if (r.failed())
        return ParseResult<User>::failure(r.error());
    return ParseResult<User>::success(user);
}

} // namespace

ParseResult<User> parseCurrentUser(const QJsonDocument &doc)
{
    return parseWrappedUser(doc, QStringLiteral("current_user"));
}

ParseResult<User> parseUserProfile(const QJsonDocument &doc)
{
    return parseWrappedUser(doc, QStringLiteral("user"));
}

} // namespace Aivizor
