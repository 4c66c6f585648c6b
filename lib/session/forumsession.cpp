#include "lib/session/forumsession.h"

#include "lib/drafts/draftstore.h"
#include "lib/files/sitekey.h"
#include "lib/images/imagecache.h"
#include "lib/net/forumclient.h"
#include "lib/net/forumwriter.h"
#include "lib/net/transport.h"
#include "lib/posting/outbox.h"
#include "lib/posting/replysender.h"
#include "lib/reading/readingstate.h"
#include "lib/reading/readstatesync.h"
#include "lib/signin/signin.h"
#include "lib/store/forumstore.h"
#include "lib/store/offlinedownload.h"

namespace Aivizor {

ForumSession::ForumSession(const Options &options, QObject *parent)
    : QObject(parent)
    , m_site(options.site)
{
    Q_ASSERT(options.credentials);
    m_transport = new Transport(m_site, this);
    m_client = new ForumClient(m_transport, this);
    m_images = new ImageCache(m_transport, this);
    m_store = new ForumStore(this);
    m_store->setSiteUrl(m_site);
    m_images->setStore(m_store);
    m_writer = new ForumWriter(m_transport, this);

    m_monitor = new ConnectionMonitor(m_transport, this);
    // Images that failed while the forum was unreachable are worth asking for again.
    connect(m_monitor, &ConnectionMonitor::reconnected, m_images, &ImageCache::retryFailed);
    connect(m_monitor, &ConnectionMonitor::stateChanged, this, &ForumSession::connectionStateChanged);
    connect(m_monitor, &ConnectionMonitor::nextRetryAtChanged, this, &ForumSession::nextRetryAtChanged);
    connect(m_monitor, &ConnectionMonitor::lastErrorChanged, this, &ForumSession::lastErrorChanged);
    connect(m_monitor, &ConnectionMonitor::reconnected, this, &ForumSession::reconnected);

    m_signIn = new SignIn(m_transport, options.credentials, this);
    connect(m_signIn, &SignIn::signedIn, this, &ForumSession::onSignedIn);
    connect(m_signIn, &SignIn::signedOut, this, &ForumSession::onSignedOut);

    m_drafts = new DraftStore(options.draftDirectory.isEmpty() ? DraftStore::defaultDirectory(m_site)
                                                               : options.draftDirectory,
                              this);
    connect(m_drafts, &DraftStore::saveFailed, this,
            [this](const QString &, const ApiError &error) { setStorageError(error); });

    m_outbox = new Outbox(options.outboxPath.isEmpty() ? Outbox::defaultFilePath(m_site) : options.outboxPath, this);
    m_storageError = m_outbox->loadError();
    m_outboxCount = m_outbox->rowCount();
    connect(m_outbox, &Outbox::storageError, this, &ForumSession::setStorageError);
    const auto countRows = [this] {
        if (m_outboxCount == m_outbox->rowCount())
            return;
        m_outboxCount = m_outbox->rowCount();
        emit outboxCountChanged(m_outboxCount);
    };
    connect(m_outbox, &Outbox::rowsInserted, this, countRows);
    connect(m_outbox, &Outbox::rowsRemoved, this, countRows);
    connect(m_outbox, &Outbox::modelReset, this, countRows);

    openStore(options.storePath.isEmpty() ? ForumStore::defaultPath(siteKey(m_site)) : options.storePath);
    m_offline = new OfflineDownload(m_client, m_store, this);

    m_reading = new ReadingState(this);
    m_reading->setStore(m_store);
    m_readSync = new ReadStateSync(m_client, m_writer, m_reading, this);
    m_readSync->setStore(m_store);
    connect(m_monitor, &ConnectionMonitor::reconnected, m_readSync, &ReadStateSync::sendNow);

    m_sender = new ReplySender(m_outbox, this);
    // Entries wait until someone is signed in (onSignedIn registers the forum with the sender).
    m_sender->start();
}

ForumSession::~ForumSession()
{
    m_drafts->flush();
}

std::optional<Account> ForumSession::account() const
{
    return m_signIn->current();
}

QString ForumSession::signedInUser() const
{
    return m_signedInUser;
}

int ForumSession::outboxCount() const
{
    return m_outboxCount;
}

void ForumSession::restore(const Account &account)
{
    m_signIn->restore(account);
}

void ForumSession::retryNow()
{
    m_monitor->retryNow();
}

void ForumSession::signOut()
{
    if (const std::optional<Account> current = m_signIn->current())
        m_signIn->signOut(*current);
}

void ForumSession::onSignedIn(const Account &account)
{
    m_sender->addSite(m_site, m_writer, account.username, m_drafts);
    if (m_signedInUser == account.username)
        return;
    m_signedInUser = account.username;
    m_readSync->setUsername(m_signedInUser);
    emit signedInUserChanged(m_signedInUser);
}

void ForumSession::onSignedOut(const Account &)
{
    if (m_signIn->current())
        return; // another account of this forum is still signed in
    m_sender->removeSite(m_site);
    if (m_signedInUser.isEmpty())
        return;
    m_signedInUser.clear();
    m_readSync->setUsername(QString());
    emit signedInUserChanged(m_signedInUser);
}

void ForumSession::openStore(const QString &path)
{
    connect(m_store, &ForumStore::writeFailed, this, &ForumSession::setStorageError);
    const StoreOpenReport report = m_store->open(path);
    if (report.error) {
        // The app keeps working from the network; nothing is saved for offline reading.
        if (!m_storageError)
            m_storageError = report.error;
    } else if (!report.notice.isEmpty() && !m_storageError) {
        m_storageError = ApiError::fromKind(ApiError::Kind::Storage, report.notice);
    }
}

void ForumSession::setStorageError(const ApiError &error)
{
    m_storageError = error;
    emit storageErrorChanged(error);
}

} // namespace Aivizor
