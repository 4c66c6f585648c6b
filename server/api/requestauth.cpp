#include "requestauth.h"

RequestAuth RequestAuth::from(const QHttpServerRequest &request, const ApiKeys &keys)
{
    RequestAuth auth;
    const QString apiKey = QString::fromLatin1(request.value(QByteArrayLiteral("Api-Key"))).trimmed();
    const QString userApiKey = QString::fromLatin1(request.value(QByteArrayLiteral("User-Api-Key"))).trimmed();
    if (apiKey.isEmpty() && userApiKey.isEmpty())
        return auth;
    auth.state = State::Invalid;
    if (!apiKey.isEmpty()) {
        // A personal key acts only for its own user, named in Api-Username.
        const QString username = QString::fromUtf8(request.value(QByteArrayLiteral("Api-Username"))).trimmed();
        const std::optional<ApiKeyRow> row = keys.find(apiKey);
        if (!row || !row->clientId.isEmpty() || username.compare(row->username, Qt::CaseInsensitive) != 0)
            return auth;
        auth.key = *row;
    } else {
        const std::optional<ApiKeyRow> row = keys.find(userApiKey);
        if (!row || row->clientId.isEmpty())
            return auth;
        const QString clientId = QString::fromLatin1(request.value(QByteArrayLiteral("User-Api-Client-Id"))).trimmed();
        if (!clientId.isEmpty() && clientId != row->clientId)
            return auth;
        auth.key = *row;
    }
    auth.state = State::Valid;
    return auth;
}
