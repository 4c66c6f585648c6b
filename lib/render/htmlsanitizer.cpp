#include "lib/render/htmlsanitizer.h"
#include "lib/render/htmlentities.h"

#include "lib/api/forumurls.h"

#include "lib/render/codehighlighter.h"
#include "lib/render/htmlnames.h"
#include "lib/render/postlink.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace Aivizor {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isOneOf(QStringView value, std::initializer_list<QLatin1String> candidates)
{
    for (QLatin1String candidate : candidates) {
        if (value == candidate)
            return true;
    }
    return false;
}

// What the writer does with an element, looked up once per element.
enum class Action : quint8 {
    Unwrap,       // unknown inline elements, forms, media: keep the children only
    Keep,         // allowed as is, without attributes
    AsDiv,        // unknown block elements keep their line breaks as a div
    Div,          // div: may be Discourse chrome (lightbox, quote controls, image meta)
    Aside,        // aside: quote, onebox, or a div
    Span,         // span: local date, mention, or kept
    Link,
    Image,
    LineBreak,    // br, hr
    Pre,
    Code,
    Blockquote,
    List,         // ul
    OrderedList,
    ListItem,
    Table,
    TableSection, // thead, tbody, tr
    TableFooter,  // tfoot, written as tbody
    Cell,
};

Action actionFor(const QString &name)
{
    static const HtmlNameMap<Action> table = [] {
        HtmlNameMap<Action> t;
        for (const char *keep : {"p", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "del",
                                 "strike", "sup", "sub", "kbd", "details", "summary"})
            t[QString::fromLatin1(keep)] = Action::Keep;
        for (const char *block : {"article", "section", "header", "footer", "figure", "figcaption", "dl", "dt", "dd",
                                  "address", "center", "main", "nav", "fieldset", "legend", "hgroup", "dialog",
                                  "menu", "dir", "listing"})
            t[QString::fromLatin1(block)] = Action::AsDiv;
        t[QStringLiteral("div")] = Action::Div;
        t[QStringLiteral("aside")] = Action::Aside;
        t[QStringLiteral("span")] = Action::Span;
        t[QStringLiteral("a")] = Action::Link;
        t[QStringLiteral("img")] = Action::Image;
        t[QStringLiteral("br")] = Action::LineBreak;
        t[QStringLiteral("hr")] = Action::LineBreak;
        t[QStringLiteral("pre")] = Action::Pre;
        t[QStringLiteral("code")] = Action::Code;
        t[QStringLiteral("blockquote")] = Action::Blockquote;
        t[QStringLiteral("ul")] = Action::List;
        t[QStringLiteral("ol")] = Action::OrderedList;
        t[QStringLiteral("li")] = Action::ListItem;
        t[QStringLiteral("table")] = Action::Table;
        t[QStringLiteral("thead")] = Action::TableSection;
        t[QStringLiteral("tbody")] = Action::TableSection;
        t[QStringLiteral("tr")] = Action::TableSection;
        t[QStringLiteral("tfoot")] = Action::TableFooter;
        t[QStringLiteral("td")] = Action::Cell;
        t[QStringLiteral("th")] = Action::Cell;
        return t;
    }();
    return table.value(name, Action::Unwrap);
}

bool isTableStructure(const QString &name)
{
    const Action action = actionFor(name);
    return action == Action::Table || action == Action::TableSection || action == Action::TableFooter;
}

// A positive pixel size from an attribute, or 0.
int parseDimension(const QString &value)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    return ok && n > 0 && n <= 10000 ? n : 0;
}

int parseSpan(const QString &value)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    return ok && n > 1 && n <= 1000 ? n : 0;
}

