#pragma once

#include <QString>
#include <QUrl>

namespace Aivizor {

// Resolves a Discourse avatar_template ("/user_avatar/host/bob/{size}/1_2.png",
// "//cdn/...", or absolute) to a URL for the given pixel size, against the forum's base URL.
QUrl avatarUrl(const QString &avatarTemplate, int size, const QUrl &forumBase);

} // namespace Aivizor
