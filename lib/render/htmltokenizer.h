#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Aivizor {

struct HtmlAttribute
{
    QString name;  // lower case
    QString value; // character references decoded
};

struct HtmlToken
{
    enum class Type { Text, StartTag, EndTag };

    Type type = Type::Text;
    QString name;                    // tag name in lower case (tags only)
    QString text;                    // decoded character data (Text only)
    QList<HtmlAttribute> attributes; // start tags only; the first of duplicate names wins, at most
                                     // HtmlTokenizer::MaxAttributes
    bool selfClosing = false;        // "<x/>": only meaningful for void and foreign elements
};

// A tolerant HTML5-style tokenizer for untrusted fragments. It never fails: whatever is not markup
// is text. Comments, doctypes and processing instructions are skipped; CDATA sections become text;
// the content of raw-text elements (script, style, ...) comes back as one Text token that the
// caller decides about; a tag cut off by the end of input is dropped, as browsers do.
class HtmlTokenizer
{
public:
    // Attributes past this many on one tag are skipped: no real tag has that many, and the
    // duplicate check makes each kept one cost the ones before it.
    static constexpr int MaxAttributes = 64;

    explicit HtmlTokenizer(QStringView html);

    // Fills token with the next token; returns false at the end of input.
    bool next(HtmlToken &token);

    static bool isVoidElement(QStringView name);

private:
    bool readRawText(HtmlToken &token);
    bool readText(HtmlToken &token);
    bool readTag(HtmlToken &token, bool endTag);
    void skipUntil(QLatin1String terminator);
    bool isMarkupStart(qsizetype pos) const;

    QStringView m_in;
    qsizetype m_pos = 0;
    QString m_rawTextElement; // set while inside script/style/...: text runs until its end tag
    bool m_rawTextHasReferences = false;
    bool m_plainTextToEnd = false;
};

} // namespace Aivizor
