#pragma once

#include "app/settings/preferences.h"

class QApplication;

namespace Aivizor {

namespace AppStyle {
// Fusion with a dark palette (--dark): every widget and our delegates draw from palette roles,
// so this one call turns the whole window dark and readable.
void applyDark(QApplication *app);
// Light is Fusion's own palette; System puts back the style and palette the platform gave the
// application before any theme was applied. Widgets get a PaletteChange and repaint (the reader
// rebuilds its document with the new colors).
void applyTheme(QApplication *app, Preferences::Theme theme);
}

} // namespace Aivizor
