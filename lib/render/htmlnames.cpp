#include "lib/render/htmlnames.h"

namespace Aivizor {

namespace {

struct Interned
{
    HtmlNameMap<QString> names;

    Interned()
    {
        for (const char *name :
             {"a", "abbr", "address", "article", "aside", "audio", "b", "base", "blockquote", "body", "br",
              "button", "caption", "center", "code", "col", "colgroup", "dd", "del", "details", "div", "dl", "dt",
              "em", "embed", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
              "head", "header", "hr", "html", "i", "iframe", "img", "input", "kbd", "li", "link", "main", "math",
              "meta", "nav", "noscript", "object", "ol", "option", "p", "param", "pre", "s", "script", "section",
              "select", "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg",
              "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "u", "ul",
              "use", "video", "wbr",
              // attributes
              "align", "alt", "class", "colspan", "data-base62-sha1", "data-code-wrap", "data-date",
              "data-dominant-color", "data-download-href", "data-format", "data-id", "data-onebox-src",
              "data-post", "data-slug", "data-time", "data-timezone", "data-topic", "data-type", "data-username",
              "decoding", "height", "href", "id", "loading", "rel", "rowspan", "src", "srcset", "start", "style",
              "target", "title", "width"}) {
            const QString interned = QString::fromLatin1(name);
            names[interned] = interned;
        }
    }
};

} // namespace

namespace HtmlNames {

QString lowerCase(QStringView name)
{
    static const Interned interned;
    char16_t buffer[24];
    if (name.size() <= qsizetype(std::size(buffer))) {
        bool ascii = true;
        for (qsizetype i = 0; i < name.size() && ascii; ++i) {
            const char16_t c = name[i].unicode();
            ascii = c < 128;
            buffer[i] = (c >= 'A' && c <= 'Z') ? char16_t(c + ('a' - 'A')) : c;
        }
        if (ascii) {
            if (const QString *known = interned.names.find(QStringView(buffer, name.size())))
                return *known;
            return QString(reinterpret_cast<const QChar *>(buffer), name.size());
        }
    }
    return name.toString().toLower();
}

} // namespace HtmlNames

} // namespace Aivizor
