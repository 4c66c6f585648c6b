#include "app/search/searchresultdelegate.h"

#include "app/feeds/itembackground.h"
#include "lib/models/searchresultmodel.h"
#include "lib/search/blurbhighlighter.h"
#include "lib/text/relativetime.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace Aivizor {

namespace {
constexpr int Margin = 8;
constexpr int LineGap = 3;
constexpr int BlurbLines = 3;
constexpr int Swatch = 8;

QFont smaller(const QFont &font)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    else
        f.setPixelSize(qMax(8, int(f.pixelSize() * 0.9)));
    return f;
}

QColor muted(const QColor &text, const QColor &background)
{
    return QColor::fromRgbF(text.redF() * 0.62 + background.redF() * 0.38, text.greenF() * 0.62 + background.greenF() * 0.38,
                            text.blueF() * 0.62 + background.blueF() * 0.38);
}
} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString SearchResultDelegate::blurbHtml(const QModelIndex &index) const
{
    return highlightedBlurb(index.data(SearchResultModel::BlurbRole).toString(), m_terms);
}

QString SearchResultDelegate::communityName(const QModelIndex &index, QColor *color) const
{
    const int id = index.data(SearchResultModel::CommunityIdRole).toInt();
    if (m_communities && id > 0) {
        const Community c = m_communities(id);
        if (!c.name.isEmpty()) {
            *color = c.color;
            return c.name;
        }
    }
    return index.data(SearchResultModel::CommunityNameRole).toString();
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    const ItemColors colors = drawItemBackground(painter, opt);
    const QColor dim = colors.selected ? colors.text : muted(colors.text, colors.background);
    const QRect r = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);

    // Title, and the post's age at the right.
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFont small = smaller(opt.font);
    const QFontMetrics tm(titleFont);
    const QFontMetrics sm(small);
    const QDateTime date = index.data(SearchResultModel::DateRole).toDateTime();
    const QString age = date.isValid() ? RelativeTime::shortAge(date) : QString();
    const int ageWidth = age.isEmpty() ? 0 : sm.horizontalAdvance(age) + Margin;
    painter->setFont(small);
    painter->setPen(dim);
    painter->drawText(QRect(r.right() - ageWidth + Margin, r.top(), ageWidth, tm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, age);
    painter->setFont(titleFont);
    painter->setPen(colors.text);
    QString title = index.data(SearchResultModel::TitleRole).toString();
    if (title.isEmpty())
        title = tr("Topic %1").arg(index.data(SearchResultModel::TopicIdRole).toInt());
    painter->drawText(QRect(r.left(), r.top(), r.width() - ageWidth, tm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      tm.elidedText(title, Qt::ElideRight, r.width() - ageWidth));

    // Community, author, post number.
    int y = r.top() + tm.height() + LineGap;
    int x = r.left();
    QColor swatch;
    const QString community = communityName(index, &swatch);
    if (!community.isEmpty()) {
        if (swatch.isValid()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(swatch);
            painter->drawRect(x, y + (sm.height() - Swatch) / 2, Swatch, Swatch);
            x += Swatch + 5;
        }
    }
    QStringList meta;
    if (!community.isEmpty())
        meta.append(community);
    meta.append(index.data(SearchResultModel::AuthorNameRole).toString());
    const int postNumber = index.data(SearchResultModel::PostNumberRole).toInt();
    if (postNumber > 1)
        meta.append(tr("post #%1").arg(postNumber));
    if (index.data(SearchResultModel::SavedCopyRole).toBool())
        meta.append(tr("from the saved copy"));
    painter->setFont(small);
    painter->setPen(dim);
    painter->drawText(QRect(x, y, r.right() - x, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(meta.join(QStringLiteral("  ·  ")), Qt::ElideRight, r.right() - x));
    y += sm.height() + LineGap;

    // The blurb, clipped to its lines.
    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(r.width());
    doc.setHtml(blurbHtml(index));
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = opt.palette;
    ctx.palette.setColor(QPalette::Text, colors.text);
    const QRect blurbRect(r.left(), y, r.width(), r.bottom() - y + 1);
    ctx.clip = QRectF(0, 0, blurbRect.width(), blurbRect.height());
    painter->setClipRect(blurbRect);
    painter->translate(blurbRect.topLeft());
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int height = Margin + QFontMetrics(titleFont).height() + LineGap + QFontMetrics(smaller(option.font)).height()
                       + LineGap + BlurbLines * QFontMetrics(option.font).lineSpacing() + Margin;
    // No width of its own: rows take the view's width and the blurb wraps inside it.
    return QSize(0, height);
}

} // namespace Aivizor
