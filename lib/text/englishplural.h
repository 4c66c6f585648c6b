#pragma once

#include <QString>

namespace Aivizor {

// The app installs translations/aivizor_en.ts (English plural forms) for English and for languages
// without a catalog, but code running without any translator (the widget tests, other embedders)
// gets tr("%n like(s)", nullptr, n) back as "0 like(s)". This resolves the English plural there
// ("reply(s)" -> "replies", "day(s)" -> "days", "match(es)" -> "matches"); translated text carries
// no "(s)", so it passes through unchanged.
inline QString englishPlural(QString text, int n)
{
    const bool one = n == 1;
    text.replace(QLatin1String("(es)"), one ? QString() : QStringLiteral("es"));
    static const QString vowels = QStringLiteral("aeiou");
    for (qsizetype at = text.indexOf(QLatin1String("(s)")); at >= 0; at = text.indexOf(QLatin1String("(s)"), at)) {
        const bool consonantY = !one && at >= 2 && text.at(at - 1) == QLatin1Char('y')
            && !vowels.contains(text.at(at - 2));
        if (consonantY) {
            text.replace(at - 1, 4, QStringLiteral("ies"));
            at += 2;
        } else {
            text.replace(at, 3, one ? QString() : QStringLiteral("s"));
        }
    }
    return text;
}

} // namespace Aivizor
