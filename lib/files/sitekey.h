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
// The demo forum's URL (see setDemoSiteUrl) gives DemoSiteIdentity instead.
QString normalizedSiteUrl(const QUrl &forumBaseUrl);

// The demo community runs on loopback on a new port each time the app starts it, but it is the
// same forum with the same data: its outbox entries, drafts and store must outlive the port.
// Once the demo server is up, its URL is registered here; normalizedSiteUrl() of that URL is then
// DemoSiteIdentity and siteKey() is formed from it, whatever the port. An empty URL clears it.
// (.invalid is reserved: the identity never names a reachable host.)
inline constexpr char DemoSiteIdentity[] = "http://demo.aivizor.invalid";
void setDemoSiteUrl(const QUrl &url);

} // namespace Aivizor
