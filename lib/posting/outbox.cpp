#include "lib/posting/outbox.h"

#include "lib/files/jsonfile.h"
#include "lib/files/sitekey.h"
#include "lib/session/backoff.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Aivizor {

namespace {

const QString formatName = QStringLiteral("aivizor-outbox");

QString preview(const QString &raw)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QString flat = QString(raw).replace(whitespace, QStringLiteral(" ")).trimmed();
    constexpr int limit = 100;
    return flat.size() <= limit ? flat : flat.left(limit - 1) + QChar(0x2026);
}

bool isWaiting(OutboxEntry::State s)
{
    return s == OutboxEntry::State::Pending || s == OutboxEntry::State::WaitingRateLimit;
}

} // namespace

Outbox::Outbox(const QString &filePath, QObject *parent)
    : QAbstractListModel(parent)
    , m_filePath(filePath)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{
    load();
}

QString Outbox::defaultFilePath(const QUrl &site)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/outbox/")
        + siteKey(site) + QStringLiteral(".json");
}

int Outbox::adoptFrom(const QString &legacyPath, const QUrl &site)
{
    if (!QFile::exists(legacyPath))
        return 0;
    Outbox legacy(legacyPath);
    const QString key = normalizedSiteUrl(site);
    QList<QUuid> moved;
    int adopted = 0;
    for (const OutboxEntry &e : legacy.entries()) {
        if (e.site != key)
            continue;
        moved.append(e.id);
        if (indexOf(e.id) >= 0)
            continue;
        beginInsertRows(QModelIndex(), m_entries.size(), m_entries.size());
        m_entries.append(e);
        endInsertRows();
        ++adopted;
    }
    if (moved.isEmpty())
        return 0;
    // Written here before it is removed there: a crash in between leaves a copy, never a loss.
    save();
    if (adopted > 0)
        emit changed();
    for (const QUuid &id : std::as_const(moved))
        legacy.discard(id);
    if (legacy.rowCount() == 0 && !legacy.loadError())
        QFile::remove(legacyPath);
    return adopted;
}

void Outbox::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void Outbox::setJitterSource(JitterSource jitter)
{
    m_jitter = std::move(jitter);
}

