// Start-up from the store: process start to the first painted topic list when the forum's saved
// copy is on disk, with the forum reachable, with it down, and (optionally) with a store of
// 100,000 topics and 1,000,000 posts in place of the forum's own; against a start with an empty
// store. Each launch also reports its peak resident memory.
//
//   aivizor-bench-savedstart [RUNS] [BIG_STORE]
//
// BIG_STORE is a file made by `aivizor-bench-store generate`; it is copied, never changed.
// Each launch is the real executable in screenshot mode (it exits once loaded) with the
// aivizor.timing category on; the figure is its "first-list-painted" CLOCK_MONOTONIC stamp minus
// the stamp taken just before QProcess::start. The peak memory is the child's ru_maxrss, read by
// a separate copy of this program per launch (getrusage(RUSAGE_CHILDREN) only ever grows).
#include "applaunch.h"
#include "benchstats.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

// In the per-launch copy: one launch of the app; prints "MS MAXRSS_KIB" or fails.
int launchOnce(const QString &url, const QString &home)
{
    const double ms = launchToFirstList({QStringLiteral("--server"), url}, home, home + QStringLiteral("/shot.png"));
    if (ms < 0)
        return 1;
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    std::printf("%.3f %ld\n", ms, usage.ru_maxrss);
    return 0;
}

struct Sample
{
    double ms = -1;
    double rssMiB = 0;
};

Sample measure(const QString &url, const QString &home)
{
    QProcess one;
    one.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--one"), url, home});
    if (!one.waitForFinished(90000) || one.exitCode() != 0) {
        std::fprintf(stderr, "%s", one.readAllStandardError().constData());
        return {};
    }
    const QStringList fields = QString::fromLatin1(one.readAllStandardOutput()).split(QLatin1Char(' '));
    return {fields.value(0).toDouble(), fields.value(1).trimmed().toDouble() / 1024.0};
}

bool series(const QString &what, int runs, const QString &url, const std::function<QString()> &home)
{
    QList<double> ms, rss;
    for (int i = 0; i < runs; ++i) {
        const Sample s = measure(url, home());
        if (s.ms < 0)
            return false;
        ms << s.ms;
        rss << s.rssMiB;
    }
    QTextStream out(stdout);
    out << BenchStats::of(ms).line(what, QStringLiteral("ms")) << Qt::endl;
    out << BenchStats::of(rss).line(what + QStringLiteral(", peak RSS"), QStringLiteral("MiB")) << Qt::endl;
    return true;
}

QString storeFile(const QString &home)
{
    QDirIterator it(home + QStringLiteral("/.local/share"), {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication qapp(argc, argv);
    const QStringList a = qapp.arguments();
    if (a.value(1) == QLatin1String("--one"))
        return launchOnce(a.value(2), a.value(3));
    const int runs = qMax(1, a.value(1, QStringLiteral("10")).toInt());
    const QString bigStore = a.value(2);

    TestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QString url = server.baseUrl().toString();
    QTemporaryDir warm;
    // The uncounted first launch saves the tree, Latest and the site in the store.
    if (measure(url, warm.path()).ms < 0)
        return 1;
    std::vector<std::unique_ptr<QTemporaryDir>> fresh;
    const bool ok = series(QStringLiteral("empty store, forum reachable"), runs, url, [&fresh] {
        fresh.push_back(std::make_unique<QTemporaryDir>());
        return fresh.back()->path();
    }) && series(QStringLiteral("saved copy, forum reachable"), runs, url, [&warm] { return warm.path(); });
    if (!ok || !server.stop())
        return 1;
    if (!series(QStringLiteral("saved copy, forum down"), runs, url, [&warm] { return warm.path(); }))
        return 1;
    if (bigStore.isEmpty())
        return 0;
    const QString target = storeFile(warm.path());
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (target.isEmpty() || !QFile::remove(target) || !QFile::copy(bigStore, target)) {
        std::fprintf(stderr, "cannot put %s in place of the saved copy\n", qPrintable(bigStore));
        return 1;
    }
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    {
        // 1.4 GiB is more than the default cap: room for it, so no eviction runs during the launches.
        QSettings prefs(warm.path() + QStringLiteral("/.config/Aivizor/aivizor.conf"), QSettings::IniFormat);
        prefs.setValue(QStringLiteral("preferences/savedCopySpaceMiB"), 4096);
    }
    return series(QStringLiteral("store of 100,000 topics, forum down"), runs, url, [&warm] { return warm.path(); })
        ? 0 : 1;
}
