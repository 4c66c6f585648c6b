// The composer's Markdown preview on what a user (or a pasted text) may hold: md4c, the quote
// blocks and the sanitizer together. The output obeys the sanitizer's rules.
#include "fuzzsupport.h"

#include "lib/render/markdownpreview.h"
#include "tests/common/sanitizedhtml.h"

#include <QUrl>

using namespace Aivizor;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(FuzzSupport::bytes(data, size));
    const QUrl forum(QStringLiteral("https://forum.example.org"));
    const QString html = MarkdownPreview::toSafeHtml(markdown, forum);
    const QString problem = SanitizedHtml::violations(html, forum.host(), false);
    FUZZ_CHECK(problem.isEmpty(), problem + QStringLiteral("\ninput: ") + markdown + QStringLiteral("\noutput: ") + html);
    FUZZ_CHECK(MarkdownPreview::toSafeHtml(markdown, forum) == html, QStringLiteral("two previews differ"));
    return 0;
}
