#include "app/reader/threaddocument.h"

#include "app/reader/imageloader.h"
#include "app/reader/postbrowser.h"
#include "app/reader/readerlink.h"

#include "lib/models/communitytreemodel.h"
#include "lib/models/postlistmodel.h"
#include "lib/render/htmlsanitizer.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>

namespace Aivizor {

namespace {

// Original (server) size of an image, stored on its char format so refits never compound.
constexpr int OriginalSizeProperty = QTextFormat::UserProperty + 1;

bool isEmoji(const QUrl &url)
{
    return url.path().contains(QLatin1String("/images/emoji/"))
        || url.path().contains(QLatin1String("/emoji/"));
}

} // namespace

ThreadDocument::ThreadDocument(PostBrowser *browser, PostListModel *model, ImageLoader *images, QObject *parent)
    : QObject(parent)
    , m_browser(browser)
    , m_model(model)
    , m_images(images)
{
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(60);
    connect(m_fitTimer, &QTimer::timeout, this, [this] { fitImages(0); });
    connect(m_browser, &PostBrowser::viewportResized, m_fitTimer, qOverload<>(&QTimer::start));

    connect(m_model, &PostListModel::dataChanged, this, &ThreadDocument::onPostsChanged);
    connect(m_model, &PostListModel::rowsInserted, this, &ThreadDocument::onPostsInserted);
    connect(m_model, &PostListModel::rowsRemoved, this, &ThreadDocument::onPostsRemoved);
}

void ThreadDocument::setCommunityModel(CommunityTreeModel *communities)
{
    m_communities = communities;
}

void ThreadDocument::reset(int topicId)
{
    m_topicId = topicId;
    m_built = false;
    m_rebuildPending = false;
    m_postCursors.clear();
    m_firstRow = 1;
    m_lastRow = 0;
}

void ThreadDocument::showMessage(const QString &text)
{
    m_browser->setHtml(QStringLiteral("<p class=\"empty\">%1</p>").arg(text.toHtmlEscaped()));
}

QList<ThreadHtml::Crumb> ThreadDocument::breadcrumb() const
{
    QList<ThreadHtml::Crumb> crumbs;
    if (!m_communities)
        return crumbs;
    int id = m_model->topic().categoryId;
    QSet<int> seen; // a malformed tree with a parent cycle must not hang the reader
    while (id > 0 && !seen.contains(id)) {
        seen.insert(id);
        const Community community = m_communities->community(id);
        if (community.id == 0)
            break;
        crumbs.prepend({community.id, community.name});
        id = community.parentId;
    }
    return crumbs;
}

QString ThreadDocument::authorOf(int postNumber) const
{
    const std::optional<Post> post = m_model->postAt(m_model->rowForPostNumber(postNumber));
    return post ? post->username : QString();
}

void ThreadDocument::configure(ThreadHtml &html)
{
    m_bodies.setForumBase(m_forumBase);
    html.setBodyCache(&m_bodies);
    html.setAuthorLookup([this](int postNumber) { return authorOf(postNumber); });
    const Interaction who = m_interaction ? m_interaction() : Interaction();
    html.setInteraction(who.signedIn, who.username, who.canReply);
    html.setNewSince(m_newSince);
}

void ThreadDocument::requestRebuild()
{
    // A refresh from the forum can change several rows in a row (a removal, an insert, edits):
    // one rebuild after them, not one per change.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_rebuildPending)
            return; // the document was reset or built meanwhile
        m_rebuildPending = false;
        emit rebuildNeeded();
    });
}

void ThreadDocument::build(int firstReplyRow)
{
    const Topic topic = m_model->topic();
    ThreadHtml html(topic, m_forumBase, m_palette, m_images);
    configure(html);
    html.setBreadcrumb(breadcrumb());

    const std::optional<Post> first = m_model->rowCount() > 0 ? m_model->postAt(0) : std::nullopt;
    QString out = html.header(first ? &*first : nullptr);
    out.reserve(out.size() + 40000);
    m_firstRow = qMax(1, firstReplyRow);
    if (m_firstRow > 1)
        out += html.gap(m_firstRow - 1);
    int row = m_firstRow;
    const int rows = m_model->rowCount();
    for (; row < rows; ++row) {
        const std::optional<Post> post = m_model->postAt(row);
        if (!post)
            break;
        html.appendReply(*post, out);
    }
    m_lastRow = row - 1;

    m_postCursors.clear();
    m_browser->setHtml(out);
    m_built = true;
    m_rebuildPending = false;
    indexBlocks(0);
    fitImages(0);
    emit built();
}

void ThreadDocument::appendRows()
{
    const int rows = m_model->rowCount();
    if (m_lastRow + 1 >= rows || !m_model->isRowLoaded(m_lastRow + 1))
        return;
    const Topic topic = m_model->topic();
    ThreadHtml html(topic, m_forumBase, m_palette, m_images);
    configure(html);
    QString out;
    out.reserve(40000);
    int row = m_lastRow + 1;
    for (; row < rows; ++row) {
        const std::optional<Post> post = m_model->postAt(row);
        if (!post)
            break;
        html.appendReply(*post, out);
    }
    m_lastRow = row - 1;

    QTextDocument *doc = m_browser->document();
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    // Inserting into an empty block keeps the last block's content and format untouched.
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    const int fromBlock = cursor.blockNumber();
    cursor.insertHtml(out);
    indexBlocks(fromBlock);
    fitImages(fromBlock);
    emit appended();
}

void ThreadDocument::indexBlocks(int fromBlock)
{
    const QString prefix = QStringLiteral("post-");
    for (QTextBlock block = m_browser->document()->findBlockByNumber(fromBlock); block.isValid();
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QStringList names = fragment.charFormat().anchorNames();
            for (const QString &name : names) {
                if (!name.startsWith(prefix))
                    continue;
                const int number = QStringView(name).mid(prefix.size()).toInt();
                if (number > 0 && !m_postCursors.contains(number))
                    m_postCursors.insert(number, QTextCursor(block));
            }
        }
    }
}

