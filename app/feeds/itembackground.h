#pragma once

#include <QColor>
#include <QStyleOptionViewItem>

class QPainter;

namespace Aivizor {

// The palette colours a delegate paints its own content with, for the item's state.
struct ItemColors
{
    bool selected = false;
    QColor background;
    QColor text;
};

// Draws the item's background, selection and focus as the style does (without the style's text
// and icon, which the delegates draw themselves) and returns the colours to paint on top.
ItemColors drawItemBackground(QPainter *painter, QStyleOptionViewItem &opt);

} // namespace Aivizor
