#include "draft_writer_text.h"
#include "lib/drafts/draftjournal.h"
#include "lib/drafts/draftstore.h"
#include "lib/files/sitekey.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aivizor;

namespace {

QString longNonAsciiText()
{
    const QString para = QStringLiteral("Grüße aus Köln — «цитата» 中文 ✓ 🙂 e\u0301 tab\tend\r\n");
    QString text = QStringLiteral("# Entwurf\n\n");
    while (text.toUtf8().size() < 10 * 1024)
        text += para;
    return text;
}

Draft sampleDraft()
{
    Draft d;
    d.replyToPostNumber = 12;
    d.title = QStringLiteral("Заголовок");
    d.categoryId = 4;
    d.tags = {QStringLiteral("qt"), QStringLiteral("ünïcode")};
    d.text = longNonAsciiText();
    d.updatedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);
    return d;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Only the owner may read, write or enter it.
bool isPrivate(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileInfo info(path);
    return info.exists() && (info.permissions() & others) == 0;
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void keysAreValidated()
    {
        QVERIFY(DraftStore::isValidKey(DraftStore::topicKey(1234)));
        QVERIFY(DraftStore::isValidKey(DraftStore::newTopicKey()));
        QVERIFY(!DraftStore::isValidKey(QString()));
        QVERIFY(!DraftStore::isValidKey(QStringLiteral("../etc/passwd")));
        QVERIFY(!DraftStore::isValidKey(QStringLiteral("a/b")));
        QVERIFY(!DraftStore::isValidKey(QString(65, QLatin1Char('a'))));

        QTemporaryDir dir;
        DraftStore store(dir.path());
        QSignalSpy failed(&store, &DraftStore::saveFailed);
        QVERIFY(!store.scheduleSave(QStringLiteral("../x"), sampleDraft()));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(store.lastError().kind, ApiError::Kind::InvalidInput);
        QCOMPARE(store.load(QStringLiteral("../x")).status, DraftStore::LoadResult::Status::InvalidKey);
        QVERIFY(store.keys().isEmpty());
    }

    void siteKeyIsStableAndSafe()
    {
        const QString a = siteKey(QUrl(QStringLiteral("https://Forum.Example.org/")));
        QCOMPARE(a, siteKey(QUrl(QStringLiteral("https://forum.example.org"))));
        QCOMPARE(a, siteKey(QUrl(QStringLiteral("https://forum.example.org:443/"))));
        QVERIFY(a.startsWith(QStringLiteral("forum.example.org-")));
        QVERIFY(a != siteKey(QUrl(QStringLiteral("https://forum.example.org/sub"))));
        QVERIFY(a != siteKey(QUrl(QStringLiteral("http://forum.example.org"))));
        const QString v6 = siteKey(QUrl(QStringLiteral("http://[::1]:8080/")));
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9._-]+$")).match(v6).hasMatch());
        QVERIFY(DraftStore::defaultDirectory(QUrl(QStringLiteral("https://forum.example.org")))
                    .endsWith(QStringLiteral("/drafts/") + a));
    }

    void demoSiteKeyOutlivesItsPort()
    {
        const QUrl lastRun(QStringLiteral("http://127.0.0.1:41001"));
        const QUrl thisRun(QStringLiteral("http://127.0.0.1:52002/"));
        const QString plainKey = siteKey(lastRun);
        QVERIFY(plainKey != siteKey(thisRun)); // ports keep ordinary forums apart
        setDemoSiteUrl(lastRun);
        const QString demoKey = siteKey(lastRun);
        const QString demoSite = normalizedSiteUrl(lastRun);
        setDemoSiteUrl(thisRun);
        QCOMPARE(siteKey(thisRun), demoKey);
        QCOMPARE(normalizedSiteUrl(thisRun), demoSite);
        QCOMPARE(demoSite, QString::fromLatin1(DemoSiteIdentity));
        QVERIFY(demoKey.startsWith(QStringLiteral("demo.aivizor.invalid-")));
        // Other loopback forums keep their own keys, the last run's port included.
        QCOMPARE(siteKey(lastRun), plainKey);
        QVERIFY(siteKey(QUrl(QStringLiteral("http://127.0.0.1:52003"))) != demoKey);
        setDemoSiteUrl(QUrl());
        QVERIFY(siteKey(thisRun) != demoKey);
    }

