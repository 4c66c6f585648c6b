#include "lib/images/imagedecoding.h"

#include <QBuffer>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace Aivizor {

namespace {

QImage decodeImage(const QByteArray &data, int maxWidth)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (maxWidth > 0 && size.isValid() && size.width() > maxWidth)
        reader.setScaledSize(QSize(maxWidth, qMax(1, int(qint64(size.height()) * maxWidth / size.width()))));
    return reader.read();
}

} // namespace

QFuture<QImage> decodeImageAsync(const QByteArray &data, int maxWidth)
{
    return QtConcurrent::run(decodeImage, data, maxWidth);
}

} // namespace Aivizor
