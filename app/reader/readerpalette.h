#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Aivizor {

// The reader's colors, derived from the widget palette so a dark system theme yields a dark,
// readable thread. Rebuilt on QEvent::PaletteChange.
struct ReaderPalette
{
    QColor text;
    QColor muted;        // secondary text: times, counters, "in reply to"
    QColor link;
    QColor background;
    QColor chipBackground;
    QColor chipText;
    QColor codeBackground;
    QColor quoteBackground;
    QColor quoteBar;     // the rule left of a quote
    QColor separator;
    QColor heart;
    QColor codeKeyword;
    QColor codeType;
    QColor codeString;
    QColor codeNumber;
    QColor codeFunction;

    static ReaderPalette fromPalette(const QPalette &palette);
    bool isDark() const;
    // The document's default style sheet (element and class rules used by the thread HTML).
    QString styleSheet() const;
};

} // namespace Aivizor
