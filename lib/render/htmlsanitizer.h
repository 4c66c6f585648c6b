#pragma once

#include "lib/render/htmltree.h"
#include "lib/render/urlpolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace Aivizor {

// An image the sanitized HTML will ask the document for: the view starts these loads itself.
struct SanitizedImage
{
    QUrl url;
    int width = 0;  // as written into the HTML (after scaling); 0 when the post did not say
    int height = 0;
};

struct SanitizedPost
{
    QString html;                 // well-formed, allow-listed HTML for QTextDocument
    QList<SanitizedImage> images; // each URL once, in document order
    // Set when the post was larger than the budget (Options::maxOutputChars, maxElements,
    // maxImages): html then holds its beginning, cut after a whole element (or inside one over-long
    // text), with every open element closed. A reader offers "Show the rest" by sanitizing the same
    // cooked HTML again with a larger budget, or none (0).
    bool truncated = false;
    qsizetype cookedLength = 0; // characters of the cooked HTML given to sanitize()
    int nodesTotal = 0;         // elements and text nodes of the parsed post
    int nodesWritten = 0;       // of those, how many the output holds (all of them unless truncated)
    int remoteImagesHeld = 0;   // pictures from other hosts written as links (allowRemoteImages off)
};

// Turns a Discourse post's "cooked" HTML (untrusted, possibly mis-nested) into the HTML subset
// QTextDocument renders, through an allow-list: elements and attributes it does not know never
// pass. Links keep only http, https and mailto URLs, images only http and https, all resolved
// against the forum. Images from other hosts are replaced by a link unless allowRemoteImages is
// set. Discourse constructs (quotes, lightboxes, emoji, oneboxes, mentions, hashtags, local dates,
// code blocks, tables) become plain equivalents; quote headers link to PostLink URLs.
class HtmlSanitizer
{
    Q_DECLARE_TR_FUNCTIONS(HtmlSanitizer)

public:
    struct Options
    {
        QUrl forumBase;                // e.g. "https://forum.example.org" or ".../subfolder"
        bool allowRemoteImages = false; // load images from hosts other than the forum
        int maxImageWidth = 640;       // wider images are scaled down, keeping the aspect ratio
        int maxDepth = HtmlTree::DefaultMaxDepth;
        // Per-post budget, 0 for none: past it the output is truncated (SanitizedPost::truncated).
        // Large enough for any ordinary post; what QTextDocument lays out in well under a second.
        qsizetype maxOutputChars = 256 * 1024;
        int maxElements = 10000;
        int maxImages = 500;
    };

    // Raise when the output for the same input and options changes: saved sanitized forms made by
    // an older version are then made again.
    static constexpr int OutputVersion = 2; // 2: saved forms, truncated ones among them, are made again
    static constexpr int EmojiSize = 20;
    static constexpr int OnlyEmojiSize = 32; // emoji alone on a line are shown larger
    // Tables nested deeper are written as lines of text: QTextDocument needs minutes to lay out
    // a couple of dozen nested tables.
    static constexpr int MaxTableDepth = 3;
    // Quotes (blockquote, aside.quote) and lists nested deeper are flattened into the deepest
    // level kept: their content stays, list items become lines. A Markdown line of 25 '>' would
    // otherwise take QTextDocument minutes to lay out.
    static constexpr int MaxQuoteDepth = 8;
    static constexpr int MaxListDepth = 8;
    // Text runs without a break opportunity longer than this get a zero-width space (U+200B)
    // every BreakRunLength characters so that lines can wrap; code blocks are left as written.
    static constexpr int BreakRunLength = 32;
    // title and alt attributes are cut to this length: they are tooltips and captions.
    static constexpr int MaxAttributeText = 1000;

    explicit HtmlSanitizer(const Options &options);

    SanitizedPost sanitize(const QString &cooked) const;

    // Text of a post for previews and excerpts: no tags, whitespace collapsed, quote headers,
    // image captions and hidden content left out, emoji as their ":name:".
    static QString toPlainText(const QString &cooked);

    const Options &options() const { return m_options; }

private:
    friend class SanitizerWriter;
    Options m_options;
    UrlPolicy m_urls;
};

} // namespace Aivizor
