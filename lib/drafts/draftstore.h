#pragma once

#include "lib/drafts/draft.h"
#include "lib/drafts/draftjournal.h"
#include "lib/net/apierror.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <map>
#include <memory>

namespace Aivizor {

// Keeps composer drafts on disk, one small JSON file per key in a per-forum folder, so typed text
// survives crashes, kills and restarts. Keys are a topic id ("1234") or "new-topic".
//
// scheduleSave() is debounced: the draft is written debounceInterval() after the last change, and
// during uninterrupted typing at most maxDelay() after the first unsaved change. flush() writes
// everything pending at once (call it on close and on quit). Call remove() only once the server has
// confirmed the post: until then the draft is the only copy of the text.
//
// Between debounced saves every change is also appended to a journal next to the draft
// (<key>.journal, see DraftJournal), so a process killed at any moment loses nothing it was given;
// the debounced save compacts it into the draft file and deletes it, and load() replays a journal
// a killed process left. Drafts and journals are private files (0600, folder 0700).
class DraftStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int FormatVersion = 1;
    static constexpr int DefaultDebounceMs = 700;
    static constexpr int DefaultMaxDelayMs = 1500;

    struct LoadResult
    {
        enum class Status {
            Ok,
            NotFound,
            Corrupt,            // the file was moved aside to movedTo
            UnsupportedVersion, // written by a newer Aivizor; left untouched
            IoError,
            InvalidKey
        };
        Status status = Status::NotFound;
        Draft draft;
        ApiError error;  // Storage (InvalidInput for a bad key); none when Ok or NotFound
        QString movedTo; // Corrupt only: where the damaged file now is (empty if the rename failed)

        bool isOk() const { return status == Status::Ok; }
    };

    // `directory` holds this forum's drafts; tests pass a temporary folder.
    explicit DraftStore(const QString &directory, QObject *parent = nullptr);
    ~DraftStore() override;

    // <AppDataLocation>/drafts/<siteKey(forumBaseUrl)>
    static QString defaultDirectory(const QUrl &forumBaseUrl);
    static QString topicKey(int topicId);
    static QString newTopicKey();
    // Keys become file names, so only [A-Za-z0-9_-], 1 to 64 characters, are accepted.
    static bool isValidKey(const QString &key);

    QString directory() const { return m_directory; }
    int debounceInterval() const { return m_debounce.interval(); }
    void setDebounceInterval(int ms);
    int maxDelay() const { return m_maxDelay.interval(); }
    void setMaxDelay(int ms);

    // Records the change in the journal at once and schedules the draft file's save. Returns false
    // (and emits saveFailed) only for an invalid key; a journal that cannot be written emits
    // saveFailed and the debounced save still runs.
    bool scheduleSave(const QString &key, const Draft &draft);
    // Writes every pending draft now. Returns false if any write failed; those stay pending.
    bool flush();
    bool hasPendingChanges() const { return !m_pending.isEmpty(); }

    // The pending (not yet written) version wins over a journal, which wins over the file.
    LoadResult load(const QString &key);
    // Drops the pending change and deletes the file. Returns false and sets lastError() on failure.
    bool remove(const QString &key);
    // For the sender once the server accepted `sentText`: removes the draft only if it still holds
    // that text, so a newer reply typed into the same topic meanwhile is kept. Returns true if the
    // draft is gone (removed, or there was none).
    bool removeIfUnchanged(const QString &key, const QString &sentText);
    // Keys with a draft on disk or pending, sorted.
    QStringList keys() const;
    ApiError lastError() const { return m_lastError; }

signals:
    void saved(const QString &key);
    void saveFailed(const QString &key, const Aivizor::ApiError &error);

private:
    QString filePath(const QString &key) const;
    QString journalPath(const QString &key) const;
    void dropJournal(const QString &key);
    bool write(const QString &key, const Draft &draft);

    QString m_directory;
    QHash<QString, Draft> m_pending;
    std::map<QString, std::unique_ptr<DraftJournal>> m_journals;
    QTimer m_debounce;
    QTimer m_maxDelay;
    ApiError m_lastError;
};

} // namespace Aivizor
