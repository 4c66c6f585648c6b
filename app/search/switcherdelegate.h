#pragma once

#include <QStyledItemDelegate>

namespace Aivizor {

// A quick switcher row: the name with the characters the pattern matched in bold, then its kind
// and where it lives, dimmed.
class SwitcherDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Roles {
        NameRole = Qt::UserRole + 1, // QString     the candidate's name
        PositionsRole,               // QList<int>  matched character indexes in the name
        DetailRole                   // QString     kind and path
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Aivizor
