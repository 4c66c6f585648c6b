#include "lib/drafts/draftjournal.h"

#include "lib/files/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Aivizor {

namespace {

// Keys of a journal line.
const QString KeyReply = QStringLiteral("r");
const QString KeyTitle = QStringLiteral("h");
const QString KeyCategory = QStringLiteral("c");
const QString KeyTags = QStringLiteral("g");
const QString KeyText = QStringLiteral("x");      // whole text: a full record
const QString KeyAt = QStringLiteral("p");        // an edit: where,
const QString KeyRemoved = QStringLiteral("n");   // how many characters went,
const QString KeyInserted = QStringLiteral("i");  // what came in
const QString KeyUpdated = QStringLiteral("u");   // updatedAt, ms since the epoch (UTC)

bool sameExceptText(const Draft &a, const Draft &b)
{
    return a.replyToPostNumber == b.replyToPostNumber && a.title == b.title && a.categoryId == b.categoryId
        && a.tags == b.tags;
}

QJsonObject fullRecord(const Draft &d)
{
    return {{KeyReply, d.replyToPostNumber},      {KeyTitle, d.title},
            {KeyCategory, d.categoryId},          {KeyTags, QJsonArray::fromStringList(d.tags)},
            {KeyText, d.text},                    {KeyUpdated, double(d.updatedAt.toMSecsSinceEpoch())}};
}

// The edit turning `before` into `after`: their common prefix and suffix stay, never cutting a
// surrogate pair (a lone half could not be written as JSON).
QJsonObject editRecord(const QString &before, const QString &after, const QDateTime &updatedAt)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before[prefix] == after[prefix])
        ++prefix;
    if (prefix > 0 && before[prefix - 1].isHighSurrogate())
        --prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    if (suffix > 0 && after[after.size() - suffix].isLowSurrogate())
        --suffix;
    return {{KeyAt, double(prefix)},
            {KeyRemoved, double(before.size() - prefix - suffix)},
            {KeyInserted, after.mid(prefix, after.size() - prefix - suffix)},
            {KeyUpdated, double(updatedAt.toMSecsSinceEpoch())}};
}

// Applies one line to *draft; false when the line is not a valid record for it.
bool applyRecord(const QJsonObject &o, std::optional<Draft> *draft)
{
    const QDateTime updated = QDateTime::fromMSecsSinceEpoch(qint64(o.value(KeyUpdated).toDouble()), Qt::UTC);
    if (o.value(KeyText).isString()) {
        Draft d;
        d.replyToPostNumber = o.value(KeyReply).toInt();
        d.title = o.value(KeyTitle).toString();
        d.categoryId = o.value(KeyCategory).toInt();
        for (const QJsonValue &t : o.value(KeyTags).toArray())
            d.tags.append(t.toString());
        d.text = o.value(KeyText).toString();
        d.updatedAt = updated;
        *draft = d;
        return true;
    }
    if (!*draft || !o.value(KeyAt).isDouble() || !o.value(KeyRemoved).isDouble() || !o.value(KeyInserted).isString())
        return false;
    const qsizetype at = qsizetype(o.value(KeyAt).toDouble());
    const qsizetype removed = qsizetype(o.value(KeyRemoved).toDouble());
    QString &text = (*draft)->text;
    if (at < 0 || removed < 0 || at + removed > text.size())
        return false;
    text.replace(at, removed, o.value(KeyInserted).toString());
    (*draft)->updatedAt = updated;
    return true;
}

} // namespace

DraftJournal::DraftJournal(const QString &path)
    : m_file(path)
{
}

bool DraftJournal::append(const Draft &draft, QString *error)
{
    if (!m_file.isOpen()) {
        // Appending, never truncating: a journal left by a killed process stays valid until the
        // draft file is written; this journal's first full record supersedes it on replay.
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
            *error = QCoreApplication::translate("Aivizor::DraftJournal", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
            return false;
        }
        PrivateFiles::restrict(m_file);
        // A line torn by a kill must not swallow the first line written now.
        if (m_file.size() > 0) {
            QFile tail(m_file.fileName());
            if (tail.open(QIODevice::ReadOnly) && tail.seek(tail.size() - 1) && tail.read(1) != "\n")
                m_file.write("\n");
        }
    }
    const QJsonObject record = m_last && sameExceptText(*m_last, draft)
        ? editRecord(m_last->text, draft.text, draft.updatedAt)
        : fullRecord(draft);
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size()) {
        *error = QCoreApplication::translate("Aivizor::DraftJournal", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        m_file.close();
        m_last.reset(); // the next line is a full record again
        return false;
    }
    m_last = draft;
    return true;
}

std::optional<Draft> DraftJournal::replay(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    std::optional<Draft> draft;
    bool broken = false; // after a damaged line, edits wait for the next full record
    const QByteArray bytes = file.readAll();
    qsizetype start = 0;
    for (qsizetype end = bytes.indexOf('\n'); end >= 0; start = end + 1, end = bytes.indexOf('\n', start)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(start, end - start), &parseError);
        const bool full = doc.isObject() && doc.object().value(KeyText).isString();
        if (parseError.error != QJsonParseError::NoError || !doc.isObject() || (broken && !full)) {
            broken = true;
            continue;
        }
        broken = !applyRecord(doc.object(), &draft);
    }
    return draft;
}

} // namespace Aivizor
