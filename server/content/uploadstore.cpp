#include "uploadstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

UploadStore::UploadStore(const QString &dataDir)
    : m_dir(dataDir + QStringLiteral("/uploads/default/original/1X"))
{
}

QString UploadStore::store(const QByteArray &bytes, const QString &extension, QString *error)
{
    const QString sha1 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    if (!QDir().mkpath(m_dir)) {
        *error = QCoreApplication::translate("UploadStore", "Cannot create %1").arg(m_dir);
        return {};
    }
    QSaveFile file(m_dir + QLatin1Char('/') + sha1 + QLatin1Char('.') + extension);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("UploadStore", "Cannot write %1: %2")
                     .arg(file.fileName(), file.errorString());
        return {};
    }
    return sha1;
}

QString UploadStore::pathFor(const QString &fileName) const
{
    // Only names the server itself writes: no separators, no dots beyond the extension.
    static const QRegularExpression valid(QStringLiteral("^[0-9a-f]{40}\\.(png|jpe?g|gif|webp)$"));
    if (!valid.match(fileName).hasMatch())
        return {};
    return m_dir + QLatin1Char('/') + fileName;
}

QString UploadStore::urlFor(const QString &sha1, const QString &extension)
{
    return QStringLiteral("/uploads/default/original/1X/%1.%2").arg(sha1, extension);
}

QString UploadStore::mimeTypeFor(const QString &extension)
{
    if (extension == QLatin1String("png"))
        return QStringLiteral("image/png");
    if (extension == QLatin1String("jpg") || extension == QLatin1String("jpeg"))
        return QStringLiteral("image/jpeg");
    if (extension == QLatin1String("gif"))
        return QStringLiteral("image/gif");
    return QStringLiteral("image/webp");
}
