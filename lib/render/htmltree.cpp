#include "lib/render/htmltree.h"

#include "lib/render/htmlnames.h"

#include <QHash>

namespace Aivizor {

using namespace Qt::Literals::StringLiterals;

namespace {

// What the tree builder needs to know about an element, looked up once per tag.
enum ElementFlag : quint16 {
    DropsContent = 1 << 0,    // skipped together with everything inside
    ClosesParagraph = 1 << 1, // its start tag closes an open <p> (HTML5 "close a p element")
    Heading = 1 << 2,
    TablePart = 1 << 3,       // tr, td, th, thead, tbody, tfoot
    TableStructure = 1 << 4,  // table, thead, tbody, tfoot, tr: content that is not a table part
                              // belongs before the table ("foster parenting")
    Cell = 1 << 5,
    List = 1 << 6,
    TableElement = 1 << 7,
    Section = 1 << 8,         // thead, tbody, tfoot
};

quint16 elementFlags(const QString &name)
{
    static const HtmlNameMap<quint16> table = [] {
        HtmlNameMap<quint16> t;
        const auto add = [&t](std::initializer_list<const char *> names, quint16 flag) {
            for (const char *n : names)
                t[QString::fromLatin1(n)] |= flag;
        };
        add({"script", "style", "template", "noscript", "svg", "math", "iframe", "object", "applet", "head",
             "title", "textarea", "xmp", "noembed", "noframes", "frameset"},
            DropsContent);
        add({"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
             "dd", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
             "h6", "header", "hgroup", "hr", "li", "listing", "main", "menu", "nav", "ol", "p", "pre",
             "section", "summary", "table", "ul"},
            ClosesParagraph);
        add({"h1", "h2", "h3", "h4", "h5", "h6"}, Heading);
        add({"tr", "td", "th", "thead", "tbody", "tfoot"}, TablePart);
        add({"table", "thead", "tbody", "tfoot", "tr"}, TableStructure);
        add({"td", "th"}, Cell);
        add({"ul", "ol"}, List);
        add({"table"}, TableElement);
        add({"thead", "tbody", "tfoot"}, Section);
        return t;
    }();
    return table.value(name);
}

bool isWhitespace(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// Whether an open element stops the search for the element an end tag (or implied end) closes.
bool isBoundaryFor(quint16 openFlags, quint16 targetFlags, bool targetIsLi)
{
    if (openFlags & TableElement)
        return !(targetFlags & TableElement);
    if (openFlags & Cell)
        return !(targetFlags & (TablePart | TableElement));
    if (targetIsLi)
        return openFlags & List;
    return false;
}

} // namespace

QString HtmlNode::attribute(QLatin1String attributeName) const
{
    for (const HtmlAttribute &a : attributes) {
        if (a.name == attributeName)
            return a.value;
    }
    return {};
}

bool HtmlNode::hasClass(QLatin1String className) const
{
    for (const HtmlAttribute &a : attributes) {
        if (a.name != "class"_L1)
            continue;
        const QStringView classes(a.value);
        qsizetype from = 0;
        while (from < classes.size()) {
            const qsizetype at = classes.indexOf(className, from);
            if (at < 0)
                return false;
            const qsizetype end = at + className.size();
            if ((at == 0 || classes[at - 1].isSpace()) && (end == classes.size() || classes[end].isSpace()))
                return true;
            from = at + 1;
        }
        return false;
    }
    return false;
}

class HtmlTreeBuilder
{
public:
    HtmlTreeBuilder(HtmlTree &tree, int maxDepth)
        : m_tree(tree)
        , m_maxDepth(maxDepth)
    {
        m_tree.m_nodes.emplace_back(); // the root
        m_open.push_back({HtmlTree::Root, 0});
    }

    void startTag(HtmlToken &token)
    {
        const QString &name = token.name;
        const bool isVoid = HtmlTokenizer::isVoidElement(name);
        if (!m_skipName.isEmpty()) {
            if (name == m_skipName && !isVoid && !token.selfClosing)
                ++m_skipDepth;
            return;
        }
        const quint16 flags = elementFlags(name);
        if (flags & DropsContent) {
            // Foreign elements honour "<svg/>"; for the others the tokenizer already took the content.
            if (!(token.selfClosing && (name == "svg"_L1 || name == "math"_L1))) {
                m_skipName = name;
                m_skipDepth = 1;
            }
            return;
        }
        if (name == "html"_L1 || name == "body"_L1)
            return;
        if (((flags & TablePart) && !openTable()) || name == "caption"_L1 || name == "colgroup"_L1)
            return; // table parts outside a table are ignored; their content stays
        closeImplied(name, flags);
        if ((flags & Cell) && (current().flags & (TableElement | Section))) {
            // Implied row; if the depth cap drops it, it drops the cell as well.
            insertElement(QStringLiteral("tr"), elementFlags(QStringLiteral("tr")), {}, false);
        }
        insertElement(name, flags, std::move(token.attributes), isVoid);
    }

