#include "app/reader/readerview.h"

#include "lib/text/englishplural.h"
#include "app/reader/findbar.h"
#include "app/reader/imageloader.h"
#include "app/reader/postbrowser.h"
#include "app/reader/readerlink.h"
#include "app/widgets/errorbanner.h"
#include "app/shell/timing.h"

#include "lib/api/forumurls.h"
#include "lib/models/communitytreemodel.h"
#include "lib/render/htmlsanitizer.h"
#include "lib/models/postlistmodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"

#include <QAbstractTextDocumentLayout>
#include <algorithm>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace Aivizor {

namespace {

const QString ZoomKey = QStringLiteral("reader/zoom");
constexpr int MinZoom = 50;
constexpr int MaxZoom = 300;
constexpr int ZoomStep = 10;
constexpr int HeaderMargin = 6;  // px kept above a post's header when it is scrolled to the top
// Original (server) size of an image, stored on its char format so refits never compound.
constexpr int OriginalSizeProperty = QTextFormat::UserProperty + 1;

bool isEmoji(const QUrl &url)
{
    return url.path().contains(QLatin1String("/images/emoji/"))
        || url.path().contains(QLatin1String("/emoji/"));
}

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Reader"));
    m_images = new ImageLoader(this);
    m_browser = new PostBrowser(m_images, this);
    m_banner = new ErrorBanner(this);
    m_findBar = new FindBar(m_browser, this);
    m_model = new PostListModel(nullptr, this);

    // The reply bar under the thread: Reply / Quote, or why replying is not possible here.
    m_replyBar = new QWidget(this);
    m_replyBar->setObjectName(QStringLiteral("replyBar"));
    m_replyNote = new QLabel(m_replyBar);
    m_replyNote->setObjectName(QStringLiteral("replyNote"));
    m_replyNote->setWordWrap(true);
    m_quoteButton = new QPushButton(tr("&Quote"), m_replyBar);
    m_quoteButton->setObjectName(QStringLiteral("quoteButton"));
    m_quoteButton->setToolTip(tr("Quote the selected text in a reply (q)"));
    m_quoteButton->setFocusPolicy(Qt::NoFocus); // keep the selection's focus in the thread
    m_replyButton = new QPushButton(tr("&Reply"), m_replyBar);
    m_replyButton->setObjectName(QStringLiteral("replyButton"));
    m_replyButton->setToolTip(tr("Reply to the topic (r)"));
    auto *barLayout = new QHBoxLayout(m_replyBar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->addWidget(m_replyNote, 1);
    barLayout->addStretch(1); // the buttons keep their size while the note is hidden
    barLayout->addWidget(m_quoteButton);
    barLayout->addWidget(m_replyButton);
    m_replyBar->hide();
    connect(m_replyButton, &QPushButton::clicked, this, [this] { emit replyRequested(0); });
    connect(m_quoteButton, &QPushButton::clicked, this, &ReaderView::requestQuote);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_findBar);
    layout->addWidget(m_replyBar);
    setFocusProxy(m_browser); // "focus the reader" (Ctrl+3) means keys reach j/k and scrolling

    m_browser->document()->setDocumentMargin(24);
    m_browser->document()->setUndoRedoEnabled(false);

    m_imageTimer = new QTimer(this);
    m_imageTimer->setSingleShot(true);
    m_imageTimer->setInterval(30); // several images arriving together cost one re-layout
    connect(m_imageTimer, &QTimer::timeout, this, &ReaderView::flushImages);
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(60);
    connect(m_fitTimer, &QTimer::timeout, this, [this] { fitImages(0); });

