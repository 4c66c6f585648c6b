// HtmlSanitizer: hostile input, Discourse constructs, real payloads, rendering in QTextDocument, speed.
#include "lib/render/codehighlighter.h"
#include "lib/render/htmlsanitizer.h"
#include "lib/render/htmltokenizer.h"
#include "lib/render/htmltree.h"
#include "lib/render/postlink.h"
#include "tests/common/referencedata.h"
#include "tests/common/sanitizedhtml.h"
#include "tests/common/speedbounds.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTextLayout>
#include <QTimeZone>
#include <QtTest>

using namespace Aivizor;

namespace {

const QUrl ForumBase(QStringLiteral("https://forum.example.org"));

QString clean(const QString &html, bool allowRemoteImages = false, const QUrl &base = ForumBase)
{
    HtmlSanitizer::Options options;
    options.forumBase = base;
    options.allowRemoteImages = allowRemoteImages;
    return HtmlSanitizer(options).sanitize(html).html;
}

QString violations(const QString &html, const QString &forumHost = ForumBase.host(), bool remoteImages = false)
{
    return SanitizedHtml::violations(html, forumHost, remoteImages);
}

// A realistic cooked post of about `bytes` characters, written for this test.
QString typicalPost(int bytes)
{
    const QString blocks[] = {
        QStringLiteral("<p>I tried the new build on two machines and the sync finished in <strong>under a minute</strong>, "
                       "which is a big change from last week. Details are in the <a href=\"/t/sync-notes/812\">sync notes</a> "
                       "and in <a href=\"https://docs.example.net/sync#timing\" rel=\"noopener nofollow ugc\">the manual</a>.</p>\n"),
        QStringLiteral("<aside class=\"quote no-group\" data-username=\"maria\" data-post=\"4\" data-topic=\"812\">\n"
                       "<div class=\"title\">\n<div class=\"quote-controls\"></div>\n"
                       "<img alt=\"\" width=\"24\" height=\"24\" src=\"/user_avatar/forum.example.org/maria/48/9_2.png\" class=\"avatar\"> maria:</div>\n"
                       "<blockquote>\n<p>Does it still stall when the laptop sleeps halfway through?</p>\n</blockquote>\n</aside>\n"),
        QStringLiteral("<p>Not any more <img src=\"/images/emoji/twitter/slight_smile.png?v=12\" title=\":slight_smile:\" "
                       "class=\"emoji\" alt=\":slight_smile:\" loading=\"lazy\" width=\"20\" height=\"20\"> "
                       "<span class=\"mention\">@maria</span>, it resumes. Here is the log:</p>\n"),
        QStringLiteral("<pre><code class=\"lang-plaintext\">12:01:03 sync start (412 items)\n12:01:40 paused: sleep\n"
                       "12:05:12 resumed\n12:05:31 sync done &lt;ok&gt;\n</code></pre>\n"),
        QStringLiteral("<p><div class=\"lightbox-wrapper\"><a class=\"lightbox\" href=\"https://forum.example.org/uploads/default/original/2X/a/a1b2.png\" "
                       "data-download-href=\"/uploads/short-url/xyz.png?dl=1\" title=\"timeline\"><img src=\"https://forum.example.org/uploads/default/optimized/2X/a/a1b2_2_690x388.png\" "
                       "alt=\"timeline\" data-base62-sha1=\"xyz\" width=\"690\" height=\"388\" srcset=\"x 1.5x, y 2x\" data-dominant-color=\"EEEEEE\">"
                       "<div class=\"meta\"><svg class=\"fa d-icon svg-icon\"><use href=\"#far-image\"></use></svg><span class=\"filename\">timeline</span>"
                       "<span class=\"informations\">1380×776 92 KB</span><svg class=\"fa d-icon\"><use href=\"#discourse-expand\"></use></svg></div></a></div></p>\n"),
        QStringLiteral("<ul>\n<li>first run: 58 s</li>\n<li>second run: 41 s, see <a class=\"hashtag-cooked\" href=\"/c/perf/7\" data-type=\"category\" "
                       "data-slug=\"perf\" data-id=\"7\"><span class=\"hashtag-icon-placeholder\"></span><span>perf</span></a></li>\n"
                       "<li>third run: <em>interrupted</em> on purpose</li>\n</ul>\n"),
        QStringLiteral("<div class=\"md-table\">\n<table>\n<thead>\n<tr>\n<th>Machine</th>\n<th style=\"text-align: right\">Seconds</th>\n</tr>\n</thead>\n"
                       "<tbody>\n<tr>\n<td>desk</td>\n<td style=\"text-align: right\">41</td>\n</tr>\n<tr>\n<td>laptop</td>\n"
                       "<td style=\"text-align: right\">58</td>\n</tr>\n</tbody>\n</table>\n</div>\n"),
        QStringLiteral("<aside class=\"onebox allowlistedgeneric\" data-onebox-src=\"https://news.example.com/sync\">\n<header class=\"source\">"
                       "<img src=\"https://news.example.com/icon.png\" class=\"site-icon\" width=\"32\" height=\"32\"><a href=\"https://news.example.com/sync\">news.example.com</a></header>\n"
                       "<article class=\"onebox-body\"><h3><a href=\"https://news.example.com/sync\">Why sync gets faster</a></h3>\n"
                       "<p>A short look at batching and retries in sync engines.</p></article>\n<div style=\"clear: both\"></div>\n</aside>\n"),
    };
    QString post;
    for (int i = 0; post.size() < bytes; ++i)
        post += blocks[i % std::size(blocks)];
    return post;
}

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void codeBlocksAreHighlighted();
    void highlightedCodeDropsControlCharacters();
    void hostile_data();
    void hostile();
    void tolerantParsing_data();
    void tolerantParsing();
    void entities();
    void tables();
    void deepNesting_data();
    void deepNesting();
    void quoteAndListDepth_data();
    void quoteAndListDepth();
    void breakOpportunities();
    void sizeBudget_data();
    void sizeBudget();
    void budgetOff();
    void attributeFlood();
    void quote();
    void lightbox();
    void emoji();
    void onebox();
    void mentionsAndHashtags();
    void codeBlock();
    void otherDiscourseConstructs();
    void imagePolicy();
    void imageScalingAndList();
    void urlResolution();
    void subfolderForum();
    void postLink();
    void plainText();
    void realPayloads_data();
    void realPayloads();
    void renderedDocument();
    void benchmark_data();
    void benchmark();
};

