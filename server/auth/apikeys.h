#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class Database;

// One row of api_keys as the API needs it. A key without client_id is a personal key made by
// `aivizor-server user add` (sent as Api-Key + Api-Username); a key with a client_id came from
// the User API Key handshake (sent as User-Api-Key [+ User-Api-Client-Id]).
struct ApiKeyRow
{
    int id = 0;
    int userId = 0;
    QString username;
    bool admin = false;
    QString clientId;
    QStringList scopes;
};

// Creates, finds and revokes API keys. Only SHA-256 hex digests are stored: a key is shown
// once, when it is created, and never written to a log.
class ApiKeys
{
public:
    explicit ApiKeys(Database &db) : m_db(db) {}

    // 32 random bytes from the system CSPRNG as 64 hex characters.
    static QString generateKey();
    static QString hashKey(const QString &key);

    // Returns the new key, or an empty string (and error) on failure. Runs in the caller's
    // transaction when there is one.
    QString create(int userId, const QString &clientId, const QStringList &scopes, QString *error);
    std::optional<ApiKeyRow> find(const QString &key) const;
    // Deletes every key of the user issued to clientId (the handshake replaces earlier ones).
    bool deleteForClient(int userId, const QString &clientId);
    bool revoke(int keyId);

private:
    Database &m_db;
};

// Scopes a handshake may ask for (Discourse's default allow_user_api_key_scopes).
const QStringList &allowedUserApiScopes();
