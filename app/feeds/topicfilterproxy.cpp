#include "app/feeds/topicfilterproxy.h"

#include "lib/models/topiclistmodel.h"

namespace Aivizor {

void TopicFilterProxy::setFilterWords(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text)
        return;
    m_text = simplified;
    m_words = simplified.isEmpty() ? QStringList() : simplified.split(QLatin1Char(' '));
    invalidateRowsFilter();
}

bool TopicFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = index.data(TopicListModel::TitleRole).toString() + QLatin1Char('\n')
        + index.data(TopicListModel::TagsRole).toStringList().join(QLatin1Char(' ')) + QLatin1Char('\n')
        + index.data(TopicListModel::AuthorNameRole).toString() + QLatin1Char('\n')
        + index.data(TopicListModel::AuthorUsernameRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QVariant TopicFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::AccessibleTextRole)
        return QSortFilterProxyModel::data(index, role);
    // Title first: that is what a screen reader user scans for; the rest follows briefly.
    QString text = QSortFilterProxyModel::data(index, TopicListModel::TitleRole).toString();
    const QString author = QSortFilterProxyModel::data(index, TopicListModel::AuthorNameRole).toString();
    if (!author.isEmpty())
        text += tr(", by %1").arg(author);
    const int replies = QSortFilterProxyModel::data(index, TopicListModel::ReplyCountRole).toInt();
    text += tr(", %n reply(s)", nullptr, replies);
    if (QSortFilterProxyModel::data(index, TopicListModel::PinnedRole).toBool())
        text += tr(", pinned");
    if (QSortFilterProxyModel::data(index, TopicListModel::ClosedRole).toBool())
        text += tr(", closed");
    return text;
}

} // namespace Aivizor