void TestHtmlSanitizer::hostile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("script with content") << "<p>a<script>alert('x')</script>b</p>" << "<p>ab</p>";
    QTest::newRow("script never closed") << "<p>hi</p><SCRIPT>document.write('<p>x</p>')" << "<p>hi</p>";
    QTest::newRow("split end tag stays script") << "<p>a</p><script type=\"text/javascript\">var s = '</scr' + 'ipt>';</script>"
                                                << "<p>a</p>";
    QTest::newRow("script ends at the first end tag") << "<script>var s = \"</script><p>shown</p>\";</script>"
                                                      << "<p>shown</p>\";";
    QTest::newRow("iframe") << "<iframe src=\"https://evil.example/\"><p>fallback</p></iframe><p>after</p>" << "<p>after</p>";
    QTest::newRow("img onerror") << "<img src=x onerror=alert(1)>"
                                 << "<img src=\"https://forum.example.org/x\"/>";
    QTest::newRow("event attributes") << "<p onclick=\"steal()\" onmouseover=steal() ONLOAD='x'>t</p>" << "<p>t</p>";
    QTest::newRow("link keeps href, loses onclick") << "<a href=\"https://ok.example/\" onclick=\"x()\" class=\"c\" id=i data-x=1>ok</a>"
                                                    << "<a href=\"https://ok.example/\">ok</a>";
    QTest::newRow("javascript href") << "<a href=\"javascript:alert(1)\">click</a>" << "click";
    QTest::newRow("mixed-case javascript") << "<a href=\"JaVaScRiPt:alert(1)\">click</a>" << "click";
    QTest::newRow("entity-encoded javascript") << "<a href=\"java&#115;cript:alert(1)\">click</a>" << "click";
    QTest::newRow("hex entities and colon entity") << "<a href=\"&#x6A;avascript&colon;alert(1)\">click</a>" << "click";
    QTest::newRow("tab and newline inside scheme") << "<a href=\" java&#9;scr&#10;ipt:alert(1)\">click</a>" << "click";
    QTest::newRow("javascript img") << "<img src=\"javascript:alert(1)\" alt=a>" << "";
    QTest::newRow("file href") << "<a href=\"file:///etc/passwd\">f</a>" << "f";
    QTest::newRow("file img") << "<img src=\"file:///home/u/.ssh/id_rsa\">" << "";
    QTest::newRow("vbscript") << "<a href=\"vbscript:msgbox(1)\">v</a><img src=\"vbscript:x\">" << "v";
    QTest::newRow("data href") << "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">d</a>" << "d";
    QTest::newRow("data img") << "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\">" << "";
    QTest::newRow("ftp") << "<a href=\"ftp://files.example/x\">ftp</a>" << "ftp";
    QTest::newRow("remote css link") << "<link rel=stylesheet href=\"https://evil.example/x.css\"><p>t</p>" << "<p>t</p>";
    QTest::newRow("style import") << "<style>@import url(https://evil.example/x.css); p{}</style><p>t</p>" << "<p>t</p>";
    QTest::newRow("style attribute url") << "<p style=\"background:url(https://evil.example/t.png)\">t</p>" << "<p>t</p>";
    QTest::newRow("object embed") << "<object data=x.swf><param name=a value=b>inner</object><embed src=y.swf>e" << "e";
    QTest::newRow("form controls keep labels") << "<form action=\"https://evil.example/\"><input name=a value=secret>"
                                                  "<button onclick=x>Go</button><select><option>One</option></select>"
                                                  "<textarea>typed</textarea></form>"
                                               << "GoOne";
    QTest::newRow("svg") << "<svg onload=alert(1)><script>alert(2)</script><text>t</text></svg>after" << "after";
    QTest::newRow("self-closed svg") << "<svg/>after" << "after";
    QTest::newRow("math") << "<math><mi>x</mi></math>after" << "after";
    QTest::newRow("template noscript") << "<template><p>x</p></template><noscript><p>y</p></noscript>z" << "z";
    QTest::newRow("meta base") << "<meta http-equiv=refresh content=\"0;url=https://evil.example/\"><base href=\"https://evil.example/\">t"
                               << "t";
    QTest::newRow("media keeps fallback") << "<video src=a.mp4 poster=b.png autoplay><source src=c.webm>fallback</video>"
                                             "<audio src=d.mp3></audio>"
                                          << "fallback";
    QTest::newRow("unknown inline keeps text") << "<font color=red>red <blink>text</blink> <marquee>m</marquee></font>"
                                               << "red text m";
    QTest::newRow("comment with tags") << "a<!-- <script>alert(1)</script> <img src=x onerror=y> -->b" << "ab";
    QTest::newRow("comment never closed") << "a<!-- <p>hidden" << "a";
    QTest::newRow("attribute breaking out") << "<img src=\"https://forum.example.org/a.png\" alt='\"><script>alert(1)</script>'>"
                                            << "<img src=\"https://forum.example.org/a.png\" alt=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"/>";
    QTest::newRow("credentials in link") << "<a href=\"https://forum.example.org@evil.example/\">x</a>"
                                         << "<a href=\"https://evil.example/\">x</a>";
    QTest::newRow("backslash counts as slash") << "<a href=\"/\\evil.example/x\">x</a>" << "<a href=\"https://evil.example/x\">x</a>";
    QTest::newRow("control characters dropped") << QStringLiteral("<p>a\u0001b\u0000c</p>") << "<p>abc</p>";
}

void TestHtmlSanitizer::hostile()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = clean(input);
    QCOMPARE(out, expected);
    QVERIFY2(violations(out).isEmpty(), qPrintable(violations(out)));
}

void TestHtmlSanitizer::tolerantParsing_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unclosed tags") << "<p><b>bold<i>both" << "<p><b>bold<i>both</i></b></p>";
    QTest::newRow("stray end tags") << "</div></p>text</b><p>x</span></p></ul>" << "text<p>x</p>";
    QTest::newRow("misnested inline") << "<b><i>x</b>y</i>" << "<b><i>x</i></b>y";
    QTest::newRow("div inside p") << "<p>a<div>b</div>c</p>" << "<p>a</p><div>b</div>c";
    QTest::newRow("implied li and p") << "<ul><li>one<li>two</ul><p>a<p>b" << "<ul><li>one</li><li>two</li></ul><p>a</p><p>b</p>";
    QTest::newRow("heading in heading") << "<h2>a<h3>b</h3>" << "<h2>a</h2><h3>b</h3>";
    QTest::newRow("links do not nest") << "<a href=\"https://a.example/\">one<a href=\"https://b.example/\">two</a></a>"
                                       << "<a href=\"https://a.example/\">one</a><a href=\"https://b.example/\">two</a>";
    QTest::newRow("unquoted attributes") << "<a href=https://ok.example/a?b=1&copy=2 title=T>x</a>"
                                         << "<a href=\"https://ok.example/a?b=1&amp;copy=2\" title=\"T\">x</a>";
    QTest::newRow("single-quoted attributes") << "<a href='https://ok.example/\"q' title='say \"hi\"'>x</a>"
                                              << "<a href=\"https://ok.example/%22q\" title=\"say &quot;hi&quot;\">x</a>";
    QTest::newRow("upper-case names") << "<P ALIGN=center><B>X</B></P><OL START=3><LI>c</LI></OL>"
                                      << "<p><b>X</b></p><ol start=\"3\"><li>c</li></ol>";
    QTest::newRow("duplicate attributes: first wins") << "<a href=\"https://a.example/\" href=\"javascript:x\">a</a>"
                                                      << "<a href=\"https://a.example/\">a</a>";
    QTest::newRow("end tag br") << "a</br>b" << "a<br/>b";
    QTest::newRow("void elements") << "a<br>b<hr><wbr>c<br/>" << "a<br/>b<hr/>c<br/>";
    QTest::newRow("lone angle brackets") << "1 < 2 and 3 > 2, a <= b, <3 and < p>" << "1 &lt; 2 and 3 &gt; 2, a &lt;= b, &lt;3 and &lt; p&gt;";
    QTest::newRow("tag cut off at end") << "<p>a</p><img src=\"https://forum.example.org/x.png\" alt=\"cut" << "<p>a</p>";
    QTest::newRow("cdata is text") << "<p><![CDATA[<b>x</b>]]></p>" << "<p>&lt;b&gt;x&lt;/b&gt;</p>";
    QTest::newRow("doctype and processing instruction") << "<!DOCTYPE html><?xml version=\"1.0\"?><p>a</p>" << "<p>a</p>";
    QTest::newRow("html body head") << "<html><head><title>T</title></head><body><p>a</p></body></html>" << "<p>a</p>";
    QTest::newRow("plaintext swallows the rest") << "<plaintext><b>x</b>" << "&lt;b&gt;x&lt;/b&gt;";
    QTest::newRow("unknown block becomes div") << "<section><header>h</header><article>t</article></section>"
                                               << "<div><div>h</div><div>t</div></div>";
    QTest::newRow("allowed passthrough") << "<h1>a</h1><details><summary>s</summary><p>d</p></details><s>x</s><del>y</del>"
                                            "<strike>z</strike><u>u</u><sup>1</sup><sub>2</sub><kbd>K</kbd><code>c</code>"
                                         << "<h1>a</h1><details><summary>s</summary><p>d</p></details><s>x</s><del>y</del>"
                                            "<strike>z</strike><u>u</u><sup>1</sup><sub>2</sub><kbd>K</kbd><code>c</code>";
}

