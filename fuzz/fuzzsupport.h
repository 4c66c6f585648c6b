#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: a QCoreApplication (plugins, QSqlDatabase) and a check that ends
// the run with a message, so libFuzzer saves the input as a finding.
namespace FuzzSupport {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "aivizor-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives as long as the process, like the fuzzer's loop
}

[[noreturn]] inline void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz invariant failed: %s\n%s\n", what, qUtf8Printable(detail.left(2000)));
    std::abort();
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace FuzzSupport

#define FUZZ_CHECK(condition, detail) \
    do { \
        if (!(condition)) \
            FuzzSupport::fail(#condition, detail); \
    } while (false)
