#include "lib/files/jsonfile.h"
#include "lib/files/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace Aivizor {

bool JsonFile::write(const QString &path, const QJsonObject &object, QString *error)
{
    const QFileInfo info(path);
    if (!PrivateFiles::makeDirectory(info.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    PrivateFiles::restrict(file); // the temporary file, renamed over path on commit
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

JsonFile::ReadResult JsonFile::read(const QString &path)
{
    ReadResult result;
    QFile file(path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = Status::IoError;
        result.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.status = Status::Corrupt;
        result.error = tr("%1 is damaged (%2 at byte %3).")
                           .arg(QDir::toNativeSeparators(path), parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!doc.isObject()) {
        result.status = Status::Corrupt;
        result.error = tr("%1 is damaged (not a JSON object).").arg(QDir::toNativeSeparators(path));
        return result;
    }
    result.status = Status::Ok;
    result.object = doc.object();
    return result;
}

QString JsonFile::moveAside(const QString &path)
{
    QString target = path + QStringLiteral(".corrupt");
    for (int n = 1; QFile::exists(target); ++n)
        target = path + QStringLiteral(".%1.corrupt").arg(n);
    return QFile::rename(path, target) ? target : QString();
}

} // namespace Aivizor
