#include "lib/session/forumregistry.h"

#include "lib/credentials/memorycredentialstore.h"
#include "lib/files/sitekey.h"
#include "lib/posting/outbox.h"
#include "lib/session/forumsession.h"
#include "lib/signin/signin.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace Aivizor {

namespace {
const QString Group = QStringLiteral("forums");
const QString LegacyGroup = QStringLiteral("accounts");
const QString TitleKey = QStringLiteral("title");
} // namespace

ForumRegistry::ForumRegistry(QSettings *settings, CredentialStore *credentials, const QString &dataDirectory,
                             QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_transientCredentials(new MemoryCredentialStore(this))
    , m_dataDirectory(dataDirectory)
{
    load();
    for (Entry &entry : m_entries) {
        entry.session = createSession(entry.account.site);
        if (!entry.account.username.isEmpty())
            entry.session->restore(entry.account);
    }
}

ForumRegistry::~ForumRegistry()
{
    // Sessions go before the credential stores they use.
    for (const Entry &entry : std::as_const(m_entries))
        delete entry.session;
    qDeleteAll(m_transient);
}

void ForumRegistry::load()
{
    const bool legacy = !m_settings->childGroups().contains(Group) && m_settings->childGroups().contains(LegacyGroup);
    const int n = m_settings->beginReadArray(legacy ? LegacyGroup : Group);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Entry entry;
        entry.account = Account::load(*m_settings);
        entry.title = m_settings->value(TitleKey).toString();
        if (!entry.account.site.isValid() || entry.account.site.isRelative())
            continue;
        const int existing = indexOf(entry.account.site);
        if (existing >= 0)
            m_entries[existing] = entry; // older settings: the account added last wins
        else
            m_entries.append(entry);
    }
    m_settings->endArray();
    if (legacy) {
        save();
        m_settings->remove(LegacyGroup);
        m_settings->sync();
    }
}

void ForumRegistry::save()
{
    m_settings->remove(Group);
    m_settings->beginWriteArray(Group, int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_entries.at(i).account.save(*m_settings);
        m_settings->setValue(TitleKey, m_entries.at(i).title);
    }
    m_settings->endArray();
    m_settings->sync();
}

ForumSession *ForumRegistry::createSession(const QUrl &site)
{
    ForumSession::Options options;
    options.site = site;
    options.credentials = m_credentials;
    if (!m_dataDirectory.isEmpty()) {
        options.draftDirectory = QDir(m_dataDirectory).filePath(QStringLiteral("drafts/") + siteKey(site));
        options.outboxPath = QDir(m_dataDirectory).filePath(QStringLiteral("outbox/") + siteKey(site) + QStringLiteral(".json"));
        options.storePath = QDir(m_dataDirectory).filePath(QStringLiteral("store/") + siteKey(site) + QStringLiteral(".sqlite"));
    }
    auto *session = new ForumSession(options);
    // Older versions kept one outbox for every forum; each forum's posts move to its own.
    const QString legacyOutbox = m_dataDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/outbox.json")
        : QDir(m_dataDirectory).filePath(QStringLiteral("outbox.json"));
    session->outbox()->adoptFrom(legacyOutbox, site);
    watch(session);
    return session;
}

void ForumRegistry::watch(ForumSession *session)
{
    // The list remembers the account whose key reached the keychain, and forgets it on sign-out.
    connect(session->signIn(), &SignIn::accountStored, this, [this, session](const Account &account) {
        const int row = indexOf(session->site());
        if (row < 0)
            return;
        m_entries[row].account = account;
        m_entries[row].account.site = session->site();
        save();
        entryChanged(row);
    });
    connect(session->signIn(), &SignIn::signedOut, this, [this, session](const Account &account) {
        const int row = indexOf(session->site());
        if (row < 0 || m_entries.at(row).account.username.compare(account.username, Qt::CaseInsensitive) != 0)
            return;
        m_entries[row].account = Account();
        m_entries[row].account.site = session->site();
        save();
        entryChanged(row);
    });
}

ForumSession *ForumRegistry::sessionAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).session : nullptr;
}

int ForumRegistry::indexOf(const QUrl &site) const
{
    const QString wanted = normalizedSiteUrl(site);
    for (int i = 0; i < m_entries.size(); ++i) {
        if (normalizedSiteUrl(m_entries.at(i).account.site) == wanted)
            return i;
    }
    return -1;
}

ForumSession *ForumRegistry::session(const QUrl &site) const
{
    return sessionAt(indexOf(site));
}

ForumSession *ForumRegistry::add(const QUrl &site)
{
    if (!site.isValid() || site.isRelative())
        return nullptr;
    if (ForumSession *known = session(site))
        return known;
    Entry entry;
    entry.account.site = site;
    entry.session = createSession(site);
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(entry);
    endInsertRows();
    save();
    return entry.session;
}

bool ForumRegistry::remove(const QUrl &site)
{
    const int row = indexOf(site);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    ForumSession *session = m_entries.takeAt(row).session;
    endRemoveRows();
    save();
    // Views may still be looking at it while this signal is delivered.
    session->deleteLater();
    return true;
}

void ForumRegistry::setTitle(const QUrl &site, const QString &title)
{
    const int row = indexOf(site);
    if (row < 0 || m_entries.at(row).title == title)
        return;
    m_entries[row].title = title;
    save();
    entryChanged(row);
}

ForumSession *ForumRegistry::openTransient(const QUrl &site, const QString &draftDirectory, const QString &outboxPath)
{
    if (!site.isValid() || site.isRelative())
        return nullptr;
    const QString wanted = normalizedSiteUrl(site);
    for (ForumSession *known : std::as_const(m_transient)) {
        if (normalizedSiteUrl(known->site()) == wanted)
            return known;
    }
    ForumSession::Options options;
    options.site = site;
    options.credentials = m_transientCredentials;
    options.draftDirectory = draftDirectory;
    options.outboxPath = outboxPath;
    auto *session = new ForumSession(options);
    m_transient.append(session);
    return session;
}

void ForumRegistry::entryChanged(int row)
{
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
}

int ForumRegistry::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ForumRegistry::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString forum = e.title.isEmpty() ? e.account.site.host() + e.account.site.path() : e.title;
        //: forum list entry: "username on forum.example.org"
        return e.account.username.isEmpty() ? forum : tr("%1 on %2").arg(e.account.username, forum);
    }
    case SiteRole: return e.account.site;
    case TitleRole: return e.title;
    case UsernameRole: return e.account.username;
    case SessionRole: return QVariant::fromValue(e.session);
    default: return {};
    }
}

QHash<int, QByteArray> ForumRegistry::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SiteRole, "site");
    names.insert(TitleRole, "title");
    names.insert(UsernameRole, "username");
    names.insert(SessionRole, "session");
    return names;
}

} // namespace Aivizor
