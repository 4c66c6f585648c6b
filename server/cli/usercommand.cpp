#include "usercommand.h"
#include "datadir.h"
#include "auth/apikeys.h"
#include "db/database.h"
#include "db/queries.h"
#include "db/writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UserCommand", text);
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "aivizor-server: %s\n", qPrintable(message));
    return code;
}

} // namespace

int runUserCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage users: \"user add NAME\" creates a user (or reuses an existing one) "
                                        "and prints a new API key for it."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), tr("Directory of the database and uploads."),
                                           tr("DIR"),
                                           QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption demoOption(QStringLiteral("demo-dir"),
                                        tr("Demo content to seed a new database with (default: built in)."), tr("DIR"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("Full name of a new user."), tr("NAME"));
    const QCommandLineOption adminOption(QStringLiteral("admin"), tr("Make a new user an administrator."));
    parser.addOptions({dataDirOption, demoOption, nameOption, adminOption});
    parser.addPositionalArgument(QStringLiteral("user"), tr("The command group."));
    parser.addPositionalArgument(QStringLiteral("add"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Username: 3 to 20 letters, digits, '_', '.' or '-'."));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.at(1) != QLatin1String("add"))
        return fail(tr("usage: aivizor-server user add NAME [--name \"Full Name\"] [--admin] [--data-dir DIR]"), 2);
    const QString username = positional.at(2);
    // Discourse's username rules with its default lengths.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{1,18}[A-Za-z0-9_]$"));
    if (!valid.match(username).hasMatch())
        return fail(tr("invalid username \"%1\": use 3 to 20 letters, digits, '_', '.' or '-', "
                       "starting and ending with a letter, digit or '_'").arg(username), 2);

    Database db;
    QString error;
    const QString dataDir = QDir(parser.value(dataDirOption)).absolutePath();
    if (!openDataDirectory(db, dataDir, parser.value(demoOption), &error))
        return fail(error, 1);

    QSqlDatabase connection = db.connection();
    if (!connection.transaction())
        return fail(tr("Cannot start a transaction on %1").arg(dataDir), 1);
    int userId = 0;
    if (const std::optional<UserRow> existing = Queries(db).userByUsername(username)) {
        userId = existing->id;
        std::fprintf(stderr, "%s\n", qPrintable(tr("Reusing the existing user \"%1\".").arg(existing->username)));
    } else {
        Writer writer(db);
        const bool admin = parser.isSet(adminOption);
        userId = writer.addUser(username, parser.value(nameOption), QString(), admin, admin ? 4 : 1,
                                QDateTime::currentDateTimeUtc());
        if (!userId) {
            connection.rollback();
            return fail(tr("Cannot create the user: %1").arg(writer.error()), 1);
        }
        std::fprintf(stderr, "%s\n", qPrintable(tr("Created the user \"%1\".").arg(username)));
    }
    const QString key = ApiKeys(db).create(userId, QString(), {QStringLiteral("read"), QStringLiteral("write")}, &error);
    if (key.isEmpty() || !connection.commit()) {
        connection.rollback();
        return fail(tr("Cannot create the API key: %1").arg(error), 1);
    }
    // The only place a personal key is ever shown: stdout, once, for the operator.
    std::printf("%s\n", qPrintable(key));
    std::fflush(stdout);
    return 0;
}
