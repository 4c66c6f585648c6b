#pragma once

#include <QImage>
#include <QString>

namespace Aivizor {

// Avatar images for the reader: a generated round letter avatar (shown while the real one loads,
// or when there is none) and a round crop of a downloaded avatar.
namespace LetterAvatar {

QImage generate(const QString &name, int pixelSize);
QImage roundCrop(const QImage &image, int pixelSize);

} // namespace LetterAvatar

} // namespace Aivizor
