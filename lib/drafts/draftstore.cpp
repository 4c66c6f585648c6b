#include "lib/drafts/draftstore.h"

#include "lib/files/jsonfile.h"
#include "lib/files/privatefiles.h"
#include "lib/files/sitekey.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Aivizor {

namespace {

const QString formatName = QStringLiteral("aivizor-draft");
const QString fileSuffix = QStringLiteral(".json");
const QString journalSuffix = QStringLiteral(".journal");

QJsonObject toJson(const QString &key, const Draft &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), formatName);
    o.insert(QStringLiteral("version"), DraftStore::FormatVersion);
    o.insert(QStringLiteral("key"), key);
    o.insert(QStringLiteral("replyToPostNumber"), d.replyToPostNumber);
    o.insert(QStringLiteral("title"), d.title);
    o.insert(QStringLiteral("categoryId"), d.categoryId);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(d.tags));
    o.insert(QStringLiteral("text"), d.text);
    o.insert(QStringLiteral("updatedAt"), d.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

// Returns an empty string on success, otherwise why the object is not a draft.
QString fromJson(const QJsonObject &o, const QString &key, Draft *d)
{
    if (o.value(QStringLiteral("format")).toString() != formatName)
        return QCoreApplication::translate("Aivizor::DraftStore", "it is not an Aivizor draft");
    if (o.value(QStringLiteral("key")).toString() != key)
        return QCoreApplication::translate("Aivizor::DraftStore", "it belongs to a different draft");
    const QJsonValue text = o.value(QStringLiteral("text"));
    if (!text.isString())
        return QCoreApplication::translate("Aivizor::DraftStore", "the text is missing");
    const QJsonValue tags = o.value(QStringLiteral("tags"));
    if (!tags.isUndefined() && !tags.isArray())
        return QCoreApplication::translate("Aivizor::DraftStore", "the tags are not a list");
    d->text = text.toString();
    d->replyToPostNumber = o.value(QStringLiteral("replyToPostNumber")).toInt();
    d->title = o.value(QStringLiteral("title")).toString();
    d->categoryId = o.value(QStringLiteral("categoryId")).toInt();
    d->tags.clear();
    for (const QJsonValue &t : tags.toArray()) {
        if (!t.isString())
            return QCoreApplication::translate("Aivizor::DraftStore", "the tags are not a list of names");
        d->tags.append(t.toString());
    }
    d->updatedAt = QDateTime::fromString(o.value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs);
    return {};
}

} // namespace

DraftStore::DraftStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    m_maxDelay.setSingleShot(true);
    m_maxDelay.setInterval(DefaultMaxDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &DraftStore::flush);
    connect(&m_maxDelay, &QTimer::timeout, this, &DraftStore::flush);
}

DraftStore::~DraftStore()
{
    // Text typed in the last debounce interval must not be lost to an orderly shutdown either.
    flush();
}

QString DraftStore::defaultDirectory(const QUrl &forumBaseUrl)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts/")
           + siteKey(forumBaseUrl);
}

QString DraftStore::topicKey(int topicId)
{
    return QString::number(topicId);
}

QString DraftStore::newTopicKey()
{
    return QStringLiteral("new-topic");
}

bool DraftStore::isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(key).hasMatch();
}

void DraftStore::setDebounceInterval(int ms)
{
    m_debounce.setInterval(ms);
}

void DraftStore::setMaxDelay(int ms)
{
    m_maxDelay.setInterval(ms);
}

QString DraftStore::filePath(const QString &key) const
{
    return m_directory + QLatin1Char('/') + key + fileSuffix;
}

QString DraftStore::journalPath(const QString &key) const
{
    return m_directory + QLatin1Char('/') + key + journalSuffix;
}

// Once the draft file holds the latest text (or the draft is gone), its journal is not needed.
void DraftStore::dropJournal(const QString &key)
{
    m_journals.erase(key);
    QFile::remove(journalPath(key));
}

bool DraftStore::scheduleSave(const QString &key, const Draft &draft)
{
    if (!isValidKey(key)) {
        m_lastError = ApiError::fromKind(ApiError::Kind::InvalidInput, tr("“%1” cannot be used as a draft name.").arg(key));
        emit saveFailed(key, m_lastError);
        return false;
    }
    Draft stamped = draft;
    if (!stamped.updatedAt.isValid())
        stamped.updatedAt = QDateTime::currentDateTimeUtc();
    m_pending.insert(key, stamped);
    auto journal = m_journals.find(key);
    if (journal == m_journals.end()) {
        PrivateFiles::makeDirectory(m_directory);
        journal = m_journals.emplace(key, std::make_unique<DraftJournal>(journalPath(key))).first;
    }
    QString error;
    if (!journal->second->append(stamped, &error)) {
        m_lastError = ApiError::fromKind(ApiError::Kind::Storage, tr("The draft could not be saved. %1").arg(error));
        emit saveFailed(key, m_lastError);
    }
    m_debounce.start();
    if (!m_maxDelay.isActive())
        m_maxDelay.start();
    return true;
}

