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
#include "applaunch.h"
#include "benchstats.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>


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
    if (!warmHome.isValid() || launchToFirstList(appArgs, warmHome.path(), shot) < 0)
        return 1;
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        std::unique_ptr<QTemporaryDir> fresh;
        if (cold)
            fresh = std::make_unique<QTemporaryDir>();
        const double ms = launchToFirstList(appArgs, cold ? fresh->path() : warmHome.path(), shot);
        if (ms < 0)
            return 1;
        samples << ms;
    }
    QTextStream(stdout) << BenchStats::of(samples).line(
        QStringLiteral("process start to first painted topic list (%1)").arg(mode), QStringLiteral("ms"))
                        << Qt::endl;
    return 0;
}
