#include "app/search/searchcontroller.h"

#include "app/feeds/communitypane.h"
#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "app/reader/readerview.h"
#include "app/search/quickswitcher.h"
#include "app/search/searchpanel.h"
#include "app/shell/mainactions.h"
#include "lib/domain/feedspec.h"
#include "lib/models/communitytreemodel.h"
#include "lib/models/postlistmodel.h"
#include "lib/search/localsearch.h"
#include "lib/session/forumregistry.h"
#include "lib/session/forumsession.h"
#include "lib/store/forumstore.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStackedWidget>

namespace Aivizor {

namespace {
constexpr int kRecentTopics = 20;
const QKeySequence kSearchKey(Qt::CTRL | Qt::Key_K);
const QString kPathSeparator = QStringLiteral(" › ");

// Every community of the tree, parents before children, with the names above it.
void collectCommunities(const QAbstractItemModel *model, const QModelIndex &parent, const QString &path,
                        QList<std::tuple<QString, QString, int, QString>> &out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const QString name = index.data(CommunityTreeModel::NameRole).toString();
        const QString slug = index.data(CommunityTreeModel::SlugRole).toString();
        out.append({name, path, index.data(CommunityTreeModel::IdRole).toInt(), slug});
        collectCommunities(model, index, path.isEmpty() ? name : path + kPathSeparator + name, out);
    }
}
} // namespace

SearchController::SearchController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    QSplitter *splitter = window->splitter();
    TopicListPane *list = window->topicListPane();
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("topicListStack"));
    m_stack->setMinimumWidth(list->minimumWidth());
    splitter->replaceWidget(splitter->indexOf(list), m_stack);
    m_stack->addWidget(list);
    m_panel = new SearchPanel(m_stack);
    m_stack->addWidget(m_panel);
    m_local = new LocalSearch(this);
    m_panel->setLocalSearch(m_local);
    m_switcher = new QuickSwitcher(window);
    m_switcher->setSource([this] { return candidates(); });

    m_panel->setCommunityLookup([window](int id) {
        CommunityTreeModel *communities = window->communityPane()->communityModel();
        return communities ? communities->community(id) : Community();
    });

    MainActions *actions = window->actions();
    connect(actions->search, &QAction::triggered, this, [this] {
        // Ctrl+K again in an empty search field: the switcher, as in chat and code editors.
        if (isSearchShown() && m_panel->queryEdit()->hasFocus() && m_panel->queryEdit()->text().isEmpty())
            openSwitcher();
        else
            showSearch();
    });
    connect(actions->quickSwitcher, &QAction::triggered, this, &SearchController::openSwitcher);
    // "/" and Ctrl+Shift+F filter the topic list, so they bring it back.
    connect(actions->focusFilter, &QAction::triggered, this, &SearchController::showTopicList);
    connect(window->communityPane(), &CommunityPane::feedSelected, this, &SearchController::showTopicList);
    connect(m_panel, &SearchPanel::closeRequested, this, [this] {
        showTopicList();
        m_window->topicListPane()->view()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_panel, &SearchPanel::resultActivated, this, [this](int topicId, int postNumber) {
        m_window->readerView()->openTopic(topicId, postNumber);
    });
    connect(window->readerView(), &ReaderView::topicShown, this, &SearchController::rememberTopic);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { yieldShortcutTo(now); });
}

// The composer's Ctrl+K inserts a link. Two active actions on one key trigger neither, so while
// the focus is in a widget with its own Ctrl+K the window's search lets go of the key.
void SearchController::yieldShortcutTo(QWidget *focus)
{
    QAction *search = m_window->actions()->search;
    bool taken = false;
    for (QWidget *w = focus; w && !taken && w->window() == m_window; w = w->parentWidget()) {
        const QList<QAction *> own = w->actions();
        taken = std::any_of(own.begin(), own.end(), [search](const QAction *a) {
            return a != search && a->isEnabled() && a->shortcutContext() != Qt::WindowShortcut
                   && a->shortcuts().contains(kSearchKey);
        });
        if (w == m_window)
            break;
    }
    search->setShortcut(taken ? QKeySequence() : kSearchKey);
}

