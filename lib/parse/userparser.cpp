#include "lib/parse/userparser.h"

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

} // namespace Aivizor
