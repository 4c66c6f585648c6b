#include "images.h"
#include "cooker.h"

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace {

QFont sansFont(int pixelSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(1, pixelSize));
    font.setBold(bold);
    return font;
}

void drawFace(QPainter &p, int s, bool thinking)
{
    p.setBrush(QColor(0xFFCC4D));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(s * 0.05, s * 0.05, s * 0.9, s * 0.9));
    p.setBrush(QColor(0x664500));
    p.drawEllipse(QRectF(s * 0.30, s * 0.32, s * 0.1, s * 0.14));
    p.drawEllipse(QRectF(s * 0.60, s * 0.32, s * 0.1, s * 0.14));
    QPen mouth(QColor(0x664500), qMax(1.0, s * 0.06), Qt::SolidLine, Qt::RoundCap);
    p.setPen(mouth);
    p.setBrush(Qt::NoBrush);
    if (thinking)
        p.drawLine(QPointF(s * 0.36, s * 0.70), QPointF(s * 0.62, s * 0.66));
    else
        p.drawArc(QRectF(s * 0.28, s * 0.40, s * 0.44, s * 0.36), 200 * 16, 140 * 16);
}

void drawHeart(QPainter &p, int s, const QColor &color)
{
    QPainterPath path;
    path.moveTo(s * 0.5, s * 0.88);
    path.cubicTo(s * 0.05, s * 0.58, s * 0.02, s * 0.22, s * 0.28, s * 0.15);
    path.cubicTo(s * 0.40, s * 0.12, s * 0.48, s * 0.20, s * 0.5, s * 0.28);
    path.cubicTo(s * 0.52, s * 0.20, s * 0.60, s * 0.12, s * 0.72, s * 0.15);
    path.cubicTo(s * 0.98, s * 0.22, s * 0.95, s * 0.58, s * 0.5, s * 0.88);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPath(path);
}

void drawGlyphOnDisc(QPainter &p, int s, const QColor &disc, const QString &glyph, const QColor &ink, double scale)
{
    p.setPen(Qt::NoPen);
    p.setBrush(disc);
    p.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92));
    p.setPen(ink);
    p.setFont(sansFont(int(s * scale), true));
    p.drawText(QRect(0, 0, s, s), Qt::AlignCenter, glyph);
}

} // namespace

namespace Images {

QByteArray toPng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray letterAvatarPng(const QString &letter, const QString &hexColor, int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(QColor(QLatin1Char('#') + hexColor));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::white);
    p.setFont(sansFont(int(size * 0.6)));
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, letter.toUpper());
    p.end();
    return toPng(image);
}

QByteArray emojiPng(const QString &name, int size)
{
    if (!supportedEmoji().contains(name))
        return {};
    const int s = size;
    QImage image(s, s, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    // DejaVu has no colour emoji, so each one is a small drawing or a glyph DejaVu does have.
    if (name == QLatin1String("smile") || name == QLatin1String("thinking")) {
        drawFace(p, s, name == QLatin1String("thinking"));
        if (name == QLatin1String("thinking")) {
            p.setPen(QColor(0x664500));
            p.setFont(sansFont(int(s * 0.35), true));
            p.drawText(QRect(int(s * 0.62), 0, int(s * 0.38), int(s * 0.4)), Qt::AlignCenter, QStringLiteral("?"));
        }
    } else if (name == QLatin1String("heart")) {
        drawHeart(p, s, QColor(0xDD2E44));
    } else if (name == QLatin1String("eyes")) {
        for (double x : {0.08, 0.52}) {
            p.setPen(QPen(QColor(0x292F33), qMax(1.0, s * 0.03)));
            p.setBrush(Qt::white);
            p.drawEllipse(QRectF(s * x, s * 0.15, s * 0.40, s * 0.70));
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x292F33));
            p.drawEllipse(QRectF(s * (x + 0.14), s * 0.40, s * 0.2, s * 0.28));
        }
    } else if (name == QLatin1String("warning")) {
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.06);
        triangle.lineTo(s * 0.96, s * 0.90);
        triangle.lineTo(s * 0.04, s * 0.90);
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xFFCC4D));
        p.drawPath(triangle);
        p.setPen(QColor(0x231F20));
        p.setFont(sansFont(int(s * 0.55), true));
        p.drawText(QRect(0, int(s * 0.22), s, int(s * 0.68)), Qt::AlignCenter, QStringLiteral("!"));
    } else if (name == QLatin1String("100")) {
        p.setPen(QColor(0xDD2E44));
        p.setFont(sansFont(int(s * 0.42), true));
        p.drawText(QRect(0, 0, s, int(s * 0.8)), Qt::AlignCenter, QStringLiteral("100"));
        p.setPen(QPen(QColor(0xDD2E44), qMax(1.0, s * 0.06)));
        p.drawLine(QPointF(s * 0.1, s * 0.78), QPointF(s * 0.9, s * 0.78));
    } else if (name == QLatin1String("thumbsup")) {
        drawGlyphOnDisc(p, s, QColor(0xFFCC4D), QStringLiteral("+1"), QColor(0x664500), 0.42);
    } else if (name == QLatin1String("rocket")) {
        drawGlyphOnDisc(p, s, QColor(0x55ACEE), QStringLiteral("\u25B2"), Qt::white, 0.5);
    } else if (name == QLatin1String("tada")) {
        drawGlyphOnDisc(p, s, QColor(0xAA8DD8), QStringLiteral("\u2605"), QColor(0xFFCC4D), 0.6);
    } else if (name == QLatin1String("fire")) {
        drawGlyphOnDisc(p, s, QColor(0xF4900C), QStringLiteral("\u2668"), QColor(0xFFE8B6), 0.6);
    }
    p.end();
    return toPng(image);
}

QImage rasterizeSvg(const QByteArray &svg, int maxWidth)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    QSize size = renderer.defaultSize();
    if (size.isEmpty())
        return {};
    if (size.width() > maxWidth)
        size = size.scaled(maxWidth, maxWidth * 4, Qt::KeepAspectRatio);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    renderer.render(&p);
    p.end();
    return image;
}

} // namespace Images