void TestHtmlSanitizer::tolerantParsing()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = clean(input);
    QCOMPARE(out, expected);
    QVERIFY2(violations(out).isEmpty(), qPrintable(violations(out)));
}

void TestHtmlSanitizer::entities()
{
    QCOMPARE(clean(QStringLiteral("<p>&lt;tag&gt; &amp; &quot;q&quot; &#39;s&#39; &#x263A; &eacute; &hellip;</p>")),
             QStringLiteral("<p>&lt;tag&gt; &amp; \"q\" 's' \u263A \u00E9 \u2026</p>"));
    // Legacy references without ';', unknown names, and numbers browsers replace.
    QCOMPARE(clean(QStringLiteral("&copy 2024 &nbsp;x &bogus; &#0; &#x110000; &#xD800; &#128512; &")),
             QStringLiteral("\u00A9 2024 \u00A0x &amp;bogus; \uFFFD \uFFFD \uFFFD \U0001F600 &amp;"));
    // In attributes "&copy=" stays as written (query strings), while "&amp;" decodes.
    QCOMPARE(clean(QStringLiteral("<a href=\"https://ok.example/?a=1&copy=2&amp;b=3&lt=4\">x</a>")),
             QStringLiteral("<a href=\"https://ok.example/?a=1&amp;copy=2&amp;b=3&amp;lt=4\">x</a>"));
}

void TestHtmlSanitizer::tables()
{
    const QString table = QStringLiteral("<table border=\"1\" cellpadding=\"4\">");
    // Nested tables keep their structure.
    QCOMPARE(clean(QStringLiteral("<table><tr><td>a<table><tr><td>b</td></tr></table></td><td>c</td></tr></table>")),
             table + "<tr><td>a" + table + "<tr><td>b</td></tr></table></td><td>c</td></tr></table>");
    // Cells without a row get one; text and elements that cannot be in a table go before it.
    QCOMPARE(clean(QStringLiteral("<table><td>x<td>y</table>")),
             table + "<tr><td>x</td><td>y</td></tr></table>");
    QCOMPARE(clean(QStringLiteral("<table><tr><td>x</td></tr>stray<div>out</div></table>")),
             "stray<div>out</div>" + table + "<tr><td>x</td></tr></table>");
    // Tables nested deeper than QTextDocument lays out quickly become lines.
    QCOMPARE(clean(QStringLiteral("<table><tr><td>1<table><tr><td>2<table><tr><td>3<table><thead><tr><th>4</th><td>5</td></tr></thead></table>"
                                  "</td></tr></table></td></tr></table></td></tr></table>")),
             table + "<tr><td>1" + table + "<tr><td>2" + table + "<tr><td>3<div><div>4 5 </div></div></td></tr></table></td></tr></table></td></tr></table>");
    // Table parts outside a table are ignored, their text stays.
    QCOMPARE(clean(QStringLiteral("<td>a</td><tr>b</tr>")), QStringLiteral("ab"));
    // A table cannot sit directly in a table: the first one ends.
    QCOMPARE(clean(QStringLiteral("<table><tr><td>1</td></tr><table><tr><td>2</td></tr></table>")),
             table + "<tr><td>1</td></tr></table>" + table + "<tr><td>2</td></tr></table>");
    // End tags inside a cell cannot close what is outside it.
    QCOMPARE(clean(QStringLiteral("<div><table><tr><td>a</div>b</td></tr></table>c</div>")),
             "<div>" + table + "<tr><td>ab</td></tr></table>c</div>");
    // Discourse markdown table: attributes from style become align; spans are validated.
    QCOMPARE(clean(QStringLiteral("<div class=\"md-table\"><table><thead><tr><th style=\"text-align: center\">h</th></tr></thead>"
                                  "<tbody><tr><td colspan=2 rowspan=x align=RIGHT style=\"color:red\">v</td></tr></tbody>"
                                  "<tfoot><tr><td>f</td></tr></tfoot></table></div>")),
             "<div>" + table + "<thead><tr><th align=\"center\">h</th></tr></thead><tbody><tr><td colspan=\"2\" align=\"right\">v</td></tr></tbody>"
                               "<tbody><tr><td>f</td></tr></tbody></table></div>");
}

void TestHtmlSanitizer::deepNesting_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("close");
    QTest::addColumn<bool>("nests"); // whether the elements really nest (links and paragraphs close each other)

    QTest::newRow("div") << "<div>" << "</div>" << true;
    QTest::newRow("blockquote") << "<blockquote>" << "</blockquote>" << true;
    QTest::newRow("table cells") << "<table><tr><td>" << "</td></tr></table>" << true;
    QTest::newRow("list") << "<ul><li>" << "</li></ul>" << true;
    QTest::newRow("inline") << "<b><i><span>" << "</span></i></b>" << true;
    QTest::newRow("never closed") << "<div><p><em>" << "" << true;
    QTest::newRow("links") << "<a href=/x>" << "</a>" << false;
    QTest::newRow("paragraphs") << "<p>" << "</p>" << false;
    QTest::newRow("svg swallowed") << "<svg>" << "</svg>" << false;
}

void TestHtmlSanitizer::deepNesting()
{
    QFETCH(QString, open);
    QFETCH(QString, close);
    QFETCH(bool, nests);
    const int repeats = (1 << 20) / int(open.size() + close.size());
    const QString input = open.repeated(repeats) + QStringLiteral("deep") + close.repeated(repeats);
    QVERIFY(input.size() > 1000 * 1000);

    QElapsedTimer timer;
    timer.start();
    const HtmlTree tree = HtmlTree::parse(input);
    // The nesting cap alone, without the size budget (sizeBudget covers that).
    HtmlSanitizer::Options unbudgeted;
    unbudgeted.forumBase = ForumBase;
    unbudgeted.maxOutputChars = 0;
    unbudgeted.maxElements = 0;
    unbudgeted.maxImages = 0;
    const QString out = HtmlSanitizer(unbudgeted).sanitize(input).html;
    const qint64 ms = timer.elapsed();
    qInfo("%lld ms for tree + sanitize of %lld characters", ms, qlonglong(input.size()));

    QVERIFY(tree.depth() <= HtmlTree::DefaultMaxDepth);
    QCOMPARE(tree.flattenedElements() > 0, nests);
    if (nests)
        QCOMPARE(tree.depth(), HtmlTree::DefaultMaxDepth);
    if (open == u"<svg>")
        QCOMPARE(out, QString());
    else
        QVERIFY(out.contains(QStringLiteral("deep")));
    QVERIFY2(violations(out).isEmpty(), qPrintable(violations(out)));
    QVERIFY2(!SpeedBounds::apply() || ms < 10000, "deep nesting must stay linear"); // quadratic behaviour would take minutes

    // The reader must not hang on it either.
    timer.restart();
    QTextDocument doc;
    doc.setHtml(out);
    doc.setTextWidth(600);
    QVERIFY(doc.size().height() > 0);
    qInfo("%lld ms to lay out in QTextDocument", timer.elapsed());
    QVERIFY2(!SpeedBounds::apply() || timer.elapsed() < 10000, "layout of the capped output must stay fast");
}


