#pragma once

#include <QString>
#include <QUrl>

namespace Aivizor {

// A filesystem-safe, stable name for a forum: "<host>-<16 hex digits of SHA-256>" of the normalized
// base URL (scheme and host lower-cased, default port dropped, no trailing slash). The host part is
// only there so people browsing the data folder recognise it; the hash keeps subfolder installs
// (example.org/forum vs example.org/other) and ports apart.
QString siteKey(const QUrl &forumBaseUrl);

// The base URL as compared and stored: "https://example.org/forum" (no trailing slash, no query).
QString normalizedSiteUrl(const QUrl &forumBaseUrl);

} // namespace Aivizor
