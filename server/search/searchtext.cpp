#include "searchtext.h"

#include <QRegularExpression>

namespace SearchText {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)      // Hiragana, Katakana
           || (c >= 0x3400 && c <= 0x4DBF)   // CJK Extension A
           || (c >= 0x4E00 && c <= 0x9FFF)   // CJK Unified Ideographs
           || (c >= 0xF900 && c <= 0xFAFF)   // Compatibility Ideographs
           || (c >= 0x20000 && c <= 0x2FA1F);
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
}

// One QChar per QChar: lower case and without its accent, so positions stay aligned.
QString fold(const QString &text)
{
    QString out = text.toLower();
    for (QChar &c : out) {
        if (c.decompositionTag() == QChar::Canonical) {
            const QString base = c.decomposition();
            if (!base.isEmpty() && !base.at(0).isMark())
                c = base.at(0);
        }
    }
    return out;
}

// Light stemming where the index has none (porter only knows English): a German or Russian
// ending is cut so the prefix match finds the other forms ("Modelle" -> "modell*").
QString lightStem(const QString &token)
{
    static const QStringList russian{
        QStringLiteral("ями"), QStringLiteral("ами"), QStringLiteral("ого"), QStringLiteral("его"),
        QStringLiteral("ому"), QStringLiteral("ему"), QStringLiteral("ыми"), QStringLiteral("ими"),
        QStringLiteral("иях"), QStringLiteral("ях"), QStringLiteral("ах"), QStringLiteral("ов"),
        QStringLiteral("ев"), QStringLiteral("ей"), QStringLiteral("ой"), QStringLiteral("ый"),
        QStringLiteral("ий"), QStringLiteral("ая"), QStringLiteral("яя"), QStringLiteral("ое"),
        QStringLiteral("ее"), QStringLiteral("ие"), QStringLiteral("ые"), QStringLiteral("ом"),
        QStringLiteral("ем"), QStringLiteral("ам"), QStringLiteral("ям"), QStringLiteral("ую"),
        QStringLiteral("юю"), QStringLiteral("а"), QStringLiteral("я"), QStringLiteral("ы"),
        QStringLiteral("и"), QStringLiteral("е"), QStringLiteral("о"), QStringLiteral("у"),
        QStringLiteral("ю"), QStringLiteral("ь")};
    static const QStringList german{QStringLiteral("ungen"), QStringLiteral("en"), QStringLiteral("er"),
                                    QStringLiteral("es"), QStringLiteral("e")};
    const bool cyrillic = token.at(0).script() == QChar::Script_Cyrillic;
    const QStringList &endings = cyrillic ? russian : german;
    const int minWord = cyrillic ? 5 : 7;
    const int minStem = cyrillic ? 3 : 5;
    if (token.size() < minWord)
        return token;
    for (const QString &ending : endings) {
        if (token.endsWith(ending) && token.size() - ending.size() >= minStem) {
            // "Übersetzungen" keeps its "ung": the singular is the prefix of the plural.
            return ending == QLatin1String("ungen") ? token.chopped(2) : token.chopped(ending.size());
        }
    }
    return token;
}

// Runs of letters and digits; each CJK character is a run of its own.
QStringList runs(const QString &word, QList<bool> *cjk)
{
    QStringList out;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty()) {
            out.append(current);
            cjk->append(false);
            current.clear();
        }
    };
    for (char32_t c : word.toUcs4()) {
        if (isCjk(c)) {
            flush();
            if (!cjk->isEmpty() && cjk->last())
                out.last() += QLatin1Char(' ') + QString::fromUcs4(&c, 1);
            else {
                out.append(QString::fromUcs4(&c, 1));
                cjk->append(true);
            }
        } else if (isWordChar(c)) {
            current += QString::fromUcs4(&c, 1);
        } else {
            flush();
        }
    }
    flush();
    return out;
}

} // namespace

QString plainText(const QString &html)
{
    static const QRegularExpression blocks(QStringLiteral("<(br|/p|/li|/h\\d|/blockquote|/pre|/aside|/div)[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString text = html;
    text.replace(blocks, QStringLiteral(" "));
    text.remove(tags);
    QString decoded;
    qsizetype last = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        decoded += QStringView(text).mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t c = code;
            decoded += QString::fromUcs4(&c, 1);
        }
        last = m.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    decoded.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return decoded.simplified();
}

bool hasCjk(const QString &text)
{
    const QList<uint> chars = text.toUcs4();
    return std::any_of(chars.begin(), chars.end(), [](uint c) { return isCjk(c); });
}

QString segment(const QString &text)
{
    if (!hasCjk(text))
        return text;
    QString out;
    out.reserve(text.size() * 2);
    for (char32_t c : text.toUcs4()) {
        if (isCjk(c))
            out += QLatin1Char(' ') + QString::fromUcs4(&c, 1) + QLatin1Char(' ');
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString matchExpression(const QString &word)
{
    QList<bool> cjk;
    const QStringList parts = runs(word, &cjk);
    QStringList terms;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (cjk.at(i))
            terms.append(QLatin1Char('"') + parts.at(i) + QLatin1Char('"'));
        else
            terms.append(QLatin1Char('"') + lightStem(fold(parts.at(i))) + QStringLiteral("\"*"));
    }
    return terms.join(QStringLiteral(" AND "));
}

QString phraseExpression(const QString &phrase)
{
    QList<bool> cjk;
    const QStringList parts = runs(phrase, &cjk);
    return parts.isEmpty() ? QString() : QLatin1Char('"') + parts.join(QLatin1Char(' ')) + QLatin1Char('"');
}

QStringList needles(const QString &word)
{
    QList<bool> cjk;
    QStringList out;
    const QStringList parts = runs(word, &cjk);
    for (qsizetype i = 0; i < parts.size(); ++i)
        out.append(cjk.at(i) ? QString(parts.at(i)).remove(QLatin1Char(' ')) : lightStem(fold(parts.at(i))));
    return out;
}

QString phraseNeedle(const QString &phrase)
{
    return fold(phrase.simplified());
}

QString blurb(const QString &text, const QStringList &needles, int length)
{
    if (text.size() <= length)
        return text;
    const QString folded = fold(text);
    qsizetype hit = -1;
    for (const QString &needle : needles) {
        if (needle.isEmpty())
            continue;
        const qsizetype at = folded.indexOf(needle);
        if (at >= 0 && (hit < 0 || at < hit))
            hit = at;
    }
    qsizetype start = hit < 0 ? 0 : std::max<qsizetype>(0, hit - length / 2);
    start = std::min(start, text.size() - length);
    // Whole words at the edges.
    if (start > 0) {
        const qsizetype space = text.indexOf(QLatin1Char(' '), start);
        if (space >= 0 && space < start + 20)
            start = space + 1;
    }
    qsizetype end = std::min(text.size(), start + length);
    if (end < text.size()) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), end);
        if (space > start + length / 2)
            end = space;
    }
    return (start > 0 ? QStringLiteral("...") : QString()) + text.mid(start, end - start).trimmed()
           + (end < text.size() ? QStringLiteral("...") : QString());
}

} // namespace SearchText
