#include "app/feeds/topiclistpane.h"

#include "app/feeds/feedkey.h"
#include "app/feeds/feedmodelcache.h"
#include "app/feeds/topicdelegate.h"
#include "app/feeds/topicfilterproxy.h"
#include "lib/images/imagecache.h"
#include "lib/models/topiclistmodel.h"
#include "app/shell/icons.h"
#include "app/shell/timing.h"
#include "lib/net/forumclient.h"
#include "lib/reading/readingstate.h"
#include "app/widgets/errorbanner.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Aivizor {

TopicListPane::TopicListPane(QWidget *parent)
    : QWidget(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("topicFilter"));
    m_filter->setPlaceholderText(tr("Filter topics by title, tag or author  ( / )"));
    m_filter->setAccessibleName(tr("Filter topics"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::themed(QStringLiteral("edit-find"), QStringLiteral("filter")),
                        QLineEdit::LeadingPosition);

    m_unreadOnly = m_filter->addAction(QIcon(QStringLiteral(":/icons/unread.svg")), QLineEdit::TrailingPosition);
    m_unreadOnly->setObjectName(QStringLiteral("unreadOnly"));
    m_unreadOnly->setCheckable(true);
    m_unreadOnly->setText(tr("Unread Only"));
    m_unreadOnly->setToolTip(tr("Show only new and unread topics"));
    connect(m_unreadOnly, &QAction::toggled, this, [this](bool on) {
        m_proxy->setUnreadOnly(on);
        updateEmptyState();
    });

    m_banner = new ErrorBanner(this);
    connect(m_banner, &ErrorBanner::retryRequested, this, &TopicListPane::refresh);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setContentsMargins(8, 12, 8, 12);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    m_proxy = new TopicFilterProxy(this);
    m_delegate = new TopicDelegate(this);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("topicList"));
    m_view->setAccessibleName(tr("Topics"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setMouseTracking(true);

    m_cache = new FeedModelCache(8, this);

    // Milestone for bench/appbench: the first time the list shows topics (start-up).
    PaintProbe::arm(m_view->viewport(), [] { Timing::mark("first-list-painted"); },
                    [this] { return m_proxy->rowCount() > 0; });

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterWords(text);
        updateEmptyState();
    });
    // Escape in the filter clears it, then hands the keyboard back to the list.
    auto *clear = new QAction(m_filter);
    clear->setShortcut(Qt::Key_Escape);
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, this, [this] {
        if (m_filter->text().isEmpty())
            m_view->setFocus(Qt::ShortcutFocusReason);
        m_filter->clear();
    });
    m_filter->addAction(clear);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus(Qt::ShortcutFocusReason);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit topicActivated(index.data(TopicListModel::IdRole).toInt());
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TopicListPane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TopicListPane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TopicListPane::updateEmptyState);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *filterRow = new QVBoxLayout;
    filterRow->setContentsMargins(4, 4, 4, 4);
    filterRow->addWidget(m_filter);
    layout->addLayout(filterRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
}

void TopicListPane::setClient(ForumClient *client, ImageCache *avatars)
{
    m_client = client;
    m_delegate->setImageCache(avatars);
    if (avatars) {
        connect(avatars, &ImageCache::imageReady, m_view->viewport(), qOverload<>(&QWidget::update),
                Qt::UniqueConnection);
    }
    m_proxy->setSourceModel(nullptr);
    m_model = nullptr;
    m_feedKey.clear();
    m_cache->clear();
    m_banner->clear();
}

void TopicListPane::rememberViewState()
{
    if (!m_model)
        return;
    if (FeedModelCache::Entry *entry = m_cache->find(m_feedKey)) {
        entry->scrollValue = m_view->verticalScrollBar()->value();
        entry->selectedTopicId = currentTopicId();
    }
}

void TopicListPane::setReadingState(ReadingState *reading)
{
    m_reading = reading;
}

void TopicListPane::setUnreadOnly(bool unreadOnly)
{
    m_unreadOnly->setChecked(unreadOnly);
}

bool TopicListPane::unreadOnly() const
{
    return m_unreadOnly->isChecked();
}

