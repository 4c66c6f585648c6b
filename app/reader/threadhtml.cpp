#include "app/reader/threadhtml.h"

#include "lib/text/englishplural.h"
#include "app/reader/imageloader.h"
#include "app/reader/postbodycache.h"
#include "lib/text/relativetime.h"
#include "app/reader/readerlink.h"

#include "lib/domain/avatar.h"

#include <QCoreApplication>

namespace Aivizor {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString attr(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded).toHtmlEscaped();
}

} // namespace

ThreadHtml::ThreadHtml(const Topic &topic, const QUrl &forumBase, const ReaderPalette &palette,
                       ImageLoader *images)
    : m_topic(topic)
    , m_forumBase(forumBase)
    , m_sanitizer(HtmlSanitizer::Options{forumBase})
    , m_palette(palette)
    , m_images(images)
{
}

QString ThreadHtml::anchorName(int postNumber)
{
    return QStringLiteral("post-%1").arg(postNumber);
}

QString ThreadHtml::avatarImg(const QString &avatarTemplate, const QString &displayName, int px) const
{
    QUrl url = avatarUrl(avatarTemplate, ImageLoader::AvatarPixels, m_forumBase);
    if (url.isEmpty()) {
        url.setScheme(QStringLiteral("aivizor-letter"));
        url.setPath(displayName);
    } else if (m_images) {
        url = m_images->registerAvatar(url, displayName);
    }
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%2\" style=\"vertical-align: middle;\" alt=\"\">")
        .arg(attr(url))
        .arg(px);
}

QString ThreadHtml::timeHtml(const QDateTime &when) const
{
    // Relative time in the text, the exact local time on hover (and the reverse for the title).
    return QStringLiteral("<span class=\"muted\" title=\"%1\">%2</span>")
        .arg(esc(RelativeTime::exact(when)), esc(RelativeTime::longAge(when, m_now)));
}

QString ThreadHtml::body(const Post &post) const
{
    if (post.postType == 3)
        return smallAction(post);
    const SanitizedPost rendered = m_bodies ? m_bodies->body(post) : m_sanitizer.sanitize(post.cooked);
    if (m_images) {
        for (const SanitizedImage &image : rendered.images)
            m_images->setExpectedSize(image.url, QSize(image.width, image.height));
    }
    QString html = framedBlocks(rendered.html, m_palette);
    if (rendered.truncated && post.id > 0) {
        const int shown = rendered.nodesTotal > 0 ? rendered.nodesWritten * 100 / rendered.nodesTotal : 0;
        html += QStringLiteral("<p><a href=\"%1\">%2</a> <span class=\"muted\">%3</span></p>")
                    .arg(attr(ReaderLink::showRestLink(post.id)), esc(tr("Show the rest")),
                         esc(tr("(%1% of this post is shown)").arg(shown)));
    }
    return html;
}

QString ThreadHtml::framedBlocks(QString html, const ReaderPalette &palette)
{
    // QTextDocument cannot pad a block or draw a left rule, but a one-cell table can; tables cost
    // import time, so only posts with code or quotes pay for them. The sanitizer writes these
    // tags literally (text is escaped), so plain replacement is exact.
    if (html.contains(QLatin1String("<pre>"))) {
        html.replace(QLatin1String("<pre>"),
                     QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" bgcolor=\"%1\" "
                                    "style=\"margin-top: 4px; margin-bottom: 12px;\"><tr><td><pre>")
                         .arg(palette.codeBackground.name()));
        html.replace(QLatin1String("</pre>"), QLatin1String("</pre></td></tr></table>"));
    }
    if (html.contains(QLatin1String("<blockquote>"))) {
        html.replace(QLatin1String("<blockquote>"),
                     QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                                    "style=\"margin-top: 2px; margin-bottom: 12px;\"><tr>"
                                    "<td style=\"border-left: 3px solid %1; background-color: %2; "
                                    "padding: 8px 12px 0px 12px;\">")
                         .arg(palette.quoteBar.name(), palette.quoteBackground.name()));
        html.replace(QLatin1String("</blockquote>"), QLatin1String("</td></tr></table>"));
    }
    return html;
}

