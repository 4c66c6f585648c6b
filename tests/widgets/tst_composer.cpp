// The composer widget on its own: formatting commands, live preview, keys, and the
// keystroke-to-preview latency for a long reply.
#include "app/composer/composerwidget.h"
#include "app/composer/incrementalhtmldocument.h"
#include "app/composer/markdownediting.h"
#include "app/reader/threadhtml.h"
#include "lib/render/markdownpreview.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <algorithm>

using namespace Aivizor;

class TestComposer : public QObject
{
    Q_OBJECT

private slots:
    void boldWrapsSelectionOrInsertsPair();
    void codeUsesFenceForSeveralLines();
    void quoteAndListPrefixEveryLine();
    void quoteBlockFormat();
    void previewRendersSanitizedMarkdown();
    void incrementalPreviewMatchesFullRender();
    void ctrlEnterSendsEscHides();
    void sendingStateAndRejectionKeepText();
    void rateLimitCountsDown();
    void keystrokeToPreviewLatency();
    void communityLabelShowsMnemonic();
};

void TestComposer::boldWrapsSelectionOrInsertsPair()
{
    ComposerWidget composer;
    composer.setText(QStringLiteral("say hello world"));
    QTextCursor cursor = composer.editor()->textCursor();
    cursor.setPosition(4);
    cursor.setPosition(9, QTextCursor::KeepAnchor);
    MarkdownEditing::bold(cursor);
    QCOMPARE(composer.text(), QStringLiteral("say **hello** world"));
    QCOMPARE(cursor.selectedText(), QStringLiteral("hello"));
    MarkdownEditing::italic(cursor);
    QCOMPARE(composer.text(), QStringLiteral("say ***hello*** world"));

    composer.setText(QString());
    cursor = composer.editor()->textCursor();
    MarkdownEditing::bold(cursor);
    QCOMPARE(composer.text(), QStringLiteral("****"));
    QCOMPARE(cursor.position(), 2); // typing continues between the marks
}

void TestComposer::codeUsesFenceForSeveralLines()
{
    ComposerWidget composer;
    composer.setText(QStringLiteral("int a;\nint b;"));
    QTextCursor cursor = composer.editor()->textCursor();
    cursor.select(QTextCursor::Document);
    MarkdownEditing::code(cursor);
    QCOMPARE(composer.text(), QStringLiteral("```\nint a;\nint b;\n```\n"));

    composer.setText(QStringLiteral("call foo now"));
    cursor = composer.editor()->textCursor();
    cursor.setPosition(5);
    cursor.setPosition(8, QTextCursor::KeepAnchor);
    MarkdownEditing::code(cursor);
    QCOMPARE(composer.text(), QStringLiteral("call `foo` now"));
}

void TestComposer::quoteAndListPrefixEveryLine()
{
    ComposerWidget composer;
    composer.setText(QStringLiteral("one\ntwo\nthree"));
    QTextCursor cursor = composer.editor()->textCursor();
    cursor.setPosition(1);
    cursor.setPosition(6, QTextCursor::KeepAnchor); // "ne\ntw": lines one and two
    MarkdownEditing::quote(cursor);
    QCOMPARE(composer.text(), QStringLiteral("> one\n> two\nthree"));

    composer.setText(QStringLiteral("apples\npears"));
    cursor = composer.editor()->textCursor();
    cursor.select(QTextCursor::Document);
    MarkdownEditing::bulletList(cursor);
    QCOMPARE(composer.text(), QStringLiteral("- apples\n- pears"));

    // A link with a selection keeps the words as the link text.
    composer.setText(QStringLiteral("see docs"));
    cursor = composer.editor()->textCursor();
    cursor.setPosition(4);
    cursor.setPosition(8, QTextCursor::KeepAnchor);
    MarkdownEditing::link(cursor, QStringLiteral("https://example.org/d"));
    QCOMPARE(composer.text(), QStringLiteral("see [docs](https://example.org/d)"));
}

void TestComposer::quoteBlockFormat()
{
    QCOMPARE(MarkdownEditing::quoteBlock(QStringLiteral("alice"), 3, 28, QStringLiteral("  some\x2029text ")),
             QStringLiteral("[quote=\"alice, post:3, topic:28\"]\nsome\ntext\n[/quote]\n\n"));
    // A quote character in the name cannot end the attribute early.
    QVERIFY(!MarkdownEditing::quoteBlock(QStringLiteral("a\"b"), 1, 2, QStringLiteral("x")).contains(QStringLiteral("a\"b")));
}

