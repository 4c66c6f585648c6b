#pragma once

#include "lib/domain/feedspec.h"

#include <QString>
#include <QUrl>

namespace Aivizor {

// Every URL of one forum: web pages shown to people and opened in the browser (topics, posts,
// users, categories, tags, feeds), API URLs for the Transport, and avatars. The base may be a
// subfolder install ("https://example.org/forum/"): every page and API path goes below it, while
// server-relative paths the forum sends ("/forum/latest?page=1", "/forum/user_avatar/...")
// already carry the subfolder and are not prefixed twice.
class ForumUrls
{
public:
    explicit ForumUrls(const QUrl &forumBase);

    // The base without trailing '/', query or fragment: "https://example.org/forum".
    QUrl base() const { return m_base; }
    // Same scheme, host and port as the forum: where credentials may go.
    bool isSameOrigin(const QUrl &url) const;

    // A page below the base: page("/about") -> "https://example.org/forum/about".
    QUrl page(const QString &path) const;
    // /t/{slug}/{id}[/{postNumber}]; an empty slug is written as "topic" (Discourse redirects).
    QUrl topic(int topicId, const QString &slug = {}, int postNumber = 0) const;
    QUrl user(const QString &username) const; // /u/{username}
    QUrl category(int categoryId, const QString &slug = {}) const; // /c/{slug}/{id}
    QUrl tag(const QString &tag) const; // /tag/{tag}
    QUrl feed(const FeedSpec &feed) const; // the web page of a topic list
    // The User API Key authorization page with an already encoded query.
    QUrl userApiKeyAuthorization(const QString &encodedQuery) const;

    // The JSON URL of an API path ("/latest?page=1", "latest.json", "/forum/t/5.json") or of a
    // same-origin absolute URL: the base path is prefixed when missing and ".json" is inserted
    // before the query.
    QUrl api(const QString &pathAndQuery) const;
    // The same below the base path, without the ".json" suffix (the message bus's poll path).
    QUrl apiWithoutSuffix(const QString &pathAndQuery) const;

    // A Discourse avatar_template ("/user_avatar/host/bob/{size}/1_2.png", "//cdn/...", or
    // absolute) for the given pixel size.
    QUrl avatar(const QString &avatarTemplate, int size) const;

private:
    QUrl resolved(const QString &pathAndQuery, bool jsonSuffix) const;

    QUrl m_base;
};

} // namespace Aivizor
