// Hostile posts through the sanitizer and QTextDocument: what the reader pays to show each one.
//
//   aivizor-bench-render [--no-budget]
//
// For each case: sanitize time, layout time (setHtml + layout at 600 px) and the output size.
// --no-budget turns the per-post size budget off (the quote, list and break caps stay).
#include "benchstats.h"

#include "lib/render/htmlsanitizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextDocument>
#include <QTextStream>

using namespace Aivizor;

namespace {

struct Case
{
    QString name;
    QString cooked;
};

QList<Case> hostileCases()
{
    QList<Case> cases;
    // What the server's Markdown cooker writes for a line starting with 25 '>'.
    cases.append({QStringLiteral("quote nested 25 deep"),
                  QStringLiteral("<blockquote>\n").repeated(25) + QStringLiteral("<p>deep</p>\n")
                      + QStringLiteral("</blockquote>\n").repeated(25)});
    cases.append({QStringLiteral("list nested 25 deep"),
                  QStringLiteral("<ul><li>item").repeated(25) + QStringLiteral("</li></ul>").repeated(25)});
    QString images;
    for (int i = 0; i < 2000; ++i)
        images += QStringLiteral("<p><img src=\"/uploads/%1.png\" width=\"100\" height=\"80\"></p>\n").arg(i);
    cases.append({QStringLiteral("2,000 images"), images});
    cases.append({QStringLiteral("300,000 characters without a space"),
                  QStringLiteral("<p>") + QString(300000, QLatin1Char('w')) + QStringLiteral("</p>")});
    cases.append({QStringLiteral("2 MB body"),
                  QStringLiteral("<p>Words of an ordinary paragraph, written out again and again.</p>\n")
                      .repeated(2 * 1024 * 1024 / 64)});
    QString attributes = QStringLiteral("<p><img src=\"/uploads/a.png\"");
    for (int i = 0; i < 100000; ++i)
        attributes += QStringLiteral(" data-a%1=\"v\"").arg(i);
    cases.append({QStringLiteral("a tag with 100,000 attributes"), attributes + QStringLiteral("></p>")});
    cases.append({QStringLiteral("10 MB title attribute"),
                  QStringLiteral("<a href=\"/t/x/1\" title=\"%1\">x</a>").arg(QString(10 * 1024 * 1024, QLatin1Char('t')))});
    cases.append({QStringLiteral("10 MB text"), QStringLiteral("<p>") + QString(10 * 1024 * 1024, QLatin1Char('x'))
                                                    + QStringLiteral("</p>")});
    return cases;
}

double ms(const QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // QTextDocument layout needs fonts
    const bool budget = !app.arguments().contains(QStringLiteral("--no-budget"));
    HtmlSanitizer::Options options;
    options.forumBase = QUrl(QStringLiteral("https://forum.example.org"));
    if (!budget) {
        options.maxOutputChars = 0;
        options.maxElements = 0;
        options.maxImages = 0;
    }
    const HtmlSanitizer sanitizer(options);
    QTextStream out(stdout);
    out << "render, size budget " << (budget ? "on" : "off") << " (median of 5 runs)\n";
    for (const Case &c : hostileCases()) {
        QList<double> sanitizeMs;
        QList<double> layoutMs;
        SanitizedPost post;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            post = sanitizer.sanitize(c.cooked);
            sanitizeMs.append(ms(t));
            t.restart();
            QTextDocument doc;
            doc.setHtml(post.html);
            doc.setTextWidth(600);
            doc.size();
            layoutMs.append(ms(t));
        }
        out << BenchStats::of(sanitizeMs).line(c.name + QStringLiteral(": sanitize"), QStringLiteral("ms")) << '\n'
            << BenchStats::of(layoutMs).line(c.name + QStringLiteral(": layout"), QStringLiteral("ms")) << '\n'
            << "  output " << post.html.size() << " chars of " << post.cookedLength
            << (post.truncated ? ", truncated" : "") << '\n';
        out.flush();
    }
    return 0;
}
