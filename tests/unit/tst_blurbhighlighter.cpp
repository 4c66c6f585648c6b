// highlightedBlurb: network text stays text; the searched words are bold.
#include "lib/search/blurbhighlighter.h"

#include <QTest>

using namespace Aivizor;

class TestBlurbHighlighter : public QObject
{
    Q_OBJECT
private slots:
    void escapesEverything()
    {
        QCOMPARE(highlightedBlurb(QStringLiteral("<script>alert(1)</script> & <b>x</b>"), {}),
                 QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;"));
    }

    void boldsWordsByPrefix()
    {
        QCOMPARE(highlightedBlurb(QStringLiteral("Quantization of quantized <models>"), {QStringLiteral("QUANT")}),
                 QStringLiteral("<b>Quantization</b> of <b>quantized</b> &lt;models&gt;"));
        // Not inside a word: Discourse matches prefixes.
        QCOMPARE(highlightedBlurb(QStringLiteral("unquantized"), {QStringLiteral("quant")}), QStringLiteral("unquantized"));
    }

    void phrasesAndOverlaps()
    {
        QCOMPARE(highlightedBlurb(QStringLiteral("the model view split"),
                                  {QStringLiteral("view"), QStringLiteral("model view")}),
                 QStringLiteral("the <b>model view</b> split"));
    }

    void escapesInsideHighlight()
    {
        QCOMPARE(highlightedBlurb(QStringLiteral("a&b rock&roll"), {QStringLiteral("rock&r")}),
                 QStringLiteral("a&amp;b <b>rock&amp;roll</b>"));
    }

    void cyrillic()
    {
        QCOMPARE(highlightedBlurb(QStringLiteral("Мы обучали Модели"), {QStringLiteral("модел")}),
                 QStringLiteral("Мы обучали <b>Модели</b>"));
    }
};

QTEST_GUILESS_MAIN(TestBlurbHighlighter)
#include "tst_blurbhighlighter.moc"
