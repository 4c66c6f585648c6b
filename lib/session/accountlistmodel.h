#pragma once

#include "lib/credentials/account.h"

#include <QAbstractListModel>
#include <QList>

class QSettings;

namespace Aivizor {

// The accounts the user signed in with, in the order they were added, persisted in QSettings
// (group "accounts") without any secret. One account per (site, username).
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SiteRole = Qt::UserRole + 1, // QUrl
        UsernameRole,
        AuthKindRole,                // Account::AuthKind as int
        ClientIdRole,
        CredentialKeyRole
    };
    Q_ENUM(Role)

    // Loads from `settings` (not owned; must outlive the model). Rows that are not usable are skipped.
    explicit AccountListModel(QSettings *settings, QObject *parent = nullptr);

    QList<Account> accounts() const { return m_accounts; }
    Account at(int row) const { return m_accounts.value(row); }
    // Row of the account for (site, username), or -1.
    int indexOf(const QUrl &site, const QString &username) const;

    // Adds the account, or replaces the one with the same site and username. Returns its row, or -1
    // for an invalid account.
    int addOrUpdate(const Account &account);
    bool remove(const QUrl &site, const QString &username);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void save();

    QSettings *m_settings;
    QList<Account> m_accounts;
};

} // namespace Aivizor
