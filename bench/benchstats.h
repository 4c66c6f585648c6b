#pragma once

#include <QList>
#include <QString>

// Median, min and max of a set of samples, printed as one line of the benchmark report.
struct BenchStats
{
    double median = 0;
    double min = 0;
    double max = 0;
    int runs = 0;

    static BenchStats of(QList<double> samples);
    QString line(const QString &what, const QString &unit) const;
};

// Peak resident set size of this process so far, in MiB (getrusage ru_maxrss).
double peakRssMiB();
