#include "lib/render/htmltokenizer.h"

#include "lib/render/htmlentities.h"
#include "lib/render/htmlnames.h"

#include <utility>

namespace Aivizor {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// Elements whose content the tokenizer does not parse as markup.
bool isRawTextElement(QStringView name)
{
    return name == "script"_L1 || name == "style"_L1 || name == "xmp"_L1 || name == "iframe"_L1
        || name == "noembed"_L1 || name == "noframes"_L1 || name == "noscript"_L1;
}

// Like raw text, but character references are decoded.
bool isEscapableRawTextElement(QStringView name)
{
    return name == "title"_L1 || name == "textarea"_L1;
}

QString decodeIfNeeded(QStringView text, bool inAttribute)
{
    return text.contains(QLatin1Char('&')) ? HtmlEntities::decode(text, inAttribute) : text.toString();
}

} // namespace

HtmlTokenizer::HtmlTokenizer(QStringView html)
    : m_in(html)
{
}

bool HtmlTokenizer::isVoidElement(QStringView name)
{
    switch (name.size()) {
    case 2:
        return name == "br"_L1 || name == "hr"_L1;
    case 3:
        return name == "img"_L1 || name == "wbr"_L1 || name == "col"_L1;
    case 4:
        return name == "meta"_L1 || name == "link"_L1 || name == "area"_L1 || name == "base"_L1;
    case 5:
        return name == "input"_L1 || name == "embed"_L1 || name == "param"_L1 || name == "track"_L1;
    case 6:
        return name == "source"_L1 || name == "keygen"_L1;
    default:
        return false;
    }
}

bool HtmlTokenizer::isMarkupStart(qsizetype pos) const
{
    if (m_in[pos] != QLatin1Char('<') || pos + 1 >= m_in.size())
        return false;
    const QChar c = m_in[pos + 1];
    return isAsciiLetter(c) || c == QLatin1Char('!') || c == QLatin1Char('?')
        || (c == QLatin1Char('/') && pos + 2 < m_in.size());
}

bool HtmlTokenizer::next(HtmlToken &token)
{
    token.name.clear();
    token.text.clear();
    token.attributes.clear();
    token.selfClosing = false;

    if (m_plainTextToEnd) {
        if (m_pos >= m_in.size())
            return false;
        token.type = HtmlToken::Type::Text;
        token.text = m_in.mid(m_pos).toString();
        m_pos = m_in.size();
        return true;
    }
    if (!m_rawTextElement.isEmpty() && readRawText(token))
        return true;

    const qsizetype n = m_in.size();
    while (m_pos < n) {
        if (!isMarkupStart(m_pos)) {
            if (readText(token))
                return true;
            continue;
        }
        const QChar c = m_in[m_pos + 1];
        if (isAsciiLetter(c)) {
            if (readTag(token, false))
                return true;
        } else if (c == QLatin1Char('/')) {
            const QChar c2 = m_in[m_pos + 2];
            if (isAsciiLetter(c2)) {
                if (readTag(token, true))
                    return true;
            } else if (c2 == QLatin1Char('>')) {
                m_pos += 3; // "</>" is ignored
            } else {
                m_pos += 2; // "</3 ...>" is a bogus comment
                skipUntil(QLatin1String(">"));
            }
        } else if (m_in.mid(m_pos).startsWith(QLatin1String("<!--"))) {
            m_pos += 4;
            // "<!-->" and "<!--->" are complete (empty) comments.
            if (m_pos < n && m_in[m_pos] == QLatin1Char('>'))
                ++m_pos;
            else if (m_in.mid(m_pos).startsWith(QLatin1String("->")))
                m_pos += 2;
            else
                skipUntil(QLatin1String("-->"));
        } else if (m_in.mid(m_pos).startsWith(QLatin1String("<![CDATA["))) {
            m_pos += 9;
            const qsizetype end = m_in.indexOf(QLatin1String("]]>"), m_pos);
            const qsizetype stop = end < 0 ? n : end;
            token.type = HtmlToken::Type::Text;
            token.text = m_in.mid(m_pos, stop - m_pos).toString();
            m_pos = end < 0 ? n : end + 3;
            if (!token.text.isEmpty())
                return true;
        } else {
            m_pos += 2; // doctype, "<!x" and "<?x": bogus comments
            skipUntil(QLatin1String(">"));
        }
    }
    return false;
}

void HtmlTokenizer::skipUntil(QLatin1String terminator)
{
    const qsizetype end = m_in.indexOf(terminator, m_pos);
    m_pos = end < 0 ? m_in.size() : end + terminator.size();
}