void TestComposer::previewRendersSanitizedMarkdown()
{
    ComposerWidget composer;
    composer.setForumBase(QUrl(QStringLiteral("http://127.0.0.1:1")));
    QSignalSpy updated(&composer, &ComposerWidget::previewUpdated);
    composer.editor()->insertPlainText(QStringLiteral("**strong** and <script>alert(1)</script> [quote=\"bob, post:2, topic:5\"]\nquoted words\n[/quote]"));
    QVERIFY(updated.wait(2000));
    const QString html = composer.preview()->toHtml();
    QVERIFY(html.contains(QStringLiteral("strong")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(composer.preview()->toPlainText().contains(QStringLiteral("quoted words")));
    QVERIFY(!composer.preview()->toPlainText().contains(QStringLiteral("[quote")));
    QVERIFY(composer.preview()->toPlainText().contains(QStringLiteral("strong")));
    QVERIFY(!composer.preview()->toPlainText().contains(QStringLiteral("**")));
}

// The preview re-imports only changed paragraphs; after each kind of edit its document must equal
// what setHtml of the whole rendered reply gives (same HTML export, text and blocks), and the
// edits inside the reply must really have been partial updates.
void TestComposer::incrementalPreviewMatchesFullRender()
{
    ComposerWidget composer;
    const QUrl base(QStringLiteral("http://127.0.0.1:1"));
    composer.setForumBase(base);
    QSignalSpy updated(&composer, &ComposerWidget::previewUpdated);
    QTextDocument shadow; // driven with the same HTML, to see which updates were partial
    shadow.setDefaultStyleSheet(composer.preview()->document()->defaultStyleSheet());
    IncrementalHtmlDocument shadowHtml(&shadow);
    QList<IncrementalHtmlDocument::Update> kinds;

    // Returns what differs (empty when the preview equals the full render).
    auto differenceFromFull = [&]() -> QString {
        updated.clear();
        if (!updated.wait(2000))
            return QStringLiteral("no preview update");
        const QString html = ThreadHtml::framedBlocks(MarkdownPreview::toSafeHtml(composer.text(), base),
                                                      ReaderPalette::fromPalette(composer.palette()));
        QTextDocument full;
        full.setDefaultStyleSheet(composer.preview()->document()->defaultStyleSheet());
        full.setDocumentMargin(composer.preview()->document()->documentMargin());
        full.setHtml(html);
        const QTextDocument *preview = composer.preview()->document();
        kinds << shadowHtml.setHtml(html);
        if (preview->toPlainText() != full.toPlainText())
            return QStringLiteral("plain text:\n%1\n---- full:\n%2").arg(preview->toPlainText(), full.toPlainText());
        if (preview->blockCount() != full.blockCount())
            return QStringLiteral("block count %1, full %2").arg(preview->blockCount()).arg(full.blockCount());
        if (preview->toHtml() != full.toHtml())
            return QStringLiteral("HTML:\n%1\n---- full:\n%2").arg(preview->toHtml(), full.toHtml());
        return {};
    };
#define VERIFY_SAME_AS_FULL(step)                                                                  \
    do {                                                                                           \
        const QString difference = differenceFromFull();                                           \
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral(step ": ") + difference));       \
    } while (false)
    auto edit = [&](int position, int removeChars, const QString &insert) {
        QTextCursor cursor = composer.editor()->textCursor();
        cursor.setPosition(position);
        cursor.setPosition(position + removeChars, QTextCursor::KeepAnchor);
        cursor.insertText(insert);
        composer.editor()->setTextCursor(cursor);
    };

    QString text;
    for (int i = 0; i < 12; ++i)
        text += QStringLiteral("Paragraph %1 with **bold** and `code` words.\n\n").arg(i);
    text += QStringLiteral("- one\n- two\n\n```\nint x;\n\nint y;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                           "Last paragraph.");
    composer.editor()->setPlainText(text);
    VERIFY_SAME_AS_FULL("initial");

    // Typing in the middle of paragraph 5.
    const int middle = int(composer.text().indexOf(QStringLiteral("Paragraph 5"))) + 10;
    for (const QChar c : QStringLiteral(" typed")) {
        edit(middle, 0, QString(c));
        VERIFY_SAME_AS_FULL("typing in the middle");
    }
    // Deleting paragraph 7 with its blank line.
    const int p7 = int(composer.text().indexOf(QStringLiteral("Paragraph 7")));
    edit(p7, int(composer.text().indexOf(QStringLiteral("Paragraph 8"))) - p7, QString());
    VERIFY_SAME_AS_FULL("deleting a paragraph");
    // Opening a code fence turns everything after it into code; closing it restores the rest.
    const int p3 = int(composer.text().indexOf(QStringLiteral("Paragraph 3")));
    edit(p3, 0, QStringLiteral("```\n"));
    VERIFY_SAME_AS_FULL("opening a code fence");
    edit(int(composer.text().indexOf(QStringLiteral("Paragraph 4"))), 0, QStringLiteral("```\n\n"));
    VERIFY_SAME_AS_FULL("closing the code fence");
    // Pasting a quote between paragraphs 9 and 10, then one inside the list's neighbourhood.
    edit(int(composer.text().indexOf(QStringLiteral("Paragraph 10"))), 0,
         QStringLiteral("[quote=\"bob, post:2, topic:5\"]\nquoted *words*\n\nsecond line\n[/quote]\n\n"));
    VERIFY_SAME_AS_FULL("pasting a quote");
    edit(int(composer.text().indexOf(QStringLiteral("Last paragraph"))), 0, QStringLiteral("---\n\n> a reply\n\n"));
    VERIFY_SAME_AS_FULL("adding a rule and a blockquote");
    // Starting a list item: "- " alone is an empty item.
    edit(int(composer.text().indexOf(QStringLiteral("Paragraph 9"))), 0, QStringLiteral("- "));
    VERIFY_SAME_AS_FULL("starting an empty list item");
    edit(int(composer.text().indexOf(QStringLiteral("Paragraph 9"))), 0, QStringLiteral("\n\n"));
    VERIFY_SAME_AS_FULL("ending the list item");
    // Typing at the very end and in the first paragraph (which rebuilds).
    edit(int(composer.text().size()), 0, QStringLiteral(" more"));
    VERIFY_SAME_AS_FULL("typing at the end");
    edit(3, 0, QStringLiteral("x"));
    VERIFY_SAME_AS_FULL("typing in the first paragraph");

    QCOMPARE(kinds.first(), IncrementalHtmlDocument::Update::Full);
    QCOMPARE(kinds.last(), IncrementalHtmlDocument::Update::Full);
    QVERIFY(kinds.count(IncrementalHtmlDocument::Update::Partial) >= 8);
#undef VERIFY_SAME_AS_FULL
}

void TestComposer::ctrlEnterSendsEscHides()
{
    ComposerWidget composer;
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    QSignalSpy send(&composer, &ComposerWidget::sendRequested);
    QSignalSpy hide(&composer, &ComposerWidget::hideRequested);
    QSignalSpy changed(&composer, &ComposerWidget::contentChanged);
    composer.editor()->setFocus();
    QTest::keyClicks(composer.editor(), QStringLiteral("hi there"));
    QVERIFY(changed.count() > 0);
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(send.count(), 1);
    QCOMPARE(composer.text(), QStringLiteral("hi there")); // no newline was inserted
    QTest::keyClick(composer.editor(), Qt::Key_Escape);
    QCOMPARE(hide.count(), 1);
    // The toolbar shortcut acts on the editor's selection.
    composer.editor()->selectAll();
    QTest::keyClick(composer.editor(), Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(composer.text(), QStringLiteral("**hi there**"));
}

void TestComposer::sendingStateAndRejectionKeepText()
{
    ComposerWidget composer;
    composer.setText(QStringLiteral("short"));
    composer.setSending(true);
    QVERIFY(!composer.sendButton()->isEnabled());
    QCOMPARE(composer.sendButton()->text(), QStringLiteral("Sending…"));
    QSignalSpy send(&composer, &ComposerWidget::sendRequested);
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(send.count(), 0); // no second send while one is running
    composer.setSending(false);
    composer.showRejection(QStringLiteral("Invalid request"), {QStringLiteral("Body is too short")});
    QVERIFY(composer.noteText().contains(QStringLiteral("Body is too short")));
    QCOMPARE(composer.text(), QStringLiteral("short"));
    QVERIFY(composer.sendButton()->isEnabled());
}

void TestComposer::rateLimitCountsDown()
{
    ComposerWidget composer;
    composer.showRateLimit(QDateTime::currentDateTimeUtc().addSecs(3));
    QVERIFY2(composer.noteText().contains(QStringLiteral("3 seconds")), qPrintable(composer.noteText()));
    auto *cancel = composer.findChild<QPushButton *>(QStringLiteral("composerCancelWait"));
    QVERIFY(cancel && cancel->isVisibleTo(&composer));
    QTRY_VERIFY_WITH_TIMEOUT(composer.noteText().contains(QStringLiteral("2 seconds")), 3000);
    QSignalSpy cancelled(&composer, &ComposerWidget::cancelWaitRequested);
    cancel->click();
    QCOMPARE(cancelled.count(), 1);
}

// 5,000 words in paragraphs with some Markdown, then one more character typed: the time until the
// preview document holds it (Markdown, sanitizer, setHtml, layout).
void TestComposer::keystrokeToPreviewLatency()
{
    ComposerWidget composer;
    composer.resize(900, 500);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));

    QString text;
    const QStringList words = {QStringLiteral("forum"), QStringLiteral("**reply**"), QStringLiteral("native"),
                               QStringLiteral("client"), QStringLiteral("`code`"), QStringLiteral("preview"),
                               QStringLiteral("draft"), QStringLiteral("[link](https://example.org/x)"),
                               QStringLiteral("model"), QStringLiteral("view")};
    for (int i = 0; i < 5000; ++i) {
        text += words.at(i % words.size());
        text += (i % 60 == 59) ? QStringLiteral("\n\n") : QStringLiteral(" ");
    }
    QSignalSpy updated(&composer, &ComposerWidget::previewUpdated);
    composer.editor()->setPlainText(text);
    QVERIFY(updated.wait(5000));
    // A whole new text (a restored draft, a large paste) is a full rebuild of the preview.
    qInfo("full preview of 5000 words: %lld ms", composer.lastPreviewMs());
    composer.editor()->moveCursor(QTextCursor::End);
    composer.editor()->setFocus();

    auto typeOne = [&] {
        QElapsedTimer timer;
        timer.start();
        updated.clear();
        QTest::keyClick(composer.editor(), Qt::Key_X);
        if (!updated.wait(2000))
            return qint64(-1);
        return timer.nsecsElapsed() / 1000;
    };
    QList<qint64> samples;
    for (int i = 0; i < 21; ++i) {
        const qint64 us = typeOne();
        QVERIFY(us >= 0);
        samples << us;
    }
    std::sort(samples.begin(), samples.end());
    const qint64 medianUs = samples.at(samples.size() / 2);
    qInfo("keystroke-to-preview for 5000 words: median %.1f ms, min %.1f ms, max %.1f ms over %d keys",
          medianUs / 1000.0, samples.first() / 1000.0, samples.last() / 1000.0, int(samples.size()));
    QBENCHMARK {
        QVERIFY(typeOne() >= 0);
    }
    QVERIFY(composer.preview()->toPlainText().trimmed().endsWith(QStringLiteral("xxxxx")));
    // Target: under 30 ms. Reported, not enforced: the machine is shared and timings vary.
    QVERIFY(medianUs < 200 * 1000);
}

void TestComposer::communityLabelShowsMnemonic()
{
    // A form label given as a string next to a layout has no buddy and shows "&Community:".
    ComposerWidget composer;
    QLabel *label = nullptr;
    for (QLabel *candidate : composer.findChildren<QLabel *>()) {
        if (candidate->buddy() == composer.communityBox())
            label = candidate;
    }
    QVERIFY2(label, "no label has the community box as its buddy");
    QVERIFY(label->text().contains(QLatin1Char('&')));
    // With a buddy the '&' marks the shortcut and is not drawn: the label is as wide as the
    // plain text, not as the text with a literal ampersand.
    QLabel plain(QStringLiteral("Community:"));
    plain.setFont(label->font());
    QLabel literal(QStringLiteral("&&Community:"));
    literal.setFont(label->font());
    QVERIFY(literal.sizeHint().width() > plain.sizeHint().width());
    QCOMPARE(label->sizeHint().width(), plain.sizeHint().width());
    QCOMPARE(QKeySequence::mnemonic(label->text()), QKeySequence(Qt::ALT | Qt::Key_C));
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
