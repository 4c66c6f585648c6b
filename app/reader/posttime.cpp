#include "app/reader/posttime.h"

#include "app/reader/englishplural.h"

#include <QCoreApplication>

namespace Aivizor {

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
    auto ago = [](const char *text, qint64 n) {
        return englishPlural(QCoreApplication::translate("PostTime", text, nullptr, int(n)), int(n));
    };
    const qint64 secs = when.secsTo(now);
    if (secs < 45) // also covers small clock skew into the future
        return QCoreApplication::translate("PostTime", "just now");
    const qint64 minutes = (secs + 30) / 60;
    if (minutes < 60)
        return ago(QT_TRANSLATE_N_NOOP("PostTime", "%n minute(s) ago"), minutes);
    const qint64 hours = (secs + 1800) / 3600;
    if (hours < 24)
        return ago(QT_TRANSLATE_N_NOOP("PostTime", "%n hour(s) ago"), hours);
    const qint64 days = secs / 86400;
    if (days < 30)
        return ago(QT_TRANSLATE_N_NOOP("PostTime", "%n day(s) ago"), days);
    if (days < 365)
        return ago(QT_TRANSLATE_N_NOOP("PostTime", "%n month(s) ago"), days / 30);
    return ago(QT_TRANSLATE_N_NOOP("PostTime", "%n year(s) ago"), days / 365);
}

} // namespace PostTime

} // namespace Aivizor
