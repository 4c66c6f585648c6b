#include "app/shell/icons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Aivizor {

namespace Icons {

QIcon themed(const QString &themeName, const QString &fallback)
{
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/%1.svg").arg(fallback)));
}

QPixmap glyph(const QString &name, int size, const QColor &color, qreal devicePixelRatio)
{
    static QHash<QString, QPixmap> cache;
    const QString key = QStringLiteral("%1/%2/%3/%4").arg(name).arg(size).arg(color.rgba()).arg(devicePixelRatio);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;

    const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(name));
    QPixmap pixmap = icon.pixmap(QSize(size, size), devicePixelRatio);
    if (!pixmap.isNull()) {
        QPainter p(&pixmap);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(QRect(QPoint(0, 0), pixmap.deviceIndependentSize().toSize()), color);
    }
    cache.insert(key, pixmap);
    return pixmap;
}

} // namespace Icons

} // namespace Aivizor
