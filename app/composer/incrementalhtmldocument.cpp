#include "app/composer/incrementalhtmldocument.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace Aivizor {

namespace {

// Replacing more than this share of the units costs about as much as a rebuild.
constexpr int RebuildPercent = 50;

bool isVoidElement(QStringView name)
{
    return name == u"br" || name == u"hr" || name == u"img" || name == u"wbr";
}

// A unit may end only with a paragraph, heading or list whose last block ends in text: the cursor
// is then at the end of a non-empty text block, where the next unit's blocks attach exactly as
// setHtml would place them. After a table (framed code and quotes), a rule, an empty list item
// ("- " while typing) or anything else the next element joins the unit.
bool endsAtTextBlock(const QString &element)
{
    static const QRegularExpression re(QStringLiteral("^<(p|h[1-6]|ul|ol)[ >].*[^>\\s](\\s*</[a-z0-9]+>)+$"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(element);
    return m.hasMatch() && element.endsWith(QStringLiteral("</%1>").arg(m.captured(1)));
}

QString withoutLeadingSpace(const QString &text)
{
    int i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return text.mid(i);
}

} // namespace

IncrementalHtmlDocument::IncrementalHtmlDocument(QTextDocument *document)
    : m_document(document)
{
}

void IncrementalHtmlDocument::invalidate()
{
    m_units.clear();
    m_ends.clear();
}

QStringList IncrementalHtmlDocument::splitUnits(const QString &html)
{
    // The sanitizer writes well-formed HTML with '<' escaped in text and attributes, so counting
    // tag depth finds the top-level elements. Anything unexpected yields a single unit.
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QList<int> unitEnds;
    int depth = 0;
    int elementStart = 0;
    QRegularExpressionMatchIterator it = tag.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(2).toLower();
        if (m.capturedLength(1) > 0) {
            if (--depth < 0)
                return {html};
        } else if (!isVoidElement(name) && !m.captured(0).endsWith(QLatin1String("/>"))) {
            if (depth++ == 0)
                elementStart = int(m.capturedStart());
            continue;
        } else if (depth == 0) {
            elementStart = int(m.capturedStart());
        }
        if (depth == 0 && endsAtTextBlock(html.mid(elementStart, m.capturedEnd() - elementStart)))
            unitEnds.append(int(m.capturedEnd()));
    }
    if (depth != 0)
        return {html};
    if (unitEnds.isEmpty() || !html.mid(unitEnds.last()).trimmed().isEmpty())
        unitEnds.append(int(html.size()));
    // setHtml keeps whitespace after the last element (as a trailing space), so the last unit keeps it.
    unitEnds.last() = int(html.size());
    QStringList units;
    int start = 0;
    for (const int end : unitEnds) {
        const QString unit = html.mid(start, end - start);
        units.append(end == html.size() ? withoutLeadingSpace(unit) : unit.trimmed());
        start = end;
    }
    return units;
}

IncrementalHtmlDocument::Update IncrementalHtmlDocument::setHtml(const QString &html)
{
    const QStringList units = splitUnits(html);
    if (!m_units.isEmpty() && units == m_units)
        return Update::Unchanged;
    // Common prefix and suffix; only the units between them are replaced.
    const int oldCount = int(m_units.size());
    const int newCount = int(units.size());
    int prefix = 0;
    while (prefix < oldCount && prefix < newCount && m_units.at(prefix) == units.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < oldCount - prefix && suffix < newCount - prefix
           && m_units.at(oldCount - 1 - suffix) == units.at(newCount - 1 - suffix))
        ++suffix;
    const int replaced = qMax(oldCount, newCount) - prefix - suffix;
    // The first unit has no block before it to attach to, so changing it rebuilds.
    if (oldCount == 0 || prefix == 0 || replaced * 100 > RebuildPercent * qMax(oldCount, newCount)) {
        rebuild(html, units);
        return Update::Full;
    }

    if (m_ends.isEmpty())
        measureUnits();
    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    const int from = m_ends.at(prefix - 1);
    const int oldTo = m_ends.at(oldCount - 1 - suffix);
    cursor.setPosition(from);
    cursor.setPosition(oldTo, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QList<int> ends = m_ends.mid(0, prefix);
    for (int i = prefix; i < newCount - suffix; ++i) {
        insertUnit(cursor, units.at(i));
        ends.append(cursor.position());
    }
    cursor.endEditBlock();
    const int delta = cursor.position() - oldTo;
    for (int i = oldCount - suffix; i < oldCount; ++i)
        ends.append(m_ends.at(i) + delta);
    m_units = units;
    m_ends = ends;
    return Update::Partial;
}

void IncrementalHtmlDocument::rebuild(const QString &html, const QStringList &units)
{
    // setHtml is the reference the partial updates reproduce, and faster than copying unit by unit.
    // Where the units end is worked out when the next edit needs it, so that a whole new text (a
    // draft, a big paste) costs no more than before.
    m_document->setHtml(html);
    m_units = units;
    m_ends.clear();
}

void IncrementalHtmlDocument::measureUnits()
{
    // Parsing each unit alone gives its length without copying it.
    int end = 0;
    for (int i = 0; i < m_units.size(); ++i) {
        end += parseUnit(m_units.at(i), i > 0);
        m_ends.append(end);
    }
}

int IncrementalHtmlDocument::parseUnit(const QString &html, bool afterUnit)
{
    // The same style sheet gives the formats setHtml would give. One scratch document is reused:
    // parsing the style sheet for every unit would double a rebuild's cost.
    if (m_scratch.defaultStyleSheet() != m_document->defaultStyleSheet())
        m_scratch.setDefaultStyleSheet(m_document->defaultStyleSheet());
    m_scratch.setHtml(html);
    // A fragment's first block merges into the block at the cursor and loses its format. After a
    // unit (which ends in a text block) the unit gets an empty first block to merge, so its real
    // first block keeps its format; a table needs none, its own first block is empty already.
    if (afterUnit && !html.startsWith(QLatin1String("<table"))) {
        const QTextBlock first = m_scratch.firstBlock();
        QTextCursor(&m_scratch).insertBlock(first.blockFormat(), first.charFormat());
    }
    // The merged first block adds nothing; the final paragraph separator is implicit.
    return m_scratch.characterCount() - 1;
}

void IncrementalHtmlDocument::insertUnit(QTextCursor &cursor, const QString &html)
{
    parseUnit(html, true);
    QTextCursor all(&m_scratch);
    all.select(QTextCursor::Document);
    cursor.insertFragment(QTextDocumentFragment(all));
}

} // namespace Aivizor