// Longest run of characters in the text content (outside tags) with no whitespace or U+200B.
int longestUnbrokenRun(const QString &html)
{
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    int longest = 0;
    int run = 0;
    while (tokenizer.next(token)) {
        if (token.type != HtmlToken::Type::Text)
            continue;
        for (QChar c : std::as_const(token.text)) {
            run = (c.isSpace() || c.unicode() == 0x200B) ? 0 : run + 1;
            longest = std::max(longest, run);
        }
    }
    return longest;
}

void TestHtmlSanitizer::quoteAndListDepth_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("counted"); // the tag whose nesting is capped
    QTest::addColumn<int>("cap");

    // What the server's Markdown cooker (md4c) writes for a line starting with 25 '>'.
    QTest::newRow("markdown > x 25") << QStringLiteral("<blockquote>\n").repeated(25) + "<p>deep</p>\n"
            + QStringLiteral("</blockquote>\n").repeated(25)
                                     << "blockquote" << HtmlSanitizer::MaxQuoteDepth;
    QTest::newRow("aside.quote x 25")
        << QStringLiteral("<aside class=\"quote no-group\" data-username=\"maria\"><div class=\"title\">maria:</div><blockquote>").repeated(25)
            + "<p>deep</p>" + QStringLiteral("</blockquote></aside>").repeated(25)
        << "blockquote" << HtmlSanitizer::MaxQuoteDepth;
    QTest::newRow("ul x 25") << QStringLiteral("<ul><li>item").repeated(25) + "deep" + QStringLiteral("</li></ul>").repeated(25)
                             << "ul" << HtmlSanitizer::MaxListDepth;
    QTest::newRow("ol in ul x 25") << QStringLiteral("<ol start=\"3\"><li>a<ul><li>b").repeated(13) + "deep"
            + QStringLiteral("</li></ul></li></ol>").repeated(13)
                                   << "li" << HtmlSanitizer::MaxListDepth;
}

void TestHtmlSanitizer::quoteAndListDepth()
{
    QFETCH(QString, input);
    QFETCH(QString, counted);
    QFETCH(int, cap);
    const QString out = clean(input);
    QVERIFY2(violations(out).isEmpty(), qPrintable(violations(out)));
    QVERIFY(out.contains(QStringLiteral("deep")));

    // Depth of the counted element in the output: exactly the cap, content kept.
    HtmlTokenizer tokenizer(out);
    HtmlToken token;
    int depth = 0;
    int deepest = 0;
    int lists = 0;
    int deepestLists = 0;
    while (tokenizer.next(token)) {
        const bool list = token.name == u"ul" || token.name == u"ol";
        if (token.type == HtmlToken::Type::StartTag) {
            if (token.name == counted)
                deepest = std::max(deepest, ++depth);
            if (list)
                deepestLists = std::max(deepestLists, ++lists);
        } else if (token.type == HtmlToken::Type::EndTag) {
            if (token.name == counted)
                --depth;
            if (list)
                --lists;
        }
    }
    QCOMPARE(deepest, cap);
    if (counted == u"li" || counted == u"ul")
        QCOMPARE(deepestLists, cap);
    // The flattened levels keep their text, in order.
    if (counted != u"blockquote")
        QVERIFY2(out.contains(QStringLiteral("<div>item")) || out.contains(QStringLiteral("<div>a")), qPrintable(out));

    QTextDocument doc;
    doc.setHtml(out);
    doc.setTextWidth(600);
    QVERIFY(doc.toPlainText().contains(QStringLiteral("deep")));
}

void TestHtmlSanitizer::breakOpportunities()
{
    // 300,000 characters without a space.
    const QString word(300000, QLatin1Char('w'));
    HtmlSanitizer::Options options;
    options.forumBase = ForumBase;
    options.maxOutputChars = 0;
    SanitizedPost post = HtmlSanitizer(options).sanitize(QStringLiteral("<p>") + word + QStringLiteral("</p>"));
    QCOMPARE(longestUnbrokenRun(post.html), HtmlSanitizer::BreakRunLength);
    QCOMPARE(QString(post.html).remove(QChar(0x200B)), QStringLiteral("<p>") + word + QStringLiteral("</p>"));

    // A long URL: the href is left as written, the link text gets break opportunities.
    const QString url = QStringLiteral("https://forum.example.org/t/") + QString(200, QLatin1Char('x'));
    const QString link = clean(QStringLiteral("<a href=\"%1\">%1</a>").arg(url));
    QVERIFY2(link.startsWith(QStringLiteral("<a href=\"%1\">").arg(url)), qPrintable(link));
    QVERIFY(link.contains(QChar(0x200B)));
    QCOMPARE(longestUnbrokenRun(link), HtmlSanitizer::BreakRunLength);

    // Runs continue across inline elements; words and CJK text shorter than a run stay as they are.
    QVERIFY(clean(QStringLiteral("<b>%1</b><i>%1</i>").arg(QString(20, QLatin1Char('y')))).contains(QChar(0x200B)));
    const QString prose = QStringLiteral("<p>Ordinary words, even antidisestablishmentarianism, stay whole. 日本語の文章は%1</p>")
                              .arg(QString(100, QChar(0x6587)));
    QCOMPARE(clean(prose), prose);
    // Code blocks are copied as written.
    const QString code = QStringLiteral("<pre>%1</pre>").arg(QString(500, QLatin1Char('c')));
    QCOMPARE(clean(code), code);
    // A break never splits a surrogate pair.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80").repeated(100);
    const QString broken = clean(emoji);
    QVERIFY(broken.contains(QChar(0x200B)));
    QCOMPARE(QString(broken).remove(QChar(0x200B)), emoji);
    for (qsizetype i = 0; i + 1 < broken.size(); ++i)
        QVERIFY(!(broken[i].isHighSurrogate() && !broken[i + 1].isLowSurrogate()));

    // Laid out, the long word wraps into many lines instead of one.
    QTextDocument doc;
    doc.setHtml(clean(QStringLiteral("<p>") + word.left(5000) + QStringLiteral("</p>")));
    doc.setTextWidth(600);
    QVERIFY(doc.size().height() > 0);
    QVERIFY(doc.begin().layout()->lineCount() > 10);
}

void TestHtmlSanitizer::sizeBudget_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxImages");

    QString images;
    for (int i = 0; i < 2000; ++i)
        images += QStringLiteral("<p><img src=\"/uploads/%1.png\" width=\"100\" height=\"80\"></p>\n").arg(i);
    QTest::newRow("2,000 images") << images << 500;
    QTest::newRow("2 MB body") << typicalPost(2 * 1024 * 1024) << -1;
    QTest::newRow("10 MB text") << QStringLiteral("<p>") + QStringLiteral("ten megabytes ").repeated(10 * 1024 * 1024 / 14)
            + QStringLiteral("</p>")
                                << -1;
    QTest::newRow("300,000 characters") << QString(300000, QLatin1Char('w')) << -1;
    QTest::newRow("2 MB code block") << QStringLiteral("<pre><code class=\"lang-cpp\">")
            + QStringLiteral("int main() { return 0; } // &lt;x&gt;\n").repeated(2 * 1024 * 1024 / 36) + QStringLiteral("</code></pre>")
                                     << -1;
    QTest::newRow("50,000 elements") << QStringLiteral("<span>x</span>").repeated(50000) << -1;
}

