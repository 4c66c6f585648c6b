#pragma once

#include "lib/drafts/draft.h"

#include <QFile>

#include <optional>

namespace Aivizor {

// An append-only record of every change to one draft since the draft file was last written, so a
// process killed between two debounced saves loses no typed word. Each change is one JSON line:
// the whole draft when a journal starts or anything but the text changed, otherwise only the edit
// (position, characters removed, text inserted). Lines are written with one write() each and no
// fsync: what write() returned survives the process being killed (not a power cut; the draft file
// written on the debounced save is the durable copy). The file is private (0600).
class DraftJournal
{
public:
    explicit DraftJournal(const QString &path);

    // Appends the change from the last appended draft. Returns false and fills *error on failure.
    bool append(const Draft &draft, QString *error);
    QString path() const { return m_file.fileName(); }

    // The draft a journal left on disk describes: its last complete line wins; a line torn by a
    // kill is ignored. nullopt when there is no file or no complete record in it.
    static std::optional<Draft> replay(const QString &path);

private:
    QFile m_file;
    std::optional<Draft> m_last;
};

} // namespace Aivizor