void ThreadDocument::setAllowRemoteImages(bool allow)
{
    if (m_bodies.allowRemoteImages() == allow)
        return;
    m_bodies.setAllowRemoteImages(allow);
    if (m_built)
        requestRebuild();
}

int ThreadDocument::remoteImagesHeld()
{
    if (!m_built || m_bodies.allowRemoteImages())
        return 0;
    int held = 0;
    const auto count = [&](int row) {
        const std::optional<Post> post = m_model->postAt(row);
        if (post && post->id > 0)
            held += m_bodies.body(*post).remoteImagesHeld;
    };
    count(0);
    for (int row = m_firstRow; row <= m_lastRow; ++row)
        count(row);
    return held;
}

void ThreadDocument::showMore(int postId)
{
    if (m_bodies.showMore(postId))
        requestRebuild();
}

void ThreadDocument::fitImages(int fromBlock)
{
    QTextDocument *doc = m_browser->document();
    // Room for images: the viewport minus the document margins and a quote's indentation.
    const qreal available = qMax<qreal>(64, m_browser->viewport()->width() - 2 * doc->documentMargin() - 24);
    // Emoji follow the text size: the sanitizer's 20 px (32 px alone on a line) is "one line".
    const qreal emojiScale = QFontMetricsF(doc->defaultFont()).height() / HtmlSanitizer::EmojiSize;
    QTextCursor editor(doc);
    // One edit block: the layout runs once for all the images changed, not once per image.
    editor.beginEditBlock();
    for (QTextBlock block = doc->findBlockByNumber(fromBlock); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat())
                continue;
            QTextImageFormat image = format.toImageFormat();
            const QUrl url(image.name());
            if (url.scheme() == QLatin1String("aivizor-letter") || m_images->isAvatar(url))
                continue;
            QSizeF original = image.property(OriginalSizeProperty).toSizeF();
            if (original.isEmpty()) {
                original = QSizeF(image.width(), image.height());
                if (original.isEmpty())
                    original = m_images->naturalSize(url);
                if (original.isEmpty())
                    continue; // unknown until the image arrives; addImages refits
                image.setProperty(OriginalSizeProperty, original);
            }
            QSizeF target = original;
            if (isEmoji(url)) {
                target = original * emojiScale;
                image.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            }
            else if (target.width() > available)
                target = QSizeF(available, original.height() * available / original.width());
            if (qFuzzyCompare(image.width(), target.width()) && qFuzzyCompare(image.height(), target.height())
                && image.hasProperty(OriginalSizeProperty) && format.hasProperty(OriginalSizeProperty))
                continue;
            image.setWidth(target.width());
            image.setHeight(target.height());
            editor.setPosition(fragment.position());
            editor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            editor.setCharFormat(image);
        }
    }
    editor.endEditBlock();
}

void ThreadDocument::addImages(const QSet<QUrl> &urls)
{
    QTextDocument *doc = m_browser->document();
    for (const QUrl &url : urls)
        doc->addResource(QTextDocument::ImageResource, url, m_images->resource(url));
    fitImages(0);
    doc->markContentsDirty(0, doc->characterCount());
}

void ThreadDocument::replaceLikeLink(int postId, bool liked, int likeCount)
{
    // Replace the link's fragments (heart and count) in place: a rebuild would cost a full import.
    const QString href = ReaderLink::likeLink(postId).toString(QUrl::FullyEncoded);
    QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        int start = -1, end = -1;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            if (start < 0)
                start = fragment.position();
            end = fragment.position() + fragment.length();
        }
        if (start < 0)
            continue;
        QTextCursor cursor(doc);
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.insertHtml(ThreadHtml::likeLinkHtml(postId, liked, likeCount));
        return;
    }
}

void ThreadDocument::onPostsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!m_built || m_model->topicId() != m_topicId)
        return;
    // Rows filled by a chunk are not rendered yet: rowsLoaded appends them.
    const int first = topLeft.row(), last = bottomRight.row();
    const bool rendered = first == 0 || (first <= m_lastRow && last >= m_firstRow);
    if (!rendered)
        return;
    const QList<int> likeRoles{PostListModel::LikedRole, PostListModel::LikeCountRole, PostListModel::CanUndoLikeRole};
    const bool likesOnly = !roles.isEmpty()
        && std::all_of(roles.cbegin(), roles.cend(), [&](int role) { return likeRoles.contains(role); });
    if (likesOnly) {
        for (int row = first; row <= last; ++row) {
            if (const std::optional<Post> post = m_model->postAt(row))
                replaceLikeLink(post->id, post->liked, post->likeCount);
        }
        return;
    }
    requestRebuild(); // an edit: its body and header both change
}

void ThreadDocument::onPostsInserted(const QModelIndex &, int first, int last)
{
    if (!m_built || m_model->topicId() != m_topicId)
        return;
    if (first > m_lastRow + 1)
        return; // beyond what is rendered: scrolling there appends it
    if (first == m_lastRow + 1) {
        appendRows(); // the common case: a new post at the end
        return;
    }
    // Inside the rendered range: the rows after it moved down.
    m_lastRow += last - first + 1;
    requestRebuild();
}

void ThreadDocument::onPostsRemoved(const QModelIndex &, int first, int last)
{
    if (!m_built || m_model->topicId() != m_topicId || first > m_lastRow)
        return;
    m_lastRow = qMax(m_firstRow - 1, m_lastRow - (last - first + 1));
    requestRebuild();
}

} // namespace Aivizor
