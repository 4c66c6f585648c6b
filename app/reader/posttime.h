#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Aivizor {

// How the reader writes a post's time: the exact local time with seconds in the user's locale
// ("4/27/2026, 4:43:41 PM" in en_US) and a relative form ("2 days ago").
namespace PostTime {

QString exact(const QDateTime &when, const QLocale &locale = QLocale());
QString relative(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace PostTime

} // namespace Aivizor
