#include "app/reader/readerview.h"

#include "lib/text/englishplural.h"
#include "app/reader/findbar.h"
#include "app/reader/imageloader.h"
#include "app/reader/lightbox.h"
#include "app/reader/postbrowser.h"
#include "app/reader/readerlink.h"
#include "app/reader/readernavigator.h"
#include "app/reader/readingfollower.h"
#include "app/reader/remoteimagesbar.h"
#include "app/reader/topiclevelbutton.h"
#include "app/reader/threaddocument.h"
#include "app/reader/topicpictures.h"
#include "app/widgets/errorbanner.h"
#include "app/shell/timing.h"

#include "lib/api/forumurls.h"
#include "lib/images/imagecache.h"
#include "lib/models/communitytreemodel.h"
#include "lib/models/postlistmodel.h"
#include "lib/net/forumclient.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace Aivizor {

namespace {

const QString ZoomKey = QStringLiteral("reader/zoom");
constexpr int MinZoom = 50;
constexpr int MaxZoom = 300;
constexpr int ZoomStep = 10;

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
    m_document = new ThreadDocument(m_browser, m_model, m_images, this);
    m_document->setInteraction([this] {
        return ThreadDocument::Interaction{m_signedIn, m_username, canReply()};
    });

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
    m_levelButton = new TopicLevelButton(m_replyBar);
    barLayout->addWidget(m_levelButton);
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
    m_remoteBar = new RemoteImagesBar(this);
    connect(m_remoteBar, &RemoteImagesBar::loadRequested, this, [this] {
        m_remoteAllowed.insert(m_navigator->topicId());
        applyRemoteImages();
    });
    layout->addWidget(m_remoteBar);
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

    connect(m_images, &ImageLoader::imageReady, this, &ReaderView::onImageReady);
    connect(m_browser, &PostBrowser::anchorClicked, this, &ReaderView::onLinkClicked);
    connect(m_browser, &PostBrowser::highlighted, this, [this](const QUrl &url) {
        emit statusMessage(url.scheme() == QLatin1String("aivizor") ? QString() : url.toDisplayString());
    });
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

    // Before the navigator's: the banner and reply bar are updated before the document is built.
    connect(m_model, &PostListModel::topicLoaded, this, &ReaderView::onTopicLoaded);
    connect(m_model, &PostListModel::errorOccurred, this, &ReaderView::onError);
    connect(m_model, &PostListModel::loadingChanged, this, &ReaderView::setLoading);
    m_navigator = new ReaderNavigator(m_browser, m_model, m_document, this);
    m_follower = new ReadingFollower(m_browser, m_navigator, m_document, m_model, this);
    connect(m_navigator, &ReaderNavigator::topicOpened, this, &ReaderView::onTopicOpened);
    connect(m_navigator, &ReaderNavigator::canGoBackChanged, this, &ReaderView::canGoBackChanged);
    connect(m_navigator, &ReaderNavigator::canGoForwardChanged, this, &ReaderView::canGoForwardChanged);
    connect(m_document, &ThreadDocument::built, this, [this] {
        onDocumentChanged();
        m_browser->setAccessibleDescription(m_model->topic().title);
        emit topicShown(m_navigator->topicId());
    });
    connect(m_document, &ThreadDocument::appended, this, &ReaderView::onDocumentChanged);

    m_zoom = qBound(MinZoom, QSettings().value(ZoomKey, 100).toInt(), MaxZoom);
    applyPalette();
    applyZoom();
    m_document->showMessage(tr("Select a topic to read it here."));
}

ReaderView::~ReaderView()
{
    m_navigator->savePosition();
}

void ReaderView::setClient(ForumClient *client)
{
    m_client = client;
    m_model->setClient(client);
    if (!m_forumBaseExplicit && client) {
        m_forumBase = client->baseUrl();
        m_document->setForumBase(m_forumBase);
    }
}

void ReaderView::setReading(ReadingState *reading, ReadStateSync *sync)
{
    m_model->setReadingState(reading);
    m_navigator->setReadingState(reading);
    m_follower->setReading(reading, sync);
    m_levelButton->setReading(reading, sync);
}

QList<int> ReaderView::visiblePostNumbers() const
{
    return m_navigator->visiblePostNumbers();
}

bool ReaderView::isAtEnd() const
{
    return m_navigator->isAtEnd();
}

bool ReaderView::pageBy(int direction)
{
    QScrollBar *bar = m_browser->verticalScrollBar();
    const int before = bar->value();
    // Most of a screen, so the last lines read stay in sight (as Space does in a pager).
    bar->setValue(before + direction * qMax(1, m_browser->viewport()->height() * 9 / 10));
    return bar->value() != before;
}

void ReaderView::setStore(ForumStore *store)
{
    m_hasStore = store != nullptr;
    m_navigator->savePosition(); // into the store it was read from
    m_navigator->setStore(store);
    m_model->setStore(store);
    m_document->setStore(store);
}

void ReaderView::setImageCache(ImageCache *images)
{
    m_imageCache = images;
    m_images->setImageCache(images);
}

