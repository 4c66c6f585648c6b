#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Aivizor {

// How the app writes a moment: compact ages for lists, spelled-out ages and the exact local time
// for the reader and tooltips. Moments in the future (clock skew) read as now.
namespace RelativeTime {

// "now", "5 min", "3 h", "2 d", "4 mo", "2 y".
QString shortAge(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
// "just now", "5 minutes ago", "2 days ago".
QString longAge(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
// The exact local time with seconds and the full year in the locale's order
// ("4/27/2026, 4:43:41 PM" in en_US).
QString exact(const QDateTime &when, const QLocale &locale = QLocale());

} // namespace RelativeTime

} // namespace Aivizor