    connect(m_images, &ImageLoader::imageReady, this, &ReaderView::onImageReady);
    connect(m_browser, &PostBrowser::anchorClicked, this, &ReaderView::onLinkClicked);
    connect(m_browser, &PostBrowser::viewportResized, m_fitTimer, qOverload<>(&QTimer::start));
    connect(m_browser, &PostBrowser::highlighted, this, [this](const QUrl &url) {
        emit statusMessage(url.scheme() == QLatin1String("aivizor") ? QString() : url.toDisplayString());
    });
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, &ReaderView::maybeFetchMore);
    connect(m_browser, &PostBrowser::commandRequested, this, [this](PostBrowser::Command command) {
        switch (command) {
        case PostBrowser::Command::NextPost: nextPost(); break;
        case PostBrowser::Command::PreviousPost: previousPost(); break;
        case PostBrowser::Command::FirstPost: goToPost(1); break;
        case PostBrowser::Command::LastPost: goToPost(m_model->topic().highestPostNumber); break;
        case PostBrowser::Command::Find: findInTopic(); break;
        case PostBrowser::Command::JumpToPost: jumpToPost(); break;
        case PostBrowser::Command::Back: back(); break;
        case PostBrowser::Command::Forward: forward(); break;
        case PostBrowser::Command::ZoomIn: zoomIn(); break;
        case PostBrowser::Command::ZoomOut: zoomOut(); break;
        case PostBrowser::Command::ResetZoom: resetZoom(); break;
        case PostBrowser::Command::Reply:
            if (canReply())
                emit replyRequested(0);
            else if (m_model->hasTopic())
                emit statusMessage(m_replyNote->text());
            break;
        case PostBrowser::Command::Quote: requestQuote(); break;
        }
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, &ReaderView::reload);

    connect(m_model, &PostListModel::topicLoaded, this, &ReaderView::onTopicLoaded);
    connect(m_model, &PostListModel::rowsLoaded, this, &ReaderView::onRowsLoaded);
    connect(m_model, &PostListModel::postNumberReady, this, &ReaderView::onPostNumberReady);
    connect(m_model, &PostListModel::dataChanged, this, &ReaderView::onPostsChanged);
    connect(m_model, &PostListModel::rowsInserted, this, &ReaderView::onPostsInserted);
    connect(m_model, &PostListModel::rowsRemoved, this, &ReaderView::onPostsRemoved);
    connect(m_model, &PostListModel::errorOccurred, this, &ReaderView::onError);
    connect(m_model, &PostListModel::loadingChanged, this, &ReaderView::setLoading);

    m_zoom = qBound(MinZoom, QSettings().value(ZoomKey, 100).toInt(), MaxZoom);
    applyPalette();
    applyZoom();
    m_browser->setHtml(QStringLiteral("<p class=\"empty\">%1</p>")
                           .arg(tr("Select a topic to read it here.").toHtmlEscaped()));
}

ReaderView::~ReaderView() = default;

void ReaderView::setClient(ForumClient *client)
{
    m_client = client;
    m_model->setClient(client);
    if (!m_forumBaseExplicit && client)
        m_forumBase = client->baseUrl();
}

void ReaderView::setImageCache(ImageCache *images)
{
    m_images->setImageCache(images);
}

void ReaderView::setCommunityModel(CommunityTreeModel *communities)
{
    if (m_communities)
        m_communities->disconnect(this);
    m_communities = communities;
    if (communities) {
        // Names may arrive after the topic: refresh the breadcrumb then.
        connect(communities, &CommunityTreeModel::loaded, this, [this] {
            if (m_documentBuilt)
                rebuildKeepingPosition(m_firstRow);
        });
    }
}

void ReaderView::setBodyFont(const QFont &font)
{
    m_bodyFont = font;
    applyZoom();
}

void ReaderView::setForumBase(const QUrl &base)
{
    m_forumBase = base;
    m_forumBaseExplicit = base.isValid();
}

QUrl ReaderView::currentUrl() const
{
    if (m_topicId <= 0 || !m_forumBase.isValid())
        return {};
    return ForumUrls(m_forumBase).topic(m_topicId, m_model->hasTopic() ? m_model->topic().slug : QString());
}

// ---- navigation -------------------------------------------------------------------------------

ReaderHistory::Entry ReaderView::historyEntry() const
{
    const ViewAnchor anchor = viewAnchor();
    return {m_topicId, anchor.postNumber, anchor.offset};
}

void ReaderView::updateHistorySignals(bool hadBack, bool hadForward)
{
    if (hadBack != canGoBack())
        emit canGoBackChanged(canGoBack());
    if (hadForward != canGoForward())
        emit canGoForwardChanged(canGoForward());
}

void ReaderView::openTopic(int topicId, int postNumber)
{
    if (topicId <= 0)
        return;
    if (topicId == m_topicId && m_documentBuilt) {
        if (postNumber > 0)
            goToPost(postNumber);
        return;
    }
    const bool hadBack = canGoBack(), hadForward = canGoForward();
    if (m_topicId > 0)
        m_history.visit(historyEntry());
    updateHistorySignals(hadBack, hadForward);
    showTopic(topicId, postNumber);
}

