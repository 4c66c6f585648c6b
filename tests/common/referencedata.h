#pragma once

#include <QDir>
#include <QString>
#include <QTest>

// Real Discourse payloads and schemas are reference material kept outside the repository (the
// folder configured as AIVIZOR_SHARED_DIR, by default ../shared beside the clone; the environment
// variable of the same name overrides it at run time). Tests that read them skip with a reason
// when the folder is absent, so a clone alone passes `make test`.
namespace ReferenceData {

inline QString rootDir()
{
    const QString fromEnvironment = qEnvironmentVariable("AIVIZOR_SHARED_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(AIVIZOR_SHARED_DIR) : fromEnvironment;
}

inline QString fixturesDir()
{
    return rootDir() + QStringLiteral("/reference/discourse/fixtures/");
}

inline bool available()
{
    return QDir(fixturesDir()).exists();
}

} // namespace ReferenceData

// First statement of a test function that reads reference payloads.
#define AIVIZOR_REQUIRE_REFERENCE_DATA()                                                               \
    do {                                                                                              \
        if (!ReferenceData::available())                                                              \
            QSKIP(qPrintable(QStringLiteral("Discourse reference payloads not found in %1 "           \
                                            "(set AIVIZOR_SHARED_DIR to the folder that holds "     \
                                            "reference/discourse)")                                  \
                                 .arg(ReferenceData::rootDir())));                                    \
    } while (false)
