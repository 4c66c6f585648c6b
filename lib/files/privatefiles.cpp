#include "lib/files/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>

namespace Aivizor {

namespace {

constexpr QFileDevice::Permissions OwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerDirectory = OwnerFile | QFileDevice::ExeOwner;

} // namespace

bool PrivateFiles::makeDirectory(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return restrictDirectory(absolute);
    // The missing folders, outermost first, so that each new one is private from the start.
    QStringList missing;
    for (QString dir = absolute; !dir.isEmpty() && !QFileInfo::exists(dir); dir = QFileInfo(dir).path()) {
        missing.prepend(dir);
        if (QFileInfo(dir).path() == dir)
            break;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (!QDir().mkdir(dir) && !QFileInfo(dir).isDir())
            return false;
        restrictDirectory(dir);
    }
    return QFileInfo(absolute).isDir();
}

bool PrivateFiles::restrict(QFileDevice &file)
{
    return file.setPermissions(OwnerFile);
}

bool PrivateFiles::restrict(const QString &path)
{
    return QFile::setPermissions(path, OwnerFile);
}

bool PrivateFiles::restrictDirectory(const QString &path)
{
    return QFile::setPermissions(path, OwnerDirectory);
}

bool PrivateFiles::makeFile(const QString &path)
{
    if (!makeDirectory(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return file.exists() && restrict(path);
    return restrict(path);
}

} // namespace Aivizor
