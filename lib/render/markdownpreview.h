#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Aivizor {

// The composer's live preview: Markdown as Discourse users write it, rendered locally with md4c
// (GitHub dialect, raw HTML disabled) and then sent through the same HtmlSanitizer as the reader,
// so the preview shows exactly what the reader would show and hostile input cannot slip through.
// Discourse additions handled here: [quote="name, post:N, topic:T"]...[/quote] blocks (nestable)
// become Discourse's aside.quote markup, and a single newline inside a paragraph is a line break
// (Discourse's default, unlike CommonMark).
class MarkdownPreview
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownPreview)
public:
    // Sanitized HTML for QTextDocument::setHtml.
    static QString toSafeHtml(const QString &markdown, const QUrl &forumBase);
    // The unsanitized HTML, shaped like Discourse's "cooked" (for tests and measurements).
    static QString toCookedHtml(const QString &markdown);
};

} // namespace Aivizor
