#include "context.h"
#include "http.h"
#include "routes.h"
#include "content/images.h"

#include <QCache>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QRegularExpression>

namespace {

const QByteArray kImmutable = QByteArrayLiteral("public, max-age=31536000, immutable");

QHttpServerResponse letterAvatar(const QString &letter, const QString &color, int size)
{
    static QCache<QString, QByteArray> cache(512);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$"));
    if (letter.size() > 2 || letter.isEmpty() || !hex.match(color).hasMatch())
        return Http::notFound();
    QString rgb = color;
    if (rgb.size() == 3)
        rgb = QString(rgb[0]) + rgb[0] + rgb[1] + rgb[1] + rgb[2] + rgb[2];
    const int clamped = qBound(8, size, 512);
    const QString key = letter + QLatin1Char('/') + rgb + QLatin1Char('/') + QString::number(clamped);
    if (!cache.contains(key))
        cache.insert(key, new QByteArray(Images::letterAvatarPng(letter, rgb, clamped)));
    return Http::bytes(QByteArrayLiteral("image/png"), *cache.object(key), kImmutable);
}

QHttpServerResponse emoji(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    if (!cache.contains(name)) {
        const QByteArray png = Images::emojiPng(name);
        if (png.isEmpty())
            return Http::notFound();
        cache.insert(name, png);
    }
    return Http::bytes(QByteArrayLiteral("image/png"), cache.value(name), kImmutable);
}

QHttpServerResponse upload(ApiContext &ctx, const QString &fileName)
{
    const QString path = ctx.uploads.pathFor(fileName);
    if (path.isEmpty())
        return Http::notFound();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Http::notFound();
    const QString extension = QFileInfo(fileName).suffix();
    return Http::bytes(UploadStore::mimeTypeFor(extension).toLatin1(), file.readAll(), kImmutable);
}

} // namespace

void registerMediaRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/letter_avatar_proxy/v4/letter/<arg>/<arg>/<arg>\\.png"), Method::Get,
                 [](const QString &letter, const QString &color, int size) { return letterAvatar(letter, color, size); });
    server.route(QStringLiteral("/images/emoji/twitter/<arg>\\.png"), Method::Get,
                 [](const QString &name) { return emoji(name); });
    server.route(QStringLiteral("/uploads/default/original/1X/<arg>"), Method::Get,
                 [&ctx](const QString &fileName) { return upload(ctx, fileName); });
}