QString ThreadHtml::smallAction(const Post &post) const
{
    QString what;
    const QString &code = post.actionCode;
    if (code == QLatin1String("closed.enabled"))
        what = tr("closed this topic");
    else if (code == QLatin1String("closed.disabled"))
        what = tr("opened this topic");
    else if (code == QLatin1String("pinned.enabled") || code == QLatin1String("pinned_globally.enabled"))
        what = tr("pinned this topic");
    else if (code == QLatin1String("pinned.disabled") || code == QLatin1String("pinned_globally.disabled"))
        what = tr("unpinned this topic");
    else if (code == QLatin1String("archived.enabled"))
        what = tr("archived this topic");
    else if (code == QLatin1String("visible.disabled"))
        what = tr("unlisted this topic");
    else if (code == QLatin1String("visible.enabled"))
        what = tr("listed this topic");
    else
        what = tr("changed this topic (%1)").arg(esc(code));
    return QStringLiteral("<p class=\"event\">%1</p>").arg(what);
}

bool ThreadHtml::canToggleLike(const Post &post) const
{
    return m_signedIn && post.id > 0 && post.postType == 1 && !post.yours
        && post.username.compare(m_username, Qt::CaseInsensitive) != 0
        && (post.canLike || post.canUndoLike || post.liked);
}

QString ThreadHtml::likeLinkHtml(int postId, bool liked, int likeCount)
{
    return QStringLiteral("<a href=\"%1\" title=\"%2\"><span class=\"heart\">%3</span>&nbsp;%4</a>")
        .arg(attr(ReaderLink::likeLink(postId)),
             esc(liked ? tr("You like this post. Click to take the like back.") : tr("Like this post")),
             liked ? QStringLiteral("&#9829;") : QStringLiteral("&#9825;"))
        .arg(likeCount);
}

QString ThreadHtml::actionLinks(const Post &post) const
{
    if (!m_canReply)
        return {};
    return QStringLiteral("&nbsp;&nbsp;<span class=\"muted\">&middot;</span>&nbsp;&nbsp;<a href=\"%1\" title=\"%2\">%3</a>")
        .arg(attr(ReaderLink::replyLink(post.postNumber)), esc(tr("Reply to this post (r replies to the topic)")),
             esc(tr("Reply")));
}

QString ThreadHtml::header(const Post *firstPost) const
{
    QString h;
    h.reserve(8192 + (firstPost ? firstPost->cooked.size() * 2 : 0));

    // Breadcrumb: every level clickable, switching the feed.
    if (!m_crumbs.isEmpty()) {
        h += QStringLiteral("<p class=\"crumbs\">");
        for (int i = 0; i < m_crumbs.size(); ++i) {
            if (i > 0)
                h += QStringLiteral(" <span class=\"muted\">/</span> ");
            h += QStringLiteral("<a href=\"%1\" title=\"%2\">%3</a>")
                     .arg(attr(ReaderLink::communityLink(m_crumbs[i].communityId)),
                          esc(tr("Show the topics of %1").arg(m_crumbs[i].name)), esc(m_crumbs[i].name));
        }
        h += QStringLiteral("</p>");
    }

    h += QStringLiteral("<h1>%1</h1>").arg(esc(m_topic.title));

    QStringList states;
    if (m_topic.pinned)
        states << tr("Pinned");
    if (m_topic.closed)
        states << tr("Closed");
    if (m_topic.archived)
        states << tr("Archived");
    if (!m_topic.tags.isEmpty() || !states.isEmpty()) {
        h += QStringLiteral("<p style=\"margin-bottom: 6px;\">");
        for (const QString &tag : m_topic.tags) {
            // Non-breaking spaces pad the chip: the document has no inline padding.
            h += QStringLiteral("<a href=\"%1\" title=\"%2\"><span class=\"chip\">&nbsp;&nbsp;%3&nbsp;&nbsp;</span></a>&nbsp;&nbsp;")
                     .arg(attr(ReaderLink::tagLink(tag)), esc(tr("Show topics tagged %1").arg(tag)), esc(tag));
        }
        for (const QString &state : states)
            h += QStringLiteral("<span class=\"muted\">%1</span>&nbsp;&nbsp;").arg(esc(state));
        h += QStringLiteral("</p>");
    }

    // Author line. The topic's creator comes from details.created_by; the first post fills gaps.
    User author = m_topic.createdBy;
    if (firstPost) {
        if (author.username.isEmpty())
            author.username = firstPost->username;
        if (author.name.isEmpty())
            author.name = firstPost->name;
        if (author.avatarTemplate.isEmpty())
            author.avatarTemplate = firstPost->avatarTemplate;
    }
    const QDateTime created = m_topic.createdAt.isValid() ? m_topic.createdAt
                                                          : (firstPost ? firstPost->createdAt : QDateTime());
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 10px; margin-bottom: 14px;\"><tr>"
                        "<td valign=\"middle\" style=\"padding-right: 12px;\">%1</td>"
                        "<td valign=\"middle\"><a name=\"%2\"></a><span class=\"author\" title=\"@%3\">%4</span><br>"
                        "<span class=\"muted\">%5</span> <span class=\"muted\" title=\"%5\">&middot; %6</span></td>"
                        "</tr></table>")
             .arg(avatarImg(author.avatarTemplate, author.displayName(), TitleAvatarPx), anchorName(1),
                  esc(author.username), esc(author.displayName()), esc(RelativeTime::exact(created)),
                  esc(RelativeTime::longAge(created, m_now)));

    if (firstPost)
        h += body(*firstPost);

    const int likes = firstPost ? firstPost->likeCount : m_topic.likeCount;
    const int replies = qMax(0, m_topic.postsCount - 1);
    const QString likeText = firstPost && canToggleLike(*firstPost)
        ? likeLinkHtml(firstPost->id, firstPost->liked, likes)
        : QStringLiteral("<span class=\"heart\">&#9829;</span>&nbsp;%1")
              .arg(esc(englishPlural(tr("%n like(s)", nullptr, likes), likes)));
    h += QStringLiteral("<p class=\"counters\">%1"
                        "&nbsp;&nbsp;&nbsp;&middot;&nbsp;&nbsp;&nbsp;%2"
                        "&nbsp;&nbsp;&nbsp;&middot;&nbsp;&nbsp;&nbsp;%3%4</p>")
             .arg(likeText, esc(englishPlural(tr("%n reply(s)", "counter", replies), replies)),
                  esc(englishPlural(tr("%n view(s)", nullptr, m_topic.views), m_topic.views)),
                  firstPost ? actionLinks(*firstPost) : QString());
    h += QStringLiteral("<hr><h2>%1</h2>").arg(esc(tr("Replies (%1)").arg(replies)));
    if (replies == 0)
        h += QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(tr("No replies in this topic yet.")));
    return h;
}