    void flushWritesEverythingAndRoundTrips()
    {
        QTemporaryDir dir;
        const Draft reply = sampleDraft();
        Draft topic;
        topic.title = QStringLiteral("A new topic");
        topic.text = QStringLiteral("Body");
        {
            DraftStore store(dir.path());
            QSignalSpy saved(&store, &DraftStore::saved);
            QVERIFY(store.scheduleSave(DraftStore::topicKey(42), reply));
            QVERIFY(store.scheduleSave(DraftStore::newTopicKey(), topic));
            QVERIFY(store.hasPendingChanges());
            QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("42.json"))));
            QVERIFY(store.flush());
            QCOMPARE(saved.count(), 2);
            QVERIFY(!store.hasPendingChanges());
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("42.json"))));
            // The timers were stopped: nothing is written a second time.
            QTest::qWait(DraftStore::DefaultDebounceMs + 300);
            QCOMPARE(saved.count(), 2);
        }
        DraftStore fresh(dir.path());
        QCOMPARE(fresh.keys(), QStringList({QStringLiteral("42"), QStringLiteral("new-topic")}));
        const auto loaded = fresh.load(DraftStore::topicKey(42));
        QVERIFY2(loaded.isOk(), qPrintable(loaded.error.message));
        QCOMPARE(loaded.draft, reply);
        const auto loadedTopic = fresh.load(DraftStore::newTopicKey());
        QVERIFY(loadedTopic.isOk());
        QCOMPARE(loadedTopic.draft.title, topic.title);
        QVERIFY(loadedTopic.draft.updatedAt.isValid()); // stamped by scheduleSave
        QCOMPARE(fresh.load(DraftStore::topicKey(7)).status, DraftStore::LoadResult::Status::NotFound);
    }

    void debouncedSaveHappensWithinTwoSeconds()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QSignalSpy saved(&store, &DraftStore::saved);
        QElapsedTimer sinceLastChange;
        Draft d;
        for (int i = 0; i < 3; ++i) {
            d.text += QStringLiteral("typing ");
            store.scheduleSave(QStringLiteral("9"), d);
            sinceLastChange.start();
            QTest::qWait(200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 2000);
        const qint64 waited = sinceLastChange.elapsed();
        QVERIFY2(waited < 2000, qPrintable(QString::number(waited)));
        // Debounced: the three quick changes produced one write, after the quiet interval.
        QVERIFY2(waited >= DraftStore::DefaultDebounceMs - 50, qPrintable(QString::number(waited)));
        QCOMPARE(DraftStore(dir.path()).load(QStringLiteral("9")).draft.text, d.text);
    }

    void continuousTypingStillSavesWithinTwoSeconds()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QSignalSpy saved(&store, &DraftStore::saved);
        Draft d;
        QTimer typist;
        connect(&typist, &QTimer::timeout, this, [&] {
            d.text += QLatin1Char('x');
            store.scheduleSave(QStringLiteral("3"), d);
        });
        typist.start(100); // faster than the debounce interval: the debounce alone would never fire
        QElapsedTimer started;
        started.start();
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() >= 1, 2000);
        QVERIFY(typist.isActive());
        QVERIFY(started.elapsed() < 2000);
        typist.stop();
        const auto onDisk = DraftStore(dir.path()).load(QStringLiteral("3"));
        QVERIFY(onDisk.isOk());
        QVERIFY(!onDisk.draft.text.isEmpty());
    }

    void pendingChangeWinsOverFile()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        Draft d;
        d.text = QStringLiteral("old");
        store.scheduleSave(QStringLiteral("5"), d);
        QVERIFY(store.flush());
        d.text = QStringLiteral("newer");
        store.scheduleSave(QStringLiteral("5"), d);
        QCOMPARE(store.load(QStringLiteral("5")).draft.text, QStringLiteral("newer"));
    }

    void destructorFlushes()
    {
        QTemporaryDir dir;
        Draft d;
        d.text = QStringLiteral("typed just before closing");
        {
            DraftStore store(dir.path());
            store.scheduleSave(QStringLiteral("8"), d);
        }
        QCOMPARE(DraftStore(dir.path()).load(QStringLiteral("8")).draft.text, d.text);
    }

    void removeDeletesFileAndPending()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        Draft d;
        d.text = QStringLiteral("sent");
        store.scheduleSave(QStringLiteral("1"), d);
        QVERIFY(store.flush());
        d.text = QStringLiteral("sent, then edited");
        store.scheduleSave(QStringLiteral("1"), d);
        QVERIFY(store.remove(QStringLiteral("1")));
        QVERIFY(!store.hasPendingChanges());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("1.json"))));
        QVERIFY(store.keys().isEmpty());
        QVERIFY(store.remove(QStringLiteral("1"))); // removing what is gone is fine
    }

    void removeIfUnchangedKeepsNewerText()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        Draft d;
        d.text = QStringLiteral("first reply");
        store.scheduleSave(QStringLiteral("2"), d);
        QVERIFY(store.flush());
        d.text = QStringLiteral("second reply, typed while the first was sending");
        store.scheduleSave(QStringLiteral("2"), d);
        QVERIFY(!store.removeIfUnchanged(QStringLiteral("2"), QStringLiteral("first reply")));
        QCOMPARE(store.load(QStringLiteral("2")).draft.text, d.text);
        QVERIFY(store.removeIfUnchanged(QStringLiteral("2"), d.text));
        QCOMPARE(store.load(QStringLiteral("2")).status, DraftStore::LoadResult::Status::NotFound);
        QVERIFY(store.removeIfUnchanged(QStringLiteral("2"), d.text));
    }

    void corruptFileIsMovedAsideWithClearError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated json") << QByteArray("{\"format\":\"aivizor-draft\",\"version\":1,\"te");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12);
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("no text") << QByteArray(R"({"format":"aivizor-draft","version":1,"key":"6"})");
        QTest::newRow("wrong key") << QByteArray(R"({"format":"aivizor-draft","version":1,"key":"7","text":"x"})");
        QTest::newRow("no version") << QByteArray(R"({"format":"aivizor-draft","key":"6","text":"x"})");
        QTest::newRow("tags not names") << QByteArray(R"({"format":"aivizor-draft","version":1,"key":"6","text":"x","tags":[1]})");
    }

    void corruptFileIsMovedAsideWithClearError()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("6.json"));
        writeAll(path, content);
        DraftStore store(dir.path());
        QCOMPARE(store.keys(), QStringList{QStringLiteral("6")});

        const auto result = store.load(QStringLiteral("6"));
        QCOMPARE(result.status, DraftStore::LoadResult::Status::Corrupt);
        QVERIFY(result.error.message.contains(QStringLiteral("6.json")));
        QCOMPARE(result.movedTo, path + QStringLiteral(".corrupt"));
        QVERIFY(result.error.message.contains(QStringLiteral("6.json.corrupt")));
        QCOMPARE(readAll(result.movedTo), content); // the user's bytes are kept, untouched
        QVERIFY(!QFile::exists(path));
        QVERIFY(store.keys().isEmpty());

        // A second damaged file for the same key does not overwrite the first one kept aside.
        writeAll(path, "not json");
        const auto again = store.load(QStringLiteral("6"));
        QCOMPARE(again.movedTo, path + QStringLiteral(".1.corrupt"));
        QCOMPARE(readAll(result.movedTo), content);
    }

    void newerFormatIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("4.json"));
        const QByteArray content = R"({"format":"aivizor-draft","version":99,"key":"4","body":{}})";
        writeAll(path, content);
        DraftStore store(dir.path());
        const auto result = store.load(QStringLiteral("4"));
        QCOMPARE(result.status, DraftStore::LoadResult::Status::UnsupportedVersion);
        QCOMPARE(result.error.kind, ApiError::Kind::Storage);
        QCOMPARE(readAll(path), content);
    }

    void cancelledSaveKeepsPreviousContent()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        Draft d;
        d.text = QStringLiteral("the complete earlier version ✓");
        store.scheduleSave(QStringLiteral("11"), d);
        QVERIFY(store.flush());
        const QString path = dir.filePath(QStringLiteral("11.json"));
        const QByteArray before = readAll(path);

        // The same mechanism DraftStore writes with, interrupted halfway.
        QSaveFile interrupted(path);
        QVERIFY(interrupted.open(QIODevice::WriteOnly));
        interrupted.write(before.left(before.size() / 2));
        interrupted.cancelWriting();
        QVERIFY(!interrupted.commit());
        QCOMPARE(readAll(path), before);

        // A temporary file left behind by a writer killed before commit is not mistaken for a draft.
        writeAll(path + QStringLiteral(".aB3xYz"), before.left(before.size() / 2));
        DraftStore fresh(dir.path());
        QCOMPARE(fresh.keys(), QStringList{QStringLiteral("11")});
        const auto loaded = fresh.load(QStringLiteral("11"));
        QVERIFY(loaded.isOk());
        QCOMPARE(loaded.draft.text, d.text);
    }

    void killedProcessKeepsDebouncedDraft()
    {
        QTemporaryDir dir;
        const QString text = longNonAsciiText();
        QVERIFY(text.toUtf8().size() >= 10 * 1024);
        const QString textFile = dir.filePath(QStringLiteral("input.txt"));
        writeAll(textFile, text.toUtf8());
        const QString draftDir = dir.filePath(QStringLiteral("drafts"));

        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(DRAFT_WRITER_BIN),
                     {draftDir, QStringLiteral("once"), QStringLiteral("77"), textFile});
        QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += writer.readAllStandardOutput()).contains("saved\n"), 10000);
        QCOMPARE(writer.state(), QProcess::Running); // still alive: the kill below is the "crash"
        writer.kill();
        QVERIFY(writer.waitForFinished(5000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        DraftStore fresh(draftDir);
        const auto loaded = fresh.load(QStringLiteral("77"));
        QVERIFY2(loaded.isOk(), qPrintable(loaded.error.message));
        QCOMPARE(loaded.draft.text, text);
        QCOMPARE(loaded.draft.replyToPostNumber, 7);
    }

    void killedWhileTypingLosesNothing_data()
    {
        QTest::addColumn<int>("killAfterMs");
        QTest::newRow("50 ms") << 50;
        QTest::newRow("200 ms") << 200;
        QTest::newRow("500 ms") << 500;
    }

    // SIGKILL shortly after the last keystroke, well inside the 700 ms debounce: the restored
    // draft is exactly what was typed, typos erased included.
    void killedWhileTypingLosesNothing()
    {
        QFETCH(int, killAfterMs);
        QTemporaryDir dir;
        const QString text = QStringLiteral("Grüße — «цитата» 中文 ✓ 🙂 e\u0301\nsecond line\ttab ").repeated(6);
        const QString textFile = dir.filePath(QStringLiteral("input.txt"));
        writeAll(textFile, text.toUtf8());
        const QString draftDir = dir.filePath(QStringLiteral("drafts"));

        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(DRAFT_WRITER_BIN), {draftDir, QStringLiteral("type"), QStringLiteral("5"), textFile});
        QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += writer.readAllStandardOutput()).contains("typed\n"), 30000);
        // The delay after the last keystroke is what this test is about, not a stand-in for a condition.
        QTest::qWait(killAfterMs);
        QCOMPARE(writer.state(), QProcess::Running);
        writer.kill();
        QVERIFY(writer.waitForFinished(5000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        // The debounced save had not run since the last keystroke: the journal holds the end.
        const QString journal = draftDir + QStringLiteral("/5.journal");
        QVERIFY(QFile::exists(journal));
        QVERIFY(isPrivate(journal));
        QVERIFY(isPrivate(draftDir));

        DraftStore fresh(draftDir);
        QCOMPARE(fresh.keys(), QStringList{QStringLiteral("5")});
        const auto loaded = fresh.load(QStringLiteral("5"));
        QVERIFY2(loaded.isOk(), qPrintable(loaded.error.userText()));
        QCOMPARE(loaded.draft.text, text);
        QCOMPARE(loaded.draft.replyToPostNumber, 7);
        // The next save compacts the journal into the draft file.
        QVERIFY(fresh.flush());
        QVERIFY(!QFile::exists(journal));
        QVERIFY(isPrivate(draftDir + QStringLiteral("/5.json")));
        QCOMPARE(DraftStore(draftDir).load(QStringLiteral("5")).draft.text, text);
    }

    void journalReplaySkipsTornLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.journal"));
        Draft d;
        d.updatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        {
            DraftJournal journal(path);
            QString error;
            for (const QString &text : {QStringLiteral("a"), QStringLiteral("ab🙂"), QStringLiteral("xab🙂c"),
                                        QStringLiteral("x🙂c")}) {
                d.text = text;
                QVERIFY2(journal.append(d, &error), qPrintable(error));
                QCOMPARE(DraftJournal::replay(path)->text, text);
            }
            d.title = QStringLiteral("t");
            QVERIFY(journal.append(d, &error)); // metadata: a full record
        }
        QCOMPARE(DraftJournal::replay(path)->title, QStringLiteral("t"));
        QCOMPARE(DraftJournal::replay(path)->updatedAt, d.updatedAt);
        // A kill in the middle of a line: the torn line is ignored, and a new journal on the same
        // file starts cleanly after it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"p\":1,\"n\":0,\"i\":\"lost");
        file.close();
        QCOMPARE(DraftJournal::replay(path)->text, QStringLiteral("x🙂c"));
        DraftJournal next(path);
        QString error;
        d.text = QStringLiteral("after the kill");
        QVERIFY(next.append(d, &error));
        d.text += QStringLiteral("!");
        QVERIFY(next.append(d, &error));
        QCOMPARE(DraftJournal::replay(path)->text, d.text);
        QVERIFY(!DraftJournal::replay(dir.filePath(QStringLiteral("none.journal"))));
    }

    void filesArePrivate()
    {
        QTemporaryDir dir;
        const QString draftDir = dir.filePath(QStringLiteral("a/b/drafts"));
        DraftStore store(draftDir);
        QVERIFY(store.scheduleSave(QStringLiteral("9"), sampleDraft()));
        QVERIFY(isPrivate(draftDir + QStringLiteral("/9.journal")));
        QVERIFY(store.flush());
        QVERIFY(isPrivate(draftDir + QStringLiteral("/9.json")));
        QVERIFY(isPrivate(draftDir));
        QVERIFY(isPrivate(dir.filePath(QStringLiteral("a/b"))));
        // A draft file written before files were private becomes private on its next save.
        QVERIFY(QFile::setPermissions(draftDir + QStringLiteral("/9.json"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(!isPrivate(draftDir + QStringLiteral("/9.json")));
        QVERIFY(store.scheduleSave(QStringLiteral("9"), sampleDraft()));
        QVERIFY(store.flush());
        QVERIFY(isPrivate(draftDir + QStringLiteral("/9.json")));
    }

    void killDuringSavesNeverLeavesATornDraft()
    {
        QTemporaryDir dir;
        // Kill at a few different moments; each time the file must hold one complete version.
        for (int minimumSaves : {3, 40, 150}) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QStringLiteral(DRAFT_WRITER_BIN), {dir.path(), QStringLiteral("hammer"), QStringLiteral("h")});
            QVERIFY(writer.waitForStarted(5000));
            QByteArray out;
            int lastReported = 0;
            const QRegularExpression savedLine(QStringLiteral("saved (\\d+)\\n"));
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    out += writer.readAllStandardOutput();
                    auto it = savedLine.globalMatch(QString::fromLatin1(out));
                    while (it.hasNext())
                        lastReported = it.next().captured(1).toInt();
                    return lastReported >= minimumSaves;
                }(),
                20000);
            writer.kill();
            QVERIFY(writer.waitForFinished(5000));

            DraftStore fresh(dir.path());
            const auto loaded = fresh.load(QStringLiteral("h"));
            QVERIFY2(loaded.isOk(), qPrintable(loaded.error.message));
            const int version = loaded.draft.text.section(QLatin1Char('\n'), 0, 0).toInt();
            QVERIFY2(version >= lastReported, qPrintable(QStringLiteral("%1 < %2").arg(version).arg(lastReported)));
            QCOMPARE(loaded.draft.text, draftWriterHammerText(version));
            QVERIFY(fresh.remove(QStringLiteral("h")));
        }
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