// Table cell alignment from align="" or from the style Discourse writes for markdown tables.
QString cellAlignment(const HtmlNode &cell)
{
    QString align = cell.attribute("align"_L1).trimmed().toLower();
    if (align.isEmpty()) {
        const QString style = cell.attribute("style"_L1).toLower();
        const qsizetype at = style.indexOf(QLatin1String("text-align"));
        if (at >= 0) {
            const qsizetype colon = style.indexOf(QLatin1Char(':'), at);
            const qsizetype end = style.indexOf(QLatin1Char(';'), at);
            if (colon >= 0)
                align = style.mid(colon + 1, (end < 0 ? style.size() : end) - colon - 1).trimmed();
        }
    }
    return isOneOf(align, {"left"_L1, "right"_L1, "center"_L1, "justify"_L1}) ? align : QString();
}

// Where a line may wrap anyway: whitespace, an existing zero-width space, CJK characters.
bool breaksLine(char16_t u)
{
    return u == ' ' || u == '\n' || u == '\t' || u == '\r' || u == 0x200B || u == 0x3000 || (u >= 0x2E80 && u < 0xA000);
}

// Cuts text to at most `size` characters without splitting a surrogate pair.
QStringView cutAt(QStringView text, qsizetype size)
{
    if (size >= text.size())
        return text;
    if (size > 0 && text[size - 1].isHighSurrogate())
        --size;
    return text.first(size);
}

} // namespace

// Writes the sanitized HTML of one parsed post.
class SanitizerWriter
{
public:
    SanitizerWriter(const HtmlTree &tree, const HtmlSanitizer &sanitizer)
        : m_tree(tree)
        , m_options(sanitizer.m_options)
        , m_urls(sanitizer.m_urls)
    {
    }

    void children(int index)
    {
        for (int c = m_tree.node(index).firstChild; c >= 0; c = m_tree.node(c).nextSibling)
            node(c);
    }

    SanitizedPost take()
    {
        SanitizedPost post;
        post.html = std::move(m_out);
        post.images = std::move(m_images);
        post.truncated = m_stoppedAt >= 0;
        post.nodesTotal = m_tree.nodeCount() - 1;
        post.nodesWritten = post.truncated ? m_stoppedAt - 1 : post.nodesTotal;
        post.remoteImagesHeld = m_remoteImagesHeld;
        return post;
    }
    void reserve(qsizetype size) { m_out.reserve(size); }

private:
    bool overBudget() const
    {
        return (m_options.maxOutputChars > 0 && m_out.size() >= m_options.maxOutputChars)
            || (m_options.maxElements > 0 && m_elements >= m_options.maxElements)
            || (m_options.maxImages > 0 && m_imageCount >= m_options.maxImages);
    }

    void node(int index)
    {
        if (m_stoppedAt >= 0)
            return; // past the budget: the callers close what is open
        if (overBudget()) {
            m_stoppedAt = index;
            return;
        }
        m_current = index;
        const HtmlNode &n = m_tree.node(index);
        if (n.kind == HtmlNode::Kind::Text) {
            // Only whitespace (or text the depth cap left) can sit directly in a table's structure.
            if (!isTableStructure(m_tree.node(n.parent).name))
                text(n.text);
            return;
        }
        element(index);
    }

