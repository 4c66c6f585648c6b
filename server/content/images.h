#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

// PNG images the server draws itself: letter avatars, the small emoji set, rasterized SVG uploads.
// They need a QGuiApplication (fonts); the server runs on the offscreen platform.
namespace Images {

QByteArray letterAvatarPng(const QString &letter, const QString &hexColor, int size);
// Empty when the name is not one of supportedEmoji().
QByteArray emojiPng(const QString &name, int size = 72);
// Null image when the data is not a valid SVG.
QImage rasterizeSvg(const QByteArray &svg, int maxWidth = 1380);
QByteArray toPng(const QImage &image);

} // namespace Images
