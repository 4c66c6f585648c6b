#pragma once

#include <QStyledItemDelegate>

namespace Aivizor {

// Paints a navigation-tree row: the community color as a dot (or the entry's icon), the name,
// and the topic count dimmed at the right. Colors come from the palette, except the dot.
class CommunityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Aivizor