    void endTag(const QString &name)
    {
        if (!m_skipName.isEmpty()) {
            if (name == m_skipName && --m_skipDepth == 0)
                m_skipName.clear();
            return;
        }
        if (!m_overflow.isEmpty()) {
            const auto overflow = m_overflow.find(name);
            if (overflow != m_overflow.end() && overflow.value() > 0) {
                --overflow.value(); // closes an element the depth cap dropped
                return;
            }
        }
        if (name == "br"_L1) { // "</br>" means <br> in browsers
            insertElement(name, 0, {}, true);
            return;
        }
        closeOpen(name, elementFlags(name));
    }

    void text(QString &&text)
    {
        if (!m_skipName.isEmpty())
            return;
        if (current().flags & TableStructure) {
            if (isWhitespace(text))
                return;
            const int table = openTable();
            const int before = m_tree.node(table).previousSibling;
            if (before >= 0 && m_tree.node(before).kind == HtmlNode::Kind::Text) {
                m_tree.m_nodes[size_t(before)].text += text;
                return;
            }
            HtmlNode node;
            node.kind = HtmlNode::Kind::Text;
            node.text = std::move(text);
            insertBefore(table, std::move(node));
            return;
        }
        const int parent = current().node;
        const int last = m_tree.node(parent).lastChild;
        if (last >= 0 && m_tree.node(last).kind == HtmlNode::Kind::Text) {
            m_tree.m_nodes[size_t(last)].text += text;
            return;
        }
        HtmlNode node;
        node.kind = HtmlNode::Kind::Text;
        node.text = std::move(text);
        append(parent, std::move(node));
    }

private:
    struct Open
    {
        int node;
        quint16 flags;
    };

    const Open &current() const { return m_open.back(); }

    // The innermost open table, or 0 (the root) when there is none.
    int openTable() const
    {
        for (size_t i = m_open.size() - 1; i > 0; --i) {
            if (m_open[i].flags & TableElement)
                return m_open[i].node;
        }
        return 0;
    }

    // Index in m_open of the innermost open element named `name` reachable without crossing a
    // boundary for an element with `targetFlags` (see isBoundaryFor), or 0 when there is none.
    template<typename Name>
    size_t findOpen(const Name &name, quint16 targetFlags, bool targetIsLi = false) const
    {
        for (size_t i = m_open.size() - 1; i > 0; --i) {
            if (m_tree.node(m_open[i].node).name == name)
                return i;
            if (isBoundaryFor(m_open[i].flags, targetFlags, targetIsLi))
                return 0;
        }
        return 0;
    }

    void popTo(size_t index) { m_open.resize(index); }

    void closeOpen(const QString &name, quint16 flags)
    {
        if (const size_t at = findOpen(name, flags, name == "li"_L1))
            popTo(at);
    }

    void closeImplied(const QString &name, quint16 flags)
    {
        if (flags & ClosesParagraph) {
            if (const size_t at = findOpen("p"_L1, 0))
                popTo(at);
        }
        if ((flags & Heading) && (current().flags & Heading))
            popTo(m_open.size() - 1);
        if (name == "li"_L1) {
            if (const size_t at = findOpen("li"_L1, 0, true))
                popTo(at);
        } else if (name == "a"_L1) {
            if (const size_t at = findOpen("a"_L1, 0)) // links do not nest
                popTo(at);
        } else if (flags & Cell) {
            if (const size_t at = std::max(findOpen("td"_L1, flags), findOpen("th"_L1, flags)))
                popTo(at);
        } else if (name == "tr"_L1) {
            if (const size_t at = std::max({findOpen("td"_L1, flags), findOpen("th"_L1, flags), findOpen("tr"_L1, flags)}))
                popTo(at);
        } else if (flags & Section) {
            for (QLatin1String part : {"td"_L1, "th"_L1, "tr"_L1, "thead"_L1, "tbody"_L1, "tfoot"_L1}) {
                if (const size_t at = findOpen(part, flags))
                    popTo(at);
            }
        } else if ((flags & TableElement) && (current().flags & TableStructure)) {
            if (const size_t at = findOpen("table"_L1, flags)) // a table directly in a table ends the first one
                popTo(at);
        }
    }

