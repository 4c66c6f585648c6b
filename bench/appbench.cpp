// Start-up figure of the desktop app: process start to the first painted topic list.
//
//   aivizor-bench-app server URL [RUNS]   aivizor --server URL against a running aivizor-server
//   aivizor-bench-app demo [RUNS]         aivizor --demo, which starts its own server (warm data dir)
//   aivizor-bench-app demo-cold [RUNS]    the same with a fresh HOME per run (the demo data is seeded)
//
// Each run starts the real executable in its headless screenshot mode (it exits by itself once
// loaded) with the aivizor.timing logging category on, and reads the "first-list-painted" line:
// its CLOCK_MONOTONIC stamp minus the stamp taken here just before QProcess::start is the figure,
// so fork/exec, dynamic linking and QApplication set-up are all inside it. One uncounted run
// first warms the page cache, as a second launch of a desktop app would be.
#include "benchstats.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <time.h>

#include <cstdio>
#include <memory>

namespace {

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// One launch; returns ms to the milestone, or -1 (and prints why) when it did not appear.
double launchOnce(const QStringList &args, const QString &home, const QString &shot)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("aivizor.timing.debug=true"));
    // Settings, demo data and drafts live under this HOME, never the user's.
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    QProcess app;
    app.setProcessEnvironment(env);
    const qint64 t0 = monotonicNs();
    app.start(QStringLiteral(AIVIZOR_APP_BIN), args + QStringList{QStringLiteral("--screenshot"), shot});
    if (!app.waitForFinished(60000)) {
        app.kill();
        app.waitForFinished();
        std::fprintf(stderr, "aivizor did not finish within 60 s\n");
        return -1;
    }
    const QString err = QString::fromLocal8Bit(app.readAllStandardError());
    static const QRegularExpression re(QStringLiteral("first-list-painted mono_ns=(\\d+)"));
    const QRegularExpressionMatch m = re.match(err);
    if (!m.hasMatch()) {
        std::fprintf(stderr, "no first-list-painted milestone (exit %d):\n%s\n", app.exitCode(), qPrintable(err));
        return -1;
    }
    return (m.captured(1).toLongLong() - t0) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication qapp(argc, argv);
    const QStringList a = qapp.arguments();
    const QString mode = a.value(1);
    QStringList appArgs;
    int runsArg = 2;
    if (mode == QLatin1String("server") && a.size() > 2) {
        appArgs = {QStringLiteral("--server"), a.at(2)};
        runsArg = 3;
    } else if (mode == QLatin1String("demo") || mode == QLatin1String("demo-cold")) {
        appArgs = {QStringLiteral("--demo")};
    } else {
        std::fprintf(stderr, "usage: %s server URL [RUNS] | demo [RUNS] | demo-cold [RUNS]\n", argv[0]);
        return 2;
    }
    const int runs = qMax(1, a.value(runsArg, QStringLiteral("10")).toInt());
    const bool cold = mode == QLatin1String("demo-cold");

    QTemporaryDir warmHome;
    const QString shot = warmHome.filePath(QStringLiteral("shot.png"));
    if (!warmHome.isValid() || launchOnce(appArgs, warmHome.path(), shot) < 0)
        return 1;
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        std::unique_ptr<QTemporaryDir> fresh;
        if (cold)
            fresh = std::make_unique<QTemporaryDir>();
        const double ms = launchOnce(appArgs, cold ? fresh->path() : warmHome.path(), shot);
        if (ms < 0)
            return 1;
        samples << ms;
    }
    QTextStream(stdout) << BenchStats::of(samples).line(
        QStringLiteral("process start to first painted topic list (%1)").arg(mode), QStringLiteral("ms"))
                        << Qt::endl;
    return 0;
}
