// aivizor-server: serves a Discourse-compatible JSON API over a SQLite community.
#include "signalwatcher.h"
#include "api/apiserver.h"
#include "content/demoseeder.h"
#include "content/largegenerator.h"
#include "db/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTemporaryFile>

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

QString demoDirectory(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    if (QFileInfo::exists(QStringLiteral(":/demo/community.json")))
        return QStringLiteral(":/demo");
    return QStringLiteral(AIVIZOR_DEMO_DIR);
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless: fonts and QPainter for avatars and images, never a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aivizor-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Aivizor"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A small Discourse-compatible community server."));
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
    parser.addOptions({dataDirOption, portOption, bindOption, demoOption, largeOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(tr("--port must be a number from 0 to 65535"), 2);
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull())
        return fail(tr("--bind must be an IP address, got \"%1\"").arg(parser.value(bindOption)), 2);

    const QString dataDir = QDir(parser.value(dataDirOption)).absolutePath();
    if (!QDir().mkpath(dataDir))
        return fail(tr("Cannot create the data directory %1").arg(dataDir));
    {
        QTemporaryFile probe(dataDir + QStringLiteral("/.write-test-XXXXXX"));
        if (!probe.open())
            return fail(tr("The data directory %1 is not writable").arg(dataDir));
    }

    Database db;
    QString error;
    if (!db.open(dataDir + QStringLiteral("/aivizor.sqlite"), &error))
        return fail(error);
    if (!db.hasContent()) {
        DemoSeeder seeder(db, dataDir);
        if (!seeder.seed(demoDirectory(parser.value(demoOption)), &error))
            return fail(error);
    }

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

    ApiServer server(db, dataDir);
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
