#include "app/search/searchbuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace Aivizor {

SearchBuilder::SearchBuilder(QWidget *parent)
    : QWidget(parent)
{
    m_words = new QLineEdit(this);
    m_words->setObjectName(QStringLiteral("builderWords"));
    m_words->setPlaceholderText(tr("all of these words"));
    m_phrase = new QLineEdit(this);
    m_phrase->setObjectName(QStringLiteral("builderPhrase"));
    m_phrase->setPlaceholderText(tr("this exact phrase"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("builderUser"));
    m_user->setPlaceholderText(tr("username"));
    m_community = new QComboBox(this);
    m_community->setObjectName(QStringLiteral("builderCommunity"));
    m_community->addItem(tr("Any community"), QString());
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("builderTags"));
    m_tags->setPlaceholderText(tr("tag, another tag"));
    m_titleOnly = new QCheckBox(tr("Titles only"), this);
    m_titleOnly->setObjectName(QStringLiteral("builderTitleOnly"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("builderStatus"));
    m_status->addItem(tr("Open or closed"), int(SearchQuery::Status::Any));
    m_status->addItem(tr("Open"), int(SearchQuery::Status::Open));
    m_status->addItem(tr("Closed"), int(SearchQuery::Status::Closed));
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("builderOrder"));
    m_order->addItem(tr("Best match"), int(SearchQuery::Order::Relevance));
    m_order->addItem(tr("Newest first"), int(SearchQuery::Order::Latest));
    m_order->addItem(tr("Most liked"), int(SearchQuery::Order::Likes));

    m_useAfter = new QCheckBox(tr("After"), this);
    m_useAfter->setObjectName(QStringLiteral("builderUseAfter"));
    m_after = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_after->setObjectName(QStringLiteral("builderAfter"));
    m_useBefore = new QCheckBox(tr("Before"), this);
    m_useBefore->setObjectName(QStringLiteral("builderUseBefore"));
    m_before = new QDateEdit(QDate::currentDate(), this);
    m_before->setObjectName(QStringLiteral("builderBefore"));
    for (QDateEdit *edit : {m_after, m_before}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }

    auto *when = new QHBoxLayout;
    when->setContentsMargins(0, 0, 0, 0);
    when->addWidget(m_useAfter);
    when->addWidget(m_after);
    when->addSpacing(8);
    when->addWidget(m_useBefore);
    when->addWidget(m_before);
    when->addStretch(1);
    auto *what = new QHBoxLayout;
    what->setContentsMargins(0, 0, 0, 0);
    what->addWidget(m_status);
    what->addWidget(m_titleOnly);
    what->addStretch(1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 4, 0, 4);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Words:"), m_words);
    form->addRow(tr("Phrase:"), m_phrase);
    form->addRow(tr("Posted by:"), m_user);
    form->addRow(tr("In:"), m_community);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Topics:"), what);
    form->addRow(tr("When:"), when);
    form->addRow(tr("Order:"), m_order);

    for (QLineEdit *edit : {m_words, m_phrase, m_user, m_tags})
        connect(edit, &QLineEdit::textEdited, this, &SearchBuilder::emitEdited);
    for (QComboBox *box : {m_community, m_status, m_order})
        connect(box, &QComboBox::activated, this, &SearchBuilder::emitEdited);
    connect(m_titleOnly, &QCheckBox::toggled, this, &SearchBuilder::emitEdited);
    connect(m_useAfter, &QCheckBox::toggled, m_after, &QWidget::setEnabled);
    connect(m_useBefore, &QCheckBox::toggled, m_before, &QWidget::setEnabled);
    for (QCheckBox *box : {m_useAfter, m_useBefore})
        connect(box, &QCheckBox::toggled, this, &SearchBuilder::emitEdited);
    for (QDateEdit *edit : {m_after, m_before})
        connect(edit, &QDateEdit::dateChanged, this, &SearchBuilder::emitEdited);
}

void SearchBuilder::setCommunities(const QList<std::pair<QString, QString>> &namesAndSlugs)
{
    const QString current = m_community->currentData().toString();
    m_filling = true;
    while (m_community->count() > 1)
        m_community->removeItem(1);
    for (const auto &[name, slug] : namesAndSlugs)
        m_community->addItem(name, slug);
    selectCommunity(current);
    m_filling = false;
}

void SearchBuilder::selectCommunity(const QString &slug)
{
    int index = m_community->findData(slug);
    if (index < 0) {
        // A slug typed in the query that the list does not know: keep it selectable as typed.
        m_community->addItem(QLatin1Char('#') + slug, slug);
        index = m_community->count() - 1;
    }
    m_community->setCurrentIndex(index);
}

SearchQuery SearchBuilder::query() const
{
    SearchQuery q;
    q.words = m_words->text();
    q.phrase = m_phrase->text();
    q.user = m_user->text().trimmed();
    if (q.user.startsWith(QLatin1Char('@')))
        q.user.remove(0, 1);
    q.community = m_community->currentData().toString();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            q.tags.append(tag.trimmed());
    }
    q.titleOnly = m_titleOnly->isChecked();
    q.status = SearchQuery::Status(m_status->currentData().toInt());
    q.order = SearchQuery::Order(m_order->currentData().toInt());
    if (m_useAfter->isChecked())
        q.after = m_after->date();
    if (m_useBefore->isChecked())
        q.before = m_before->date();
    return q;
}

void SearchBuilder::setQuery(const SearchQuery &q)
{
    m_filling = true;
    m_words->setText(q.words);
    m_phrase->setText(q.phrase);
    m_user->setText(q.user);
    selectCommunity(q.community);
    m_tags->setText(q.tags.join(QStringLiteral(", ")));
    m_titleOnly->setChecked(q.titleOnly);
    m_status->setCurrentIndex(m_status->findData(int(q.status)));
    m_order->setCurrentIndex(m_order->findData(int(q.order)));
    m_useAfter->setChecked(q.after.isValid());
    if (q.after.isValid())
        m_after->setDate(q.after);
    m_useBefore->setChecked(q.before.isValid());
    if (q.before.isValid())
        m_before->setDate(q.before);
    m_filling = false;
}

void SearchBuilder::emitEdited()
{
    if (!m_filling)
        emit queryEdited(query());
}

} // namespace Aivizor