void ReaderView::setCommunityModel(CommunityTreeModel *communities)
{
    if (m_communities)
        m_communities->disconnect(this);
    m_communities = communities;
    m_document->setCommunityModel(communities);
    if (communities) {
        // Names may arrive after the topic: refresh the breadcrumb then.
        connect(communities, &CommunityTreeModel::loaded, this, &ReaderView::rebuildKeepingPosition);
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
    m_document->setForumBase(base);
}

int ReaderView::topicId() const
{
    return m_navigator->topicId();
}

bool ReaderView::canGoBack() const
{
    return m_navigator->canGoBack();
}

bool ReaderView::canGoForward() const
{
    return m_navigator->canGoForward();
}

int ReaderView::currentPostNumber() const
{
    return m_navigator->currentPostNumber();
}

QList<int> ReaderView::renderedPostNumbers() const
{
    return m_document->postCursors().keys();
}

QUrl ReaderView::currentUrl() const
{
    const int topicId = m_navigator->topicId();
    if (topicId <= 0 || !m_forumBase.isValid())
        return {};
    return ForumUrls(m_forumBase).topic(topicId, m_model->hasTopic() ? m_model->topic().slug : QString());
}

// ---- navigation -------------------------------------------------------------------------------

void ReaderView::openTopic(int topicId, int postNumber)
{
    m_navigator->openTopic(topicId, postNumber);
}

void ReaderView::back()
{
    m_navigator->back();
}

void ReaderView::forward()
{
    m_navigator->forward();
}

void ReaderView::goToPost(int postNumber)
{
    m_navigator->goToPost(postNumber);
}

void ReaderView::nextPost()
{
    m_navigator->nextPost();
}

void ReaderView::previousPost()
{
    m_navigator->previousPost();
}

void ReaderView::setRemoteImages(Preferences::RemoteImages policy)
{
    m_remotePolicy = policy;
    applyRemoteImages();
}

void ReaderView::applyRemoteImages()
{
    const bool allow = m_remotePolicy == Preferences::RemoteImages::Always
                       || (m_remotePolicy == Preferences::RemoteImages::Ask && m_remoteAllowed.contains(m_navigator->topicId()));
    m_document->setAllowRemoteImages(allow);
    m_remoteBar->setHeld(m_remotePolicy == Preferences::RemoteImages::Ask ? m_document->remoteImagesHeld() : 0);
}

void ReaderView::onTopicOpened()
{
    applyRemoteImages();
    m_follower->topicOpened(m_navigator->topicId());
    m_levelButton->setTopic(m_navigator->topicId());
    m_banner->clear();
    if (m_jumpDialog)
        m_jumpDialog->reject();
    updateReplyBar();
}

void ReaderView::reload()
{
    if (m_navigator->topicId() <= 0)
        return;
    m_banner->clear();
    m_navigator->reload();
}

void ReaderView::rebuildKeepingPosition()
{
    if (m_document->isBuilt())
        m_navigator->rebuildKeepingPosition(m_document->firstRow());
}

void ReaderView::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
    if (loading && m_document->isBuilt()) {
        m_loadingMoreShown = true;
        emit statusMessage(tr("Loading more posts…"));
    } else if (!loading && m_loadingMoreShown) {
        // The status bar keeps a message until the next one: take ours back once the posts are in.
        m_loadingMoreShown = false;
        emit statusMessage(QString());
    }
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

void ReaderView::findInTopic()
{
    m_findBar->activate();
}

// ---- model and document signals --------------------------------------------------------------

void ReaderView::onTopicLoaded()
{
    if (m_model->topicId() != m_navigator->topicId())
        return;
    // Milestone for bench/appmemory: response applied -> document built and the reader painted.
    QElapsedTimer since;
    since.start();
    PaintProbe::arm(m_browser->viewport(), [since] { Timing::mark("topic-shown", since.nsecsElapsed() / 1e6); });
    m_banner->clear();
    updateReplyBar();
}

void ReaderView::onError(const ApiError &error)
{
    if (m_model->topicId() != m_navigator->topicId())
        return;
    QString message = error.message;
    // Offline, a topic (or a part of it) the store does not have: say why it cannot be shown.
    if (m_hasStore && error.isRetryable() && error.kind != ApiError::Kind::RateLimited)
        message = m_model->hasTopic()
            ? tr("These posts were never saved on this computer, and the forum cannot be reached: %1").arg(error.message)
            : tr("This topic was never saved on this computer, and the forum cannot be reached: %1").arg(error.message);
    if (error.kind == ApiError::Kind::RateLimited && error.waitSeconds > 0)
        message += QLatin1Char(' ') + englishPlural(tr("Try again in %n second(s).", nullptr, error.waitSeconds), error.waitSeconds);
    if (!m_document->isBuilt())
        m_document->showMessage(tr("This topic could not be shown."));
    m_banner->showError(message, error.kind != ApiError::Kind::NotFound);
    emit statusMessage(message);
    emit failed(error);
}

void ReaderView::onDocumentChanged()
{
    if (m_findBar->isVisible())
        m_findBar->refreshHighlights();
    m_remoteBar->setHeld(m_remotePolicy == Preferences::RemoteImages::Ask ? m_document->remoteImagesHeld() : 0);
}

void ReaderView::onImageReady(const QUrl &url)
{
    m_readyImages.insert(url);
    if (!m_imageTimer->isActive())
        m_imageTimer->start();
}

void ReaderView::flushImages()
{
    const ReaderNavigator::Anchor anchor = m_navigator->anchor();
    const int before = m_browser->verticalScrollBar()->value();
    m_document->addImages(m_readyImages);
    m_readyImages.clear();
    // Images above the view change its content height; keep the reader's post in place.
    if (before > 0)
        m_navigator->restore(anchor);
}

// ---- links ------------------------------------------------------------------------------------

bool ReaderView::openPicture(const QUrl &url)
{
    const QList<Lightbox::Picture> pictures = linkedPictures(m_browser->document());
    const auto found = std::find_if(pictures.cbegin(), pictures.cend(),
                                    [&url](const Lightbox::Picture &p) { return p.url == url; });
    if (found == pictures.cend() || !m_imageCache)
        return false;
    if (!m_lightbox) {
        m_lightbox = new Lightbox(window());
        m_lightbox->setObjectName(QStringLiteral("lightbox"));
        connect(m_lightbox, &Lightbox::imageNeeded, this, [this](const QUrl &picture) {
            if (m_imageCache)
                m_imageCache->load(picture, m_lightbox, [this, picture](const QImage &image) {
                    m_lightbox->setImage(picture, image);
                });
        });
        connect(m_lightbox, &Lightbox::closed, m_browser, [this] { m_browser->setFocus(Qt::OtherFocusReason); });
    }
    m_lightbox->open(pictures, int(found - pictures.cbegin()));
    return true;
}

void ReaderView::onLinkClicked(const QUrl &url)
{
    if (openPicture(url))
        return;
    const ReaderLink link = ReaderLink::classify(url, m_forumBase);
    switch (link.kind) {
    case ReaderLink::Kind::Post:
        if (link.topicId == m_navigator->topicId())
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
    case ReaderLink::Kind::ShowRest:
        m_document->showMore(link.postId);
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
    const ReaderNavigator::Anchor anchor = m_navigator->anchor();
    // Only a change is written: every QSettings write syncs the file to disk, which the
    // constructor's call would otherwise do on every start.
    QSettings settings;
    if (settings.value(ZoomKey, 100).toInt() != m_zoom)
        settings.setValue(ZoomKey, m_zoom);
    QFont font = m_bodyFont.value_or(this->font());
    font.setPointSizeF(font.pointSizeF() * m_zoom / 100.0);
    m_browser->document()->setDefaultFont(font);
    if (m_document->isBuilt()) {
        m_document->fitImages(0); // emoji follow the text size
        m_navigator->restore(anchor);
    }
    emit statusMessage(tr("Zoom %1%").arg(m_zoom));
}

void ReaderView::applyPalette()
{
    // The view's own palette: on PaletteChange the children have not been updated yet.
    const ReaderPalette colors = ReaderPalette::fromPalette(palette());
    m_document->setPalette(colors);
    m_browser->document()->setDefaultStyleSheet(colors.styleSheet());
    m_images->setPlaceholderColor(colors.codeBackground);
}

void ReaderView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        // The HTML carries palette colors (via the style sheet applied at parse time): rebuild.
        rebuildKeepingPosition();
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
    rebuildKeepingPosition();
}

bool ReaderView::canReply() const
{
    return m_signedIn && m_model->hasTopic() && m_model->topicId() == m_navigator->topicId()
        && m_model->topic().canCreatePost;
}

void ReaderView::updateReplyBar()
{
    const bool loaded = m_model->hasTopic() && m_model->topicId() == m_navigator->topicId();
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

void ReaderView::showPostedReply(const Post &post)
{
    const int topicId = m_navigator->topicId();
    if (topicId <= 0 || (post.topicId > 0 && post.topicId != topicId))
        return;
    // Insert the accepted reply (the document follows the model's rowsInserted) and show it.
    m_model->insertPost(post);
    if (m_document->postCursors().contains(post.postNumber))
        m_navigator->scrollToPost(post.postNumber);
    else
        m_navigator->goToPost(post.postNumber);
}

ReaderView::QuoteSource ReaderView::selectedQuote() const
{
    QuoteSource source;
    const QTextCursor selection = m_browser->textCursor();
    if (!selection.hasSelection() || !m_document->isBuilt())
        return source;
    source.text = selection.selectedText();
    // The post whose header is the last one at or before the selection's start.
    source.postNumber = 1;
    const QMap<int, QTextCursor> &cursors = m_document->postCursors();
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it) {
        if (it.key() > 1 && it->position() <= selection.selectionStart())
            source.postNumber = it.key();
    }
    const std::optional<Post> author = m_model->postAt(m_model->rowForPostNumber(source.postNumber));
    source.username = author ? author->username : QString();
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