void TestHtmlSanitizer::sizeBudget()
{
    QFETCH(QString, input);
    QFETCH(int, maxImages);
    HtmlSanitizer::Options options;
    options.forumBase = ForumBase;
    const SanitizedPost post = HtmlSanitizer(options).sanitize(input);

    QVERIFY(post.truncated);
    QCOMPARE(post.cookedLength, input.size());
    QVERIFY(post.nodesWritten < post.nodesTotal);
    QVERIFY(!post.html.isEmpty());
    // Bounded: the budget plus the end tags closing what was open at the cut.
    QVERIFY2(post.html.size() <= options.maxOutputChars + 1024, qPrintable(QString::number(post.html.size())));
    QVERIFY2(violations(post.html).isEmpty(), qPrintable(violations(post.html)));
    if (maxImages > 0)
        QCOMPARE(post.images.size(), options.maxImages);
}

void TestHtmlSanitizer::budgetOff()
{
    // An ordinary post is written whole.
    HtmlSanitizer::Options options;
    options.forumBase = ForumBase;
    const QString ordinary = typicalPost(20 * 1024);
    const SanitizedPost post = HtmlSanitizer(options).sanitize(ordinary);
    QVERIFY(!post.truncated);
    QCOMPARE(post.nodesWritten, post.nodesTotal);

    // "Show the rest": the same post again without a budget is complete and starts like the cut one.
    const QString big = typicalPost(2 * 1024 * 1024);
    const SanitizedPost cut = HtmlSanitizer(options).sanitize(big);
    options.maxOutputChars = 0;
    options.maxElements = 0;
    options.maxImages = 0;
    const SanitizedPost whole = HtmlSanitizer(options).sanitize(big);
    QVERIFY(cut.truncated);
    QVERIFY(!whole.truncated);
    QCOMPARE(whole.nodesWritten, whole.nodesTotal);
    QVERIFY(whole.html.size() > cut.html.size() * 4);
    const qsizetype lastBlock = cut.html.lastIndexOf(QStringLiteral("</p>"));
    QVERIFY(lastBlock > 0);
    QCOMPARE(whole.html.left(lastBlock), cut.html.left(lastBlock));
}

void TestHtmlSanitizer::attributeFlood()
{
    // A tag with 100,000 attributes keeps the first MaxAttributes.
    QString tag = QStringLiteral("<img src=\"/uploads/a.png\"");
    for (int i = 0; i < 100000; ++i)
        tag += QStringLiteral(" data-a%1=\"v\"").arg(i);
    tag += QStringLiteral(" alt=\"late\">");
    HtmlTokenizer tokenizer(tag);
    HtmlToken token;
    QVERIFY(tokenizer.next(token));
    QCOMPARE(token.attributes.size(), HtmlTokenizer::MaxAttributes);
    QCOMPARE(clean(tag), QStringLiteral("<img src=\"https://forum.example.org/uploads/a.png\"/>"));

    // A 10 MB title: cut to a tooltip's length.
    const QString title(10 * 1024 * 1024, QLatin1Char('t'));
    const SanitizedPost post = HtmlSanitizer({ForumBase}).sanitize(
        QStringLiteral("<a href=\"/t/x/1\" title=\"%1\">x</a><img src=\"/u.png\" title=\"%1\" alt=\"%1\">").arg(title));
    QCOMPARE(post.html, QStringLiteral("<a href=\"https://forum.example.org/t/x/1\" title=\"%1\">x</a>"
                                       "<img src=\"https://forum.example.org/u.png\" alt=\"%1\" title=\"%1\"/>")
                            .arg(title.left(HtmlSanitizer::MaxAttributeText)));
}

void TestHtmlSanitizer::quote()
{
    const QString cooked = QStringLiteral(
        "<aside class=\"quote no-group\" data-username=\"maria\" data-post=\"3\" data-topic=\"123\">\n"
        "<div class=\"title\">\n<div class=\"quote-controls\"></div>\n"
        "<img alt=\"\" width=\"24\" height=\"24\" src=\"/user_avatar/forum.example.org/maria/48/5_2.png\" class=\"avatar\"> maria:</div>\n"
        "<blockquote>\n<p>It works <b>now</b>.</p>\n</blockquote>\n</aside>\n<p>Thanks!</p>");
    QCOMPARE(clean(cooked),
             QStringLiteral("<p><a href=\"aivizor://post?topic=123&amp;post=3\">maria</a> wrote:</p>"
                            "<blockquote>\n\n\n<p>It works <b>now</b>.</p>\n\n</blockquote>\n<p>Thanks!</p>"));
    // No jump target: the name only. No data-username: the title's text.
    QCOMPARE(clean(QStringLiteral("<aside class=\"quote\" data-username=\"bob\"><blockquote><p>q</p></blockquote></aside>")),
             QStringLiteral("<p>bob wrote:</p><blockquote><p>q</p></blockquote>"));
    QCOMPARE(clean(QStringLiteral("<aside class=\"quote\" data-post=\"x\"><div class=\"title\"> <b>eve</b>:</div><blockquote>q</blockquote></aside>")),
             QStringLiteral("<p>eve wrote:</p><blockquote>q</blockquote>"));
    // A hostile user name is text, not markup.
    QCOMPARE(clean(QStringLiteral("<aside class=\"quote\" data-username=\"&lt;b&gt;x\" data-topic=1 data-post=2><blockquote>q</blockquote></aside>")),
             QStringLiteral("<p><a href=\"aivizor://post?topic=1&amp;post=2\">&lt;b&gt;x</a> wrote:</p><blockquote>q</blockquote>"));
}

void TestHtmlSanitizer::lightbox()
{
    const QString cooked = QStringLiteral(
        "<p><div class=\"lightbox-wrapper\"><a class=\"lightbox\" href=\"https://forum.example.org/uploads/default/original/1X/full.png\" "
        "data-download-href=\"/uploads/short-url/abc.png?dl=1\" title=\"shot\"><img src=\"/uploads/default/optimized/1X/full_2_690x388.png\" "
        "alt=\"shot\" data-base62-sha1=\"abc\" width=\"690\" height=\"388\" srcset=\"a 1.5x, b 2x\" data-dominant-color=\"FFFFFF\">"
        "<div class=\"meta\"><svg class=\"fa d-icon\"><use href=\"#far-image\"></use></svg><span class=\"filename\">shot</span>"
        "<span class=\"informations\">1380×776 90 KB</span></div></a></div></p>");
    QCOMPARE(clean(cooked),
             QStringLiteral("<p></p><a href=\"https://forum.example.org/uploads/default/original/1X/full.png\">"
                            "<img src=\"https://forum.example.org/uploads/default/optimized/1X/full_2_690x388.png\" width=\"640\" height=\"359\" alt=\"shot\"/></a>"));
    // From a CDN (another host): a link to the full image instead of a load.
    QCOMPARE(clean(QStringLiteral("<div class=\"lightbox-wrapper\"><a class=\"lightbox\" href=\"https://cdn.example.net/full.png\">"
                                  "<img src=\"https://cdn.example.net/thumb.png\" alt=\"shot\" width=\"100\" height=\"50\"></a></div>")),
             QStringLiteral("<a href=\"https://cdn.example.net/full.png\">[image: shot]</a>"));
}

