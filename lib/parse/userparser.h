#pragma once

#include "lib/domain/user.h"
#include "lib/parse/jsonreader.h"

namespace Aivizor {

// {id, username, name, avatar_template}; username is required.
User parseUser(const QJsonObject &o, const QString &path, JsonReader &r);

} // namespace Aivizor
