#include "app/feeds/itembackground.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QStyle>

namespace Aivizor {

ItemColors drawItemBackground(QPainter *painter, QStyleOptionViewItem &opt)
{
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    ItemColors colors;
    colors.selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled)
        ? ((opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    colors.background = opt.palette.color(group, colors.selected ? QPalette::Highlight : QPalette::Base);
    colors.text = opt.palette.color(group, colors.selected ? QPalette::HighlightedText : QPalette::Text);
    return colors;
}

} // namespace Aivizor
