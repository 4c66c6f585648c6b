#pragma once

#include "lib/domain/community.h"

#include <QStringList>
#include <QStyledItemDelegate>

#include <functional>

class QTextDocument;

namespace Aivizor {

// Paints one search result (SearchResultModel's roles): the topic title and the date, the
// community, author and post number, then up to three lines of the blurb with the searched words
// in bold. The blurb is network text: it is escaped, and only the highlight is markup.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using CommunityLookup = std::function<Community(int communityId)>;

    explicit SearchResultDelegate(QObject *parent = nullptr);

    // The words to embolden (SearchQuery::highlightTerms of the query shown).
    void setHighlightTerms(const QStringList &terms) { m_terms = terms; }
    QStringList highlightTerms() const { return m_terms; }
    // Names and colours the communities; without it a result shows its community id only when
    // the forum side-loaded the name.
    void setCommunityLookup(CommunityLookup lookup) { m_communities = std::move(lookup); }

    // The rich text the blurb of `index` is painted from (for tests and accessibility).
    QString blurbHtml(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString communityName(const QModelIndex &index, QColor *color) const;

    QStringList m_terms;
    CommunityLookup m_communities;
};

} // namespace Aivizor
