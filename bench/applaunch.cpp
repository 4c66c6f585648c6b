#include "applaunch.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <time.h>

#include <cstdio>

namespace {

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

double launchToFirstList(const QStringList &args, const QString &home, const QString &screenshot)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("aivizor.timing.debug=true"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    QProcess app;
    app.setProcessEnvironment(env);
    const qint64 t0 = monotonicNs();
    app.start(QStringLiteral(AIVIZOR_APP_BIN), args + QStringList{QStringLiteral("--screenshot"), screenshot});
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