int Outbox::indexOf(const QUuid &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<OutboxEntry> Outbox::entry(const QUuid &id) const
{
    const int row = indexOf(id);
    if (row < 0)
        return std::nullopt;
    return m_entries.at(row);
}

QUuid Outbox::enqueue(const QUrl &site, const OutboxPayload &payload)
{
    m_lastError = payload.validationError();
    if (!m_lastError && !site.isValid())
        m_lastError = ApiError::fromKind(ApiError::Kind::InvalidInput, tr("The forum address is not valid."));
    if (m_lastError)
        return {};

    OutboxEntry e;
    e.id = QUuid::createUuid();
    e.site = normalizedSiteUrl(site);
    e.payload = payload;
    e.createdAt = m_clock();
    e.nextAttemptAt = e.createdAt;
    e.state = OutboxEntry::State::Pending;

    beginInsertRows(QModelIndex(), m_entries.size(), m_entries.size());
    m_entries.append(e);
    endInsertRows();
    save();
    emit changed();
    return e.id;
}

QList<int> Outbox::headRows() const
{
    QList<int> heads;
    QStringList seenSites;
    for (int i = 0; i < m_entries.size(); ++i) {
        const OutboxEntry &e = m_entries.at(i);
        if (e.state == OutboxEntry::State::FailedPermanent || seenSites.contains(e.site))
            continue;
        seenSites.append(e.site);
        heads.append(i);
    }
    return heads;
}

std::optional<OutboxEntry> Outbox::nextDue() const
{
    const QDateTime now = m_clock();
    std::optional<OutboxEntry> best;
    for (int row : headRows()) {
        const OutboxEntry &e = m_entries.at(row);
        if (!isWaiting(e.state) || e.nextAttemptAt > now)
            continue;
        if (!best || e.nextAttemptAt < best->nextAttemptAt)
            best = e;
    }
    return best;
}

std::optional<QDateTime> Outbox::nextWakeTime() const
{
    std::optional<QDateTime> earliest;
    for (int row : headRows()) {
        const OutboxEntry &e = m_entries.at(row);
        if (isWaiting(e.state) && (!earliest || e.nextAttemptAt < *earliest))
            earliest = e.nextAttemptAt;
    }
    return earliest;
}

bool Outbox::markSending(const QUuid &id)
{
    const int row = indexOf(id);
    if (row < 0 || !isWaiting(m_entries.at(row).state))
        return false;
    OutboxEntry &e = m_entries[row];
    e.state = OutboxEntry::State::Sending;
    e.attempts += 1;
    e.mayHaveReachedServer = true;
    entryChanged(row);
    return true;
}

bool Outbox::markSucceeded(const QUuid &id)
{
    const int row = indexOf(id);
    if (row < 0 || m_entries.at(row).state != OutboxEntry::State::Sending)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    save();
    emit changed();
    return true;
}

bool Outbox::markFailed(const QUuid &id, const ApiError &error, bool retryable)
{
    const int waitSeconds = error.kind == ApiError::Kind::RateLimited ? error.waitSeconds : 0;
    const int row = indexOf(id);
    if (row < 0 || m_entries.at(row).state != OutboxEntry::State::Sending)
        return false;
    OutboxEntry &e = m_entries[row];
    e.lastError = error.userText();
    const QDateTime now = m_clock();
    if (!retryable) {
        e.state = OutboxEntry::State::FailedPermanent;
        e.nextAttemptAt = QDateTime();
    } else if (waitSeconds > 0) {
        e.state = OutboxEntry::State::WaitingRateLimit;
        e.nextAttemptAt = now.addSecs(waitSeconds);
    } else {
        e.state = OutboxEntry::State::Pending;
        e.nextAttemptAt = now.addMSecs(Backoff::delayMs(e.attempts, m_jitter()));
    }
    entryChanged(row);
    return true;
}

bool Outbox::edit(const QUuid &id, const OutboxPayload &payload)
{
    const int row = indexOf(id);
    if (row < 0 || m_entries.at(row).state == OutboxEntry::State::Sending)
        return false;
    m_lastError = payload.validationError();
    if (m_lastError)
        return false;
    OutboxEntry &e = m_entries[row];
    e.payload = payload;
    e.state = OutboxEntry::State::Pending;
    e.attempts = 0;
    e.lastError.clear();
    e.nextAttemptAt = m_clock();
    entryChanged(row);
    return true;
}

bool Outbox::retryNow(const QUuid &id)
{
    const int row = indexOf(id);
    if (row < 0 || m_entries.at(row).state == OutboxEntry::State::Sending)
        return false;
    OutboxEntry &e = m_entries[row];
    e.state = OutboxEntry::State::Pending;
    e.nextAttemptAt = m_clock();
    entryChanged(row);
    return true;
}

bool Outbox::discard(const QUuid &id)
{
    const int row = indexOf(id);
    if (row < 0 || m_entries.at(row).state == OutboxEntry::State::Sending)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    save();
    emit changed();
    return true;
}

void Outbox::entryChanged(int row)
{
    save();
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
    emit changed();
}

void Outbox::save()
{
    QJsonArray list;
    for (const OutboxEntry &e : std::as_const(m_entries))
        list.append(e.toJson());
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName);
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("entries"), list);
    QString error;
    if (!JsonFile::write(m_filePath, root, &error)) {
        m_lastError = ApiError::fromKind(ApiError::Kind::Storage, tr("The outbox could not be saved. %1").arg(error));
        emit storageError(m_lastError);
    }
}