void TestHtmlSanitizer::emoji()
{
    QCOMPARE(clean(QStringLiteral("<p>Hi <img src=\"/images/emoji/twitter/wave.png?v=12\" title=\":wave:\" class=\"emoji\" alt=\":wave:\" width=\"72\" height=\"72\"></p>")),
             QStringLiteral("<p>Hi <img src=\"https://forum.example.org/images/emoji/twitter/wave.png?v=12\" width=\"20\" height=\"20\" alt=\":wave:\" title=\":wave:\"/></p>"));
    QCOMPARE(clean(QStringLiteral("<p><img src=\"/images/emoji/twitter/tada.png\" class=\"emoji only-emoji\" alt=\":tada:\"></p>")),
             QStringLiteral("<p><img src=\"https://forum.example.org/images/emoji/twitter/tada.png\" width=\"32\" height=\"32\" alt=\":tada:\"/></p>"));
    // An emoji from another host shows its name rather than a link.
    QCOMPARE(clean(QStringLiteral("<p>ok <img src=\"https://emoji.example.net/e/ok.png\" class=\"emoji emoji-custom\" alt=\":ok:\"></p>")),
             QStringLiteral("<p>ok :ok:</p>"));
}

void TestHtmlSanitizer::onebox()
{
    const QString cooked = QStringLiteral(
        "<aside class=\"onebox allowlistedgeneric\" data-onebox-src=\"https://news.example.com/a\">\n"
        "<header class=\"source\"><img src=\"https://news.example.com/favicon.png\" class=\"site-icon\" width=\"16\" height=\"16\">"
        "<a href=\"https://news.example.com/a\" target=\"_blank\">news.example.com</a></header>\n"
        "<article class=\"onebox-body\"><div class=\"aspect-image\"><img src=\"https://news.example.com/big.jpg\" class=\"thumbnail\"></div>"
        "<h3><a href=\"https://news.example.com/a\" target=\"_blank\">A   headline</a></h3>\n"
        "<p>First paragraph <b>of</b> the article.</p><p>Second.</p></article>\n<div class=\"onebox-metadata\"></div>"
        "<div style=\"clear: both\"></div>\n</aside>");
    QCOMPARE(clean(cooked),
             QStringLiteral("<blockquote><p><a href=\"https://news.example.com/a\"><strong>A headline</strong></a></p>"
                            "<p>First paragraph of the article.</p></blockquote>"));
    // A bare onebox (a video placeholder) still links its source.
    QCOMPARE(clean(QStringLiteral("<aside class=\"onebox\" data-onebox-src=\"https://video.example.com/v/1\"><div class=\"lazyYT\" data-id=\"1\"></div></aside>")),
             QStringLiteral("<blockquote><p><a href=\"https://video.example.com/v/1\"><strong>https://video.example.com/v/1</strong></a></p></blockquote>"));
}

void TestHtmlSanitizer::mentionsAndHashtags()
{
    QCOMPARE(clean(QStringLiteral("<p>hi <span class=\"mention\">@maria_s</span> and <a class=\"mention\" href=\"/u/bob\">@bob</a>"
                                  " and <a class=\"mention-group notify\" href=\"/groups/team\">@team</a></p>")),
             QStringLiteral("<p>hi <a href=\"https://forum.example.org/u/maria_s\">@maria_s</a> and <a href=\"https://forum.example.org/u/bob\">@bob</a>"
                            " and <a href=\"https://forum.example.org/groups/team\">@team</a></p>"));
    // A span that does not hold a name stays text.
    QCOMPARE(clean(QStringLiteral("<span class=\"mention\">@a/b?c</span>")), QStringLiteral("@a/b?c"));
    QCOMPARE(clean(QStringLiteral("<a class=\"hashtag-cooked\" href=\"/c/dev/5\" data-type=\"category\" data-slug=\"dev\" data-id=\"5\">"
                                  "<span class=\"hashtag-icon-placeholder\"><svg><use href=\"#square-full\"></use></svg></span><span>Development</span></a>")),
             QStringLiteral("<a href=\"https://forum.example.org/c/dev/5\">#dev</a>"));
}

void TestHtmlSanitizer::codeBlock()
{
    // Highlighting already in the cooked HTML (hljs spans) is replaced by ours, from the text.
    QCOMPARE(clean(QStringLiteral("<pre data-code-wrap=\"cpp\"><code class=\"lang-cpp\">if (a &lt; b &amp;&amp; c)\n    <span class=\"hljs-keyword\">return</span>;\n</code></pre>")),
             QStringLiteral("<pre><span class=\"hl-keyword\">if</span> (a &lt; b &amp;&amp; c)\n    <span class=\"hl-keyword\">return</span>;\n</pre>"));
    // Without a language the block's own spans pass as plain spans.
    QCOMPARE(clean(QStringLiteral("<pre><code>if (a &lt; b)\n    <span class=\"hljs-keyword\">return</span>;\n</code></pre>")),
             QStringLiteral("<pre>if (a &lt; b)\n    <span>return</span>;\n</pre>"));
    QCOMPARE(clean(QStringLiteral("<p>inline <code>x = 1</code></p>")), QStringLiteral("<p>inline <code>x = 1</code></p>"));
}

