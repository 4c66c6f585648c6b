#include "lib/search/searchquery.h"

namespace Aivizor {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

// Splits on whitespace; a double-quoted run (spaces included) stays one token with its quotes,
// as Discourse's search does.
QStringList tokenize(const QString &text)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                tokens.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

// "key:value" with a known key (case-insensitive): the value, else a null string.
QString valueOf(const QString &token, QLatin1String key)
{
    if (token.size() > key.size() + 1 && token.startsWith(key, Qt::CaseInsensitive)
        && token.at(key.size()) == QLatin1Char(':'))
        return token.mid(key.size() + 1);
    return QString();
}

} // namespace

QString SearchQuery::toString() const
{
    QStringList parts;
    // The fields follow the words: parse() gives each field its last occurrence, and `words` may
    // hold earlier ones.
    if (!words.trimmed().isEmpty())
        parts.append(words.simplified());
    if (!phrase.trimmed().isEmpty())
        parts.append(QLatin1Char('"') + QString(phrase).remove(QLatin1Char('"')).simplified() + QLatin1Char('"'));
    if (!user.trimmed().isEmpty())
        parts.append(QLatin1Char('@') + user.trimmed());
    if (!community.trimmed().isEmpty())
        parts.append(QLatin1Char('#') + community.trimmed());
    QStringList cleanTags;
    for (const QString &t : tags) {
        if (!t.trimmed().isEmpty())
            cleanTags.append(t.trimmed());
    }
    if (!cleanTags.isEmpty())
        parts.append(QStringLiteral("tags:") + cleanTags.join(QLatin1Char(',')));
    if (titleOnly)
        parts.append(QStringLiteral("in:title"));
    if (status == Status::Open)
        parts.append(QStringLiteral("status:open"));
    else if (status == Status::Closed)
        parts.append(QStringLiteral("status:closed"));
    if (order == Order::Latest)
        parts.append(QStringLiteral("order:latest"));
    else if (order == Order::Likes)
        parts.append(QStringLiteral("order:likes"));
    if (after.isValid())
        parts.append(QStringLiteral("after:") + after.toString(kDateFormat));
    if (before.isValid())
        parts.append(QStringLiteral("before:") + before.toString(kDateFormat));
    return parts.join(QLatin1Char(' '));
}

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery q;
    QStringList rest;
    bool hasPhrase = false;
    // From the end, so a field repeated in the text takes its last value, as toString() puts it.
    const QStringList tokens = tokenize(text);
    for (auto it = tokens.crbegin(); it != tokens.crend(); ++it) {
        const QString &token = *it;
        const QString lower = token.toLower();
        QString v;
        if (!hasPhrase && token.size() >= 2 && token.startsWith(QLatin1Char('"')) && token.endsWith(QLatin1Char('"'))) {
            q.phrase = token.mid(1, token.size() - 2).simplified();
            hasPhrase = !q.phrase.isEmpty();
            if (!hasPhrase)
                rest.prepend(token);
        } else if (q.user.isEmpty() && token.size() > 1 && token.startsWith(QLatin1Char('@'))) {
            q.user = token.mid(1);
        } else if (q.community.isEmpty() && token.size() > 1 && token.startsWith(QLatin1Char('#'))) {
            q.community = token.mid(1);
        } else if (q.community.isEmpty() && !(v = valueOf(token, QLatin1String("category"))).isEmpty()) {
            q.community = v;
        } else if (q.tags.isEmpty()
                   && (!(v = valueOf(token, QLatin1String("tags"))).isEmpty()
                       || !(v = valueOf(token, QLatin1String("tag"))).isEmpty())
                   && !v.contains(QLatin1Char('+'))) {
            q.tags = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (lower == QLatin1String("in:title")) {
            q.titleOnly = true;
        } else if (q.status == Status::Any && lower == QLatin1String("status:open")) {
            q.status = Status::Open;
        } else if (q.status == Status::Any && lower == QLatin1String("status:closed")) {
            q.status = Status::Closed;
        } else if (q.order == Order::Relevance && lower == QLatin1String("order:latest")) {
            q.order = Order::Latest;
        } else if (q.order == Order::Relevance && lower == QLatin1String("order:likes")) {
            q.order = Order::Likes;
        } else if (!q.after.isValid() && !(v = valueOf(token, QLatin1String("after"))).isEmpty()
                   && QDate::fromString(v, kDateFormat).isValid()) {
            q.after = QDate::fromString(v, kDateFormat);
        } else if (!q.before.isValid() && !(v = valueOf(token, QLatin1String("before"))).isEmpty()
                   && QDate::fromString(v, kDateFormat).isValid()) {
            q.before = QDate::fromString(v, kDateFormat);
        } else {
            rest.prepend(token);
        }
    }
    q.words = rest.join(QLatin1Char(' '));
    return q;
}

bool SearchQuery::operator==(const SearchQuery &o) const
{
    return words == o.words && phrase == o.phrase && user == o.user && community == o.community && tags == o.tags
           && titleOnly == o.titleOnly && status == o.status && order == o.order && after == o.after
           && before == o.before;
}

QStringList SearchQuery::highlightTerms() const
{
    QStringList terms;
    for (const QString &w : tokenize(words)) {
        // Operators the fields do not model ("in:likes", "status:solved") are not text.
        if (w.contains(QLatin1Char(':')) || w.startsWith(QLatin1Char('@')) || w.startsWith(QLatin1Char('#')))
            continue;
        QString word = w;
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty())
            terms.append(word);
    }
    if (!phrase.isEmpty())
        terms.append(phrase);
    return terms;
}

} // namespace Aivizor