void ReaderView::back()
{
    if (canGoBack())
        stepHistory(&ReaderHistory::back);
}

void ReaderView::forward()
{
    if (canGoForward())
        stepHistory(&ReaderHistory::forward);
}

void ReaderView::stepHistory(ReaderHistory::Entry (ReaderHistory::*step)(const ReaderHistory::Entry &))
{
    const bool hadBack = canGoBack(), hadForward = canGoForward();
    const ReaderHistory::Entry entry = (m_history.*step)(historyEntry());
    updateHistorySignals(hadBack, hadForward);
    showTopic(entry.topicId, entry.postNumber);
    m_targetOffset = entry.offset;
}

void ReaderView::showTopic(int topicId, int postNumber)
{
    m_topicId = topicId;
    m_targetPost = postNumber;
    m_targetOffset = 0;
    m_documentBuilt = false;
    m_postCursors.clear();
    m_firstRow = 1;
    m_lastRow = 0;
    m_banner->clear();
    if (m_jumpDialog)
        m_jumpDialog->reject();
    showLoadingText();
    m_model->load(topicId);
    updateReplyBar();
}

void ReaderView::reload()
{
    if (m_topicId <= 0)
        return;
    m_banner->clear();
    if (!m_model->hasTopic() || m_model->topicId() != m_topicId) {
        showTopic(m_topicId, m_targetPost);
        return;
    }
    // The topic is there; a chunk failed. Ask again for the rows the view waits for.
    if (m_lastRow + 1 < m_model->rowCount())
        m_model->ensureLoaded(m_lastRow + 1);
    if (m_firstRow > 1)
        m_model->ensureLoaded(m_firstRow - 1);
}

void ReaderView::showLoadingText()
{
    m_browser->setHtml(QStringLiteral("<p class=\"empty\">%1</p>").arg(tr("Loading…").toHtmlEscaped()));
}

void ReaderView::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
    if (loading && m_documentBuilt) {
        m_loadingMoreShown = true;
        emit statusMessage(tr("Loading more posts…"));
    } else if (!loading && m_loadingMoreShown) {
        // The status bar keeps a message until the next one: take ours back once the posts are in.
        m_loadingMoreShown = false;
        emit statusMessage(QString());
    }
}

// ---- model signals ----------------------------------------------------------------------------

void ReaderView::onTopicLoaded()
{
    if (m_model->topicId() != m_topicId)
        return;
    // Milestone for bench/appmemory: response applied -> document built and the reader painted.
    QElapsedTimer since;
    since.start();
    PaintProbe::arm(m_browser->viewport(), [since] { Timing::mark("topic-shown", since.nsecsElapsed() / 1e6); });
    m_banner->clear();
    updateReplyBar();
    if (m_targetPost > 1) {
        const int row = m_model->jumpToPostNumber(m_targetPost);
        if (row < 0) {
            // The chunk is on its way; the header is shown at once and the rest follows.
            buildDocument(1);
            return;
        }
        buildDocument(row < PostListModel::ChunkSize ? 1 : row - row % PostListModel::ChunkSize);
        scrollToPost(m_targetPost, m_targetOffset);
        m_targetPost = 0;
        return;
    }
    buildDocument(1);
    if (m_targetPost == 1 || m_targetOffset > 0)
        scrollToPost(1, m_targetOffset);
    m_targetPost = 0;
}

void ReaderView::onRowsLoaded(int firstRow, int lastRow)
{
    if (!m_documentBuilt || m_model->topicId() != m_topicId)
        return;
    if (m_firstRow > 1 && lastRow >= m_firstRow - 1 && firstRow < m_firstRow) {
        // Earlier replies arrived above a jump: rebuild from them, keeping the view where it is.
        int first = m_firstRow;
        while (first > 1 && m_model->isRowLoaded(first - 1))
            --first;
        rebuildKeepingPosition(first);
        return;
    }
    appendRows();
}