    // Returns false when the depth cap dropped the element.
    bool insertElement(const QString &name, quint16 flags, QList<HtmlAttribute> &&attributes, bool isVoid)
    {
        if (int(m_open.size()) - 1 >= m_maxDepth) {
            if (!isVoid)
                ++m_overflow[name];
            ++m_tree.m_flattened;
            return false;
        }
        HtmlNode node;
        node.name = name;
        node.attributes = std::move(attributes);
        int index;
        if ((current().flags & TableStructure) && !(flags & (TablePart | TableElement)))
            index = insertBefore(openTable(), std::move(node));
        else
            index = append(current().node, std::move(node));
        if (!isVoid)
            m_open.push_back({index, flags});
        return true;
    }

    int append(int parent, HtmlNode &&node)
    {
        const int index = int(m_tree.m_nodes.size());
        node.parent = parent;
        HtmlNode &p = m_tree.m_nodes[size_t(parent)];
        node.previousSibling = p.lastChild;
        if (p.lastChild >= 0)
            m_tree.m_nodes[size_t(p.lastChild)].nextSibling = index;
        else
            p.firstChild = index;
        p.lastChild = index;
        m_tree.m_nodes.push_back(std::move(node));
        return index;
    }

    int insertBefore(int reference, HtmlNode &&node)
    {
        const int index = int(m_tree.m_nodes.size());
        const HtmlNode &ref = m_tree.node(reference);
        node.parent = ref.parent;
        node.previousSibling = ref.previousSibling;
        node.nextSibling = reference;
        if (ref.previousSibling >= 0)
            m_tree.m_nodes[size_t(ref.previousSibling)].nextSibling = index;
        else
            m_tree.m_nodes[size_t(ref.parent)].firstChild = index;
        m_tree.m_nodes[size_t(reference)].previousSibling = index;
        m_tree.m_nodes.push_back(std::move(node));
        return index;
    }

    HtmlTree &m_tree;
    const int m_maxDepth;
    std::vector<Open> m_open;       // stack of open elements; [0] is the root
    QHash<QString, int> m_overflow; // elements dropped by the depth cap whose end tag is pending
    QString m_skipName;             // set while skipping an element's content
    int m_skipDepth = 0;
};

HtmlTree HtmlTree::parse(QStringView html, int maxDepth)
{
    HtmlTree tree;
    tree.m_nodes.reserve(size_t(html.size() / 24 + 8));
    HtmlTreeBuilder builder(tree, maxDepth);
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(token)) {
        switch (token.type) {
        case HtmlToken::Type::Text:
            builder.text(std::move(token.text));
            break;
        case HtmlToken::Type::StartTag:
            builder.startTag(token);
            break;
        case HtmlToken::Type::EndTag:
            builder.endTag(token.name);
            break;
        }
    }
    return tree;
}

namespace {

// Next node after `index` in document order without leaving the subtree of `top`; -1 at its end.
int nextInSubtree(const HtmlTree &tree, int index, int top)
{
    if (tree.node(index).firstChild >= 0)
        return tree.node(index).firstChild;
    while (index != top) {
        if (tree.node(index).nextSibling >= 0)
            return tree.node(index).nextSibling;
        index = tree.node(index).parent;
    }
    return -1;
}

} // namespace

int HtmlTree::depth() const
{
    int deepest = 0;
    for (int i = 1; i < nodeCount(); ++i) {
        if (!node(i).isElement())
            continue;
        int d = 0;
        for (int p = i; p != Root; p = node(p).parent)
            ++d;
        deepest = std::max(deepest, d);
    }
    return deepest;
}

int HtmlTree::findDescendant(int from, QLatin1String elementName, QLatin1String className) const
{
    for (int i = nextInSubtree(*this, from, from); i >= 0; i = nextInSubtree(*this, i, from)) {
        const HtmlNode &n = node(i);
        if (n.is(elementName) && (className.isEmpty() || n.hasClass(className)))
            return i;
    }
    return -1;
}

QString HtmlTree::textContent(int index) const
{
    QString text;
    for (int i = nextInSubtree(*this, index, index); i >= 0; i = nextInSubtree(*this, i, index)) {
        if (node(i).kind == HtmlNode::Kind::Text)
            text += node(i).text;
    }
    return text;
}

} // namespace Aivizor
