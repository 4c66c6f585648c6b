// aivizor-server: serves a Discourse-compatible JSON API over a SQLite community.
#include "datadir.h"
#include "signalwatcher.h"
#include "api/apiserver.h"
#include "cli/usercommand.h"
#include "content/largegenerator.h"
#include "db/database.h"

#include "aivizorversion.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHostAddress>
#include <QStandardPaths>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "aivizor-server: %s\n", qPrintable(message));
    return code;
}

// The first word that is neither an option nor an option's value names a subcommand, wherever the
// options stand ("--data-dir D user add NAME" as well as "user add NAME --data-dir D").
bool isUserCommand(const QStringList &arguments)
{
    static const QStringList optionsWithValue = {
        QStringLiteral("data-dir"), QStringLiteral("demo-dir"), QStringLiteral("port"), QStringLiteral("bind"),
        QStringLiteral("post-rate-limit"), QStringLiteral("max-body-kib"), QStringLiteral("long-poll-seconds"),
        QStringLiteral("max-reqs-per-ip-per-10-seconds"), QStringLiteral("name")};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return false;
        if (!argument.startsWith(QLatin1Char('-')))
            return argument == QLatin1String("user");
        const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        if (!name.contains(QLatin1Char('=')) && optionsWithValue.contains(name))
            ++i;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless: fonts and QPainter for avatars and images, never a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aivizor-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Aivizor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIVIZOR_VERSION));
    if (isUserCommand(app.arguments()))
        return runUserCommand(app.arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A small Discourse-compatible community server.\n\n"
           "Commands:\n"
           "  user add NAME   create a user (or reuse one) and print a new API key; "
           "see \"aivizor-server user --help\""));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), tr("Directory of the database and uploads."),
                                           tr("DIR"),
                                           QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption portOption(QStringLiteral("port"), tr("TCP port; 0 picks a free one."), tr("N"),
                                        QStringLiteral("0"));
    const QCommandLineOption bindOption(QStringLiteral("bind"), tr("Address to listen on."), tr("ADDR"),
                                        QStringLiteral("127.0.0.1"));
    const QCommandLineOption demoOption(QStringLiteral("demo-dir"),
                                        tr("Demo content to seed a new database with (default: built in)."), tr("DIR"));
    const QCommandLineOption largeOption(QStringLiteral("generate-large"),
                                         tr("Add a large synthetic community for benchmarks, print its ids and exit."));
    const QCommandLineOption rateOption(QStringLiteral("post-rate-limit"),
                                        tr("A user may create one post per this many seconds; 0 turns the limit off."),
                                        tr("SECONDS"), QStringLiteral("5"));
    const QCommandLineOption bodyOption(QStringLiteral("max-body-kib"),
                                        tr("Largest request body of the write endpoints, in KiB."), tr("KIB"),
                                        QStringLiteral("256"));
    const QCommandLineOption longPollOption(QStringLiteral("long-poll-seconds"),
                                            tr("How long a message-bus poll waits for a message; 0 answers at once."),
                                            tr("SECONDS"), QStringLiteral("25"));
    const QCommandLineOption ipLimitOption(
        QStringLiteral("max-reqs-per-ip-per-10-seconds"),
        tr("At most this many requests from one IP address in any 10 seconds, then 429; 0 turns the limit off."),
        tr("N"), QStringLiteral("0"));
    parser.addOptions({dataDirOption, portOption, bindOption, demoOption, largeOption, rateOption, bodyOption,
                       longPollOption, ipLimitOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(tr("--port must be a number from 0 to 65535"), 2);
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull())
        return fail(tr("--bind must be an IP address, got \"%1\"").arg(parser.value(bindOption)), 2);

    WriteLimits limits;
    bool rateOk = false;
    limits.postRateLimitSeconds = parser.value(rateOption).toInt(&rateOk);
    if (!rateOk || limits.postRateLimitSeconds < 0 || limits.postRateLimitSeconds > 86400)
        return fail(tr("--post-rate-limit must be a number of seconds from 0 to 86400"), 2);
    bool bodyOk = false;
    const int bodyKib = parser.value(bodyOption).toInt(&bodyOk);
    if (!bodyOk || bodyKib < 1 || bodyKib > 64 * 1024)
        return fail(tr("--max-body-kib must be a number from 1 to 65536"), 2);
    limits.maxBodyBytes = qsizetype(bodyKib) * 1024;
    bool longPollOk = false;
    const int longPollSeconds = parser.value(longPollOption).toInt(&longPollOk);
    if (!longPollOk || longPollSeconds < 0 || longPollSeconds > 300)
        return fail(tr("--long-poll-seconds must be a number from 0 to 300"), 2);
    limits.longPollMs = longPollSeconds * 1000;
    bool ipLimitOk = false;
    limits.maxReqsPerIpPer10Seconds = parser.value(ipLimitOption).toInt(&ipLimitOk);
    if (!ipLimitOk || limits.maxReqsPerIpPer10Seconds < 0 || limits.maxReqsPerIpPer10Seconds > 1000000)
        return fail(tr("--max-reqs-per-ip-per-10-seconds must be a number from 0 to 1000000"), 2);

    const QString dataDir = QDir(parser.value(dataDirOption)).absolutePath();
    Database db;
    QString error;
    if (!openDataDirectory(db, dataDir, parser.value(demoOption), &error))
        return fail(error);

    if (parser.isSet(largeOption)) {
        QElapsedTimer timer;
        timer.start();
        LargeGenerator generator(db);
        if (!generator.generate(&error))
            return fail(error);
        std::printf("big community id: %d\nbig topic id: %d\ngenerated in %.1f s\n", generator.communityId(),
                    generator.bigTopicId(), double(timer.elapsed()) / 1000.0);
        return 0;
    }

    SignalWatcher signalWatcher;
    if (!signalWatcher.install())
        return fail(tr("Cannot install the signal handlers"));
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, &QCoreApplication::quit);

    ApiServer server(db, dataDir, limits);
    if (!server.listen(address, quint16(port), &error))
        return fail(error, 3);
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    // The first line of stdout is the base URL: parents and tests read it.
    std::printf("http://%s:%u\n", qPrintable(host), unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
