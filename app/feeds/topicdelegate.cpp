#include "app/feeds/topicdelegate.h"

#include "lib/images/imagecache.h"
#include "app/feeds/itembackground.h"
#include "lib/models/topiclistmodel.h"
#include "lib/text/relativetime.h"
#include "app/shell/icons.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Aivizor {

namespace {
constexpr int Margin = 8;
constexpr int AvatarSize = 36;
constexpr int Gap = 10;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

// A stable, pleasant hue per user for the letter placeholder.
QColor placeholderColor(const QString &name)
{
    const uint hash = qHash(name);
    return QColor::fromHsl(int(hash % 360), 110, 120);
}

QFont smaller(const QFont &font)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.88);
    else
        f.setPixelSize(qMax(8, int(f.pixelSize() * 0.88)));
    return f;
}
} // namespace

TopicDelegate::TopicDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QFont TopicDelegate::rowFont(const QFont &viewFont) const
{
    if (!m_bodyFont)
        return viewFont;
    // The view's font carries the window's zoom as its ratio to the application font: keep it.
    const qreal appSize = QGuiApplication::font().pointSizeF();
    const qreal zoom = appSize > 0 && viewFont.pointSizeF() > 0 ? viewFont.pointSizeF() / appSize : 1.0;
    QFont font = viewFont;
    font.setFamily(m_bodyFont->family());
    if (m_bodyFont->pointSizeF() > 0)
        font.setPointSizeF(m_bodyFont->pointSizeF() * zoom);
    return font;
}

QString TopicDelegate::compactCount(int value)
{
    const QLocale locale;
    if (value < 1000)
        return locale.toString(value);
    if (value < 10000)
        return tr("%1k").arg(locale.toString(value / 1000.0, 'f', 1));
    if (value < 1000000)
        return tr("%1k").arg(locale.toString(value / 1000));
    return tr("%1M").arg(locale.toString(value / 1000000.0, 'f', 1));
}

TopicDelegate::Layout TopicDelegate::layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout l;
    const QRect r = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    l.avatar = QRect(r.left(), r.top() + (r.height() - AvatarSize) / 2, AvatarSize, AvatarSize);
    const int textLeft = l.avatar.right() + Gap;
    const int lineHeight = r.height() / 2;
    l.line1 = QRect(textLeft, r.top(), r.right() - textLeft + 1, lineHeight);
    l.line2 = QRect(textLeft, r.top() + lineHeight, r.right() - textLeft + 1, r.height() - lineHeight);
    const QString age = RelativeTime::shortAge(index.data(TopicListModel::LastActivityRole).toDateTime());
    const int ageWidth = QFontMetrics(smaller(option.font)).horizontalAdvance(age) + 2;
    l.age = QRect(l.line1.right() - ageWidth + 1, l.line1.top(), ageWidth, l.line1.height());
    return l;
}

void TopicDelegate::paintAvatar(QPainter *painter, const QRect &rect, const QModelIndex &index) const
{
    QPainterPath circle;
    circle.addEllipse(QRectF(rect));
    const QImage avatar = m_images ? m_images->image(index.data(TopicListModel::AvatarUrlRole).toUrl()) : QImage();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (!avatar.isNull()) {
        painter->setClipPath(circle);
        painter->drawImage(rect, avatar);
    } else {
        QString name = index.data(TopicListModel::AuthorNameRole).toString();
        if (name.isEmpty())
            name = index.data(TopicListModel::AuthorUsernameRole).toString();
        painter->fillPath(circle, placeholderColor(name));
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(rect.height() / 2);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(rect, Qt::AlignCenter, name.isEmpty() ? QStringLiteral("?") : name.left(1).toUpper());
    }
    painter->restore();
}

void TopicDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.font = rowFont(opt.font);
    const ItemColors colors = drawItemBackground(painter, opt);
    const bool selected = colors.selected;
    const QColor background = colors.background;
    const QColor text = colors.text;
    const QColor dim = blend(background, text, 0.68);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;

    const Layout l = layoutFor(opt, index);
    paintAvatar(painter, l.avatar, index);

    painter->save();
    const QFont small = smaller(opt.font);
    const QFontMetrics smallMetrics(small);

    // Line 1: status glyphs, title, age.
    int x = l.line1.left();
    const int glyphSize = smallMetrics.height();
    const auto drawGlyph = [&](const QString &name, int at, const QRect &line, const QColor &color) {
        const QPixmap pm = Icons::glyph(name, glyphSize, color, dpr);
        painter->drawPixmap(at, line.top() + (line.height() - glyphSize) / 2, pm);
        return glyphSize;
    };
    if (index.data(TopicListModel::PinnedRole).toBool())
        x += drawGlyph(QStringLiteral("pin"), x, l.line1, dim) + 4;
    if (index.data(TopicListModel::ClosedRole).toBool())
        x += drawGlyph(QStringLiteral("lock"), x, l.line1, dim) + 4;

    painter->setFont(small);
    painter->setPen(dim);
    painter->drawText(l.age, Qt::AlignRight | Qt::AlignVCenter,
                      RelativeTime::shortAge(index.data(TopicListModel::LastActivityRole).toDateTime()));

    // New and unread topics are bold with a badge ("new", "3 new") before the age; read ones plain.
    const bool isNew = index.data(TopicListModel::IsNewRole).toBool();
    const int unreadPosts = index.data(TopicListModel::UnreadPostsRole).toInt();
    int titleRight = l.age.left() - Gap;
    if (isNew || unreadPosts > 0) {
        QFont badgeFont = small;
        badgeFont.setBold(true);
        const QFontMetrics bm(badgeFont);
        const QString badge = isNew ? tr("new") : tr("%1 new").arg(QLocale().toString(unreadPosts));
        const int h = bm.height() + 2;
        const int w = bm.horizontalAdvance(badge) + 10;
        const QRect pill(titleRight - w, l.line1.top() + (l.line1.height() - h) / 2, w, h);
        const QColor accent = opt.palette.color(QPalette::Highlight);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? opt.palette.color(QPalette::HighlightedText) : accent);
        painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(selected ? accent : opt.palette.color(QPalette::HighlightedText));
        painter->drawText(pill, Qt::AlignCenter, badge);
        titleRight = pill.left() - Gap;
    }

    QFont titleFont = opt.font;
    titleFont.setBold(isNew || unreadPosts > 0);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect(x, l.line1.top(), titleRight - x, l.line1.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data(TopicListModel::TitleRole).toString(),
                                                         Qt::ElideRight, titleRect.width()));

    // Line 2, right to left: counters first so they never get cut, then chips and author fill the rest.
    painter->setFont(small);
    int right = l.line2.right();
    const struct { const char *glyph; int role; } counters[] = {
        {"like", TopicListModel::LikeCountRole},
        {"views", TopicListModel::ViewsRole},
        {"reply", TopicListModel::ReplyCountRole},
    };
    for (const auto &counter : counters) {
        const QString value = compactCount(index.data(counter.role).toInt());
        const int w = smallMetrics.horizontalAdvance(value);
        painter->setPen(dim);
        painter->drawText(QRect(right - w + 1, l.line2.top(), w, l.line2.height()), Qt::AlignRight | Qt::AlignVCenter,
                          value);
        right -= w + 3 + glyphSize;
        drawGlyph(QString::fromLatin1(counter.glyph), right + 1, l.line2, dim);
        right -= 12;
    }

    x = l.line2.left();
    const int chipHeight = smallMetrics.height() + 2;
    const int chipTop = l.line2.top() + (l.line2.height() - chipHeight) / 2;
    const QColor chipFill = blend(background, text, selected ? 0.22 : 0.12);
    painter->setRenderHint(QPainter::Antialiasing);
    for (const QString &tag : index.data(TopicListModel::TagsRole).toStringList()) {
        const int w = smallMetrics.horizontalAdvance(tag) + 12;
        if (x + w > right - Gap)
            break;
        const QRectF chip(x, chipTop, w, chipHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(chipFill);
        painter->drawRoundedRect(chip, chipHeight / 2.0, chipHeight / 2.0);
        painter->setPen(text);
        painter->drawText(chip, Qt::AlignCenter, tag);
        x += w + 5;
    }
    const QString author = index.data(TopicListModel::AuthorNameRole).toString();
    if (!author.isEmpty() && x < right - Gap) {
        if (x > l.line2.left())
            x += 3;
        painter->setPen(dim);
        const QRect authorRect(x, l.line2.top(), right - Gap - x, l.line2.height());
        painter->drawText(authorRect, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(author, Qt::ElideRight, authorRect.width()));
    }
    painter->restore();
}

QSize TopicDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics titleMetrics(rowFont(option.font));
    const int height = qMax(AvatarSize + Margin, titleMetrics.height() * 2 + 10) + Margin;
    return QSize(300, height);
}

bool TopicDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                              const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStyleOptionViewItem opt = option;
    opt.font = rowFont(option.font);
    const Layout l = layoutFor(opt, index);
    QString tip;
    if (l.age.contains(event->pos())) {
        tip = tr("Last activity: %1")
                  .arg(RelativeTime::exact(index.data(TopicListModel::LastActivityRole).toDateTime()));
    } else if (l.line2.contains(event->pos()) && event->pos().x() > l.line2.center().x()) {
        tip = tr("%n reply(s)", nullptr, index.data(TopicListModel::ReplyCountRole).toInt()) + QLatin1String(", ")
            + tr("%n view(s)", nullptr, index.data(TopicListModel::ViewsRole).toInt()) + QLatin1String(", ")
            + tr("%n like(s)", nullptr, index.data(TopicListModel::LikeCountRole).toInt());
    } else {
        tip = index.data(TopicListModel::TitleRole).toString();
        const QString user = index.data(TopicListModel::AuthorUsernameRole).toString();
        if (!user.isEmpty())
            tip += QLatin1Char('\n') + tr("Started by %1 (@%2) on %3")
                                           .arg(index.data(TopicListModel::AuthorNameRole).toString(), user,
                                                RelativeTime::exact(index.data(TopicListModel::CreatedAtRole)
                                                                        .toDateTime()));
        const QString excerpt = index.data(TopicListModel::ExcerptRole).toString();
        if (!excerpt.isEmpty())
            tip += QLatin1String("\n\n") + excerpt.left(300);
    }
    // Titles and excerpts come from the network: escape them so a tooltip never renders their markup.
    QToolTip::showText(event->globalPos(),
                       QStringLiteral("<qt>") + tip.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")),
                       view);
    return true;
}

} // namespace Aivizor