void ReaderView::onPostNumberReady(int postNumber, int row)
{
    if (postNumber != m_targetPost || m_model->topicId() != m_topicId || !m_documentBuilt)
        return;
    m_targetPost = 0;
    const std::optional<Post> post = m_model->postAt(row);
    const int number = post ? post->postNumber : postNumber;
    if (row <= 0) {
        scrollToPost(1, m_targetOffset);
    } else if (row >= m_firstRow && row <= m_lastRow) {
        scrollToPost(number, m_targetOffset);
    } else if (row == m_lastRow + 1) {
        appendRows();
        scrollToPost(number, m_targetOffset);
    } else {
        buildDocument(row < PostListModel::ChunkSize ? 1 : row - row % PostListModel::ChunkSize);
        scrollToPost(number, m_targetOffset);
    }
    m_targetOffset = 0;
}

void ReaderView::onError(const ApiError &error)
{
    if (m_model->topicId() != m_topicId)
        return;
    QString message = error.message;
    if (error.kind == ApiError::Kind::RateLimited && error.waitSeconds > 0)
        message += QLatin1Char(' ') + englishPlural(tr("Try again in %n second(s).", nullptr, error.waitSeconds), error.waitSeconds);
    if (!m_documentBuilt) {
        m_browser->setHtml(QStringLiteral("<p class=\"empty\">%1</p>")
                               .arg(tr("This topic could not be shown.").toHtmlEscaped()));
    }
    m_banner->showError(message, error.kind != ApiError::Kind::NotFound);
    emit statusMessage(message);
}

// ---- document ---------------------------------------------------------------------------------

QList<ThreadHtml::Crumb> ReaderView::breadcrumb() const
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

QString ReaderView::authorOf(int postNumber) const
{
    const std::optional<Post> post = m_model->postAt(m_model->rowForPostNumber(postNumber));
    return post ? post->username : QString();
}

void ReaderView::buildDocument(int firstReplyRow)
{
    const Topic topic = m_model->topic();
    ThreadHtml html(topic, m_forumBase, m_palette, m_images);
    m_bodies.setForumBase(m_forumBase);
    html.setBodyCache(&m_bodies);
    html.setBreadcrumb(breadcrumb());
    html.setAuthorLookup([this](int postNumber) { return authorOf(postNumber); });
    html.setInteraction(m_signedIn, m_username, canReply());

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
    m_documentBuilt = true;
    indexBlocks(0);
    fitImages(0);
    if (m_findBar->isVisible())
        m_findBar->refreshHighlights();
    m_browser->setAccessibleDescription(topic.title);
    emit topicShown(m_topicId);
    // A short document may not fill the view: ask for more without waiting for a scroll.
    QTimer::singleShot(0, this, &ReaderView::maybeFetchMore);
}

void ReaderView::appendRows()
{
    const int rows = m_model->rowCount();
    if (m_lastRow + 1 >= rows || !m_model->isRowLoaded(m_lastRow + 1))
        return;
    const Topic topic = m_model->topic();
    ThreadHtml html(topic, m_forumBase, m_palette, m_images);
    m_bodies.setForumBase(m_forumBase);
    html.setBodyCache(&m_bodies);
    html.setAuthorLookup([this](int postNumber) { return authorOf(postNumber); });
    html.setInteraction(m_signedIn, m_username, canReply());
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
    if (m_findBar->isVisible())
        m_findBar->refreshHighlights();
    QTimer::singleShot(0, this, &ReaderView::maybeFetchMore);
}

void ReaderView::rebuildKeepingPosition(int firstReplyRow)
{
    if (!m_model->hasTopic())
        return;
    const ViewAnchor anchor = viewAnchor();
    buildDocument(firstReplyRow);
    restoreAnchor(anchor);
}

void ReaderView::indexBlocks(int fromBlock)
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

void ReaderView::fitImages(int fromBlock)
{
    QTextDocument *doc = m_browser->document();
    // Room for images: the viewport minus the document margins and a quote's indentation.
    const qreal available = qMax<qreal>(64, m_browser->viewport()->width() - 2 * doc->documentMargin() - 24);
    // Emoji follow the text size: the sanitizer's 20 px (32 px alone on a line) is "one line".
    const qreal emojiScale = QFontMetricsF(doc->defaultFont()).height() / HtmlSanitizer::EmojiSize;
    QTextCursor editor(doc);
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
                    continue; // unknown until the image arrives; onImageReady refits
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
}

void ReaderView::onImageReady(const QUrl &url)
{
    m_readyImages.insert(url);
    if (!m_imageTimer->isActive())
        m_imageTimer->start();
}

