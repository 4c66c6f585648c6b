#pragma once

#include "lib/render/htmltokenizer.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace Aivizor {

struct HtmlNode
{
    enum class Kind : quint8 { Element, Text };

    Kind kind = Kind::Element;
    QString name; // element name, lower case
    QString text; // character data of a text node
    QList<HtmlAttribute> attributes;
    int parent = -1;
    int firstChild = -1;
    int lastChild = -1;
    int previousSibling = -1;
    int nextSibling = -1;

    bool isElement() const { return kind == Kind::Element; }
    bool is(QLatin1String elementName) const { return kind == Kind::Element && name == elementName; }
    QString attribute(QLatin1String attributeName) const;
    bool hasClass(QLatin1String className) const;
};

// A document tree built from untrusted HTML the way a browser would, simplified: implied end tags
// for p, li, headings, table parts and links, stray end tags ignored, table content fostered out of
// tables, and a nesting cap (deeper elements are dropped and their text kept). Elements whose content
// no reader ever shows (script, style, template, noscript, svg, math, iframe, object, head, title, ...)
// are left out together with their content. Nodes live in one array, so depth costs no recursion here.
class HtmlTree
{
public:
    static constexpr int DefaultMaxDepth = 64;

    static HtmlTree parse(QStringView html, int maxDepth = DefaultMaxDepth);

    static constexpr int Root = 0; // a synthetic element holding the fragment

    const HtmlNode &node(int index) const { return m_nodes[size_t(index)]; }
    int nodeCount() const { return int(m_nodes.size()); }
    // How many elements the nesting cap dropped (their text was kept).
    int flattenedElements() const { return m_flattened; }
    // Nesting depth of the deepest element (the root's children are at depth 1).
    int depth() const;

    // First element below `from` (depth-first, document order) with the given name and, if not
    // empty, the given class.
    int findDescendant(int from, QLatin1String elementName, QLatin1String className = {}) const;
    // Concatenated character data below a node.
    QString textContent(int index) const;

private:
    friend class HtmlTreeBuilder;
    std::vector<HtmlNode> m_nodes;
    int m_flattened = 0;
};

} // namespace Aivizor
