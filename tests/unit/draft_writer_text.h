#pragma once

#include <QString>

// The text draft_writer's "hammer" mode saves as version `version`: about 10 KB of non-ASCII text
// with the version at both ends, so a torn write could never pass for a complete one.
inline QString draftWriterHammerText(int version)
{
    const QString line = QStringLiteral("Версия %1 — ünïcödé ✓ 草稿\n").arg(version);
    return QString::number(version) + QLatin1Char('\n') + line.repeated(10240 / line.toUtf8().size())
           + QString::number(version);
}
