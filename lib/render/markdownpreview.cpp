#include "lib/render/markdownpreview.h"

#include "lib/render/htmlsanitizer.h"

#include <QList>
#include <QRegularExpression>

#include <md4c-html.h>

namespace Aivizor {

namespace {

// GitHub dialect (tables, strikethrough, task lists, permissive autolinks) and no raw HTML: md4c
// escapes any tag the user types, and the sanitizer is a second line of defence behind it.
constexpr unsigned ParserFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, int(size));
}

// md4c keeps a paragraph's soft line breaks as "\n"; Discourse shows them as line breaks.
// Code blocks are <pre>, never inside <p>, and code spans turn newlines into spaces.
QString hardLineBreaks(const QString &html)
{
    QString out;
    out.reserve(html.size() + html.size() / 16);
    int pos = 0;
    while (true) {
        const int open = html.indexOf(QLatin1String("<p>"), pos);
        if (open < 0)
            break;
        const int close = html.indexOf(QLatin1String("</p>"), open);
        if (close < 0)
            break;
        out += QStringView(html).mid(pos, open - pos);
        QString body = html.mid(open, close - open);
        body.replace(QLatin1Char('\n'), QLatin1String("<br>\n"));
        out += body;
        pos = close;
    }
    out += QStringView(html).mid(pos);
    return out;
}

QString renderMarkdown(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray output;
    output.reserve(input.size() + input.size() / 2);
    if (md_html(input.constData(), MD_SIZE(input.size()), &appendOutput, &output, ParserFlags, 0) != 0)
        return MarkdownPreview::tr("<p>The preview could not be rendered.</p>");
    return hardLineBreaks(QString::fromUtf8(output));
}

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped(); // also escapes '"', so it is safe in attribute values
}

// Half-open [start, end) ranges of fenced code blocks, where [quote] is literal text.
QList<QPair<int, int>> fencedRanges(const QString &text)
{
    static const QRegularExpression fence(QStringLiteral("^[ ]{0,3}(`{3,}|~{3,})"),
                                          QRegularExpression::MultilineOption);
    QList<QPair<int, int>> ranges;
    QRegularExpressionMatchIterator it = fence.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch open = it.next();
        const QString marker = open.captured(1);
        int end = int(text.size());
        while (it.hasNext()) {
            const QRegularExpressionMatch close = it.next();
            if (close.captured(1).at(0) == marker.at(0) && close.capturedLength(1) >= marker.size()) {
                const int lineEnd = int(text.indexOf(QLatin1Char('\n'), close.capturedEnd()));
                end = lineEnd < 0 ? int(text.size()) : lineEnd;
                break;
            }
        }
        ranges.append({int(open.capturedStart()), end});
    }
    return ranges;
}

bool inRanges(const QList<QPair<int, int>> &ranges, int pos)
{
    for (const auto &r : ranges) {
        if (pos >= r.first && pos < r.second)
            return true;
    }
    return false;
}

const QRegularExpression &openTag()
{
    static const QRegularExpression re(QStringLiteral("\\[quote(?:=\"([^\"\\]\\n]*)\"|=([^\\]\\n]*))?\\]"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &anyTag()
{
    static const QRegularExpression re(QStringLiteral("\\[quote(?:=[^\\]\\n]*)?\\]|\\[/quote\\]"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "name, post:3, topic:123" -> the aside opening as Discourse cooks it.
QString asideOpening(const QString &attributes)
{
    const QStringList parts = attributes.split(QLatin1Char(','));
    const QString user = parts.value(0).trimmed();
    int post = 0;
    int topic = 0;
    for (int i = 1; i < parts.size(); ++i) {
        const QString p = parts.at(i).trimmed();
        if (p.startsWith(QLatin1String("post:")))
            post = p.mid(5).toInt();
        else if (p.startsWith(QLatin1String("topic:")))
            topic = p.mid(6).toInt();
    }
    QString html = QStringLiteral("<aside class=\"quote no-group\"");
    if (!user.isEmpty())
        html += QStringLiteral(" data-username=\"%1\"").arg(escapeHtml(user));
    if (post > 0)
        html += QStringLiteral(" data-post=\"%1\"").arg(post);
    if (topic > 0)
        html += QStringLiteral(" data-topic=\"%1\"").arg(topic);
    html += QLatin1Char('>');
    if (!user.isEmpty())
        html += QStringLiteral("<div class=\"title\">%1:</div>").arg(escapeHtml(user));
    return html;
}

constexpr int MaxQuoteDepth = 16; // deeper nesting is left as text; md4c handles the rest

QString cook(const QString &markdown, int depth)
{
    const QList<QPair<int, int>> fences = fencedRanges(markdown);
    QString out;
    int pos = 0;
    int searchFrom = 0;
    while (depth < MaxQuoteDepth) {
        QRegularExpressionMatch open = openTag().match(markdown, searchFrom);
        while (open.hasMatch() && inRanges(fences, int(open.capturedStart())))
            open = openTag().match(markdown, open.capturedEnd());
        if (!open.hasMatch())
            break;
        // The matching [/quote], counting nested quotes (tags inside code fences do not count).
        int level = 1;
        int closeStart = -1;
        int closeEnd = -1;
        QRegularExpressionMatchIterator it = anyTag().globalMatch(markdown, open.capturedEnd());
        while (it.hasNext()) {
            const QRegularExpressionMatch tag = it.next();
            if (inRanges(fences, int(tag.capturedStart())))
                continue;
            level += tag.captured(0).startsWith(QLatin1String("[/")) ? -1 : 1;
            if (level == 0) {
                closeStart = int(tag.capturedStart());
                closeEnd = int(tag.capturedEnd());
                break;
            }
        }
        if (closeStart < 0) { // unterminated: Discourse shows it as typed
            searchFrom = int(open.capturedEnd());
            continue;
        }
        out += renderMarkdown(markdown.mid(pos, open.capturedStart() - pos));
        const QString attributes = open.captured(1).isNull() ? open.captured(2) : open.captured(1);
        out += asideOpening(attributes) + QLatin1String("<blockquote>")
               + cook(markdown.mid(open.capturedEnd(), closeStart - open.capturedEnd()), depth + 1)
               + QLatin1String("</blockquote></aside>\n");
        pos = searchFrom = closeEnd;
    }
    out += renderMarkdown(markdown.mid(pos));
    return out;
}

} // namespace

QString MarkdownPreview::toCookedHtml(const QString &markdown)
{
    return cook(markdown, 0);
}

QString MarkdownPreview::toSafeHtml(const QString &markdown, const QUrl &forumBase)
{
    HtmlSanitizer::Options options;
    options.forumBase = forumBase;
    return HtmlSanitizer(options).sanitize(toCookedHtml(markdown)).html;
}

} // namespace Aivizor