bool HtmlTokenizer::readText(HtmlToken &token)
{
    const qsizetype n = m_in.size();
    qsizetype i = m_pos;
    while (i < n) {
        const qsizetype lt = m_in.indexOf(QLatin1Char('<'), i);
        if (lt < 0) {
            i = n;
            break;
        }
        if (isMarkupStart(lt)) {
            i = lt;
            break;
        }
        i = lt + 1; // a '<' that starts no markup is text
    }
    token.type = HtmlToken::Type::Text;
    token.text = decodeIfNeeded(m_in.mid(m_pos, i - m_pos), false);
    m_pos = i;
    return !token.text.isEmpty();
}

bool HtmlTokenizer::readRawText(HtmlToken &token)
{
    const QString element = std::exchange(m_rawTextElement, QString());
    const qsizetype n = m_in.size();
    qsizetype end = n;
    for (qsizetype i = m_pos;;) {
        const qsizetype j = m_in.indexOf(QLatin1String("</"), i);
        if (j < 0)
            break;
        const qsizetype after = j + 2 + element.size();
        if (after <= n && m_in.mid(j + 2, element.size()).compare(element, Qt::CaseInsensitive) == 0
            && (after == n || isSpace(m_in[after]) || m_in[after] == QLatin1Char('/')
                || m_in[after] == QLatin1Char('>'))) {
            end = j;
            break;
        }
        i = j + 2;
    }
    const QStringView raw = m_in.mid(m_pos, end - m_pos);
    m_pos = end;
    token.type = HtmlToken::Type::Text;
    token.text = m_rawTextHasReferences ? decodeIfNeeded(raw, false) : raw.toString();
    return !token.text.isEmpty();
}

bool HtmlTokenizer::readTag(HtmlToken &token, bool endTag)
{
    const qsizetype n = m_in.size();
    qsizetype i = m_pos + (endTag ? 2 : 1);
    const qsizetype nameStart = i;
    while (i < n && !isSpace(m_in[i]) && m_in[i] != QLatin1Char('/') && m_in[i] != QLatin1Char('>'))
        ++i;
    token.name = HtmlNames::lowerCase(m_in.mid(nameStart, i - nameStart));
    if (!endTag)
        token.attributes.reserve(4); // the list moves into the tree, so each tag starts a new one

    for (;;) {
        while (i < n && (isSpace(m_in[i]) || m_in[i] == QLatin1Char('/'))) {
            if (m_in[i] == QLatin1Char('/') && i + 1 < n && m_in[i + 1] == QLatin1Char('>'))
                token.selfClosing = true;
            ++i;
        }
        if (i >= n) { // a tag cut off by the end of input is dropped
            m_pos = n;
            return false;
        }
        if (m_in[i] == QLatin1Char('>')) {
            ++i;
            break;
        }
        // The first character is always part of the name, even '=' (as in HTML5).
        const qsizetype attrStart = i++;
        while (i < n && !isSpace(m_in[i]) && m_in[i] != QLatin1Char('/') && m_in[i] != QLatin1Char('>')
               && m_in[i] != QLatin1Char('='))
            ++i;
        const QStringView attrName = m_in.mid(attrStart, i - attrStart);
        while (i < n && isSpace(m_in[i]))
            ++i;
        QStringView rawValue;
        if (i < n && m_in[i] == QLatin1Char('=')) {
            ++i;
            while (i < n && isSpace(m_in[i]))
                ++i;
            if (i < n && (m_in[i] == QLatin1Char('"') || m_in[i] == QLatin1Char('\''))) {
                const qsizetype close = m_in.indexOf(m_in[i], i + 1);
                if (close < 0) {
                    m_pos = n;
                    return false;
                }
                rawValue = m_in.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !isSpace(m_in[i]) && m_in[i] != QLatin1Char('>'))
                    ++i;
                rawValue = m_in.mid(valueStart, i - valueStart);
            }
        }
        if (endTag || token.attributes.size() >= MaxAttributes)
            continue;
        const QString name = HtmlNames::lowerCase(attrName);
        bool duplicate = false;
        for (const HtmlAttribute &existing : std::as_const(token.attributes))
            duplicate = duplicate || existing.name == name;
        if (!duplicate)
            token.attributes.append({name, decodeIfNeeded(rawValue, true)});
    }
    m_pos = i;
    token.type = endTag ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
    if (!endTag) {
        if (token.name == "plaintext"_L1) {
            m_plainTextToEnd = true;
        } else if (isRawTextElement(token.name) || isEscapableRawTextElement(token.name)) {
            m_rawTextElement = token.name;
            m_rawTextHasReferences = isEscapableRawTextElement(token.name);
        }
    }
    return true;
}

} // namespace Aivizor