    void element(int index)
    {
        const HtmlNode &n = m_tree.node(index);
        ++m_elements;
        switch (actionFor(n.name)) {
        case Action::Unwrap:
            children(index);
            break;
        case Action::Keep:
            wrap(index, n.name);
            break;
        case Action::AsDiv:
            wrap(index, QStringLiteral("div"));
            break;
        case Action::Div:
            // Discourse chrome that never renders: quote buttons, the lightbox caption with its icons.
            if (n.hasClass("quote-controls"_L1) || n.hasClass("meta"_L1))
                break;
            if (n.hasClass("lightbox-wrapper"_L1))
                lightbox(index);
            else
                wrap(index, n.name);
            break;
        case Action::Aside:
            if (n.hasClass("quote"_L1))
                quote(index);
            else if (n.hasClass("onebox"_L1))
                onebox(index);
            else
                wrap(index, QStringLiteral("div"));
            break;
        case Action::Span:
            if (n.hasClass("discourse-local-date"_L1))
                localDate(index);
            else if (n.hasClass("mention"_L1))
                mention(index);
            else
                wrap(index, n.name);
            break;
        case Action::Link:
            if (n.hasClass("hashtag-cooked"_L1))
                hashtag(index);
            else
                link(index, m_urls.link(n.attribute("href"_L1)), n.attribute("title"_L1).left(HtmlSanitizer::MaxAttributeText));
            break;
        case Action::Image:
            image(n, QUrl());
            break;
        case Action::LineBreak:
            m_run = 0;
            m_out += QLatin1Char('<');
            m_out += n.name;
            m_out += QLatin1String("/>");
            break;
        case Action::Pre:
            ++m_inPre;
            wrap(index, n.name);
            --m_inPre;
            break;
        case Action::Code:
            if (m_inPre > 0)
                codeBlock(index); // the pre already gives monospace
            else
                wrap(index, n.name);
            break;
        case Action::Blockquote:
            if (m_quoteDepth >= HtmlSanitizer::MaxQuoteDepth) {
                children(index); // flattened into the deepest quote kept
                break;
            }
            ++m_quoteDepth;
            wrap(index, n.name);
            --m_quoteDepth;
            break;
        case Action::List:
        case Action::OrderedList:
            if (m_listDepth >= HtmlSanitizer::MaxListDepth || m_flatLists > 0) {
                // Deeper lists join the enclosing item, their items as lines.
                ++m_flatLists;
                children(index);
                --m_flatLists;
                break;
            }
            ++m_listDepth;
            if (actionFor(n.name) == Action::List)
                m_out += QLatin1String("<ul>");
            else if (const int start = parseDimension(n.attribute("start"_L1)))
                m_out += QStringLiteral("<ol start=\"%1\">").arg(start);
            else
                m_out += QLatin1String("<ol>");
            children(index);
            m_out += actionFor(n.name) == Action::List ? QLatin1String("</ul>") : QLatin1String("</ol>");
            --m_listDepth;
            break;
        case Action::ListItem:
            wrap(index, m_flatLists > 0 ? QStringLiteral("div") : n.name);
            break;
        case Action::Table:
            if (m_tableDepth >= HtmlSanitizer::MaxTableDepth || m_flatTables > 0) {
                // QTextDocument's layout time explodes with nested tables: deeper ones become lines.
                ++m_flatTables;
                wrap(index, QStringLiteral("div"));
                --m_flatTables;
                break;
            }
            ++m_tableDepth;
            m_out += QLatin1String("<table border=\"1\" cellpadding=\"4\">");
            children(index);
            m_out += QLatin1String("</table>");
            --m_tableDepth;
            break;
        case Action::TableSection:
            if (m_flatTables == 0)
                wrap(index, n.name);
            else if (n.name == "tr"_L1)
                wrap(index, QStringLiteral("div"));
            else
                children(index);
            break;
        case Action::TableFooter:
            if (m_flatTables == 0)
                wrap(index, QStringLiteral("tbody"));
            else
                children(index);
            break;
        case Action::Cell:
            if (m_flatTables == 0) {
                cell(index);
            } else {
                children(index);
                m_out += QLatin1Char(' ');
            }
            break;
        }
    }

    void wrap(int index, const QString &tag)
    {
        m_out += QLatin1Char('<');
        m_out += tag;
        m_out += QLatin1Char('>');
        children(index);
        m_out += QLatin1String("</");
        m_out += tag;
        m_out += QLatin1Char('>');
    }

    // Text nodes: cut at the size budget, in pieces small enough that escaping cannot overshoot it.
    void text(QStringView s)
    {
        if (m_options.maxOutputChars <= 0) {
            writeText(s);
            return;
        }
        while (!s.isEmpty()) {
            // One character becomes at most 6 ("&amp;" plus a break opportunity).
            const QStringView part = cutAt(s, std::max<qsizetype>(0, m_options.maxOutputChars - m_out.size()) / 6);
            if (part.isEmpty()) {
                m_stoppedAt = m_stoppedAt >= 0 ? m_stoppedAt : m_current;
                return;
            }
            writeText(part);
            s = s.sliced(part.size());
        }
    }

