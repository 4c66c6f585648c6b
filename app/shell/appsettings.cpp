#include "app/shell/appsettings.h"

#include <QSettings>

namespace Aivizor {

namespace AppSettings {

namespace {
QString forumGroupKey(const QString &forumKey)
{
    // QSettings treats '/' as a group separator; keep the whole URL as one key.
    return QStringLiteral("feeds/selected/")
        + QString::fromLatin1(forumKey.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
} // namespace

LastSource lastSource()
{
    const QString value = QSettings().value(QStringLiteral("session/source")).toString();
    if (value == QLatin1String("demo"))
        return LastSource::Demo;
    if (value == QLatin1String("server"))
        return LastSource::Server;
    return LastSource::None;
}

QUrl lastServerUrl()
{
    return QSettings().value(QStringLiteral("session/serverUrl")).toUrl();
}

void setLastSource(LastSource source, const QUrl &serverUrl)
{
    QSettings s;
    switch (source) {
    case LastSource::None:
        s.remove(QStringLiteral("session"));
        break;
    case LastSource::Demo:
        s.setValue(QStringLiteral("session/source"), QStringLiteral("demo"));
        break;
    case LastSource::Server:
        s.setValue(QStringLiteral("session/source"), QStringLiteral("server"));
        s.setValue(QStringLiteral("session/serverUrl"), serverUrl);
        break;
    }
}

QByteArray windowGeometry() { return QSettings().value(QStringLiteral("window/geometry")).toByteArray(); }
void setWindowGeometry(const QByteArray &g) { QSettings().setValue(QStringLiteral("window/geometry"), g); }
QByteArray windowState() { return QSettings().value(QStringLiteral("window/state")).toByteArray(); }
void setWindowState(const QByteArray &s) { QSettings().setValue(QStringLiteral("window/state"), s); }

QList<int> splitterSizes()
{
    QList<int> sizes;
    const QVariantList list = QSettings().value(QStringLiteral("window/splitter")).toList();
    for (const QVariant &v : list)
        sizes.append(v.toInt());
    return sizes;
}

void setSplitterSizes(const QList<int> &sizes)
{
    QVariantList list;
    for (int size : sizes)
        list.append(size);
    QSettings().setValue(QStringLiteral("window/splitter"), list);
}

QString selectedFeed(const QString &forumKey)
{
    return QSettings().value(forumGroupKey(forumKey)).toString();
}

void setSelectedFeed(const QString &forumKey, const QString &feedKey)
{
    QSettings().setValue(forumGroupKey(forumKey), feedKey);
}

int zoomSteps() { return QSettings().value(QStringLiteral("view/zoom"), 0).toInt(); }
void setZoomSteps(int steps) { QSettings().setValue(QStringLiteral("view/zoom"), steps); }

int networkTimeoutSeconds()
{
    // A hand-edited value of 0 or garbage would disable the timeout or make every request fail.
    constexpr int MaxSeconds = 600;
    bool ok = false;
    const int seconds = QSettings()
                            .value(QStringLiteral("network/timeoutSeconds"), DefaultNetworkTimeoutSeconds)
                            .toInt(&ok);
    return ok && seconds > 0 ? qMin(seconds, MaxSeconds) : DefaultNetworkTimeoutSeconds;
}

} // namespace AppSettings

} // namespace Aivizor
