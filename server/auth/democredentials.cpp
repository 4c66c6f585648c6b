#include "democredentials.h"
#include "apikeys.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

namespace DemoCredentials {

QString fileName()
{
    return QStringLiteral("demo-credentials.json");
}

bool ensure(Database &db, const QString &dataDir, QString *error)
{
    const QString path = dataDir + QLatin1Char('/') + fileName();
    if (QFileInfo::exists(path))
        return true;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, username FROM users WHERE username = 'demo'"));
    if (!q.exec() || !q.next())
        return true;   // not a demo community: nothing to hand out
    const int userId = q.value(0).toInt();
    const QString username = q.value(1).toString();

    ApiKeys keys(db);
    QString createError;
    const QString key = keys.create(userId, QString(), {QStringLiteral("read"), QStringLiteral("write")}, &createError);
    if (key.isEmpty()) {
        *error = QCoreApplication::translate("DemoCredentials", "Cannot create the demo user's API key: %1")
                     .arg(createError);
        return false;
    }
    QSaveFile file(path);
    // Owner-only before a single byte of the key is written.
    const bool written = file.open(QIODevice::WriteOnly)
                         && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                         && file.write(QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                                 {QStringLiteral("api_key"), key}})
                                           .toJson(QJsonDocument::Indented)) > 0
                         && file.commit();
    if (!written) {
        if (const std::optional<ApiKeyRow> row = keys.find(key))
            keys.revoke(row->id);
        *error = QCoreApplication::translate("DemoCredentials", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace DemoCredentials
