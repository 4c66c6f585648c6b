#include "app/reader/letteravatar.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPainterPath>

namespace Aivizor {

namespace LetterAvatar {

QImage generate(const QString &name, int pixelSize)
{
    QImage image(pixelSize, pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    // A stable hue per name, so the same person keeps the same color across topics.
    const int hue = int(qHash(name.toLower()) % 360);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsl(hue, 120, 110));
    painter.drawEllipse(QRectF(0, 0, pixelSize, pixelSize));
    const QString letter = name.trimmed().isEmpty() ? QStringLiteral("?") : name.trimmed().left(1).toUpper();
    QFont font;
    font.setPixelSize(qMax(6, pixelSize * 9 / 20));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, pixelSize, pixelSize), Qt::AlignCenter, letter);
    return image;
}

QImage roundCrop(const QImage &source, int pixelSize)
{
    if (source.isNull())
        return {};
    const QImage scaled = source.scaled(pixelSize, pixelSize, Qt::KeepAspectRatioByExpanding,
                                        Qt::SmoothTransformation);
    QImage image(pixelSize, pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, pixelSize, pixelSize));
    painter.setClipPath(circle);
    painter.drawImage(QPointF((pixelSize - scaled.width()) / 2.0, (pixelSize - scaled.height()) / 2.0), scaled);
    return image;
}

} // namespace LetterAvatar

} // namespace Aivizor