void TopicListPane::showFeed(const FeedSpec &feed)
{
    const QString key = FeedKey::of(feed);
    if (m_model && key == m_feedKey)
        return;
    rememberViewState();
    m_feed = feed;
    m_feedKey = key;
    m_banner->clear();

    FeedModelCache::Entry *entry = m_cache->find(key);
    if (!entry) {
        auto *model = new TopicListModel(m_client);
        model->setStore(m_store);
        model->setReadingState(m_reading);
        entry = m_cache->insert(key, model);
        connect(model, &TopicListModel::loadingChanged, this, [this, model](bool loading) {
            if (model == m_model) {
                updateEmptyState();
                emit loadingChanged(loading);
            }
        });
        connect(model, &TopicListModel::pageLoaded, this, [this, model](int page) {
            if (model == m_model) {
                m_banner->clear();
                updateEmptyState();
                emit pageLoaded(page);
            }
        });
        connect(model, &TopicListModel::errorOccurred, this,
                [this, model](const ApiError &error) { onModelError(model, error); });
        attachModel(model);
        model->setFeed(feed);
        return;
    }
    attachModel(entry->model);
    // Back to a cached feed: same rows, same place, same selection, and no request.
    m_restoring = true;
    if (entry->selectedTopicId > 0)
        selectTopic(entry->selectedTopicId);
    m_view->doItemsLayout();
    m_view->verticalScrollBar()->setValue(entry->scrollValue);
    m_restoring = false;
    if (m_model->rowCount() == 0 && m_model->lastError().isError() && !m_model->isLoading())
        onModelError(m_model, m_model->lastError());
    emit loadingChanged(m_model->isLoading());
}

void TopicListPane::attachModel(TopicListModel *model)
{
    m_restoring = true;
    TopicListModel *previous = m_model;
    m_model = model;
    m_proxy->setSourceModel(model);
    m_restoring = false;
    updateEmptyState();
    if (previous != model)
        emit currentModelChanged(model, previous);
}

void TopicListPane::onModelError(TopicListModel *model, const ApiError &error)
{
    if (model != m_model)
        return;
    QString message;
    if (model->rowCount() > 0)
        message = tr("Could not load more topics: %1").arg(error.userText());
    else if (m_store && error.isRetryable())
        message = tr("These topics were never saved on this computer, and the forum cannot be reached: %1")
                      .arg(error.userText());
    else
        message = tr("Could not load the topics: %1").arg(error.userText());
    m_banner->showError(message);
    updateEmptyState();
    emit failed(error);
}

void TopicListPane::refresh()
{
    if (!m_model)
        return;
    m_banner->clear();
    if (m_model->rowCount() == 0) {
        m_model->setFeed(m_feed);
    } else if (m_model->savedCopyTime().isValid()) {
        m_model->refresh(); // the saved rows, refreshed in place
    } else if (m_model->lastError().isError() && m_model->hasMore()) {
        m_model->fetchMore({}); // the failed request was a later page
    } else {
        m_model->refresh();
    }
    updateEmptyState();
}

bool TopicListPane::isLoading() const
{
    return m_model && m_model->isLoading();
}

bool TopicListPane::hasSettled() const
{
    return m_model && !m_model->isLoading() && (m_model->loadedPages() > 0 || m_model->lastError().isError());
}

void TopicListPane::updateEmptyState()
{
    QString text;
    if (m_model && m_proxy->rowCount() == 0) {
        if (m_model->isLoading())
            text = tr("Loading topics…");
        else if (m_model->rowCount() > 0 && m_proxy->filterText().isEmpty() && m_proxy->unreadOnly())
            text = tr("Everything loaded here is read.");
        else if (m_model->rowCount() > 0)
            text = tr("No loaded topic matches “%1”.").arg(m_proxy->filterText());
        else if (!m_model->lastError().isError() && m_model->loadedPages() > 0)
            text = tr("There are no topics here yet.");
    }
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
}

void TopicListPane::onCurrentChanged(const QModelIndex &current)
{
    if (m_restoring || !current.isValid())
        return;
    m_proxy->setKeptTopic(current.data(TopicListModel::IdRole).toInt());
    emit topicActivated(current.data(TopicListModel::IdRole).toInt());
}

bool TopicListPane::moveBy(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return false;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : rows - 1);
    if (row < 0 || row >= rows)
        return false;
    const QModelIndex next = m_proxy->index(row, 0);
    m_view->setCurrentIndex(next);
    m_view->scrollTo(next);
    // Reaching the end asks for the next page, as scrolling would.
    if (row == rows - 1 && m_proxy->canFetchMore({}))
        m_proxy->fetchMore({});
    return true;
}

bool TopicListPane::selectNext()
{
    return moveBy(1);
}

bool TopicListPane::selectPrevious()
{
    return moveBy(-1);
}

void TopicListPane::selectTopic(int topicId)
{
    if (!m_model)
        return;
    const int row = m_model->rowForTopicId(topicId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    const bool wasRestoring = m_restoring;
    m_restoring = true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_restoring = wasRestoring;
}

int TopicListPane::currentTopicId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(TopicListModel::IdRole).toInt() : 0;
}

QString TopicListPane::currentTopicSlug() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(TopicListModel::SlugRole).toString() : QString();
}

void TopicListPane::setListFont(const QFont &font)
{
    m_delegate->setBodyFont(font);
    m_view->doItemsLayout();
    m_view->viewport()->update();
}

void TopicListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace Aivizor
