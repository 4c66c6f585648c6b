// The composer widget on its own: formatting commands, live preview, keys, and the
// keystroke-to-preview latency for a long reply.
#include "composer/composerwidget.h"
#include "composer/markdownediting.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <algorithm>

class TestComposer : public QObject
{
    Q_OBJECT

private slots:
    void boldWrapsSelectionOrInsertsPair();
    void codeUsesFenceForSeveralLines();
    void quoteAndListPrefixEveryLine();
    void quoteBlockFormat();
    void previewRendersSanitizedMarkdown();
    void ctrlEnterSendsEscHides();
    void sendingStateAndRejectionKeepText();
    void rateLimitCountsDown();
    void keystrokeToPreviewLatency();
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

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