void Outbox::load()
{
    const JsonFile::ReadResult file = JsonFile::read(m_filePath);
    if (file.status == JsonFile::Status::NotFound)
        return;
    // An unreadable file (IoError) is moved aside like a damaged one: the next save would
    // otherwise replace the queued posts it may hold.
    QString problem = file.error;
    int skipped = 0;
    if (file.status == JsonFile::Status::Ok) {
        const QJsonObject &root = file.object;
        const QJsonValue version = root.value(QStringLiteral("version"));
        if (root.value(QStringLiteral("format")).toString() != formatName
            || !root.value(QStringLiteral("entries")).isArray())
            problem = tr("%1 is not an Aivizor outbox.").arg(QDir::toNativeSeparators(m_filePath));
        else if (version.toInt() > FormatVersion)
            problem = tr("%1 was saved by a newer version of Aivizor.").arg(QDir::toNativeSeparators(m_filePath));
        else if (version.toInt() != FormatVersion)
            problem = tr("%1 has no valid format version.").arg(QDir::toNativeSeparators(m_filePath));
        else {
            for (const QJsonValue &v : root.value(QStringLiteral("entries")).toArray()) {
                OutboxEntry e;
                if (!v.isObject() || !OutboxEntry::fromJson(v.toObject(), &e) || indexOf(e.id) >= 0) {
                    ++skipped;
                    continue;
                }
                if (e.state == OutboxEntry::State::Sending) {
                    // The app stopped while this request was in flight: it may have been delivered.
                    // nextAttemptAt is left as it was: the entry was already due when it was sent.
                    e.state = OutboxEntry::State::Pending;
                    e.mayHaveReachedServer = true;
                }
                m_entries.append(e);
            }
            if (skipped == 0)
                return;
            problem = tr("%n damaged entries in %1 were skipped.", nullptr, skipped)
                          .arg(QDir::toNativeSeparators(m_filePath));
        }
    }
    // Keep the damaged original for the user, then write back what could be read.
    const QString movedTo = JsonFile::moveAside(m_filePath);
    m_loadError = ApiError::fromKind(
        ApiError::Kind::Storage,
        movedTo.isEmpty() ? tr("The outbox could not be read completely. %1").arg(problem)
                          : tr("The outbox could not be read completely. %1 The original was kept as %2.")
                                .arg(problem, QDir::toNativeSeparators(movedTo)));
    if (!movedTo.isEmpty())
        save();
}

int Outbox::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_entries.size();
}

QString Outbox::stateText(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending: return tr("Waiting to send");
    case OutboxEntry::State::Sending: return tr("Sending");
    case OutboxEntry::State::WaitingRateLimit: return tr("Waiting (the forum asked to slow down)");
    case OutboxEntry::State::FailedPermanent: return tr("Not accepted; edit and send again");
    }
    return {};
}

QVariant Outbox::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextPreviewRole: return preview(e.payload.raw);
    case Qt::ToolTipRole:
    case ErrorRole: return e.lastError;
    case IdRole: return e.id;
    case SiteRole: return e.site;
    case KindRole: return int(e.payload.kind);
    case TitleRole: return e.payload.title;
    case TopicIdRole: return e.payload.topicId;
    case StateRole: return int(e.state);
    case StateTextRole: return stateText(e.state);
    case AttemptsRole: return e.attempts;
    case NextAttemptRole: return e.nextAttemptAt;
    case CreatedRole: return e.createdAt;
    default: return {};
    }
}

QHash<int, QByteArray> Outbox::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "entryId");
    names.insert(SiteRole, "site");
    names.insert(KindRole, "kind");
    names.insert(TextPreviewRole, "textPreview");
    names.insert(TitleRole, "title");
    names.insert(TopicIdRole, "topicId");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(AttemptsRole, "attempts");
    names.insert(NextAttemptRole, "nextAttempt");
    names.insert(ErrorRole, "error");
    names.insert(CreatedRole, "created");
    return names;
}

} // namespace Aivizor
