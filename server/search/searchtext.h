#pragma once

#include <QString>
#include <QStringList>

// Text handling shared by the search index and queries. SQLite's FTS5 tokenizer
// (porter unicode61 remove_diacritics 2) stems English and folds accents; what it cannot do
// is split Chinese and Japanese, which have no spaces, so both sides put a space between
// those characters and a CJK word is searched as a phrase of characters.
namespace SearchText {

// Visible text of cooked HTML: tags dropped, entities decoded, whitespace collapsed.
QString plainText(const QString &html);
// Text as it goes into the index: every Han/Kana character a token of its own.
QString segment(const QString &text);
bool hasCjk(const QString &text);
// A word as an FTS5 expression of quoted tokens ANDed ("tok"* for a prefix match, a phrase
// for CJK): nothing but letters and digits ever reaches FTS5, so the query syntax cannot be
// injected. Empty when the word has no letters or digits.
QString matchExpression(const QString &word);
// A quoted phrase as one FTS5 phrase (no prefix).
QString phraseExpression(const QString &phrase);
// The prefixes a blurb looks for: the lower-cased, accent-free tokens of the word after the
// same light stemming as matchExpression.
QStringList needles(const QString &word);
// What a blurb looks for first for a quoted phrase: the phrase itself, lower-cased and
// accent-free, punctuation kept ("fine-tune"), as Discourse centres a blurb on the phrase.
QString phraseNeedle(const QString &phrase);
// About `length` characters of text around the first needle (the start without one), with
// "..." where it was cut, as Discourse's blurbs.
QString blurb(const QString &text, const QStringList &needles, int length);

} // namespace SearchText