    // Escaped text with break opportunities in over-long runs outside code blocks: a zero-width
    // space after every BreakRunLength characters without one.
    void writeText(QStringView s)
    {
        if (m_inPre > 0) {
            HtmlEntities::appendEscaped(m_out, s, false);
            return;
        }
        const QChar *data = s.data();
        qsizetype start = 0;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const char16_t u = data[i].unicode();
            if (breaksLine(u)) {
                m_run = 0;
                continue;
            }
            if (m_run >= HtmlSanitizer::BreakRunLength && !QChar::isLowSurrogate(u)) {
                HtmlEntities::appendEscaped(m_out, s.sliced(start, i - start), false);
                m_out += QChar(0x200B);
                start = i;
                m_run = 0;
            }
            ++m_run;
        }
        HtmlEntities::appendEscaped(m_out, s.sliced(start), false);
    }

    // Discourse announces a block's language as class="lang-xxx" (md4c, for the composer's preview,
    // as "language-xxx"); known languages come out
    // highlighted (escaped text in classed spans), everything else as plain text.
    void codeBlock(int index)
    {
        static const QRegularExpression languageClass(QStringLiteral("(?:^|\\s)(?:lang|language)-([A-Za-z0-9_+#-]+)"));
        const QString language = languageClass.match(m_tree.node(index).attribute("class"_L1)).captured(1);
        if (!language.isEmpty()) {
            // Highlighted only within the size budget; past it the plain text is cut like any text.
            const qsizetype room = m_options.maxOutputChars > 0 ? m_options.maxOutputChars - m_out.size()
                                                                : std::numeric_limits<qsizetype>::max();
            const QString code = m_tree.textContent(index);
            if (code.size() < room) {
                const std::optional<QString> html = CodeHighlighter::toHtml(code, language);
                if (html && html->size() <= room) {
                    m_out += *html;
                    return;
                }
            }
        }
        children(index);
    }

    void attribute(QLatin1String name, QStringView value)
    {
        m_out += QLatin1Char(' ') + name + QLatin1String("=\"");
        HtmlEntities::appendEscaped(m_out, value, true);
        m_out += QLatin1Char('"');
    }

    void openLink(const QUrl &href, const QString &title)
    {
        m_out += QLatin1String("<a");
        attribute(QLatin1String("href"), href.toString(QUrl::FullyEncoded));
        if (!title.isEmpty())
            attribute(QLatin1String("title"), title);
        m_out += QLatin1Char('>');
        ++m_linkDepth;
    }

    void closeLink()
    {
        m_out += QLatin1String("</a>");
        --m_linkDepth;
    }

    // A link around the children of index; links inside links and disallowed URLs keep the text only.
    void link(int index, const QUrl &href, const QString &title)
    {
        if (!href.isValid() || m_linkDepth > 0) {
            children(index);
            return;
        }
        openLink(href, title);
        children(index);
        closeLink();
    }

    void textLink(const QUrl &href, const QString &label)
    {
        if (!href.isValid() || m_linkDepth > 0) {
            text(label);
            return;
        }
        openLink(href, QString());
        text(label);
        closeLink();
    }

    void cell(int index)
    {
        const HtmlNode &n = m_tree.node(index);
        m_out += QLatin1Char('<') + n.name;
        if (const int colspan = parseSpan(n.attribute("colspan"_L1)))
            attribute(QLatin1String("colspan"), QString::number(colspan));
        if (const int rowspan = parseSpan(n.attribute("rowspan"_L1)))
            attribute(QLatin1String("rowspan"), QString::number(rowspan));
        const QString align = cellAlignment(n);
        if (!align.isEmpty())
            attribute(QLatin1String("align"), align);
        m_out += QLatin1Char('>');
        children(index);
        m_out += QLatin1String("</") + n.name + QLatin1Char('>');
    }

    // fullImage: where a click should lead (the lightbox's full-size image), if anywhere.
    void image(const HtmlNode &img, const QUrl &fullImage)
    {
        const QUrl src = m_urls.image(img.attribute("src"_L1));
        if (!src.isValid())
            return;
        const QString alt = img.attribute("alt"_L1).left(HtmlSanitizer::MaxAttributeText);
        const QString title = img.attribute("title"_L1).left(HtmlSanitizer::MaxAttributeText);
        const bool emoji = img.hasClass("emoji"_L1);

        if (!m_options.allowRemoteImages && !m_urls.isSameSite(src)) {
            // No surprise loads from third parties: offer a link instead.
            if (emoji) {
                text(alt.isEmpty() ? title : alt);
                return;
            }
            const QString label = HtmlSanitizer::tr("[image: %1]")
                                      .arg(alt.isEmpty() ? src.fileName(QUrl::FullyDecoded) : alt);
            textLink(fullImage.isValid() ? fullImage : src, label);
            ++m_remoteImagesHeld;
            return;
        }

        int width = parseDimension(img.attribute("width"_L1));
        int height = parseDimension(img.attribute("height"_L1));
        if (emoji) {
            width = height = img.hasClass("only-emoji"_L1) ? HtmlSanitizer::OnlyEmojiSize : HtmlSanitizer::EmojiSize;
        } else if (m_options.maxImageWidth > 0 && width > m_options.maxImageWidth) {
            if (height > 0)
                height = std::max(1, int(qint64(height) * m_options.maxImageWidth / width));
            width = m_options.maxImageWidth;
        }

        const bool linked = fullImage.isValid() && m_linkDepth == 0;
        if (linked)
            openLink(fullImage, QString());
        const QString url = src.toString(QUrl::FullyEncoded);
        m_out += QLatin1String("<img");
        attribute(QLatin1String("src"), url);
        if (width > 0)
            attribute(QLatin1String("width"), QString::number(width));
        if (height > 0)
            attribute(QLatin1String("height"), QString::number(height));
        if (!alt.isEmpty())
            attribute(QLatin1String("alt"), alt);
        if (!title.isEmpty())
            attribute(QLatin1String("title"), title);
        m_out += QLatin1String("/>");
        if (linked)
            closeLink();
        ++m_imageCount;

        if (!m_imageUrls.contains(url)) {
            m_imageUrls.insert(url);
            m_images.append({src, width, height});
        }
    }

    // div.lightbox-wrapper > a.lightbox[href=full] > img[src=thumbnail] + div.meta
    void lightbox(int index)
    {
        const int anchor = m_tree.findDescendant(index, "a"_L1);
        const int img = m_tree.findDescendant(index, "img"_L1);
        if (img < 0)
            return;
        const QUrl full = anchor >= 0 ? m_urls.link(m_tree.node(anchor).attribute("href"_L1)) : QUrl();
        image(m_tree.node(img), full);
    }

    // aside.quote[data-username][data-topic][data-post] > div.title + blockquote
    void quote(int index)
    {
        const HtmlNode &n = m_tree.node(index);
        int title = -1;
        for (int c = n.firstChild; c >= 0 && title < 0; c = m_tree.node(c).nextSibling) {
            if (m_tree.node(c).is("div"_L1) && m_tree.node(c).hasClass("title"_L1))
                title = c;
        }
        QString user = n.attribute("data-username"_L1).trimmed();
        if (user.isEmpty() && title >= 0) {
            user = m_tree.textContent(title).simplified();
            if (user.endsWith(QLatin1Char(':')))
                user.chop(1);
        }
        if (!user.isEmpty()) {
            bool topicOk = false;
            bool postOk = false;
            const int topic = n.attribute("data-topic"_L1).toInt(&topicOk);
            const int post = n.attribute("data-post"_L1).toInt(&postOk);
            QString who;
            if (topicOk && postOk && topic > 0 && post > 0 && m_linkDepth == 0) {
                who = QLatin1String("<a href=\"");
                HtmlEntities::appendEscaped(who, PostLink::make(topic, post).toString(QUrl::FullyEncoded), true);
                who += QLatin1String("\">");
                HtmlEntities::appendEscaped(who, user, false);
                who += QLatin1String("</a>");
            } else {
                HtmlEntities::appendEscaped(who, user, false);
            }
            QString line;
            HtmlEntities::appendEscaped(line, HtmlSanitizer::tr("%1 wrote:"), false);
            m_out += QLatin1String("<p>") + line.arg(who) + QLatin1String("</p>");
        }
        const bool flat = m_quoteDepth >= HtmlSanitizer::MaxQuoteDepth;
        if (!flat) {
            m_out += QLatin1String("<blockquote>");
            ++m_quoteDepth;
        }
        for (int c = n.firstChild; c >= 0; c = m_tree.node(c).nextSibling) {
            if (c == title)
                continue;
            if (m_tree.node(c).is("blockquote"_L1))
                children(c); // the aside already is the quote block
            else
                node(c);
        }
        if (!flat) {
            --m_quoteDepth;
            m_out += QLatin1String("</blockquote>");
        }
    }

    // aside.onebox[data-onebox-src] > header.source + article.onebox-body(h3 > a, p, ...)
    void onebox(int index)
    {
        const HtmlNode &n = m_tree.node(index);
        const QUrl source = m_urls.link(n.attribute("data-onebox-src"_L1));
        const int article = m_tree.findDescendant(index, "article"_L1);
        const int scope = article >= 0 ? article : index;

        QString title;
        QUrl href;
        for (QLatin1String heading : {"h3"_L1, "h4"_L1, "h2"_L1, "h1"_L1}) {
            const int h = m_tree.findDescendant(scope, heading);
            if (h < 0)
                continue;
            const int a = m_tree.findDescendant(h, "a"_L1);
            title = m_tree.textContent(a >= 0 ? a : h).simplified();
            if (a >= 0)
                href = m_urls.link(m_tree.node(a).attribute("href"_L1));
            break;
        }
        if (title.isEmpty()) {
            const int header = m_tree.findDescendant(index, "header"_L1);
            const int a = header >= 0 ? m_tree.findDescendant(header, "a"_L1) : -1;
            if (a >= 0) {
                title = m_tree.textContent(a).simplified();
                href = m_urls.link(m_tree.node(a).attribute("href"_L1));
            }
        }
        if (!href.isValid())
            href = source;
        if (title.isEmpty() && href.isValid())
            title = href.toDisplayString();
        const int paragraph = article >= 0 ? m_tree.findDescendant(article, "p"_L1) : -1;
        const QString summary = paragraph >= 0 ? m_tree.textContent(paragraph).simplified() : QString();
        if (title.isEmpty() && summary.isEmpty())
            return;

        m_out += QLatin1String("<blockquote><p>");
        const bool linked = href.isValid() && m_linkDepth == 0;
        if (linked)
            openLink(href, QString());
        m_out += QLatin1String("<strong>");
        text(title);
        m_out += QLatin1String("</strong>");
        if (linked)
            closeLink();
        m_out += QLatin1String("</p>");
        if (!summary.isEmpty()) {
            m_out += QLatin1String("<p>");
            text(summary);
            m_out += QLatin1String("</p>");
        }
        m_out += QLatin1String("</blockquote>");
    }

    // span.mention holds "@name"; it links to the user's page.
    void mention(int index)
    {
        const QString label = m_tree.textContent(index).trimmed();
        const QString name = label.startsWith(QLatin1Char('@')) ? label.mid(1) : QString();
        const bool valid = !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
            return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.');
        });
        textLink(valid && m_urls.base().isValid() ? ForumUrls(m_urls.base()).user(name) : QUrl(), label);
    }

    // a.hashtag-cooked[data-slug] with an icon: shown as "#slug".
    void hashtag(int index)
    {
        const HtmlNode &n = m_tree.node(index);
        QString label = n.attribute("data-slug"_L1).trimmed();
        if (label.isEmpty())
            label = m_tree.textContent(index).simplified();
        if (!label.startsWith(QLatin1Char('#')))
            label.prepend(QLatin1Char('#'));
        textLink(m_urls.link(n.attribute("href"_L1)), label);
    }

    // span.discourse-local-date[data-date][data-time][data-timezone]: shown in the reader's time zone.
    void localDate(int index)
    {
        const HtmlNode &n = m_tree.node(index);
        const QDate date = QDate::fromString(n.attribute("data-date"_L1).trimmed(), Qt::ISODate);
        if (!date.isValid()) {
            text(m_tree.textContent(index));
            return;
        }
        const QTime time = QTime::fromString(n.attribute("data-time"_L1).trimmed(), Qt::ISODate);
        if (!time.isValid()) {
            text(QLocale().toString(date, QLocale::ShortFormat));
            return;
        }
        QTimeZone zone(n.attribute("data-timezone"_L1).trimmed().toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        text(QLocale().toString(QDateTime(date, time, zone).toLocalTime(), QLocale::ShortFormat));
    }

    const HtmlTree &m_tree;
    const HtmlSanitizer::Options &m_options;
    const UrlPolicy &m_urls;
    QString m_out;
    QList<SanitizedImage> m_images;
    int m_remoteImagesHeld = 0;
    QSet<QString> m_imageUrls;
    int m_linkDepth = 0;
    int m_inPre = 0;
    int m_tableDepth = 0; // tables written as tables
    int m_flatTables = 0; // tables too deep, written as lines
    int m_quoteDepth = 0;
    int m_listDepth = 0;  // lists written as lists
    int m_flatLists = 0;  // lists too deep, written as lines
    int m_run = 0;        // characters since the last break opportunity
    int m_elements = 0;
    int m_imageCount = 0;
    int m_current = 0;
    int m_stoppedAt = -1; // the first node left out (or cut) by the budget
};

