#include "benchstats.h"

#include <sys/resource.h>

#include <algorithm>

BenchStats BenchStats::of(QList<double> samples)
{
    BenchStats s;
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    s.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    s.min = samples.first();
    s.max = samples.last();
    s.runs = int(n);
    return s;
}

QString BenchStats::line(const QString &what, const QString &unit) const
{
    return QStringLiteral("%1: median %2 %5 (min %3, max %4, %6 runs)")
        .arg(what)
        .arg(median, 0, 'f', 1)
        .arg(min, 0, 'f', 1)
        .arg(max, 0, 'f', 1)
        .arg(unit)
        .arg(runs);
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // ru_maxrss is in KiB on Linux
}