void TestHtmlSanitizer::otherDiscourseConstructs()
{
    // Spoilers cannot be blurred in QTextDocument: the text is shown.
    QCOMPARE(clean(QStringLiteral("<div class=\"spoiler\"><p>the end</p></div><span class=\"spoiler\">x</span>")),
             QStringLiteral("<div><p>the end</p></div><span>x</span>"));
    QCOMPARE(clean(QStringLiteral("<details><summary>More</summary><p>hidden</p></details>")),
             QStringLiteral("<details><summary>More</summary><p>hidden</p></details>"));
    // Local dates are shown in the reader's time zone and locale.
    const QString expected = QLocale().toString(
        QDateTime(QDate(2024, 5, 1), QTime(14, 0), QTimeZone("Europe/Paris")).toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(clean(QStringLiteral("<span class=\"discourse-local-date\" data-date=\"2024-05-01\" data-time=\"14:00:00\" "
                                  "data-timezone=\"Europe/Paris\" data-format=\"LLL\">2024-05-01T12:00:00Z</span>")),
             expected);
    QCOMPARE(clean(QStringLiteral("<span class=\"discourse-local-date\" data-date=\"2024-05-01\">x</span>")),
             QLocale().toString(QDate(2024, 5, 1), QLocale::ShortFormat));
    QCOMPARE(clean(QStringLiteral("<span class=\"discourse-local-date\" data-date=\"nonsense\">as written</span>")),
             QStringLiteral("as written"));
}

void TestHtmlSanitizer::imagePolicy()
{
    const QString offSite = QStringLiteral("<p><img src=\"https://photos.example.net/cat.jpg\" alt=\"a cat\" width=\"300\" height=\"200\"></p>");
    QCOMPARE(clean(offSite), QStringLiteral("<p><a href=\"https://photos.example.net/cat.jpg\">[image: a cat]</a></p>"));
    QCOMPARE(clean(offSite, true),
             QStringLiteral("<p><img src=\"https://photos.example.net/cat.jpg\" width=\"300\" height=\"200\" alt=\"a cat\"/></p>"));
    QVERIFY(violations(clean(offSite, true), ForumBase.host(), true).isEmpty());
    // Without alt text the file name labels the link; inside a link only the label remains.
    QCOMPARE(clean(QStringLiteral("<img src=\"https://photos.example.net/p/dog.png?s=1\">")),
             QStringLiteral("<a href=\"https://photos.example.net/p/dog.png?s=1\">[image: dog.png]</a>"));
    QCOMPARE(clean(QStringLiteral("<a href=\"https://blog.example.com/\"><img src=\"https://blog.example.com/b.png\" alt=\"banner\"></a>")),
             QStringLiteral("<a href=\"https://blog.example.com/\">[image: banner]</a>"));
    // Same site: by host and port, either scheme-relative or absolute.
    QCOMPARE(clean(QStringLiteral("<img src=\"https://forum.example.org/uploads/a.png\" alt=\"a\"><img src=\"https://forum.example.org:8443/b.png\">")),
             QStringLiteral("<img src=\"https://forum.example.org/uploads/a.png\" alt=\"a\"/><a href=\"https://forum.example.org:8443/b.png\">[image: b.png]</a>"));
}

void TestHtmlSanitizer::imageScalingAndList()
{
    HtmlSanitizer::Options options;
    options.forumBase = ForumBase;
    options.maxImageWidth = 500;
    const SanitizedPost post = HtmlSanitizer(options).sanitize(QStringLiteral(
        "<img src=\"/a.png\" width=\"1000\" height=\"751\"><img src=\"/b.png\" width=\"2000\">"
        "<img src=\"/c.png\" width=\"120\" height=\"80\"><img src=\"/d.png\" width=\"-5\" height=\"abc\">"
        "<img src=\"/a.png\" width=\"1000\" height=\"751\"><img src=\"https://elsewhere.example/e.png\">"));
    QCOMPARE(post.html,
             QStringLiteral("<img src=\"https://forum.example.org/a.png\" width=\"500\" height=\"375\"/>"
                            "<img src=\"https://forum.example.org/b.png\" width=\"500\"/>"
                            "<img src=\"https://forum.example.org/c.png\" width=\"120\" height=\"80\"/>"
                            "<img src=\"https://forum.example.org/d.png\"/>"
                            "<img src=\"https://forum.example.org/a.png\" width=\"500\" height=\"375\"/>"
                            "<a href=\"https://elsewhere.example/e.png\">[image: e.png]</a>"));
    // Each loadable URL once, with the size the HTML reserves; blocked images are not listed.
    QCOMPARE(post.images.size(), 4);
    QCOMPARE(post.images[0].url, QUrl(QStringLiteral("https://forum.example.org/a.png")));
    QCOMPARE(post.images[0].width, 500);
    QCOMPARE(post.images[0].height, 375);
    QCOMPARE(post.images[1].url, QUrl(QStringLiteral("https://forum.example.org/b.png")));
    QCOMPARE(post.images[1].height, 0);
    QCOMPARE(post.images[2].width, 120);
    QCOMPARE(post.images[3].url, QUrl(QStringLiteral("https://forum.example.org/d.png")));
    QCOMPARE(post.images[3].width, 0);
}

void TestHtmlSanitizer::urlResolution()
{
    QCOMPARE(clean(QStringLiteral("<a href=\"/t/topic/12/3\">a</a><a href=\"//other.example/x\">b</a><a href=\"docs/page\">c</a>"
                                  "<a href=\"?page=2\">d</a><a href=\"mailto:team@example.org\">e</a><a href=\"  https://x.example/  \">f</a>"
                                  "<a href=\"\">g</a><a>h</a><a href=\"http:no-host\">i</a><a href=\"https://x.example/a b\">j</a>")),
             QStringLiteral("<a href=\"https://forum.example.org/t/topic/12/3\">a</a><a href=\"https://other.example/x\">b</a>"
                            "<a href=\"https://forum.example.org/docs/page\">c</a><a href=\"https://forum.example.org/?page=2\">d</a>"
                            "<a href=\"mailto:team@example.org\">e</a><a href=\"https://x.example/\">f</a>ghi"
                            "<a href=\"https://x.example/a%20b\">j</a>"));
    // Protocol-relative URLs take the forum's scheme.
    QCOMPARE(clean(QStringLiteral("<img src=\"//forum.example.org/u.png\">"), false, QUrl(QStringLiteral("http://forum.example.org"))),
             QStringLiteral("<img src=\"http://forum.example.org/u.png\"/>"));
    // Without a forum base nothing relative can be resolved, so it is dropped.
    QCOMPARE(clean(QStringLiteral("<a href=\"/t/1\">rel</a><a href=\"https://x.example/\">abs</a>"), false, QUrl()),
             QStringLiteral("rel<a href=\"https://x.example/\">abs</a>"));

    const UrlPolicy policy(ForumBase);
    QVERIFY(policy.isSameSite(QUrl(QStringLiteral("https://FORUM.example.org/x"))));
    QVERIFY(policy.isSameSite(QUrl(QStringLiteral("https://forum.example.org:443/x"))));
    QVERIFY(!policy.isSameSite(QUrl(QStringLiteral("https://forum.example.org.evil.example/x"))));
    QVERIFY(!policy.isSameSite(QUrl(QStringLiteral("http://forum.example.org/x"))));
}

void TestHtmlSanitizer::subfolderForum()
{
    const QUrl base(QStringLiteral("https://example.org/forum"));
    const SanitizedPost post = HtmlSanitizer({base}).sanitize(QStringLiteral(
        "<img src=\"/forum/uploads/a.png\"><img src=\"uploads/b.png\"><a href=\"/forum/t/x/1\">t</a>"
        "<span class=\"mention\">@bob</span><aside class=\"quote\" data-username=\"bob\" data-topic=\"9\" data-post=\"1\"><blockquote>q</blockquote></aside>"));
    QCOMPARE(post.html,
             QStringLiteral("<img src=\"https://example.org/forum/uploads/a.png\"/><img src=\"https://example.org/forum/uploads/b.png\"/>"
                            "<a href=\"https://example.org/forum/t/x/1\">t</a><a href=\"https://example.org/forum/u/bob\">@bob</a>"
                            "<p><a href=\"aivizor://post?topic=9&amp;post=1\">bob</a> wrote:</p><blockquote>q</blockquote>"));
    QCOMPARE(post.images.size(), 2);
}

// Found by fuzz_html_sanitizer: the highlighter escaped only & < > ", so a control character
// (here from "&#7;") or a lone surrogate in highlighted code made the output ill-formed XML.
void TestHtmlSanitizer::highlightedCodeDropsControlCharacters()
{
    const QString html = clean(QStringLiteral("<pre><code class=\"lang-cpp\">int main() { &#7;x; }\x01 ")
                               + QChar(0xD800) + QStringLiteral("</code></pre>"));
    QVERIFY2(html.contains(QLatin1String("hl-type")), qPrintable(html)); // it was highlighted
    QVERIFY2(violations(html).isEmpty(), qPrintable(violations(html) + QLatin1Char('\n') + html));
    QVERIFY(!html.contains(QChar(7)) && !html.contains(QChar(1)));
}

void TestHtmlSanitizer::codeBlocksAreHighlighted()
{
    // As Discourse cooks a fenced block with a language.
    const QString python = clean(QStringLiteral(
        "<pre><code class=\"lang-python\">def area(r):\n    # circle\n    return 3.14 * r * r  # &lt;script&gt;\n</code></pre>"));
    QVERIFY2(violations(python).isEmpty(), qPrintable(violations(python)));
    QVERIFY2(python.contains(QLatin1String("<span class=\"hl-keyword\">def</span>")), qPrintable(python));
    QVERIFY(python.contains(QLatin1String("<span class=\"hl-keyword\">return</span>")));
    QVERIFY(python.contains(QLatin1String("<span class=\"hl-number\">3.14</span>")));
    QVERIFY(python.contains(QLatin1String("hl-comment")));
    QVERIFY(!python.contains(QLatin1String("<script")));
    QVERIFY(python.contains(QLatin1String("&lt;script&gt;")));
    // The text a reader copies is the code as written.
    QTextDocument doc;
    doc.setHtml(python);
    QVERIFY(doc.toPlainText().contains(QLatin1String("    return 3.14 * r * r  # <script>")));

    // md4c's class for the composer's preview works the same.
    QVERIFY(clean(QStringLiteral("<pre><code class=\"language-python\">def f(): pass</code></pre>"))
                .contains(QLatin1String("<span class=\"hl-keyword\">def</span>")));
    // Aliases Discourse uses map to Source-highlight's definitions.
    QVERIFY(clean(QStringLiteral("<pre><code class=\"lang-js\">const x = 1;</code></pre>")).contains(QLatin1String("hl-")));
    QVERIFY(clean(QStringLiteral("<pre><code class=\"lang-cpp\">int main() { return 0; }</code></pre>"))
                .contains(QLatin1String("<span class=\"hl-type\">int</span>")));
    // Unknown, automatic or no language: plain, escaped text.
    for (const char *cls : {"lang-nosuchlanguage", "lang-auto", "lang-plaintext", ""}) {
        const QString html = clean(QStringLiteral("<pre><code class=\"%1\">if (a &lt; b) return;</code></pre>")
                                       .arg(QLatin1String(cls)));
        QCOMPARE(html, QStringLiteral("<pre>if (a &lt; b) return;</pre>"));
    }
    // Too large to highlight: plain.
    const QString big = QStringLiteral("x = 1\n").repeated(CodeHighlighter::MaxHighlightedChars / 6 + 1);
    QVERIFY(!clean(QStringLiteral("<pre><code class=\"lang-python\">") + big + QStringLiteral("</code></pre>"))
                 .contains(QLatin1String("hl-")));
}

void TestHtmlSanitizer::postLink()
{
    const QUrl url = PostLink::make(123, 4);
    QCOMPARE(url.toString(), QStringLiteral("aivizor://post?topic=123&post=4"));
    QCOMPARE(PostLink::make(123, 0).toString(), QStringLiteral("aivizor://post?topic=123"));
}

void TestHtmlSanitizer::plainText()
{
    QCOMPARE(HtmlSanitizer::toPlainText(QStringLiteral(
                 "<aside class=\"quote\" data-username=\"bob\"><div class=\"title\"><div class=\"quote-controls\"></div>bob:</div>"
                 "<blockquote><p>quoted</p></blockquote></aside><p>Hello&nbsp;<b>world</b>!<br>Second\n\n   line "
                 "<img class=\"emoji\" alt=\":wave:\" src=\"/e.png\"></p><script>var hidden = 1;</script><style>p{}</style>"
                 "<div class=\"lightbox-wrapper\"><img src=\"/a.png\" alt=\"pic\"><div class=\"meta\"><span class=\"filename\">a.png</span>"
                 "<span class=\"informations\">800×600 20 KB</span></div></div><ul><li>one</li><li>two</li></ul><p>x &lt; y</p>")),
             QStringLiteral("quoted Hello world! Second line :wave: one two x < y"));
    QCOMPARE(HtmlSanitizer::toPlainText(QString()), QString());
}

void TestHtmlSanitizer::realPayloads_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("topic response (api docs)") << "discourse_api_docs/responses__topics__topic_response.json";
    QTest::newRow("topic (api gem)") << "discourse_api_gem/topic.json";
    QTest::newRow("post (api gem)") << "discourse_api_gem/post.json";
}

