#include "apikeys.h"
#include "db/database.h"
#include "db/writer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QString ApiKeys::generateKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

QString ApiKeys::hashKey(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ApiKeys::create(int userId, const QString &clientId, const QStringList &scopes, QString *error)
{
    const QString key = generateKey();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO api_keys (user_id, key_hash, client_id, scopes, created_at)"
                             " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(hashKey(key));
    q.addBindValue(clientId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(clientId));
    q.addBindValue(scopes.join(QLatin1Char(',')));
    q.addBindValue(Writer::isoTime(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return QString();
    }
    return key;
}

std::optional<ApiKeyRow> ApiKeys::find(const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT k.id, k.user_id, u.username, u.admin, coalesce(k.client_id, ''), k.scopes"
                             " FROM api_keys k JOIN users u ON u.id = k.user_id"
                             " WHERE k.key_hash = ? AND k.revoked_at IS NULL"));
    q.addBindValue(hashKey(key));
    if (!q.exec() || !q.next())
        return std::nullopt;
    ApiKeyRow row;
    row.id = q.value(0).toInt();
    row.userId = q.value(1).toInt();
    row.username = q.value(2).toString();
    row.admin = q.value(3).toBool();
    row.clientId = q.value(4).toString();
    row.scopes = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return row;
}

bool ApiKeys::deleteForClient(int userId, const QString &clientId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM api_keys WHERE user_id = ? AND client_id = ?"));
    q.addBindValue(userId);
    q.addBindValue(clientId);
    return q.exec();
}

bool ApiKeys::revoke(int keyId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE api_keys SET revoked_at = ? WHERE id = ?"));
    q.addBindValue(Writer::isoTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(keyId);
    return q.exec();
}

const QStringList &allowedUserApiScopes()
{
    static const QStringList scopes{QStringLiteral("read"),          QStringLiteral("write"),
                                    QStringLiteral("message_bus"),   QStringLiteral("push"),
                                    QStringLiteral("notifications"), QStringLiteral("session_info"),
                                    QStringLiteral("one_time_password")};
    return scopes;
}