void SearchController::setSession(ForumSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_panel->setClient(session ? session->client() : nullptr);
    QList<LocalSearch::Source> sources;
    if (session && session->store()->isOpen())
        sources.append({QFileInfo(session->store()->path()).completeBaseName(), session->store()->path()});
    m_local->setSources(sources);
    m_panel->setForumReachable(!session || session->connectionState() != ForumSession::ConnectionState::Offline);
    if (session) {
        connect(session, &ForumSession::connectionStateChanged, this, [this](ForumSession::ConnectionState state) {
            m_panel->setForumReachable(state != ForumSession::ConnectionState::Offline);
        });
    }
    m_recent.clear();
}

bool SearchController::isSearchShown() const
{
    return m_stack->currentWidget() == m_panel;
}

void SearchController::showSearch()
{
    refreshCommunities();
    m_stack->setCurrentWidget(m_panel);
    m_panel->focusQuery();
}

void SearchController::showTopicList()
{
    m_stack->setCurrentWidget(m_window->topicListPane());
}

void SearchController::openSwitcher()
{
    m_switcher->popup();
}

void SearchController::refreshCommunities()
{
    CommunityTreeModel *model = m_window->communityPane()->communityModel();
    if (!model)
        return;
    QList<std::tuple<QString, QString, int, QString>> all;
    collectCommunities(model, {}, QString(), all);
    QList<std::pair<QString, QString>> choices;
    for (const auto &[name, path, id, slug] : std::as_const(all)) {
        if (slug.isEmpty())
            continue; // #slug is how a query names a community
        const Community c = model->community(id);
        const QString parentSlug = c.parentId > 0 ? model->community(c.parentId).slug : QString();
        choices.append({path.isEmpty() ? name : path + kPathSeparator + name,
                        parentSlug.isEmpty() ? slug : parentSlug + QLatin1Char(':') + slug});
    }
    m_panel->setCommunities(choices);
}

void SearchController::rememberTopic(int topicId)
{
    const QString title = m_window->readerView()->postModel()->topic().title;
    if (topicId <= 0 || title.isEmpty())
        return;
    m_recent.removeIf([topicId](const RecentTopic &t) { return t.id == topicId; });
    const int communityId = m_window->readerView()->postModel()->topic().categoryId;
    CommunityTreeModel *communities = m_window->communityPane()->communityModel();
    m_recent.prepend({topicId, title, communities ? communities->community(communityId).name : QString()});
    if (m_recent.size() > kRecentTopics)
        m_recent.resize(kRecentTopics);
}

QList<SwitcherCandidate> SearchController::candidates() const
{
    QList<SwitcherCandidate> out;
    MainWindow *window = m_window;
    for (const RecentTopic &t : m_recent) {
        const int id = t.id;
        out.append({SwitcherCandidate::Kind::Topic, t.title, t.community,
                    [window, id] { window->readerView()->openTopic(id); }});
    }
    out.append({SwitcherCandidate::Kind::Feed, tr("Latest"), QString(),
                [window] { window->showFeed(FeedSpec::latest()); }});
    out.append({SwitcherCandidate::Kind::Feed, tr("Top"), QString(),
                [window] { window->showFeed(FeedSpec::top()); }});
    if (CommunityTreeModel *model = window->communityPane()->communityModel()) {
        QList<std::tuple<QString, QString, int, QString>> all;
        collectCommunities(model, {}, QString(), all);
        for (const auto &[name, path, id, slug] : std::as_const(all)) {
            const FeedSpec feed = FeedSpec::community(id, slug);
            out.append({SwitcherCandidate::Kind::Community, name, path, [window, feed] { window->showFeed(feed); }});
        }
    }
    if (ForumRegistry *registry = window->registry()) {
        for (int row = 0; row < registry->rowCount(); ++row) {
            const QModelIndex index = registry->index(row, 0);
            const QUrl site = index.data(ForumRegistry::SiteRole).toUrl();
            const QString title = index.data(ForumRegistry::TitleRole).toString();
            out.append({SwitcherCandidate::Kind::Forum, title.isEmpty() ? site.host() : title, site.toString(),
                        [window, site] { window->openForum(site, site.toString()); }});
        }
    }
    return out;
}

} // namespace Aivizor