bool DraftStore::flush()
{
    m_debounce.stop();
    m_maxDelay.stop();
    bool allSaved = true;
    const QStringList keys = m_pending.keys();
    for (const QString &key : keys) {
        if (write(key, m_pending.value(key))) {
            m_pending.remove(key);
            dropJournal(key);
        } else
            allSaved = false;
    }
    return allSaved;
}

bool DraftStore::write(const QString &key, const Draft &draft)
{
    QString error;
    if (!JsonFile::write(filePath(key), toJson(key, draft), &error)) {
        m_lastError = ApiError::fromKind(ApiError::Kind::Storage, tr("The draft could not be saved. %1").arg(error));
        emit saveFailed(key, m_lastError);
        return false;
    }
    emit saved(key);
    return true;
}

DraftStore::LoadResult DraftStore::load(const QString &key)
{
    LoadResult result;
    if (!isValidKey(key)) {
        result.status = LoadResult::Status::InvalidKey;
        result.error = ApiError::fromKind(ApiError::Kind::InvalidInput, tr("“%1” cannot be used as a draft name.").arg(key));
        return result;
    }
    if (m_pending.contains(key)) {
        result.status = LoadResult::Status::Ok;
        result.draft = m_pending.value(key);
        return result;
    }
    // Left by a process killed before its debounced save: newer than the file. It is compacted
    // into the file by the next save.
    if (const std::optional<Draft> journaled = DraftJournal::replay(journalPath(key))) {
        result.status = LoadResult::Status::Ok;
        result.draft = *journaled;
        m_pending.insert(key, *journaled);
        m_debounce.start();
        return result;
    }
    const QString path = filePath(key);
    const JsonFile::ReadResult file = JsonFile::read(path);
    QString corruptReason;
    switch (file.status) {
    case JsonFile::Status::NotFound:
        return result;
    case JsonFile::Status::IoError:
        result.status = LoadResult::Status::IoError;
        result.error = ApiError::fromKind(ApiError::Kind::Storage, file.error);
        return result;
    case JsonFile::Status::Corrupt:
        corruptReason = file.error;
        break;
    case JsonFile::Status::Ok: {
        const QJsonValue version = file.object.value(QStringLiteral("version"));
        if (version.isDouble() && version.toInt() > FormatVersion) {
            result.status = LoadResult::Status::UnsupportedVersion;
            result.error = ApiError::fromKind(
                ApiError::Kind::Storage,
                tr("The draft %1 was saved by a newer version of Aivizor (format %2) and was left as it is.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(version.toInt()));
            return result;
        }
        QString why = version.toInt() == FormatVersion ? fromJson(file.object, key, &result.draft)
                                                       : tr("it has no valid format version");
        if (why.isEmpty()) {
            result.status = LoadResult::Status::Ok;
            return result;
        }
        corruptReason = tr("%1 is damaged: %2.").arg(QDir::toNativeSeparators(path), why);
        break;
    }
    }
    result.status = LoadResult::Status::Corrupt;
    result.draft = Draft();
    result.movedTo = JsonFile::moveAside(path);
    result.error = ApiError::fromKind(
        ApiError::Kind::Storage,
        result.movedTo.isEmpty()
            ? tr("The draft could not be read. %1 It could not be renamed either; it was left in place.")
                  .arg(corruptReason)
            : tr("The draft could not be read. %1 It was kept as %2.")
                  .arg(corruptReason, QDir::toNativeSeparators(result.movedTo)));
    m_lastError = result.error;
    return result;
}

bool DraftStore::remove(const QString &key)
{
    if (!isValidKey(key)) {
        m_lastError = ApiError::fromKind(ApiError::Kind::InvalidInput, tr("“%1” cannot be used as a draft name.").arg(key));
        return false;
    }
    m_pending.remove(key);
    dropJournal(key);
    QFile file(filePath(key));
    if (file.exists() && !file.remove()) {
        m_lastError = ApiError::fromKind(ApiError::Kind::Storage, tr("The draft could not be deleted: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

bool DraftStore::removeIfUnchanged(const QString &key, const QString &sentText)
{
    const LoadResult current = load(key);
    if (current.status == LoadResult::Status::NotFound)
        return true;
    if (!current.isOk() || current.draft.text != sentText)
        return false;
    return remove(key);
}

QStringList DraftStore::keys() const
{
    QStringList result = m_pending.keys();
    const QStringList files =
        QDir(m_directory).entryList({QStringLiteral("*") + fileSuffix, QStringLiteral("*") + journalSuffix}, QDir::Files);
    for (const QString &file : files) {
        const QString key = file.chopped(file.endsWith(journalSuffix) ? journalSuffix.size() : fileSuffix.size());
        if (isValidKey(key) && !result.contains(key))
            result.append(key);
    }
    result.sort();
    return result;
}

} // namespace Aivizor
