#include "app/search/searchpanel.h"

#include "app/search/searchbuilder.h"
#include "lib/models/searchresultmodel.h"
#include "lib/net/apierror.h"
#include "lib/search/searchquery.h"
#include "lib/text/englishplural.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Aivizor {

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setClearButtonEnabled(true);
    m_field->setPlaceholderText(tr("Search: words, \"a phrase\", @user, #community, tags:a,b, in:title…"));
    m_field->setAccessibleName(tr("Search query"));
    m_field->setToolTip(tr("Discourse search syntax: \"exact phrase\", @username, #community-slug, tags:a,b, "
                           "in:title, status:open or status:closed, order:latest or order:likes, "
                           "before:YYYY-MM-DD, after:YYYY-MM-DD. Press Enter to search."));
    m_builderButton = new QToolButton(this);
    m_builderButton->setObjectName(QStringLiteral("searchBuilderButton"));
    m_builderButton->setText(tr("Options"));
    m_builderButton->setToolTip(tr("Show or hide the search options (who, where, when, order)"));
    m_builderButton->setCheckable(true);
    m_builderButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_builderButton->setArrowType(Qt::RightArrow);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("searchScope"));
    m_scope->addItem(tr("This forum"), int(Scope::Forum));
    m_scope->addItem(tr("This computer"), int(Scope::ThisComputer));
    m_scope->setAccessibleName(tr("Search in"));
    m_scope->setToolTip(tr("Search the forum, or the saved copy of it on this computer (works offline)"));

    m_builder = new SearchBuilder(this);
    m_builder->setVisible(false);

    m_model = new SearchResultModel(nullptr, this);
    m_delegate = new SearchResultDelegate(this);
    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(m_delegate);
    m_results->setUniformItemSizes(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_field, 1);
    top->addWidget(m_scope);
    top->addWidget(m_builderButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_builder);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    connect(m_field, &QLineEdit::returnPressed, this, &SearchPanel::runFieldQuery);
    connect(m_field, &QLineEdit::textEdited, this, &SearchPanel::onFieldEdited);
    connect(m_builderButton, &QToolButton::toggled, this, [this](bool shown) {
        m_builder->setVisible(shown);
        m_builderButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_builder, &SearchBuilder::queryEdited, this,
            [this](const SearchQuery &query) { m_field->setText(query.toString()); });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        emit resultActivated(index.data(SearchResultModel::TopicIdRole).toInt(),
                             index.data(SearchResultModel::PostNumberRole).toInt());
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SearchPanel::updateSource);
    connect(m_model, &SearchResultModel::loadingChanged, this, &SearchPanel::updateStatus);
    connect(m_model, &SearchResultModel::pageLoaded, this, &SearchPanel::updateStatus);
    connect(m_model, &SearchResultModel::errorOccurred, this, &SearchPanel::onError);
    updateStatus();
}

void SearchPanel::setClient(ForumClient *client)
{
    m_model->setClient(client);
    m_errorText.clear();
    updateStatus();
}

void SearchPanel::setLocalSearch(LocalSearch *search)
{
    m_model->setLocalSearch(search);
}

void SearchPanel::setForumReachable(bool reachable)
{
    if (m_forumReachable == reachable)
        return;
    m_forumReachable = reachable;
    updateSource();
}

SearchPanel::Scope SearchPanel::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void SearchPanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void SearchPanel::updateSource()
{
    const bool savedCopy = scope() == Scope::ThisComputer || !m_forumReachable;
    if (savedCopy == m_model->isSavedCopy()) {
        updateStatus();
        return;
    }
    const QString query = m_model->query();
    m_model->setSavedCopy(savedCopy);
    m_errorText.clear();
    if (!query.isEmpty())
        m_model->setQuery(query);
    updateStatus();
}

void SearchPanel::setCommunityLookup(SearchResultDelegate::CommunityLookup lookup)
{
    m_delegate->setCommunityLookup(std::move(lookup));
    m_results->viewport()->update();
}

void SearchPanel::setCommunities(const QList<std::pair<QString, QString>> &namesAndSlugs)
{
    m_builder->setCommunities(namesAndSlugs);
}

void SearchPanel::search(const QString &query)
{
    m_field->setText(query);
    m_builder->setQuery(SearchQuery::parse(query));
    runFieldQuery();
}

void SearchPanel::focusQuery()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::onFieldEdited(const QString &text)
{
    m_builder->setQuery(SearchQuery::parse(text));
}

void SearchPanel::runFieldQuery()
{
    const QString text = m_field->text().trimmed();
    m_errorText.clear();
    m_delegate->setHighlightTerms(SearchQuery::parse(text).highlightTerms());
    m_model->setQuery(text);
    updateStatus();
}

void SearchPanel::onError(const ApiError &error)
{
    m_errorText = error.userText();
    updateStatus();
}

void SearchPanel::updateStatus()
{
    QString text;
    if (m_model->isLoading())
        text = m_model->rowCount() > 0 ? tr("Loading more results…") : tr("Searching…");
    else if (!m_errorText.isEmpty())
        text = m_errorText;
    else if (!m_model->forumMessage().isEmpty())
        text = m_model->forumMessage();
    else if (m_model->query().isEmpty())
        text = tr("Type a query and press Enter.");
    else if (m_model->rowCount() == 0)
        text = tr("No results for “%1”.").arg(m_model->query());
    else if (m_model->hasMore())
        text = englishPlural(tr("%n result(s) so far; scroll for more.", nullptr, m_model->rowCount()), m_model->rowCount());
    else
        text = englishPlural(tr("%n result(s).", nullptr, m_model->rowCount()), m_model->rowCount());
    if (m_model->isSavedCopy()) {
        text = m_forumReachable ? tr("From the saved copy on this computer. %1").arg(text)
                                : tr("The forum cannot be reached: from the saved copy on this computer. %1").arg(text);
    }
    m_status->setText(text);
}

void SearchPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit closeRequested();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Down && m_field->hasFocus() && m_model->rowCount() > 0) {
        m_results->setFocus();
        m_results->setCurrentIndex(m_model->index(0));
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Aivizor
