#pragma once

#include <QString>
#include <QStringList>

namespace Aivizor {

// A search blurb as rich text: the network's plain text HTML-escaped, and every word that starts
// with one of the terms (case-insensitive, as Discourse's prefix search matches) in <b>. Phrases
// are matched whole. Nothing from the blurb is ever interpreted as markup.
QString highlightedBlurb(const QString &blurb, const QStringList &terms);

} // namespace Aivizor
