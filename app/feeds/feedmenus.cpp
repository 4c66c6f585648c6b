#include "app/feeds/feedmenus.h"

#include "app/feeds/communitypane.h"
#include "app/feeds/feedtreemodel.h"
#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "app/reader/postbrowser.h"
#include "app/reader/readerview.h"
#include "app/shell/offlinecontroller.h"
#include "lib/api/forumurls.h"
#include "lib/models/postlistmodel.h"
#include "lib/models/topiclistmodel.h"
#include "lib/net/forumclient.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeView>

namespace Aivizor {

namespace {
// The anchors ThreadHtml::anchorName() writes above each post.
const QString PostAnchorPrefix = QStringLiteral("post-");

// The post number of the last post anchor in `block` that starts at or before `position`.
int postAnchorIn(const QTextBlock &block, int position)
{
    int found = 0;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.position() > position)
            break;
        for (const QString &name : fragment.charFormat().anchorNames()) {
            if (name.startsWith(PostAnchorPrefix))
                found = QStringView(name).mid(PostAnchorPrefix.size()).toInt();
        }
    }
    return found;
}
} // namespace

FeedMenus::FeedMenus(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    QTreeView *tree = window->communityPane()->view();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, &FeedMenus::showTreeMenu);
    QListView *list = window->topicListPane()->view();
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(list, &QWidget::customContextMenuRequested, this, &FeedMenus::showTopicMenu);
    // The reader keeps the text view's own menu and adds the post's commands to it.
    window->readerView()->browser()->viewport()->installEventFilter(this);
}

QMenu *FeedMenus::lastMenu() const
{
    return m_lastMenu;
}

QUrl FeedMenus::forumBase() const
{
    return m_window->client() ? m_window->client()->baseUrl() : QUrl();
}

int FeedMenus::postNumberAt(const QTextDocument *document, int position)
{
    for (QTextBlock block = document->findBlock(position); block.isValid(); block = block.previous()) {
        if (const int number = postAnchorIn(block, position))
            return number;
    }
    return 0;
}

bool FeedMenus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu && watched == m_window->readerView()->browser()->viewport()) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        showPostMenu(menuEvent->pos(), menuEvent->globalPos());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void FeedMenus::popup(QMenu *menu, const QPoint &globalPos)
{
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_lastMenu = menu;
    menu->popup(globalPos);
}

void FeedMenus::addLinkActions(QMenu *menu, const QUrl &url)
{
    QAction *browser = menu->addAction(tr("Open in &Browser"), this, [this, url] {
        if (!QDesktopServices::openUrl(url))
            m_window->statusBar()->showMessage(tr("Could not start a web browser for %1").arg(url.toDisplayString()), 5000);
    });
    browser->setObjectName(QStringLiteral("openInBrowser"));
    QAction *copy = menu->addAction(tr("Copy &Link"), this, [this, url] {
        QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
        m_window->statusBar()->showMessage(tr("Copied %1").arg(url.toDisplayString()), 3000);
    });
    copy->setObjectName(QStringLiteral("copyLink"));
}

void FeedMenus::showTreeMenu(const QPoint &pos)
{
    QTreeView *view = m_window->communityPane()->view();
    const FeedTreeModel *tree = m_window->communityPane()->feedModel();
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid() || !tree || !forumBase().isValid())
        return;
    const bool site = index.data(FeedTreeModel::KindRole).toInt() == int(FeedTreeModel::NodeKind::Site);
    // The site row opens Latest here, but its address is the forum's own.
    const QUrl url = site ? ForumUrls(forumBase()).base() : ForumUrls(forumBase()).feed(tree->feedFor(index));
    auto *menu = new QMenu(view);
    addLinkActions(menu, url);
    const FeedSpec feed = tree->feedFor(index);
    if (!site && feed.kind == FeedSpec::Kind::Community) {
        menu->addSeparator();
        QAction *offline = menu->addAction(tr("Make Available &Offline"), this, [this, id = feed.communityId] {
            m_window->offlineController()->makeAvailableOffline(id);
        });
        offline->setObjectName(QStringLiteral("makeAvailableOffline"));
    }
    popup(menu, view->viewport()->mapToGlobal(pos));
}

