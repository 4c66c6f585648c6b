#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Aivizor {

// Typed access to the QSettings keys the window remembers. One place for key names, so a typo
// cannot silently split a setting in two.
namespace AppSettings {

enum class LastSource { None, Demo, Server };

LastSource lastSource();
QUrl lastServerUrl();
void setLastSource(LastSource source, const QUrl &serverUrl = {});

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);
QByteArray windowState();
void setWindowState(const QByteArray &state);
QList<int> splitterSizes();
void setSplitterSizes(const QList<int> &sizes);

// The selected feed is remembered per forum ("demo" or the server URL): a community id of one
// forum means nothing on another.
QString selectedFeed(const QString &forumKey);
void setSelectedFeed(const QString &forumKey, const QString &feedKey);

int zoomSteps();
void setZoomSteps(int steps);

// How long a request may go without any data before it fails as "not answered in time", in
// seconds: the Settings dialog's value (Preferences). Read when a forum opens.
int networkTimeoutSeconds();

// The forums the settings know (a remembered feed or the last server): "demo" or base URLs.
QStringList knownForums();

} // namespace AppSettings

} // namespace Aivizor
