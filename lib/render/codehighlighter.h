#pragma once

#include <QString>

#include <optional>

namespace Aivizor {

// Syntax highlighting for code blocks, through GNU Source-highlight's language definitions (the
// languages Discourse announces as "lang-xxx"). The result is escaped HTML in which tokens are
// wrapped in <span class="hl-...">: the reader's style sheet colors the classes, so the same
// HTML serves light and dark themes.
//
// Classes: hl-keyword, hl-type, hl-string, hl-comment, hl-number, hl-function, hl-preproc.
namespace CodeHighlighter {

// Code larger than this is shown plain: highlighting is a nicety, not worth a stall.
inline constexpr int MaxHighlightedChars = 64 * 1024;

// Highlighted HTML for `code` in `language` ("python", "js", "cpp", ...), or nothing when the
// language is unknown, "auto"/"plaintext"/"text", or the code is too large. Thread-safe (each
// thread keeps its own parsed language definitions).
std::optional<QString> toHtml(const QString &code, const QString &language);

} // namespace CodeHighlighter

} // namespace Aivizor