void FeedMenus::showTopicMenu(const QPoint &pos)
{
    QListView *view = m_window->topicListPane()->view();
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid() || !forumBase().isValid())
        return;
    const int topicId = index.data(TopicListModel::IdRole).toInt();
    const QString title = index.data(TopicListModel::TitleRole).toString();
    const QUrl url = ForumUrls(forumBase()).topic(topicId, index.data(TopicListModel::SlugRole).toString());

    auto *menu = new QMenu(view);
    QAction *open = menu->addAction(tr("&Open"), this, [this, topicId] { m_window->openTopic(topicId); });
    open->setObjectName(QStringLiteral("openTopic"));
    menu->setDefaultAction(open);
    menu->addSeparator();
    addLinkActions(menu, url);
    QAction *copyTitle = menu->addAction(tr("Copy &Title"), this,
                                         [title] { QGuiApplication::clipboard()->setText(title); });
    copyTitle->setObjectName(QStringLiteral("copyTitle"));
    popup(menu, view->viewport()->mapToGlobal(pos));
}

void FeedMenus::showPostMenu(const QPoint &pos, const QPoint &globalPos)
{
    ReaderView *reader = m_window->readerView();
    PostBrowser *browser = reader->browser();
    QMenu *menu = browser->createStandardContextMenu(browser->viewport()->mapToParent(pos));
    const int postNumber = reader->topicId() > 0
        ? postNumberAt(browser->document(), browser->cursorForPosition(pos).position())
        : 0;
    if (postNumber > 0 && forumBase().isValid()) {
        menu->addSeparator();
        QAction *reply = menu->addAction(tr("&Reply"), reader, [reader, postNumber] {
            emit reader->replyRequested(postNumber == 1 ? 0 : postNumber);
        });
        reply->setObjectName(QStringLiteral("replyToPost"));
        reply->setEnabled(reader->canReply());
        QAction *quote = menu->addAction(tr("&Quote"), this, [this, postNumber] { quotePost(postNumber); });
        quote->setObjectName(QStringLiteral("quotePost"));
        quote->setEnabled(reader->canReply());
        if (!reader->canReply()) {
            reply->setToolTip(reader->replyNote()->text());
            quote->setToolTip(reader->replyNote()->text());
        }
        menu->addSeparator();
        const QString slug = reader->postModel()->hasTopic() ? reader->postModel()->topic().slug : QString();
        addLinkActions(menu, ForumUrls(forumBase()).topic(reader->topicId(), slug, postNumber));
    }
    popup(menu, globalPos);
}

void FeedMenus::quotePost(int postNumber)
{
    ReaderView *reader = m_window->readerView();
    PostBrowser *browser = reader->browser();
    const QTextCursor current = browser->textCursor();
    if (!current.hasSelection()
        || postNumberAt(browser->document(), current.selectionStart()) != postNumber) {
        // No selection in this post: quote all of its text, from below its byline to the next post.
        const QTextDocument *document = browser->document();
        QTextBlock block = document->begin();
        while (block.isValid() && postAnchorIn(block, block.position() + block.length()) != postNumber)
            block = block.next();
        if (!block.isValid() || !block.next().isValid())
            return;
        QTextBlock end = block.next();
        while (end.next().isValid() && !postAnchorIn(end.next(), end.next().position() + end.next().length()))
            end = end.next();
        QTextCursor cursor(browser->document());
        cursor.setPosition(block.next().position());
        cursor.setPosition(end.position() + end.length() - 1, QTextCursor::KeepAnchor);
        browser->setTextCursor(cursor);
    }
    reader->requestQuote();
}

} // namespace Aivizor
