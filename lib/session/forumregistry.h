#pragma once

#include "lib/credentials/account.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

class QSettings;

namespace Aivizor {

class CredentialStore;
class MemoryCredentialStore;
class ForumSession;

// The user's forums as a list model, each with the account last signed in there, persisted in
// QSettings (group "forums") without any secret; the keys stay in the CredentialStore. At start it
// restores one ForumSession per forum (signed in again from the stored key) and owns them.
// Settings written by older versions (group "accounts", one row per account) are read once and
// rewritten in this format; of several accounts on one forum the last one added is kept.
class ForumRegistry : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SiteRole = Qt::UserRole + 1, // QUrl
        TitleRole,                   // the forum's name, once known; empty before
        UsernameRole,                // empty when nobody is signed in
        SessionRole                  // ForumSession *
    };
    Q_ENUM(Role)

    // Neither pointer is owned; both must outlive the registry. `dataDirectory` (empty: the
    // default locations) holds drafts/<siteKey>/ and outbox/<siteKey>.json for every forum.
    ForumRegistry(QSettings *settings, CredentialStore *credentials, const QString &dataDirectory = QString(),
                  QObject *parent = nullptr);
    ~ForumRegistry() override;

    int count() const { return int(m_entries.size()); }
    ForumSession *sessionAt(int row) const;
    // Row of the forum at `site` (compared as normalizedSiteUrl()), or -1.
    int indexOf(const QUrl &site) const;
    ForumSession *session(const QUrl &site) const;

    // The session of the forum at `site`, added (and persisted) when it is not in the list yet.
    // Null for an invalid URL.
    ForumSession *add(const QUrl &site);
    bool remove(const QUrl &site);
    void setTitle(const QUrl &site, const QString &title);

    // A session the list does not show or remember (the demo server, whose port changes on every
    // start; screenshots): keys go to a memory-only store, drafts and outbox to the given places.
    // The registry owns it; asking again for the same site returns the same session.
    ForumSession *openTransient(const QUrl &site, const QString &draftDirectory, const QString &outboxPath);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        Account account; // site always set; username empty when signed out
        QString title;
        ForumSession *session = nullptr;
    };

    void load();
    void save();
    ForumSession *createSession(const QUrl &site);
    void watch(ForumSession *session);
    void entryChanged(int row);

    QSettings *m_settings;
    CredentialStore *m_credentials;
    MemoryCredentialStore *m_transientCredentials;
    QString m_dataDirectory;
    QList<Entry> m_entries;
    QList<ForumSession *> m_transient;
};

} // namespace Aivizor
