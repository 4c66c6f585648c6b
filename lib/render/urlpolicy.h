#pragma once

#include <QString>
#include <QUrl>

namespace Aivizor {

// Resolves URLs found in post HTML against the forum and decides which may be shown.
// The forum base may carry a subfolder ("https://example.org/forum"); server-relative paths in posts
// ("/forum/uploads/...") already include it, so they resolve against the origin, while
// document-relative ones resolve below the base.
class UrlPolicy
{
public:
    explicit UrlPolicy(const QUrl &forumBase);

    // The absolute URL for raw, or an invalid QUrl when raw cannot be resolved. Tabs and newlines
    // are removed and surrounding spaces trimmed first (browsers do the same, which is how
    // "java\tscript:" tricks work), and '\' in relative URLs counts as '/'.
    QUrl resolve(const QString &raw) const;
    // resolve() restricted to http, https and mailto; invalid otherwise.
    QUrl link(const QString &raw) const;
    // resolve() restricted to http and https; invalid otherwise.
    QUrl image(const QString &raw) const;
    // Same host and port as the forum.
    bool isSameSite(const QUrl &url) const;

    const QUrl &base() const { return m_base; }

private:
    QUrl m_base;   // with a trailing '/' on the path
    QUrl m_origin; // scheme, host and port only
};

} // namespace Aivizor
