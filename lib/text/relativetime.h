#pragma once

#include <QDateTime>
#include <QString>

namespace Aivizor {

namespace RelativeTime {
// Compact age of a moment as a list shows it: "now", "5 min", "3 h", "2 d", "4 mo", "2 y".
// Moments in the future (clock skew) read "now".
QString shortAge(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
// The exact local time in the user's locale, for tooltips.
QString exact(const QDateTime &when);
}

} // namespace Aivizor
