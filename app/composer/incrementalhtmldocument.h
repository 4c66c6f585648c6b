#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextDocument>

class QTextCursor;

namespace Aivizor {

// Keeps a QTextDocument showing a given HTML string, re-importing only the top-level elements that
// changed since the last call. Importing HTML dominates the composer's preview time for a long
// reply, while a keystroke changes one paragraph; QTextDocumentLayout then also re-lays out only
// the changed range. Units are inserted so that the result equals setHtml of the whole HTML
// (tst_composer compares the two after every kind of edit).
class IncrementalHtmlDocument
{
public:
    explicit IncrementalHtmlDocument(QTextDocument *document);

    enum class Update { Unchanged, Partial, Full };
    Update setHtml(const QString &html);
    // The next setHtml rebuilds everything (the default style sheet changed).
    void invalidate();

    // Top-level elements grouped into units that can be replaced independently (for tests).
    static QStringList splitUnits(const QString &html);

private:
    void rebuild(const QString &html, const QStringList &units);
    void measureUnits();
    // Parses a unit into m_scratch, shaped for insertion; returns the characters it adds.
    int parseUnit(const QString &html, bool afterUnit);
    // Inserts one unit at the cursor, the end of the previous unit's last block.
    void insertUnit(QTextCursor &cursor, const QString &html);

    QTextDocument *m_document;
    QTextDocument m_scratch; // where each unit's HTML is parsed before it is copied in
    QStringList m_units;
    QList<int> m_ends; // document position where each unit's last block ends; empty: not measured yet
};

} // namespace Aivizor
