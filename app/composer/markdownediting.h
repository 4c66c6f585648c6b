#pragma once

#include <QString>

class QTextCursor;

namespace Aivizor {

// The composer's formatting commands, acting on a QTextCursor's selection the way Discourse's
// toolbar does: inline marks wrap the selection (or insert an empty pair with the cursor inside),
// block marks prefix every selected line. Each command is one undo step.
namespace MarkdownEditing {

void wrapSelection(QTextCursor &cursor, const QString &before, const QString &after);
void bold(QTextCursor &cursor);
void italic(QTextCursor &cursor);
// Inline code for a selection within one line, a fenced block for several lines.
void code(QTextCursor &cursor);
// [selection](url); with no selection the url is also the text.
void link(QTextCursor &cursor, const QString &url);
void prefixLines(QTextCursor &cursor, const QString &prefix);
void quote(QTextCursor &cursor);
void bulletList(QTextCursor &cursor);

// Discourse's quote markup for `text` from post `postNumber` of `topicId` by `username`,
// followed by an empty line so the reply starts below it.
QString quoteBlock(const QString &username, int postNumber, int topicId, const QString &text);

} // namespace MarkdownEditing

} // namespace Aivizor
