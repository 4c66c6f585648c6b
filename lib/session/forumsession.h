#pragma once

#include "lib/credentials/account.h"
#include "lib/net/apierror.h"
#include "lib/session/connectionmonitor.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <optional>

namespace Aivizor {

class CredentialStore;
class DraftStore;
class ForumClient;
class ImageCache;
class ForumStore;
class OfflineDownload;
class ReadingState;
class ReadStateSync;
class ForumWriter;
class Outbox;
class ReplySender;
class SignIn;
class Transport;

// Everything the app knows about one forum and the account on it, for as long as the app runs
// (windows come and go): the Transport every request goes through, the endpoint layer
// (ForumClient, ForumWriter), sign-in, the drafts, the outbox and the ReplySender that empties it,
// and the ForumStore that keeps what was seen for the next start and for reading offline.
// Its state is exposed as properties so any view can follow it; the connection state and its
// single retry rule live in the ConnectionMonitor.
class ForumSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Aivizor::ConnectionMonitor::State connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(QDateTime nextRetryAt READ nextRetryAt NOTIFY nextRetryAtChanged)
    Q_PROPERTY(Aivizor::ApiError lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY lastErrorChanged)
    Q_PROPERTY(QString signedInUser READ signedInUser NOTIFY signedInUserChanged)
    Q_PROPERTY(int outboxCount READ outboxCount NOTIFY outboxCountChanged)
    Q_PROPERTY(Aivizor::ApiError storageError READ storageError NOTIFY storageErrorChanged)
public:
    using ConnectionState = ConnectionMonitor::State;

    struct Options
    {
        QUrl site;                              // the forum's base URL (may hold a subfolder)
        CredentialStore *credentials = nullptr; // not owned; must outlive the session
        QString draftDirectory;                 // empty: DraftStore::defaultDirectory(site)
        QString outboxPath;                     // empty: Outbox::defaultFilePath(site)
        QString storePath;                      // empty: ForumStore::defaultPath(siteKey(site))
    };

    explicit ForumSession(const Options &options, QObject *parent = nullptr);
    ~ForumSession() override;

    QUrl site() const { return m_site; }
    Transport *transport() const { return m_transport; }
    ForumClient *client() const { return m_client; }
    // Post images and avatars of this forum, loaded through its Transport.
    ImageCache *images() const { return m_images; }
    ForumWriter *writer() const { return m_writer; }
    SignIn *signIn() const { return m_signIn; }
    DraftStore *drafts() const { return m_drafts; }
    Outbox *outbox() const { return m_outbox; }
    ReplySender *sender() const { return m_sender; }
    // What was seen of this forum, on disk. Always present; when it cannot be opened it stays
    // closed (reads answer Kind::Storage) and storageError() says why.
    ForumStore *store() const { return m_store; }
    // "Make available offline" for this forum's communities, into store(). Idle until started or
    // resumed (the window resumes an unfinished one at start).
    OfflineDownload *offlineDownload() const { return m_offline; }

    // What the reader has read here (new and unread counts), and the part that keeps it in step
    // with the forum while someone is signed in.
    ReadingState *reading() const { return m_reading; }
    ReadStateSync *readSync() const { return m_readSync; }

    ConnectionState connectionState() const { return m_monitor->state(); }
    QDateTime nextRetryAt() const { return m_monitor->nextRetryAt(); }
    ApiError lastError() const { return m_monitor->lastError(); }
    QString errorText() const { return lastError() ? lastError().userText() : QString(); }

    std::optional<Account> account() const;
    QString signedInUser() const;
    int outboxCount() const;
    // The last draft, outbox or store failure (also the outbox's load problem at start); no error
    // when none happened.
    ApiError storageError() const { return m_storageError; }

    // Signs `account` in from the stored secret (the registry does it at start).
    void restore(const Account &account);

public slots:
    void retryNow();
    void signOut();

signals:
    void connectionStateChanged(Aivizor::ConnectionMonitor::State state);
    void nextRetryAtChanged(const QDateTime &at);
    void lastErrorChanged(const Aivizor::ApiError &error);
    // Online again after an outage: views load again what failed meanwhile.
    void reconnected();
    void signedInUserChanged(const QString &username);
    void outboxCountChanged(int count);
    void storageErrorChanged(const Aivizor::ApiError &error);

private:
    void setStorageError(const ApiError &error);
    void openStore(const QString &path);
    void onSignedIn(const Account &account);
    void onSignedOut(const Account &account);

    QUrl m_site;
    Transport *m_transport = nullptr;
    ImageCache *m_images = nullptr;
    ForumStore *m_store = nullptr;
    OfflineDownload *m_offline = nullptr;
    ReadingState *m_reading = nullptr;
    ReadStateSync *m_readSync = nullptr;
    ForumClient *m_client = nullptr;
    ForumWriter *m_writer = nullptr;
    ConnectionMonitor *m_monitor = nullptr;
    SignIn *m_signIn = nullptr;
    DraftStore *m_drafts = nullptr;
    Outbox *m_outbox = nullptr;
    ReplySender *m_sender = nullptr;
    QString m_signedInUser;
    int m_outboxCount = 0;
    ApiError m_storageError;
};

} // namespace Aivizor