QString ThreadHtml::gap(int hiddenReplies) const
{
    return QStringLiteral("<p class=\"empty\">%1</p>")
        .arg(esc(englishPlural(tr("%n earlier reply(s) not loaded. Scroll up to load them.", nullptr, hiddenReplies),
                               hiddenReplies)));
}

void ThreadHtml::appendReply(const Post &post, QString &out) const
{
    // One paragraph per header, no table: tables made the HTML import several times slower.
    const QString display = post.name.isEmpty() ? post.username : post.name;
    if (m_newSince > 1 && post.postNumber == m_newSince)
        out += QStringLiteral("<p class=\"newdivider\" align=\"center\"><a name=\"new-since\"></a>%1</p>")
                   .arg(esc(tr("New since your last visit")));
    out += QStringLiteral("<hr><p class=\"byline\"><a name=\"%1\"></a>%2&nbsp;&nbsp;"
                          "<span class=\"author\" title=\"@%3\">%4</span>&nbsp;&nbsp;%5")
               .arg(anchorName(post.postNumber),
                    avatarImg(post.avatarTemplate, display, ReplyAvatarPx), esc(post.username), esc(display),
                    timeHtml(post.createdAt));
    if (post.replyToPostNumber > 0) {
        QString username = post.replyToUsername;
        if (username.isEmpty() && m_authorOf)
            username = m_authorOf(post.replyToPostNumber);
        const QString who = username.isEmpty() ? tr("post #%1").arg(post.replyToPostNumber)
                                               : QStringLiteral("@") + username;
        out += QStringLiteral("&nbsp;&nbsp;<span class=\"muted\">&middot;&nbsp;&nbsp;%1</span> <a href=\"%2\" title=\"%3\">%4</a>")
                   .arg(esc(tr("in reply to")), attr(ReaderLink::postLink(m_topic.id, post.replyToPostNumber)),
                        esc(tr("Go to post #%1").arg(post.replyToPostNumber)), esc(who));
    }
    if (canToggleLike(post)) {
        out += QStringLiteral("&nbsp;&nbsp;<span class=\"muted\">&middot;</span>&nbsp;&nbsp;") +
               likeLinkHtml(post.id, post.liked, post.likeCount);
    } else {
        out += QStringLiteral("&nbsp;&nbsp;<span class=\"muted\">&middot;</span>&nbsp;&nbsp;"
                              "<span class=\"heart\" title=\"%1\">&#9829;</span>&nbsp;<span class=\"muted\" title=\"%1\">%2</span>")
                   .arg(esc(englishPlural(tr("%n like(s)", nullptr, post.likeCount), post.likeCount)))
                   .arg(post.likeCount);
    }
    out += actionLinks(post) + QStringLiteral("</p>");
    out += body(post);
}

} // namespace Aivizor
