#include "app/reader/readerpalette.h"

namespace Aivizor {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QString css(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

} // namespace

ReaderPalette ReaderPalette::fromPalette(const QPalette &palette)
{
    ReaderPalette p;
    p.background = palette.color(QPalette::Base);
    p.text = palette.color(QPalette::Text);
    p.muted = mix(p.text, p.background, 0.42);
    p.link = palette.color(QPalette::Link);
    const bool dark = p.background.lightnessF() < 0.5;
    // The palette's link color is often too dim on dark bases; lift it until it reads well.
    if (dark && p.link.lightnessF() < 0.6)
        p.link = p.link.lighter(170);
    p.chipBackground = mix(p.background, p.link, dark ? 0.28 : 0.13);
    p.chipText = dark ? p.link.lighter(120) : p.link.darker(130);
    p.codeBackground = mix(p.background, p.text, dark ? 0.10 : 0.05);
    p.quoteBackground = mix(p.background, p.text, dark ? 0.07 : 0.035);
    p.separator = mix(p.background, p.text, 0.15);
    p.quoteBar = mix(p.background, p.text, dark ? 0.35 : 0.25);
    p.heart = dark ? QColor(0xff, 0x6b, 0x81) : QColor(0xd0, 0x2b, 0x4a);
    // Code colors readable on the code background of either theme.
    p.codeKeyword = dark ? QColor(0xc6, 0x92, 0xf5) : QColor(0x7a, 0x2e, 0xa8);
    p.codeType = dark ? QColor(0x6c, 0xc4, 0xe8) : QColor(0x1f, 0x5f, 0x99);
    p.codeString = dark ? QColor(0x9f, 0xd4, 0x7a) : QColor(0x2f, 0x7a, 0x1f);
    p.codeNumber = dark ? QColor(0xf2, 0xb0, 0x6a) : QColor(0xa6, 0x50, 0x00);
    p.codeFunction = dark ? QColor(0x7f, 0xb0, 0xff) : QColor(0x2a, 0x4d, 0xc2);
    return p;
}

bool ReaderPalette::isDark() const
{
    return background.lightnessF() < 0.5;
}

QString ReaderPalette::styleSheet() const
{
    // QTextDocument understands only a subset of CSS (no border-radius, no padding on blocks);
    // spacing therefore comes from margins and table cell padding.
    QString s;
    s.reserve(2048);
    s += QStringLiteral("body { color: %1; }\n").arg(css(text));
    s += QStringLiteral("a { color: %1; text-decoration: none; }\n").arg(css(link));
    // Extra space between lines as a distance, not a percentage: a proportional line height would
    // also stretch lines holding an image by a third of the image's height.
    s += QStringLiteral("p { margin-top: 0px; margin-bottom: 10px; line-height: 6px; -qt-line-height-type: line-distance; }\n");
    s += QStringLiteral("li { margin-bottom: 3px; line-height: 5px; -qt-line-height-type: line-distance; }\n");
    s += QStringLiteral("h1 { margin-top: 4px; margin-bottom: 8px; font-size: xx-large; }\n");
    s += QStringLiteral("h2 { margin-top: 16px; margin-bottom: 8px; font-size: x-large; }\n");
    s += QStringLiteral("h3, h4, h5, h6 { margin-top: 12px; margin-bottom: 6px; }\n");
    // Long lines wrap inside their block instead of widening the whole reader.
    s += QStringLiteral("pre { font-family: monospace; margin: 0px; white-space: pre-wrap; }\n");
    // Classes of lib/render/codehighlighter.
    s += QStringLiteral(".hl-keyword { color: %1; font-weight: 600; }\n").arg(css(codeKeyword));
    s += QStringLiteral(".hl-type { color: %1; }\n").arg(css(codeType));
    s += QStringLiteral(".hl-string { color: %1; }\n").arg(css(codeString));
    s += QStringLiteral(".hl-comment { color: %1; font-style: italic; }\n").arg(css(muted));
    s += QStringLiteral(".hl-number { color: %1; }\n").arg(css(codeNumber));
    s += QStringLiteral(".hl-function { color: %1; }\n").arg(css(codeFunction));
    s += QStringLiteral(".hl-preproc { color: %1; }\n").arg(css(codeType));
    s += QStringLiteral("code { font-family: monospace; background-color: %1; }\n").arg(css(codeBackground));
    s += QStringLiteral(".muted { color: %1; }\n").arg(css(muted));
    s += QStringLiteral(".crumbs { color: %1; margin-bottom: 2px; }\n").arg(css(muted));
    s += QStringLiteral(".chip { background-color: %1; color: %2; font-weight: 600; }\n")
             .arg(css(chipBackground), css(chipText));
    s += QStringLiteral(".byline { margin-top: 10px; margin-bottom: 6px; }\n");
    s += QStringLiteral(".author { font-weight: 600; color: %1; }\n").arg(css(text));
    s += QStringLiteral(".heart { color: %1; }\n").arg(css(heart));
    s += QStringLiteral(".counters { color: %1; margin-top: 14px; margin-bottom: 4px; }\n").arg(css(muted));
    s += QStringLiteral(".empty { color: %1; font-style: italic; margin-top: 6px; }\n").arg(css(muted));
    s += QStringLiteral(".event { color: %1; font-style: italic; }\n").arg(css(muted));
    s += QStringLiteral(".newdivider { color: %1; font-weight: 600; margin-top: 14px; }\n").arg(css(heart));
    s += QStringLiteral("hr { color: %1; }\n").arg(css(separator));
    return s;
}

} // namespace Aivizor
