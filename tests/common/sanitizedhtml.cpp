#include "sanitizedhtml.h"

#include "lib/render/htmltokenizer.h"
#include "lib/render/postlink.h"

#include <QHash>
#include <QStringList>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Aivizor;

namespace {

// What the sanitizer may emit: element -> allowed attributes.
const QHash<QString, QStringList> &outputAllowList()
{
    static const QHash<QString, QStringList> allowed = [] {
        QHash<QString, QStringList> a;
        for (const char *plain : {"p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em",
                                  "i", "u", "s", "del", "strike", "code", "pre", "blockquote", "ul", "li",
                                  "sup", "sub", "kbd", "div", "details", "summary", "thead", "tbody", "tr"})
            a.insert(QString::fromLatin1(plain), {});
        a.insert(QStringLiteral("span"), {QStringLiteral("class")}); // the code highlighter's token classes
        a.insert(QStringLiteral("a"), {QStringLiteral("href"), QStringLiteral("title")});
        a.insert(QStringLiteral("img"), {QStringLiteral("src"), QStringLiteral("alt"), QStringLiteral("width"),
                                         QStringLiteral("height"), QStringLiteral("title")});
        a.insert(QStringLiteral("ol"), {QStringLiteral("start")});
        a.insert(QStringLiteral("table"), {QStringLiteral("border"), QStringLiteral("cellpadding")});
        for (const char *cell : {"td", "th"})
            a.insert(QString::fromLatin1(cell), {QStringLiteral("colspan"), QStringLiteral("rowspan"), QStringLiteral("align")});
        return a;
    }();
    return allowed;
}

} // namespace

QString SanitizedHtml::violations(const QString &html, const QString &forumHost, bool remoteImages)
{
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    QStringList open;
    while (tokenizer.next(token)) {
        if (token.type == HtmlToken::Type::Text)
            continue;
        if (!outputAllowList().contains(token.name))
            return QStringLiteral("element <%1>").arg(token.name);
        if (token.type == HtmlToken::Type::EndTag) {
            if (open.isEmpty() || open.takeLast() != token.name)
                return QStringLiteral("unbalanced </%1>").arg(token.name);
            continue;
        }
        for (const HtmlAttribute &a : std::as_const(token.attributes)) {
            if (!outputAllowList().value(token.name).contains(a.name))
                return QStringLiteral("attribute %1 on <%2>").arg(a.name, token.name);
            const QUrl url(a.value);
            if (a.name == u"href"
                && !QStringList({"http", "https", "mailto", QLatin1String(PostLink::Scheme)}).contains(url.scheme()))
                return QStringLiteral("link %1").arg(a.value);
            if (a.name == u"src" && (!QStringList({"http", "https"}).contains(url.scheme())
                                     || (!remoteImages && url.host() != forumHost)))
                return QStringLiteral("image %1").arg(a.value);
            if ((a.name == u"width" || a.name == u"height" || a.name == u"colspan") && a.value.toInt() <= 0)
                return QStringLiteral("%1=%2").arg(a.name, a.value);
        }
        if (HtmlTokenizer::isVoidElement(token.name)) {
            if (!token.selfClosing)
                return QStringLiteral("unclosed void <%1>").arg(token.name);
        } else {
            open.append(token.name);
        }
    }
    if (!open.isEmpty())
        return QStringLiteral("unclosed <%1>").arg(open.last());
    QXmlStreamReader xml(QStringLiteral("<root>") + html + QStringLiteral("</root>"));
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return QStringLiteral("not well-formed: %1").arg(xml.errorString());
    return {};
}
