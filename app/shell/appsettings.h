#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

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

// Where the reader was in a forum (the topic and the post at the top of the view) and which tree
// branches were open, per forum like the selected feed. A topic id of 0 means none was open.
struct ReadingPlace
{
    int topicId = 0;
    int postNumber = 0;
};
ReadingPlace readingPlace(const QString &forumKey);
void setReadingPlace(const QString &forumKey, const ReadingPlace &place);
// Node keys of the expanded tree branches; no value (not an empty list) when nothing was saved.
std::optional<QStringList> expandedBranches(const QString &forumKey);
void setExpandedBranches(const QString &forumKey, const QStringList &nodeKeys);

int zoomSteps();
void setZoomSteps(int steps);

// How long a request may go without any data before it fails as "not answered in time", in
// seconds: the Settings dialog's value (Preferences). Read when a forum opens.
int networkTimeoutSeconds();

// The forums the settings know (a remembered feed or the last server): "demo" or base URLs.
QStringList knownForums();

} // namespace AppSettings

} // namespace Aivizor
