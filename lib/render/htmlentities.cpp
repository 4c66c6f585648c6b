#include "lib/render/htmlentities.h"

namespace Aivizor {

namespace {

struct NamedEntity
{
    const char *name;
    char32_t codePoint;
};

// Common named references. Discourse cooks most characters literally, so this covers what users
// type by hand and what other software pastes; an unknown name stays literal text.
constexpr NamedEntity NamedEntities[] = {
    {"AElig", 0xC6},   {"Aacute", 0xC1},  {"Agrave", 0xC0},  {"Auml", 0xC4},    {"Ccedil", 0xC7},
    {"Eacute", 0xC9},  {"Egrave", 0xC8},  {"Ntilde", 0xD1},  {"Oacute", 0xD3},  {"Ouml", 0xD6},
    {"Uacute", 0xDA},  {"Uuml", 0xDC},    {"aacute", 0xE1},  {"acirc", 0xE2},   {"aelig", 0xE6},
    {"agrave", 0xE0},  {"amp", 0x26},     {"apos", 0x27},    {"aring", 0xE5},   {"auml", 0xE4},
    {"bull", 0x2022},  {"ccedil", 0xE7},  {"cent", 0xA2},    {"check", 0x2713}, {"colon", 0x3A},
    {"copy", 0xA9},    {"darr", 0x2193},  {"deg", 0xB0},     {"divide", 0xF7},  {"eacute", 0xE9},
    {"ecirc", 0xEA},   {"egrave", 0xE8},  {"euml", 0xEB},    {"euro", 0x20AC},  {"frac12", 0xBD},
    {"frac14", 0xBC},  {"frac34", 0xBE},  {"ge", 0x2265},    {"gt", 0x3E},      {"harr", 0x2194},
    {"hearts", 0x2665}, {"hellip", 0x2026}, {"iacute", 0xED}, {"iexcl", 0xA1},  {"iquest", 0xBF},
    {"iuml", 0xEF},    {"laquo", 0xAB},   {"larr", 0x2190},  {"ldquo", 0x201C}, {"le", 0x2264},
    {"lrm", 0x200E},   {"lsaquo", 0x2039}, {"lsquo", 0x2018}, {"lt", 0x3C},     {"mdash", 0x2014},
    {"micro", 0xB5},   {"middot", 0xB7},  {"nbsp", 0xA0},    {"ndash", 0x2013}, {"ne", 0x2260},
    {"not", 0xAC},     {"ntilde", 0xF1},  {"oacute", 0xF3},  {"ocirc", 0xF4},   {"ouml", 0xF6},
    {"para", 0xB6},    {"plusmn", 0xB1},  {"pound", 0xA3},   {"quot", 0x22},    {"raquo", 0xBB},
    {"rarr", 0x2192},  {"rdquo", 0x201D}, {"reg", 0xAE},     {"rlm", 0x200F},   {"rsaquo", 0x203A},
    {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"sect", 0xA7},    {"shy", 0xAD},     {"sup1", 0xB9},
    {"sup2", 0xB2},    {"sup3", 0xB3},    {"szlig", 0xDF},   {"thinsp", 0x2009}, {"times", 0xD7},
    {"trade", 0x2122}, {"uacute", 0xFA},  {"uarr", 0x2191},  {"uuml", 0xFC},    {"yen", 0xA5},
    {"zwj", 0x200D},   {"zwnj", 0x200C},
};

// References that browsers also accept without the terminating ';' (a subset of the legacy list).
constexpr NamedEntity LegacyEntities[] = {
    {"amp", 0x26}, {"copy", 0xA9}, {"gt", 0x3E}, {"lt", 0x3C}, {"nbsp", 0xA0}, {"quot", 0x22}, {"reg", 0xAE},
};

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

void appendCodePoint(QString &out, char32_t cp)
{
    // NUL, surrogates and values outside Unicode are replaced, as browsers do.
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        cp = 0xFFFD;
    if (cp > 0xFFFF) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

qsizetype decodeNumeric(QStringView text, qsizetype pos, QString &out)
{
    // text[pos] == '&', text[pos + 1] == '#'
    qsizetype i = pos + 2;
    const bool hex = i < text.size() && (text[i] == QLatin1Char('x') || text[i] == QLatin1Char('X'));
    if (hex)
        ++i;
    const qsizetype digitsStart = i;
    char32_t value = 0;
    for (; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        const int digit = hex ? hexValue(text[i]) : (u >= '0' && u <= '9' ? u - '0' : -1);
        if (digit < 0)
            break;
        if (value <= 0x10FFFF) // saturate instead of overflowing on absurd input
            value = value * (hex ? 16 : 10) + char32_t(digit);
    }
    if (i == digitsStart)
        return 0;
    if (i < text.size() && text[i] == QLatin1Char(';'))
        ++i;
    appendCodePoint(out, value);
    return i - pos;
}

} // namespace

namespace HtmlEntities {

qsizetype decodeAt(QStringView text, qsizetype pos, bool inAttribute, QString &out)
{
    if (pos + 1 >= text.size())
        return 0;
    if (text[pos + 1] == QLatin1Char('#'))
        return decodeNumeric(text, pos, out);

    qsizetype end = pos + 1;
    while (end < text.size() && end - pos <= 32 && isAsciiAlnum(text[end]))
        ++end;
    const QStringView name = text.mid(pos + 1, end - pos - 1);
    if (name.isEmpty())
        return 0;

    if (end < text.size() && text[end] == QLatin1Char(';')) {
        for (const NamedEntity &entity : NamedEntities) {
            if (name == QLatin1String(entity.name)) {
                appendCodePoint(out, entity.codePoint);
                return end + 1 - pos;
            }
        }
    }
    for (const NamedEntity &entity : LegacyEntities) {
        const QLatin1String legacy(entity.name);
        if (!name.startsWith(legacy))
            continue;
        const qsizetype after = pos + 1 + legacy.size();
        if (inAttribute && after < text.size()
            && (isAsciiAlnum(text[after]) || text[after] == QLatin1Char('='))) {
            return 0;
        }
        appendCodePoint(out, entity.codePoint);
        return after - pos;
    }
    return 0;
}

QString decode(QStringView text, bool inAttribute)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'), i);
        if (amp < 0) {
            out.append(text.mid(i));
            break;
        }
        out.append(text.mid(i, amp - i));
        const qsizetype used = decodeAt(text, amp, inAttribute, out);
        if (used == 0) {
            out.append(QLatin1Char('&'));
            i = amp + 1;
        } else {
            i = amp + used;
        }
    }
    return out;
}

} // namespace HtmlEntities

// Plain runs are copied in one go; most text has nothing to escape.
void HtmlEntities::appendEscaped(QString &out, QStringView text, bool attribute)
{
    const QChar *data = text.data();
    const qsizetype size = text.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = data[i].unicode();
        const bool special = u == '&' || u == '<' || u == '>' || (u == '"' && attribute)
            || (u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u >= 0xD800;
        if (!special)
            continue;
        if (u >= 0xD800 && u < 0xFFFE) {
            if (u >= 0xE000)
                continue; // ordinary BMP character
            if (QChar::isHighSurrogate(u) && i + 1 < size && data[i + 1].isLowSurrogate()) {
                ++i; // a valid pair
                continue;
            }
        }
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (u) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        default:
            if (u >= 0xD800 && u <= 0xDFFF)
                out += QChar(QChar::ReplacementCharacter); // a lone surrogate
            break;                                        // control characters, U+FFFE, U+FFFF: dropped
        }
    }
    out.append(data + runStart, size - runStart);
}

} // namespace Aivizor
