#pragma once

#include "domain/user.h"
#include "jsonreader.h"

// {id, username, name, avatar_template}; username is required.
User parseUser(const QJsonObject &o, const QString &path, JsonReader &r);
