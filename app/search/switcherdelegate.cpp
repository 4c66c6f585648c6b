#include "app/search/switcherdelegate.h"

#include "app/feeds/itembackground.h"

#include <QPainter>

namespace Aivizor {

namespace {
constexpr int Margin = 6;
constexpr int Gap = 14;
}

void SwitcherDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    const ItemColors colors = drawItemBackground(painter, opt);
    const QRect r = opt.rect.adjusted(Margin, 0, -Margin, 0);
    const QString name = index.data(NameRole).toString();
    const QList<int> positions = index.data(PositionsRole).value<QList<int>>();

    // The name in runs of plain and matched characters.
    QFont plain = opt.font;
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setPen(colors.text);
    int x = r.left();
    for (int i = 0; i < name.size();) {
        const bool matched = positions.contains(i);
        int end = i + 1;
        while (end < name.size() && positions.contains(end) == matched)
            ++end;
        const QString run = name.mid(i, end - i);
        painter->setFont(matched ? bold : plain);
        const int width = QFontMetrics(painter->font()).horizontalAdvance(run);
        painter->drawText(QRect(x, r.top(), r.right() - x, r.height()), Qt::AlignLeft | Qt::AlignVCenter, run);
        x += width;
        i = end;
        if (x >= r.right())
            break;
    }
    x += Gap;
    if (x < r.right()) {
        painter->setFont(plain);
        QColor dim = colors.text;
        dim.setAlphaF(colors.selected ? 0.85 : 0.6);
        painter->setPen(dim);
        const QFontMetrics fm(plain);
        painter->drawText(QRect(x, r.top(), r.right() - x, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(DetailRole).toString(), Qt::ElideRight, r.right() - x));
    }
    painter->restore();
}

QSize SwitcherDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    return QSize(0, QFontMetrics(option.font).height() + 2 * Margin);
}

} // namespace Aivizor
