#pragma once

#include <QString>

// Without an installed catalog, tr("%n like(s)", nullptr, n) returns the English source text as
// is ("0 like(s)"). This resolves the English plural so untranslated builds read naturally;
// real translations carry no "(s)", so they pass through unchanged.
inline QString englishPlural(QString text, int n)
{
    const bool one = n == 1;
    text.replace(QLatin1String("y(s)"), one ? QStringLiteral("y") : QStringLiteral("ies"));
    text.replace(QLatin1String("(es)"), one ? QString() : QStringLiteral("es"));
    text.replace(QLatin1String("(s)"), one ? QString() : QStringLiteral("s"));
    return text;
}
