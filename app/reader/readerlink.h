#pragma once

#include <QString>
#include <QUrl>

namespace Aivizor {

// What a click on a link in the thread document means. Internal links use the aivizor: scheme
// (written by the reader and by HtmlSanitizer for quotes); same-forum topic URLs open in the
// reader; other http(s) links go to the system browser; everything else is refused.
struct ReaderLink
{
    enum class Kind {
        Blocked,      // file:, javascript:, data:, unknown schemes, malformed
        External,     // http(s) outside the forum's topics: system browser
        Post,         // a topic (and optional post number) to show in the reader
        Community,    // switch the feed to a community
        Tag,          // switch the feed to a tag
        Reply,        // open the composer for a reply to postNumber
        Like,         // toggle the like of postId
        ShowRest      // show more of the truncated post postId
    };

    Kind kind = Kind::Blocked;
    QUrl url;
    int topicId = 0;
    int postNumber = 0;
    int communityId = 0;
    QString tag;
    int postId = 0;

    static ReaderLink classify(const QUrl &url, const QUrl &forumBase);

    // Builders for the links the reader writes into its document.
    static QUrl postLink(int topicId, int postNumber);
    static QUrl communityLink(int communityId);
    static QUrl tagLink(const QString &tag);
    static QUrl replyLink(int postNumber);
    static QUrl likeLink(int postId);
    static QUrl showRestLink(int postId);
};

} // namespace Aivizor
