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

void TopicFilterProxy::setUnreadOnly(bool unreadOnly)
{
    if (unreadOnly == m_unreadOnly)
        return;
    m_unreadOnly = unreadOnly;
    invalidateRowsFilter();
}

void TopicFilterProxy::setKeptTopic(int topicId)
{
    if (topicId == m_keptTopic)
        return;
    m_keptTopic = topicId;
    if (m_unreadOnly)
        invalidateRowsFilter();
}

bool TopicFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_unreadOnly && index.data(TopicListModel::IdRole).toInt() != m_keptTopic
        && !index.data(TopicListModel::IsNewRole).toBool() && !index.data(TopicListModel::IsUnreadRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
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
    if (QSortFilterProxyModel::data(index, TopicListModel::IsNewRole).toBool())
        text += tr(", new");
    else if (const int unread = QSortFilterProxyModel::data(index, TopicListModel::UnreadPostsRole).toInt())
        text += tr(", %n new post(s)", nullptr, unread);
    return text;
}

} // namespace Aivizor
