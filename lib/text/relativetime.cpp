#include "app/feeds/relativetime.h"

#include <QCoreApplication>
#include <QLocale>

namespace Aivizor {

namespace RelativeTime {

QString shortAge(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (minutes < 1)
        return QCoreApplication::translate("RelativeTime", "now");
    if (hours < 1)
        return QCoreApplication::translate("RelativeTime", "%1 min").arg(minutes);
    if (days < 1)
        return QCoreApplication::translate("RelativeTime", "%1 h").arg(hours);
    if (days < 30)
        return QCoreApplication::translate("RelativeTime", "%1 d").arg(days);
    if (days < 365)
        return QCoreApplication::translate("RelativeTime", "%1 mo").arg(days / 30);
    return QCoreApplication::translate("RelativeTime", "%1 y").arg(days / 365);
}

QString exact(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace RelativeTime

} // namespace Aivizor
