#include "posttime.h"

#include "englishplural.h"

#include <QCoreApplication>

namespace PostTime {

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
    return QCoreApplication::translate("PostTime", "%1, %2", "date, time")
        .arg(locale.toString(local.date(), dateFormat), locale.toString(local.time(), timeFormat));
}

QString relative(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 secs = when.secsTo(now);
    if (secs < 45) // also covers small clock skew into the future
        return QCoreApplication::translate("PostTime", "just now");
    const qint64 minutes = (secs + 30) / 60;
    if (minutes < 60)
        return englishPlural(QCoreApplication::translate("PostTime", "%n minute(s) ago", nullptr, int(minutes)), int(minutes));
    const qint64 hours = (secs + 1800) / 3600;
    if (hours < 24)
        return englishPlural(QCoreApplication::translate("PostTime", "%n hour(s) ago", nullptr, int(hours)), int(hours));
    const qint64 days = secs / 86400;
    if (days < 30)
        return englishPlural(QCoreApplication::translate("PostTime", "%n day(s) ago", nullptr, int(days)), int(days));
    if (days < 365)
        return englishPlural(QCoreApplication::translate("PostTime", "%n month(s) ago", nullptr, int(days / 30)), int(days / 30));
    return englishPlural(QCoreApplication::translate("PostTime", "%n year(s) ago", nullptr, int(days / 365)), int(days / 365));
}

} // namespace PostTime
