#include "app/feeds/communitydelegate.h"

#include "app/feeds/feedtreemodel.h"
#include "app/feeds/itembackground.h"
#include "app/shell/icons.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>

namespace Aivizor {

void CommunityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const ItemColors colors = drawItemBackground(painter, opt);
    const bool selected = colors.selected;
    const QColor textColor = colors.text;
    QColor dimColor = textColor;
    dimColor.setAlphaF(0.6);

    const auto kind = FeedTreeModel::NodeKind(index.data(FeedTreeModel::KindRole).toInt());
    const QRect r = opt.rect.adjusted(4, 0, -6, 0);
    const int mark = 16;
    QRect markRect(r.left(), r.top() + (r.height() - mark) / 2, mark, mark);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (kind == FeedTreeModel::NodeKind::Community) {
        QColor dot = index.data(FeedTreeModel::DotColorRole).value<QColor>();
        if (!dot.isValid())
            dot = dimColor;
        // A dot close to the row background (black on a dark theme) gets a ring to stay visible.
        const QColor background = colors.background;
        const bool faint = qAbs(dot.lightness() - background.lightness()) < 40;
        painter->setPen(faint ? QPen(dimColor, 1) : QPen(Qt::NoPen));
        painter->setBrush(dot);
        painter->drawEllipse(QRectF(markRect).adjusted(3.5, 3.5, -3.5, -3.5));
    } else {
        // Our monochrome glyphs, tinted like the text so they follow light and dark palettes.
        const QString glyph = kind == FeedTreeModel::NodeKind::Site ? QStringLiteral("site")
            : kind == FeedTreeModel::NodeKind::Latest               ? QStringLiteral("latest")
            : kind == FeedTreeModel::NodeKind::New                  ? QStringLiteral("new")
            : kind == FeedTreeModel::NodeKind::Unread               ? QStringLiteral("unread")
                                                                    : QStringLiteral("top");
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(markRect.topLeft(), Icons::glyph(glyph, mark, textColor, dpr));
    }

    const int unread = index.data(FeedTreeModel::UnreadCountRole).toInt();
    const int fresh = index.data(FeedTreeModel::NewCountRole).toInt();
    // As in a mail client: an entry with something to read is bold and says how much.
    QFont font = opt.font;
    if (kind == FeedTreeModel::NodeKind::Site || unread > 0 || fresh > 0)
        font.setBold(true);
    painter->setFont(font);

    QRect textRect = r.adjusted(mark + 6, 0, 0, 0);
    const int count = index.data(FeedTreeModel::TopicCountRole).toInt();
    if (unread > 0 || fresh > 0) {
        int right = r.right();
        QFont small = opt.font;
        small.setPointSizeF(opt.font.pointSizeF() * 0.85);
        small.setBold(true);
        const QFontMetrics sm(small);
        painter->setFont(small);
        // A narrow tree keeps some of the name: "N new" shortens to "N", then the badges go.
        const int keep = qMin(QFontMetrics(font).horizontalAdvance(index.data(Qt::DisplayRole).toString()),
                              QFontMetrics(font).averageCharWidth() * 6);
        const int pillH = sm.height() + 2;
        const QString unreadText = QLocale().toString(unread);
        const int pillW = unread > 0 ? qMax(pillH, sm.horizontalAdvance(unreadText) + 10) + 6 : 0;
        QString newText = fresh > 0 ? tr("%1 new").arg(QLocale().toString(fresh)) : QString();
        const auto fits = [&](const QString &text, int pill) {
            return textRect.width() - (text.isEmpty() ? 0 : sm.horizontalAdvance(text) + 6) - pill >= keep;
        };
        if (!newText.isEmpty() && !fits(newText, pillW))
            newText = QLocale().toString(fresh);
        if (!newText.isEmpty() && !fits(newText, pillW))
            newText.clear();
        const bool showPill = unread > 0 && fits(newText, pillW);
        if (!newText.isEmpty()) {
            const int w = sm.horizontalAdvance(newText);
            painter->setPen(selected ? textColor : opt.palette.color(QPalette::Link));
            painter->drawText(QRect(right - w, r.top(), w, r.height()), Qt::AlignRight | Qt::AlignVCenter, newText);
            right -= w + 6;
        }
        if (showPill) {
            const int w = pillW - 6;
            const QRect pill(right - w, r.top() + (r.height() - pillH) / 2, w, pillH);
            painter->setPen(Qt::NoPen);
            painter->setBrush(selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Highlight));
            painter->drawRoundedRect(pill, pillH / 2.0, pillH / 2.0);
            painter->setPen(selected ? opt.palette.color(QPalette::Highlight) : opt.palette.color(QPalette::HighlightedText));
            painter->drawText(pill, Qt::AlignCenter, unreadText);
            right -= pillW;
        }
        painter->setFont(font);
        textRect.setRight(right - 2);
    } else if (count > 0) {
        const QString countText = QLocale().toString(count);
        const int w = opt.fontMetrics.horizontalAdvance(countText);
        painter->setPen(dimColor);
        painter->setFont(opt.font);
        painter->drawText(QRect(r.right() - w, r.top(), w, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                          countText);
        painter->setFont(font);
        textRect.setRight(r.right() - w - 8);
    }
    painter->setPen(textColor);
    const QString name = QFontMetrics(font).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                       textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, name);
    painter->restore();
}

QSize CommunityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace Aivizor
