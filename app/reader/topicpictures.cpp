#include "app/reader/topicpictures.h"

#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

namespace Aivizor {

QList<Lightbox::Picture> linkedPictures(const QTextDocument *document)
{
    QList<Lightbox::Picture> pictures;
    QSet<QUrl> seen;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat() || !format.isAnchor())
                continue;
            const QUrl url(format.anchorHref());
            if (!url.isValid() || seen.contains(url))
                continue;
            seen.insert(url);
            pictures.append({url, format.toolTip()});
        }
    }
    return pictures;
}

} // namespace Aivizor
