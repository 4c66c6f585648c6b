#include "lib/search/blurbhighlighter.h"

#include <QList>

#include <algorithm>

namespace Aivizor {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

QString highlightedBlurb(const QString &blurb, const QStringList &terms)
{
    // Spans [start, end) to embolden, found on the plain text before escaping.
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        qsizetype from = 0;
        while ((from = blurb.indexOf(term, from, Qt::CaseInsensitive)) >= 0) {
            const bool wordStart = from == 0 || !isWordChar(blurb.at(from - 1));
            qsizetype end = from + term.size();
            if (wordStart) {
                // A prefix match covers the rest of the word ("quant" marks "quantization").
                while (end < blurb.size() && isWordChar(blurb.at(end)))
                    ++end;
                spans.append({from, end});
            }
            from = end;
        }
    }
    std::sort(spans.begin(), spans.end());
    QString out;
    qsizetype at = 0;
    for (const auto &[start, end] : std::as_const(spans)) {
        if (end <= at)
            continue;
        const qsizetype s = qMax(start, at);
        out += blurb.mid(at, s - at).toHtmlEscaped();
        out += QLatin1String("<b>") + blurb.mid(s, end - s).toHtmlEscaped() + QLatin1String("</b>");
        at = end;
    }
    out += blurb.mid(at).toHtmlEscaped();
    return out;
}

} // namespace Aivizor
