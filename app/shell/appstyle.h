#pragma once

class QApplication;

namespace Aivizor {

namespace AppStyle {
// Fusion with a dark palette (--dark): every widget and our delegates draw from palette roles,
// so this one call turns the whole window dark and readable.
void applyDark(QApplication *app);
}

} // namespace Aivizor