void ReaderView::flushImages()
{
    QTextDocument *doc = m_browser->document();
    const ViewAnchor anchor = viewAnchor();
    const int before = m_browser->verticalScrollBar()->value();
    for (const QUrl &url : std::as_const(m_readyImages))
        doc->addResource(QTextDocument::ImageResource, url, m_images->resource(url));
    m_readyImages.clear();
    fitImages(0);
    doc->markContentsDirty(0, doc->characterCount());
    // Images above the view change its content height; keep the reader's post in place.
    if (before > 0)
        restoreAnchor(anchor);
}

// ---- scrolling and posts ----------------------------------------------------------------------

int ReaderView::postTop(int postNumber) const
{
    if (postNumber <= 1)
        return 0;
    const auto it = m_postCursors.constFind(postNumber);
    if (it == m_postCursors.cend())
        return -1;
    // cursorRect is in viewport coordinates and accounts for tables (the header is one).
    const QRect rect = m_browser->cursorRect(*it);
    return qMax(0, rect.top() + m_browser->verticalScrollBar()->value() - HeaderMargin);
}

void ReaderView::scrollToPost(int postNumber, int offset)
{
    const int top = postTop(postNumber);
    if (top < 0)
        return;
    m_browser->verticalScrollBar()->setValue(top + offset);
}

int ReaderView::currentPostNumber() const
{
    if (!m_documentBuilt)
        return 0;
    const int scroll = m_browser->verticalScrollBar()->value();
    int current = 1;
    for (auto it = m_postCursors.cbegin(); it != m_postCursors.cend(); ++it) {
        if (it.key() <= 1)
            continue;
        if (postTop(it.key()) > scroll + 2)
            break;
        current = it.key();
    }
    return current;
}

ReaderView::ViewAnchor ReaderView::viewAnchor() const
{
    if (!m_documentBuilt)
        return {m_targetPost, m_targetOffset};
    const int number = currentPostNumber();
    return {number, m_browser->verticalScrollBar()->value() - qMax(0, postTop(number))};
}

void ReaderView::restoreAnchor(const ViewAnchor &anchor)
{
    if (anchor.postNumber > 0 && m_postCursors.contains(anchor.postNumber))
        scrollToPost(anchor.postNumber, anchor.offset);
}

void ReaderView::nextPost()
{
    if (!m_documentBuilt)
        return;
    const int scroll = m_browser->verticalScrollBar()->value();
    for (auto it = m_postCursors.cbegin(); it != m_postCursors.cend(); ++it) {
        const int top = postTop(it.key());
        if (top > scroll + 2) {
            m_browser->verticalScrollBar()->setValue(top);
            return;
        }
    }
    // At the last rendered post: load what follows, the next j press continues.
    if (m_lastRow + 1 < m_model->rowCount())
        m_model->ensureLoaded(m_lastRow + 1);
}

void ReaderView::previousPost()
{
    if (!m_documentBuilt)
        return;
    const int scroll = m_browser->verticalScrollBar()->value();
    int target = -1;
    for (auto it = m_postCursors.cbegin(); it != m_postCursors.cend(); ++it) {
        const int top = postTop(it.key());
        if (top >= scroll - 2)
            break;
        target = top;
    }
    if (target >= 0)
        m_browser->verticalScrollBar()->setValue(target);
    else if (m_firstRow > 1)
        m_model->ensureLoaded(m_firstRow - 1);
}

void ReaderView::goToPost(int postNumber)
{
    if (!m_model->hasTopic() || postNumber <= 0)
        return;
    if (postNumber == 1 || m_postCursors.contains(postNumber)) {
        scrollToPost(postNumber);
        return;
    }
    m_targetPost = postNumber;
    m_targetOffset = 0;
    const int row = m_model->jumpToPostNumber(postNumber);
    if (row >= 0)
        onPostNumberReady(postNumber, row);
}

