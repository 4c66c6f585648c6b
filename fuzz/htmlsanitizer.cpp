// The HTML tokenizer, tree builder and sanitizer on untrusted cooked HTML. The first byte picks
// options (remote images, a small budget); the rest is the post as UTF-8.
#include "fuzzsupport.h"

#include "lib/render/htmlsanitizer.h"
#include "lib/render/htmltokenizer.h"
#include "lib/render/htmltree.h"
#include "tests/common/sanitizedhtml.h"

#include <QSet>
#include <QUrl>

using namespace Aivizor;

namespace {

void checkTokens(const QString &html)
{
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    qsizetype count = 0;
    while (tokenizer.next(token)) {
        FUZZ_CHECK(++count <= html.size(), QStringLiteral("more tokens than characters"));
        if (token.type == HtmlToken::Type::Text)
            continue;
        FUZZ_CHECK(!token.name.isEmpty() && token.name == token.name.toLower(), token.name);
        FUZZ_CHECK(token.attributes.size() <= HtmlTokenizer::MaxAttributes, token.name);
        QSet<QString> names;
        for (const HtmlAttribute &a : std::as_const(token.attributes)) {
            FUZZ_CHECK(a.name == a.name.toLower(), a.name);
            FUZZ_CHECK(!names.contains(a.name), QStringLiteral("duplicate attribute ") + a.name);
            names.insert(a.name);
        }
    }
}

void checkTree(const QString &html, int maxDepth)
{
    const HtmlTree tree = HtmlTree::parse(html, maxDepth);
    FUZZ_CHECK(tree.nodeCount() >= 1 && tree.depth() <= maxDepth, QString::number(tree.depth()));
    for (int i = 1; i < tree.nodeCount(); ++i) {
        const HtmlNode &n = tree.node(i);
        FUZZ_CHECK(n.parent >= 0 && n.parent < i, QStringLiteral("node %1 has parent %2").arg(i).arg(n.parent));
        FUZZ_CHECK(n.isElement() || n.firstChild < 0, QStringLiteral("a text node with children"));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const QString cooked = QString::fromUtf8(FuzzSupport::bytes(data + 1, size - 1));

    checkTokens(cooked);
    checkTree(cooked, (flags & 4) ? 8 : HtmlTree::DefaultMaxDepth);

    HtmlSanitizer::Options options;
    options.forumBase = QUrl(QStringLiteral("https://forum.example.org/sub"));
    options.allowRemoteImages = flags & 1;
    if (flags & 2) { // a small budget, so truncation is reached
        options.maxOutputChars = 300;
        options.maxElements = 20;
        options.maxImages = 2;
    }
    const HtmlSanitizer sanitizer(options);
    const SanitizedPost post = sanitizer.sanitize(cooked);
    const QString problem = SanitizedHtml::violations(post.html, options.forumBase.host(), options.allowRemoteImages);
    FUZZ_CHECK(problem.isEmpty(), problem + QStringLiteral("\ninput: ") + cooked + QStringLiteral("\noutput: ") + post.html);
    FUZZ_CHECK(post.nodesWritten <= post.nodesTotal && (post.truncated || post.nodesWritten == post.nodesTotal),
               QStringLiteral("%1 of %2 nodes written").arg(post.nodesWritten).arg(post.nodesTotal));
    FUZZ_CHECK(post.cookedLength == cooked.size(), QString::number(post.cookedLength));
    // The images the view will load are exactly the output's img sources, each once.
    QSet<QString> sources;
    HtmlTokenizer output(post.html);
    HtmlToken token;
    while (output.next(token)) {
        for (const HtmlAttribute &a : std::as_const(token.attributes)) {
            if (token.name == QLatin1String("img") && a.name == QLatin1String("src"))
                sources.insert(a.value);
        }
    }
    QSet<QString> images;
    for (const SanitizedImage &image : post.images)
        images.insert(image.url.toString(QUrl::FullyEncoded));
    FUZZ_CHECK(images == sources && images.size() == post.images.size(), post.html);

    // Sanitizing is stable: what it wrote, sanitized again, is a fixed point. (The second pass may
    // still differ from the first: quote headers link to PostLink URLs, which are not web links.)
    if (!post.truncated) {
        const QString twice = sanitizer.sanitize(post.html).html;
        const QString thrice = sanitizer.sanitize(twice).html;
        FUZZ_CHECK(thrice == twice, QStringLiteral("input: ") + cooked + QStringLiteral("\nsecond: ") + twice
                                        + QStringLiteral("\nthird: ") + thrice);
    }

    const QString plain = HtmlSanitizer::toPlainText(cooked);
    FUZZ_CHECK(plain == plain.trimmed(), plain);
    return 0;
}
