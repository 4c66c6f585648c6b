#pragma once

#include "app/reader/readerpalette.h"

#include "lib/render/htmlsanitizer.h"

#include "lib/domain/post.h"
#include "lib/domain/topic.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSize>
#include <QString>
#include <QUrl>

#include <functional>

namespace Aivizor {

class ImageLoader;
class PostBodyCache;

// Writes the thread document's HTML: the topic header (breadcrumb, title, tags, author, time,
// first post, counters, "Replies (N)") and one block per reply. Every post body goes through
// HtmlSanitizer; the only unsanitized text here is escaped. Each reply starts with an anchor
// "post-N" in a ruler block, which the view uses for j/k, jumps and "in reply to" links.
class ThreadHtml
{
    Q_DECLARE_TR_FUNCTIONS(ThreadHtml)

public:
    struct Crumb
    {
        int communityId = 0;
        QString name;
    };

    ThreadHtml(const Topic &topic, const QUrl &forumBase, const ReaderPalette &palette, ImageLoader *images);

    // Sanitized bodies come from the cache when one is set (the reader's); otherwise each call
    // sanitizes afresh.
    void setBodyCache(PostBodyCache *cache) { m_bodies = cache; }
    void setBreadcrumb(const QList<Crumb> &crumbs) { m_crumbs = crumbs; }
    void setNow(const QDateTime &now) { m_now = now; }
    // Finds the author of a post number when the server left reply_to_user out (it does when a
    // reply quotes its parent).
    void setAuthorLookup(std::function<QString(int postNumber)> lookup) { m_authorOf = std::move(lookup); }

    // Like and reply links: likes only for a signed-in user on other people's posts, "Reply"
    // only when the topic accepts replies from this user.
    void setInteraction(bool signedIn, const QString &username, bool canReply)
    {
        m_signedIn = signedIn;
        m_username = username;
        m_canReply = canReply;
    }
    // The first post not read at the last visit: a "new since your last visit" line goes above it
    // (0: none).
    void setNewSince(int postNumber) { m_newSince = postNumber; }
    bool canToggleLike(const Post &post) const;

    // Header plus the first post (`firstPost` may be empty while it is unknown).
    QString header(const Post *firstPost) const;
    // "N earlier replies are not shown" line for a document that starts at a later chunk.
    QString gap(int hiddenReplies) const;
    // One reply; appended to `out` so a chunk is built in one reserved string.
    void appendReply(const Post &post, QString &out) const;

    static QString anchorName(int postNumber);
    // The like link's HTML (also used to update it in place after a toggle).
    static QString likeLinkHtml(int postId, bool liked, int likeCount);
    // Pads code blocks and rules quotes (one-cell tables) in sanitized HTML; the composer's
    // preview uses it too, so a preview looks like the post will.
    static QString framedBlocks(QString html, const ReaderPalette &palette);
    static constexpr int TitleAvatarPx = 44;
    static constexpr int ReplyAvatarPx = 36;

private:
    QString avatarImg(const QString &avatarTemplate, const QString &displayName, int px) const;
    QString body(const Post &post) const;
    QString timeHtml(const QDateTime &when) const;
    QString smallAction(const Post &post) const;
    QString actionLinks(const Post &post) const;

    const Topic &m_topic;
    QUrl m_forumBase;
    HtmlSanitizer m_sanitizer;
    ReaderPalette m_palette;
    ImageLoader *m_images;
    PostBodyCache *m_bodies = nullptr;
    QList<Crumb> m_crumbs;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    std::function<QString(int)> m_authorOf;
    bool m_signedIn = false;
    QString m_username;
    bool m_canReply = false;
    int m_newSince = 0;
};

} // namespace Aivizor
