#pragma once

#include <QString>

// What HtmlSanitizer's output may hold, checked by re-reading it: tst_htmlsanitizer and the fuzz
// targets of the sanitizer and the Markdown preview share it.
namespace SanitizedHtml {

// The first thing that should not be there, empty when clean: unknown elements or attributes, URL
// schemes other than http/https/mailto (links) and http/https (images), images from hosts other
// than forumHost unless remoteImages, unbalanced or unclosed tags. It also parses the output as
// XML, an independent check that it is well-formed.
QString violations(const QString &html, const QString &forumHost, bool remoteImages);

} // namespace SanitizedHtml