void ReaderView::jumpToPost()
{
    if (!m_model->hasTopic())
        return;
    if (!m_jumpDialog) {
        m_jumpDialog = new QInputDialog(this);
        m_jumpDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_jumpDialog->setWindowTitle(tr("Jump to Post"));
        m_jumpDialog->setLabelText(tr("Post number:"));
        m_jumpDialog->setInputMode(QInputDialog::IntInput);
        connect(m_jumpDialog, &QInputDialog::intValueSelected, this, &ReaderView::goToPost);
    }
    const Topic topic = m_model->topic();
    m_jumpDialog->setIntRange(1, qMax(1, topic.highestPostNumber));
    m_jumpDialog->setIntValue(qMax(1, currentPostNumber()));
    m_jumpDialog->open();
}

void ReaderView::maybeFetchMore()
{
    if (!m_documentBuilt || !m_model->hasTopic())
        return;
    const QScrollBar *bar = m_browser->verticalScrollBar();
    const int page = qMax(bar->pageStep(), 200);
    if (bar->value() >= bar->maximum() - page && m_lastRow + 1 < m_model->rowCount()) {
        if (m_model->isRowLoaded(m_lastRow + 1))
            appendRows();
        else
            m_model->ensureLoaded(m_lastRow + 1);
    }
    if (m_firstRow > 1 && bar->value() <= page / 2)
        m_model->ensureLoaded(m_firstRow - 1);
}

void ReaderView::findInTopic()
{
    m_findBar->activate();
}

// ---- links ------------------------------------------------------------------------------------

void ReaderView::onLinkClicked(const QUrl &url)
{
    const ReaderLink link = ReaderLink::classify(url, m_forumBase);
    switch (link.kind) {
    case ReaderLink::Kind::Post:
        if (link.topicId == m_topicId)
            goToPost(link.postNumber > 0 ? link.postNumber : 1);
        else
            openTopic(link.topicId, link.postNumber);
        break;
    case ReaderLink::Kind::Reply:
        if (canReply())
            emit replyRequested(link.postNumber);
        break;
    case ReaderLink::Kind::Like:
        emit likeRequested(link.postId);
        break;
    case ReaderLink::Kind::Community:
        emit feedRequested(FeedSpec::community(link.communityId));
        break;
    case ReaderLink::Kind::Tag:
        emit feedRequested(FeedSpec::forTag(link.tag));
        break;
    case ReaderLink::Kind::External:
        if (!QDesktopServices::openUrl(url))
            emit statusMessage(tr("Could not open %1").arg(url.toDisplayString()));
        break;
    case ReaderLink::Kind::Blocked:
        emit statusMessage(tr("This link was blocked: %1").arg(url.toDisplayString()));
        break;
    }
}

// ---- zoom and palette -------------------------------------------------------------------------

void ReaderView::zoomIn()
{
    m_zoom = qMin(MaxZoom, m_zoom + ZoomStep);
    applyZoom();
}

void ReaderView::zoomOut()
{
    m_zoom = qMax(MinZoom, m_zoom - ZoomStep);
    applyZoom();
}

void ReaderView::resetZoom()
{
    m_zoom = 100;
    applyZoom();
}

void ReaderView::applyZoom()
{
    const ViewAnchor anchor = viewAnchor();
    // Only a change is written: every QSettings write syncs the file to disk, which the
    // constructor's call would otherwise do on every start.
    QSettings settings;
    if (settings.value(ZoomKey, 100).toInt() != m_zoom)
        settings.setValue(ZoomKey, m_zoom);
    QFont font = m_bodyFont.value_or(this->font());
    font.setPointSizeF(font.pointSizeF() * m_zoom / 100.0);
    m_browser->document()->setDefaultFont(font);
    if (m_documentBuilt) {
        fitImages(0); // emoji follow the text size
        restoreAnchor(anchor);
    }
    emit statusMessage(tr("Zoom %1%").arg(m_zoom));
}

void ReaderView::applyPalette()
{
    // The view's own palette: on PaletteChange the children have not been updated yet.
    m_palette = ReaderPalette::fromPalette(palette());
    m_browser->document()->setDefaultStyleSheet(m_palette.styleSheet());
    m_images->setPlaceholderColor(m_palette.codeBackground);
}

void ReaderView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        // The HTML carries palette colors (via the style sheet applied at parse time): rebuild.
        if (m_documentBuilt)
            rebuildKeepingPosition(m_firstRow);
    } else if (event->type() == QEvent::FontChange) {
        applyZoom();
    }
}

// ---- replying and likes -----------------------------------------------------------------------

