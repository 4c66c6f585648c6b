#pragma once

#include "auth/apikeys.h"

#include <QHttpServerRequest>

class ApiKeys;

// Who sent a request, from Discourse's headers: Api-Key + Api-Username (personal keys) or
// User-Api-Key [+ User-Api-Client-Id] (keys from the handshake).
struct RequestAuth
{
    enum class State { Anonymous, Valid, Invalid };
    State state = State::Anonymous;
    ApiKeyRow key;

    bool valid() const { return state == State::Valid; }
    bool invalid() const { return state == State::Invalid; }
    // "read" allows GET only, "write" allows every method (Discourse's user API key scopes).
    bool canWrite() const { return valid() && key.scopes.contains(QStringLiteral("write")); }
    bool canRead() const { return valid() && (canWrite() || key.scopes.contains(QStringLiteral("read"))); }

    static RequestAuth from(const QHttpServerRequest &request, const ApiKeys &keys);
};
