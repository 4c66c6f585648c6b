#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Aivizor {

// Narrows the loaded topics to those whose title, tags or author contain every word typed
// (case-insensitive). Also gives each row an accessible text a screen reader can announce.
class TopicFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilterWords(const QString &text);
    QString filterText() const { return m_text; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace Aivizor