HtmlSanitizer::HtmlSanitizer(const Options &options)
    : m_options(options)
    , m_urls(options.forumBase)
{
}

SanitizedPost HtmlSanitizer::sanitize(const QString &cooked) const
{
    const HtmlTree tree = HtmlTree::parse(cooked, m_options.maxDepth);
    SanitizerWriter writer(tree, *this);
    writer.reserve(m_options.maxOutputChars > 0 ? std::min(cooked.size(), m_options.maxOutputChars + 1024) : cooked.size());
    writer.children(HtmlTree::Root);
    SanitizedPost post = writer.take();
    post.cookedLength = cooked.size();
    return post;
}

namespace {

bool isInline(QStringView name)
{
    return isOneOf(name, {"a"_L1, "span"_L1, "strong"_L1, "b"_L1, "em"_L1, "i"_L1, "u"_L1, "s"_L1, "del"_L1, "strike"_L1,
                          "code"_L1, "sup"_L1, "sub"_L1, "kbd"_L1, "small"_L1, "mark"_L1, "abbr"_L1, "font"_L1, "label"_L1,
                          "q"_L1, "cite"_L1, "var"_L1, "samp"_L1, "ins"_L1, "big"_L1, "tt"_L1, "bdi"_L1, "bdo"_L1, "time"_L1});
}

void appendPlainText(const HtmlTree &tree, int index, QString &out)
{
    for (int c = tree.node(index).firstChild; c >= 0; c = tree.node(c).nextSibling) {
        const HtmlNode &n = tree.node(c);
        if (n.kind == HtmlNode::Kind::Text) {
            out += n.text;
            continue;
        }
        if (n.hasClass("quote-controls"_L1) || n.hasClass("meta"_L1)
            || (n.is("div"_L1) && n.hasClass("title"_L1) && tree.node(n.parent).hasClass("quote"_L1))) {
            continue;
        }
        if (n.is("img"_L1)) {
            if (n.hasClass("emoji"_L1))
                out += n.attribute("alt"_L1);
            continue;
        }
        const bool block = !isInline(n.name);
        if (block)
            out += QLatin1Char(' ');
        appendPlainText(tree, c, out);
        if (block)
            out += QLatin1Char(' ');
    }
}

} // namespace

QString HtmlSanitizer::toPlainText(const QString &cooked)
{
    const HtmlTree tree = HtmlTree::parse(cooked);
    QString text;
    text.reserve(cooked.size() / 2);
    appendPlainText(tree, HtmlTree::Root, text);
    return text.simplified();
}

} // namespace Aivizor
