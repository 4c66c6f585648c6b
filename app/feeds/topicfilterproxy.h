#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Aivizor {

// Narrows the loaded topics to those whose title, tags or author contain every word typed
// (case-insensitive), and with "unread only" to new and unread topics (the topic being read stays,
// so that reading it to its end does not pull it from under the reader). Also gives each row an
// accessible text a screen reader can announce.
class TopicFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilterWords(const QString &text);
    QString filterText() const { return m_text; }
    void setUnreadOnly(bool unreadOnly);
    bool unreadOnly() const { return m_unreadOnly; }
    // The topic that stays while unread only is on (0: none).
    void setKeptTopic(int topicId);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    bool m_unreadOnly = false;
    int m_keptTopic = 0;
};

} // namespace Aivizor
