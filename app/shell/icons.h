#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace Aivizor {

namespace Icons {

// The desktop theme's icon when it has one, else ours from :/icons/<fallback>.svg.
QIcon themed(const QString &themeName, const QString &fallback);

// One of our monochrome SVG glyphs rendered at `size` logical pixels and tinted with `color`,
// so glyphs follow the palette (dark rows get light glyphs). Cached per (name, size, color, dpr).
QPixmap glyph(const QString &name, int size, const QColor &color, qreal devicePixelRatio);

} // namespace Icons

} // namespace Aivizor
