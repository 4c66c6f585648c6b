#pragma once

#include "app/reader/lightbox.h"

#include <QList>

class QTextDocument;

namespace Aivizor {

// The pictures a reader's document links to in full size (Discourse's lightbox: a thumbnail
// inside a link to the full image), in document order, each once: what the picture viewer
// steps through.
QList<Lightbox::Picture> linkedPictures(const QTextDocument *document);

} // namespace Aivizor
