#include "app/composer/markdownediting.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Aivizor {

namespace MarkdownEditing {

namespace {

// QTextCursor::selectedText() uses U+2029 between paragraphs.
QString plainSelection(const QTextCursor &cursor)
{
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

} // namespace

void wrapSelection(QTextCursor &cursor, const QString &before, const QString &after)
{
    const QString selected = plainSelection(cursor);
    cursor.beginEditBlock();
    const int start = cursor.selectionStart();
    cursor.insertText(before + selected + after);
    cursor.endEditBlock();
    if (selected.isEmpty()) {
        cursor.setPosition(start + before.size());
    } else {
        // Keep the text selected so a second mark (bold + italic) applies to the same words.
        cursor.setPosition(start + before.size());
        cursor.setPosition(start + before.size() + selected.size(), QTextCursor::KeepAnchor);
    }
}

void bold(QTextCursor &cursor)
{
    wrapSelection(cursor, QStringLiteral("**"), QStringLiteral("**"));
}

void italic(QTextCursor &cursor)
{
    wrapSelection(cursor, QStringLiteral("*"), QStringLiteral("*"));
}

void code(QTextCursor &cursor)
{
    const QString selected = plainSelection(cursor);
    if (!selected.contains(QLatin1Char('\n'))) {
        wrapSelection(cursor, QStringLiteral("`"), QStringLiteral("`"));
        return;
    }
    // A fence must start and end on its own line.
    QTextCursor probe(cursor);
    probe.setPosition(cursor.selectionStart());
    const bool atLineStart = probe.atBlockStart();
    wrapSelection(cursor, (atLineStart ? QString() : QStringLiteral("\n")) + QStringLiteral("```\n"),
                  selected.endsWith(QLatin1Char('\n')) ? QStringLiteral("```\n") : QStringLiteral("\n```\n"));
}

void link(QTextCursor &cursor, const QString &url)
{
    const QString selected = plainSelection(cursor);
    const QString text = selected.isEmpty() ? url : selected;
    cursor.insertText(QStringLiteral("[%1](%2)").arg(text, url));
}

void prefixLines(QTextCursor &cursor, const QString &prefix)
{
    QTextDocument *doc = cursor.document();
    const QTextBlock first = doc->findBlock(cursor.selectionStart());
    QTextBlock last = doc->findBlock(cursor.selectionEnd());
    // A selection ending at the start of a line does not include that line.
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    cursor.beginEditBlock();
    const int startPos = first.position();
    int endPos = last.position() + last.length() - 1;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        QTextCursor edit(block);
        edit.insertText(prefix);
        endPos += prefix.size();
        if (block == last)
            break;
    }
    cursor.endEditBlock();
    cursor.setPosition(startPos);
    cursor.setPosition(endPos, QTextCursor::KeepAnchor);
}

void quote(QTextCursor &cursor)
{
    prefixLines(cursor, QStringLiteral("> "));
}

void bulletList(QTextCursor &cursor)
{
    prefixLines(cursor, QStringLiteral("- "));
}

QString quoteBlock(const QString &username, int postNumber, int topicId, const QString &text)
{
    QString body = text;
    body.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    body.replace(QChar::LineSeparator, QLatin1Char('\n'));
    body.replace(QChar::Nbsp, QLatin1Char(' '));
    body = body.trimmed();
    // Discourse parses the attribute up to the closing quote; a name never contains one, but a
    // hostile page might put one into the selection's author field.
    QString name = username;
    name.remove(QLatin1Char('"'));
    return QStringLiteral("[quote=\"%1, post:%2, topic:%3\"]\n%4\n[/quote]\n\n")
        .arg(name)
        .arg(postNumber)
        .arg(topicId)
        .arg(body);
}

} // namespace MarkdownEditing

} // namespace Aivizor
