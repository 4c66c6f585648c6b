#include "lib/session/accountlistmodel.h"

#include "lib/files/sitekey.h"

#include <QSettings>

namespace Aivizor {

namespace {
const QString Group = QStringLiteral("accounts");
}

AccountListModel::AccountListModel(QSettings *settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings)
{
    const int n = m_settings->beginReadArray(Group);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        const Account a = Account::load(*m_settings);
        if (a.isValid() && indexOf(a.site, a.username) < 0)
            m_accounts.append(a);
    }
    m_settings->endArray();
}

int AccountListModel::indexOf(const QUrl &site, const QString &username) const
{
    const QString wanted = normalizedSiteUrl(site);
    for (int i = 0; i < m_accounts.size(); ++i) {
        const Account &a = m_accounts.at(i);
        if (normalizedSiteUrl(a.site) == wanted && a.username.compare(username, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int AccountListModel::addOrUpdate(const Account &account)
{
    if (!account.isValid())
        return -1;
    const int row = indexOf(account.site, account.username);
    if (row >= 0) {
        m_accounts[row] = account;
        save();
        emit dataChanged(index(row), index(row));
        return row;
    }
    const int end = int(m_accounts.size());
    beginInsertRows(QModelIndex(), end, end);
    m_accounts.append(account);
    endInsertRows();
    save();
    return end;
}

bool AccountListModel::remove(const QUrl &site, const QString &username)
{
    const int row = indexOf(site, username);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_accounts.removeAt(row);
    endRemoveRows();
    save();
    return true;
}

void AccountListModel::save()
{
    m_settings->remove(Group);
    m_settings->beginWriteArray(Group, int(m_accounts.size()));
    for (int i = 0; i < m_accounts.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_accounts.at(i).save(*m_settings);
    }
    m_settings->endArray();
    m_settings->sync();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &a = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: account list entry: "username on forum.example.org"
        return tr("%1 on %2").arg(a.username, a.site.host() + a.site.path());
    case SiteRole: return a.site;
    case UsernameRole: return a.username;
    case AuthKindRole: return int(a.authKind);
    case ClientIdRole: return a.clientId;
    case CredentialKeyRole: return a.credentialKey();
    default: return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SiteRole, "site");
    names.insert(UsernameRole, "username");
    names.insert(AuthKindRole, "authKind");
    names.insert(ClientIdRole, "clientId");
    names.insert(CredentialKeyRole, "credentialKey");
    return names;
}

} // namespace Aivizor
