#include "lib/text/relativetime.h"

#include "lib/text/englishplural.h"

#include <QCoreApplication>

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

QString exact(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    // The short formats drop the century and the seconds; the page shows both.
    QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(QLatin1String("ss")))
        timeFormat.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return QCoreApplication::translate("RelativeTime", "%1, %2", "date, time")
        .arg(locale.toString(local.date(), dateFormat), locale.toString(local.time(), timeFormat));
}

QString longAge(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    auto ago = [](const char *text, qint64 n) {
        return englishPlural(QCoreApplication::translate("RelativeTime", text, nullptr, int(n)), int(n));
    };
    const qint64 secs = when.secsTo(now);
    if (secs < 45) // also covers small clock skew into the future
        return QCoreApplication::translate("RelativeTime", "just now");
    const qint64 minutes = (secs + 30) / 60;
    if (minutes < 60)
        return ago(QT_TRANSLATE_N_NOOP("RelativeTime", "%n minute(s) ago"), minutes);
    const qint64 hours = (secs + 1800) / 3600;
    if (hours < 24)
        return ago(QT_TRANSLATE_N_NOOP("RelativeTime", "%n hour(s) ago"), hours);
    const qint64 days = secs / 86400;
    if (days < 30)
        return ago(QT_TRANSLATE_N_NOOP("RelativeTime", "%n day(s) ago"), days);
    if (days < 365)
        return ago(QT_TRANSLATE_N_NOOP("RelativeTime", "%n month(s) ago"), days / 30);
    return ago(QT_TRANSLATE_N_NOOP("RelativeTime", "%n year(s) ago"), days / 365);
}

} // namespace RelativeTime

} // namespace Aivizor
