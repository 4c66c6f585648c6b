#include "lib/store/forumstore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Aivizor;

namespace {

QString integrityCheck(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        result = db.open() && q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                                        : q.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLeavesASoundStoreWithEverythingCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("forum.sqlite"));
        // Several kills at different moments, on the same file: each run also opens what the
        // previous kill left behind.
        const QList<int> minimumRounds = {1, 6, 25, 3};
        for (int run = 0; run < minimumRounds.size(); ++run) {
            const int first = (run + 1) * 10000;
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QStringLiteral(STORE_WRITER_BIN), {path, QString::number(first)});
            QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
            QByteArray out;
            int lastStored = 0;
            const QRegularExpression storedLine(QStringLiteral("stored (\\d+)\\n"));
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    out += writer.readAllStandardOutput();
                    auto it = storedLine.globalMatch(QString::fromLatin1(out));
                    while (it.hasNext())
                        lastStored = it.next().captured(1).toInt();
                    return lastStored >= first + minimumRounds.at(run) - 1;
                }(),
                60000);
            QCOMPARE(writer.state(), QProcess::Running); // still writing: the kill lands mid-way
            writer.kill();
            QVERIFY(writer.waitForFinished(5000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
            ForumStore store;
            const StoreOpenReport report = store.open(path);
            QVERIFY2(!report.error, qPrintable(report.error.message));
            QVERIFY2(report.movedAsideTo.isEmpty(), qPrintable(report.movedAsideTo));
            // Every round reported as stored is there, whole: topic, posts with their sanitized
            // form, image and reading position.
            for (int id = first; id <= lastStored; ++id) {
                const auto topic = store.topic(id);
                QVERIFY2(topic.ok(), qPrintable(QStringLiteral("topic %1: %2").arg(id).arg(topic.error.message)));
                QCOMPARE(topic.value->topic.stream.size(), 30);
                const auto posts = store.posts(id, topic.value->topic.stream.mid(0, 20));
                QVERIFY(posts.ok());
                QCOMPARE(posts.value->size(), 20);
                for (const StoredPost &p : *posts.value)
                    QCOMPARE(p.sanitized.html, QStringLiteral("<p>safe %1</p>").arg(p.post.id));
                QVERIFY(store.image(QUrl(QStringLiteral("https://forum.example/%1.png").arg(id))).ok());
                QCOMPARE(store.readingPosition(id).value->offset, id);
            }
            const auto latest = store.feedPage(FeedSpec::latest(), 0);
            QVERIFY(latest.ok());
            QVERIFY(latest.value->page.topics.first().id >= lastStored);
            // Earlier runs' rounds survived later kills too.
            for (int earlier = 0; earlier < run; ++earlier)
                QVERIFY(store.topic((earlier + 1) * 10000).ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
