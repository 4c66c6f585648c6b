#pragma once

#include <QByteArray>
#include <QFuture>
#include <QImage>

namespace Aivizor {

// Decodes image bytes on a worker thread, scaled down to `maxWidth` (0: as is). QImageReader
// refuses images whose decoded size exceeds its allocation limit (256 MB by default), so a small
// file cannot expand into an unbounded allocation. A null image when the bytes are not an image.
QFuture<QImage> decodeImageAsync(const QByteArray &data, int maxWidth);

} // namespace Aivizor
