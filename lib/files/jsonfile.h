#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Aivizor {

// Crash-safe JSON files for the drafts and the outbox. Writes go through QSaveFile (a temporary
// file renamed over the target on commit), so a crash or a kill leaves either the old or the new
// complete file, never a truncated one. Unreadable files are renamed aside instead of overwritten.
// Files are private to the user (0600, folders 0700: see PrivateFiles).
class JsonFile
{
    Q_DECLARE_TR_FUNCTIONS(JsonFile)
public:
    enum class Status {
        Ok,
        NotFound,
        Corrupt,     // not JSON, not an object, or the wrong structure
        IoError      // exists but cannot be read
    };

    struct ReadResult
    {
        Status status = Status::NotFound;
        QJsonObject object;
        QString error;   // translated, empty when Ok or NotFound
    };

    // Creates the parent directory when needed. Returns false and fills *error on failure.
    static bool write(const QString &path, const QJsonObject &object, QString *error);
    static ReadResult read(const QString &path);
    // Renames a damaged file to "<path>.corrupt" (or "<path>.<n>.corrupt" if that exists) so the
    // user's text stays recoverable by hand. Returns the new path, or an empty string on failure.
    static QString moveAside(const QString &path);
};

} // namespace Aivizor
