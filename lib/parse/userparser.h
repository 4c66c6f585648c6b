#pragma once

#include "lib/domain/user.h"
#include "lib/parse/jsonreader.h"
#include "lib/parse/parseresult.h"

#include <QJsonDocument>

namespace Aivizor {

// {id, username, name, avatar_template}; username is required.
User parseUser(const QJsonObject &o, const QString &path, JsonReader &r);

// GET /session/current.json: {"current_user": {id, username, ...}}, the user the auth headers
// belong to.
ParseResult<User> parseCurrentUser(const QJsonDocument &doc);

// GET /u/{username}.json: {"user": {id, username, ...}}.
ParseResult<User> parseUserProfile(const QJsonDocument &doc);

} // namespace Aivizor