void TestHtmlSanitizer::realPayloads()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    QFETCH(QString, file);
    QFile f(ReferenceData::fixturesDir() + file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray posts = root.value(QStringLiteral("post_stream")).toObject().value(QStringLiteral("posts")).toArray();
    if (posts.isEmpty())
        posts.append(root);

    HtmlSanitizer::Options options;
    options.forumBase = ForumBase;
    const HtmlSanitizer sanitizer(options);
    int checked = 0;
    for (const QJsonValue &value : std::as_const(posts)) {
        const QString cooked = value.toObject().value(QStringLiteral("cooked")).toString();
        QVERIFY(!cooked.isEmpty());
        const SanitizedPost post = sanitizer.sanitize(cooked);
        QVERIFY2(violations(post.html).isEmpty(), qPrintable(violations(post.html) + QStringLiteral(" in ") + post.html));
        QVERIFY(!post.html.isEmpty());
        // Text survives: every word of the plain text of the input is in the plain text of the output.
        const QString before = HtmlSanitizer::toPlainText(cooked);
        // Break opportunities (U+200B) in long runs are not text.
        const QString after = HtmlSanitizer::toPlainText(post.html).remove(QChar(0x200B));
        const QStringList words = before.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            QVERIFY2(after.contains(word), qPrintable(word));
        // With remote images allowed the only difference is that the images load.
        options.allowRemoteImages = true;
        const QString remote = HtmlSanitizer(options).sanitize(cooked).html;
        options.allowRemoteImages = false;
        QVERIFY2(violations(remote, ForumBase.host(), true).isEmpty(), qPrintable(violations(remote, ForumBase.host(), true)));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestHtmlSanitizer::renderedDocument()
{
    HtmlSanitizer::Options options;
    options.forumBase = ForumBase;
    const SanitizedPost post = HtmlSanitizer(options).sanitize(QStringLiteral(
        "<aside class=\"quote no-group\" data-username=\"maria\" data-post=\"3\" data-topic=\"123\"><div class=\"title\">"
        "<div class=\"quote-controls\"></div>maria:</div><blockquote><p>quoted words</p></blockquote></aside>"
        "<p>See <a href=\"/t/notes/5\">the notes</a>.</p>"
        "<p><img src=\"/uploads/wide.png\" width=\"1280\" height=\"720\" alt=\"wide\"></p>"));

    QTextDocument doc;
    doc.setHtml(post.html);

    bool sawQuote = false;
    bool sawAttribution = false;
    bool sawLink = false;
    bool sawImage = false;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(QStringLiteral("quoted words"))) {
            const QTextBlockFormat format = block.blockFormat();
            sawQuote = format.leftMargin() > 0 || format.indent() > 0;
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (fragment.text() == u"maria" && format.anchorHref() == u"aivizor://post?topic=123&post=3")
                sawAttribution = true;
            if (fragment.text() == u"the notes" && format.isAnchor())
                sawLink = format.anchorHref() == u"https://forum.example.org/t/notes/5";
            if (format.isImageFormat()) {
                const QTextImageFormat image = format.toImageFormat();
                sawImage = image.name() == u"https://forum.example.org/uploads/wide.png" && image.width() == 640
                    && image.height() == 360;
            }
        }
    }
    QVERIFY2(sawQuote, "the quote must render as an indented block");
    QVERIFY(sawAttribution);
    QVERIFY(sawLink);
    QVERIFY(sawImage);
}

void TestHtmlSanitizer::benchmark_data()
{
    QTest::addColumn<int>("bytes");
    QTest::newRow("5 KB") << 5 * 1024;
    QTest::newRow("100 KB") << 100 * 1024;
}

void TestHtmlSanitizer::benchmark()
{
    QFETCH(int, bytes);
    const QString cooked = typicalPost(bytes);
    HtmlSanitizer::Options options;
    options.forumBase = ForumBase;
    const HtmlSanitizer sanitizer(options);
    SanitizedPost post;
    QBENCHMARK {
        post = sanitizer.sanitize(cooked);
    }
    QVERIFY2(violations(post.html).isEmpty(), qPrintable(violations(post.html)));
    QVERIFY(post.html.contains(QStringLiteral("<blockquote>")));
    QVERIFY(!post.images.isEmpty());
}

QTEST_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
