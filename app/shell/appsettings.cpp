#include "app/shell/appsettings.h"

#include "app/settings/preferences.h"

#include <QSettings>

namespace Aivizor {

namespace AppSettings {

namespace {
QString encodedForum(const QString &forumKey)
{
    // QSettings treats '/' as a group separator; keep the whole URL as one key.
    return QString::fromLatin1(forumKey.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

QString forumGroupKey(const QString &forumKey)
{
    return QStringLiteral("feeds/selected/") + encodedForum(forumKey);
}

QString placeKey(const QString &forumKey, const QString &name)
{
    return QStringLiteral("restore/%1/%2").arg(encodedForum(forumKey), name);
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

ReadingPlace readingPlace(const QString &forumKey)
{
    QSettings s;
    ReadingPlace place;
    place.topicId = qMax(0, s.value(placeKey(forumKey, QStringLiteral("topicId"))).toInt());
    place.postNumber = qMax(0, s.value(placeKey(forumKey, QStringLiteral("postNumber"))).toInt());
    return place;
}

void setReadingPlace(const QString &forumKey, const ReadingPlace &place)
{
    // Every write syncs the file to disk: skip the ones that change nothing (scrolling saves often).
    const ReadingPlace stored = readingPlace(forumKey);
    if (stored.topicId == place.topicId && stored.postNumber == place.postNumber)
        return;
    QSettings s;
    s.setValue(placeKey(forumKey, QStringLiteral("topicId")), place.topicId);
    s.setValue(placeKey(forumKey, QStringLiteral("postNumber")), place.postNumber);
}

std::optional<QStringList> expandedBranches(const QString &forumKey)
{
    const QVariant value = QSettings().value(placeKey(forumKey, QStringLiteral("expanded")));
    if (!value.isValid())
        return std::nullopt;
    // One string, not a list: QSettings reads an empty list back as no value at all.
    return value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

void setExpandedBranches(const QString &forumKey, const QStringList &nodeKeys)
{
    if (expandedBranches(forumKey) == nodeKeys)
        return;
    QSettings().setValue(placeKey(forumKey, QStringLiteral("expanded")), nodeKeys.join(QLatin1Char(',')));
}

int zoomSteps() { return QSettings().value(QStringLiteral("view/zoom"), 0).toInt(); }
void setZoomSteps(int steps) { QSettings().setValue(QStringLiteral("view/zoom"), steps); }

int networkTimeoutSeconds()
{
    return Preferences().networkTimeoutSeconds();
}

QStringList knownForums()
{
    QStringList forums;
    QSettings settings;
    settings.beginGroup(QStringLiteral("feeds/selected"));
    for (const QString &key : settings.childKeys()) {
        const QString forum = QString::fromUtf8(QByteArray::fromBase64(key.toLatin1(), QByteArray::Base64UrlEncoding));
        if (!forum.isEmpty() && !forums.contains(forum))
            forums.append(forum);
    }
    const QString last = lastServerUrl().toString();
    if (!last.isEmpty() && !forums.contains(last))
        forums.append(last);
    return forums;
}

} // namespace AppSettings

} // namespace Aivizor
