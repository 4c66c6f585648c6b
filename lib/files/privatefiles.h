#pragma once

#include <QString>

class QFileDevice;

namespace Aivizor {

// Files holding what the user wrote (drafts, the outbox, settings) may hold private messages:
// they are readable by their owner only, 0600, in folders of 0700, whatever the umask.
class PrivateFiles
{
public:
    // Creates `path` and any missing parents; the folders created, and `path` itself, get 0700.
    static bool makeDirectory(const QString &path);
    // 0600 for an open file (a QSaveFile's temporary file keeps it when renamed) or a path.
    static bool restrict(QFileDevice &file);
    static bool restrict(const QString &path);
    static bool restrictDirectory(const QString &path);
    // Creates an empty private file (and its folder) if there is none, else makes it private.
    static bool makeFile(const QString &path);
};

} // namespace Aivizor