void ReaderView::setSignedIn(bool signedIn, const QString &username)
{
    if (m_signedIn == signedIn && m_username == username)
        return;
    m_signedIn = signedIn;
    m_username = signedIn ? username : QString();
    updateReplyBar();
    // Like and Reply links depend on who reads.
    if (m_documentBuilt)
        rebuildKeepingPosition(m_firstRow);
}

bool ReaderView::canReply() const
{
    return m_signedIn && m_model->hasTopic() && m_model->topicId() == m_topicId && m_model->topic().canCreatePost;
}

void ReaderView::updateReplyBar()
{
    const bool loaded = m_model->hasTopic() && m_model->topicId() == m_topicId;
    m_replyBar->setVisible(loaded);
    const bool can = canReply();
    m_replyButton->setVisible(can);
    m_quoteButton->setVisible(can);
    if (!m_signedIn)
        m_replyNote->setText(tr("Sign in (File > Sign In…) to reply and like posts."));
    else if (loaded && !can)
        m_replyNote->setText(m_model->topic().closed ? tr("This topic is closed: it no longer accepts replies.")
                                                     : tr("You cannot reply to this topic."));
    else
        m_replyNote->clear();
    m_replyNote->setVisible(!m_replyNote->text().isEmpty());
    if (can != m_lastCanReply) {
        m_lastCanReply = can;
        emit canReplyChanged(can);
    }
}

std::optional<Post> ReaderView::postById(int postId) const
{
    return m_model->postAt(m_model->rowForPostId(postId));
}

void ReaderView::setLikeState(int postId, bool liked, int likeCount)
{
    m_model->setLikeState(postId, liked, likeCount);
}

void ReaderView::replaceLikeLink(int postId, bool liked, int likeCount)
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

void ReaderView::onPostsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!m_documentBuilt || m_model->topicId() != m_topicId)
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
    rebuildKeepingPosition(m_firstRow); // an edit: its body and header both change
}

void ReaderView::onPostsInserted(const QModelIndex &, int first, int last)
{
    if (!m_documentBuilt || m_model->topicId() != m_topicId)
        return;
    if (first > m_lastRow + 1)
        return; // beyond what is rendered: scrolling there appends it
    if (first == m_lastRow + 1) {
        appendRows(); // the common case: a new post at the end
        return;
    }
    // Inside the rendered range: the rows after it moved down.
    m_lastRow += last - first + 1;
    rebuildKeepingPosition(m_firstRow);
}

void ReaderView::onPostsRemoved(const QModelIndex &, int first, int last)
{
    if (!m_documentBuilt || m_model->topicId() != m_topicId || first > m_lastRow)
        return;
    m_lastRow = qMax(m_firstRow - 1, m_lastRow - (last - first + 1));
    rebuildKeepingPosition(m_firstRow);
}

void ReaderView::showPostedReply(const Post &post)
{
    if (m_topicId <= 0 || (post.topicId > 0 && post.topicId != m_topicId))
        return;
    // Insert the accepted reply (the document follows the model's rowsInserted) and show it.
    m_model->insertPost(post);
    if (m_postCursors.contains(post.postNumber))
        scrollToPost(post.postNumber);
    else
        goToPost(post.postNumber);
}

ReaderView::QuoteSource ReaderView::selectedQuote() const
{
    QuoteSource source;
    const QTextCursor selection = m_browser->textCursor();
    if (!selection.hasSelection() || !m_documentBuilt)
        return source;
    source.text = selection.selectedText();
    // The post whose header is the last one at or before the selection's start.
    source.postNumber = 1;
    for (auto it = m_postCursors.cbegin(); it != m_postCursors.cend(); ++it) {
        if (it.key() > 1 && it->position() <= selection.selectionStart())
            source.postNumber = it.key();
    }
    source.username = authorOf(source.postNumber);
    if (source.username.isEmpty() && source.postNumber == 1)
        source.username = m_model->topic().createdBy.username;
    return source;
}

void ReaderView::requestQuote()
{
    if (!canReply()) {
        if (m_model->hasTopic())
            emit statusMessage(m_replyNote->text());
        return;
    }
    const QuoteSource source = selectedQuote();
    if (source.text.trimmed().isEmpty()) {
        emit statusMessage(tr("Select text in a post first, then press q to quote it."));
        return;
    }
    emit quoteRequested(source.username, source.postNumber, source.text);
}

} // namespace Aivizor
