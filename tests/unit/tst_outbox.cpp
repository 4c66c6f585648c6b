#include "lib/posting/outbox.h"
#include "lib/files/sitekey.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aivizor;

namespace {

const QUrl siteA(QStringLiteral("https://forum.example.org/"));
const QUrl siteB(QStringLiteral("https://other.example.net"));

// A clock the test moves by hand, and jitter fixed at the midpoint (factor 1.0).
struct FakeTime
{
    QDateTime now = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    void install(Outbox &outbox)
    {
        outbox.setClock([this] { return now; });
        outbox.setJitterSource([] { return 0.5; });
    }
    void advanceMs(qint64 ms) { now = now.addMSecs(ms); }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ApiError failure(ApiError::Kind kind, const QString &message)
{
    return ApiError::fromKind(kind, message);
}

ApiError rateLimited(const QString &message, int waitSeconds)
{
    ApiError e = ApiError::fromKind(ApiError::Kind::RateLimited, message, 429);
    e.waitSeconds = waitSeconds;
    return e;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void requestBodies()
    {
        const QJsonObject reply = OutboxPayload::reply(42, QStringLiteral("Hallo ✓"), 3).toPostsRequest();
        QCOMPARE(reply, QJsonObject({{"topic_id", 42}, {"raw", "Hallo ✓"}, {"reply_to_post_number", 3}}));
        QCOMPARE(OutboxPayload::reply(42, QStringLiteral("x")).toPostsRequest(),
                 QJsonObject({{"topic_id", 42}, {"raw", "x"}}));
        const QJsonObject topic = OutboxPayload::newTopic(QStringLiteral("Title here"), QStringLiteral("Body"), 5,
                                                          {QStringLiteral("qt"), QStringLiteral("c++")})
                                      .toPostsRequest();
        QCOMPARE(topic, QJsonObject({{"title", "Title here"}, {"raw", "Body"}, {"category", 5},
                                     {"tags", QJsonArray({"qt", "c++"})}}));
    }

    void invalidPayloadsAreRefused()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.filePath(QStringLiteral("outbox.json")));
        QVERIFY(outbox.enqueue(siteA, OutboxPayload::reply(1, QStringLiteral("  \n"))).isNull());
        QCOMPARE(outbox.lastError().kind, ApiError::Kind::InvalidInput);
        QVERIFY(outbox.enqueue(siteA, OutboxPayload::reply(0, QStringLiteral("text"))).isNull());
        QVERIFY(outbox.enqueue(siteA, OutboxPayload::newTopic(QString(), QStringLiteral("text"), 1)).isNull());
        QVERIFY(outbox.enqueue(QUrl(), OutboxPayload::reply(1, QStringLiteral("text"))).isNull());
        QCOMPARE(outbox.rowCount(), 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("outbox.json"))));
    }

    void retriesBackOffWithTheClock()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.filePath(QStringLiteral("outbox.json")));
        FakeTime time;
        time.install(outbox);

        const QUuid id = outbox.enqueue(siteA, OutboxPayload::reply(42, QStringLiteral("My reply")));
        QVERIFY(!id.isNull());
        auto due = outbox.nextDue();
        QVERIFY(due);
        QCOMPARE(due->id, id);
        QCOMPARE(due->site, normalizedSiteUrl(siteA));
        QCOMPARE(due->createdAt, time.now);
        QVERIFY(!due->mayHaveReachedServer);

        for (int attempt = 1; attempt <= 4; ++attempt) {
            QVERIFY(outbox.markSending(id));
            QCOMPARE(outbox.entry(id)->state, OutboxEntry::State::Sending);
            QVERIFY(!outbox.nextDue()); // one request in flight per forum
            QVERIFY(!outbox.nextWakeTime());
            QVERIFY(outbox.markFailed(id, failure(ApiError::Kind::Network, QStringLiteral("Connection refused")), true));
            const OutboxEntry e = *outbox.entry(id);
            QCOMPARE(e.state, OutboxEntry::State::Pending);
            QCOMPARE(e.attempts, attempt);
            QCOMPARE(e.lastError, QStringLiteral("Connection refused"));
            QVERIFY(e.mayHaveReachedServer);
            const qint64 expected = 2000LL << (attempt - 1); // 2 s, 4 s, 8 s, 16 s
            QCOMPARE(time.now.msecsTo(e.nextAttemptAt), expected);
            QCOMPARE(*outbox.nextWakeTime(), e.nextAttemptAt);
            time.advanceMs(expected - 1);
            QVERIFY(!outbox.nextDue());
            time.advanceMs(1);
            QVERIFY(outbox.nextDue());
        }
        QVERIFY(outbox.markSending(id));
        QVERIFY(outbox.markSucceeded(id));
        QCOMPARE(outbox.rowCount(), 0);
        QVERIFY(!outbox.entry(id));
        QVERIFY(!outbox.nextDue());
    }

    void rateLimitUsesServerWait()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.filePath(QStringLiteral("outbox.json")));
        FakeTime time;
        time.install(outbox);
        const QUuid first = outbox.enqueue(siteA, OutboxPayload::reply(1, QStringLiteral("first")));
        const QUuid second = outbox.enqueue(siteA, OutboxPayload::reply(2, QStringLiteral("second")));
        QVERIFY(outbox.markSending(first));
        QVERIFY(outbox.markFailed(first, rateLimited(QStringLiteral("Slow down"), 37), true));
        const OutboxEntry e = *outbox.entry(first);
        QCOMPARE(e.state, OutboxEntry::State::WaitingRateLimit);
        QCOMPARE(time.now.secsTo(e.nextAttemptAt), 37);
        // The later post to the same forum waits too: order is kept and it would hit the same limit.
        QVERIFY(!outbox.nextDue());
        QCOMPARE(*outbox.nextWakeTime(), e.nextAttemptAt);
        time.advanceMs(37000);
        QCOMPARE(outbox.nextDue()->id, first);
        QVERIFY(outbox.markSending(first));
        QVERIFY(outbox.markSucceeded(first));
        QCOMPARE(outbox.nextDue()->id, second);
    }

    void permanentFailureKeepsTextUntilEdited()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.filePath(QStringLiteral("outbox.json")));
        FakeTime time;
        time.install(outbox);
        const QString text = QStringLiteral("too short");
        const QUuid id = outbox.enqueue(siteA, OutboxPayload::reply(9, text));
        const QUuid later = outbox.enqueue(siteA, OutboxPayload::reply(9, QStringLiteral("a later reply")));
        QVERIFY(outbox.markSending(id));
        QVERIFY(outbox.markFailed(id, failure(ApiError::Kind::InvalidRequest, QStringLiteral("Body is too short")), false));
        OutboxEntry e = *outbox.entry(id);
        QCOMPARE(e.state, OutboxEntry::State::FailedPermanent);
        QCOMPARE(e.payload.raw, text);
        QVERIFY(!e.nextAttemptAt.isValid());
        // A rejected entry does not hold back the rest of the queue.
        QCOMPARE(outbox.nextDue()->id, later);
        QVERIFY(!outbox.markSending(id));

        QVERIFY(!outbox.edit(id, OutboxPayload::reply(9, QString())));
        QVERIFY(outbox.edit(id, OutboxPayload::reply(9, QStringLiteral("long enough now, really"))));
        e = *outbox.entry(id);
        QCOMPARE(e.state, OutboxEntry::State::Pending);
        QCOMPARE(e.attempts, 0);
        QVERIFY(e.lastError.isEmpty());
        QVERIFY(e.mayHaveReachedServer); // sticky: an earlier attempt may still have been delivered
        QCOMPARE(outbox.nextDue()->id, id); // it is older, so it goes first again
    }

    void queueIsOrderedPerSite()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.filePath(QStringLiteral("outbox.json")));
        FakeTime time;
        time.install(outbox);
        const QUuid a1 = outbox.enqueue(siteA, OutboxPayload::reply(1, QStringLiteral("a1")));
        time.advanceMs(10);
        const QUuid a2 = outbox.enqueue(siteA, OutboxPayload::reply(1, QStringLiteral("a2")));
        time.advanceMs(10);
        const QUuid b1 = outbox.enqueue(siteB, OutboxPayload::newTopic(QStringLiteral("Topic title"), QStringLiteral("b1"), 0));

        QCOMPARE(outbox.nextDue()->id, a1);
        QVERIFY(outbox.markSending(a1));
        QCOMPARE(outbox.nextDue()->id, b1); // another forum is independent
        QVERIFY(outbox.markSending(b1));
        QVERIFY(!outbox.nextDue());
        QVERIFY(outbox.markFailed(a1, failure(ApiError::Kind::Network, QStringLiteral("timeout")), true));
        QVERIFY(!outbox.nextDue()); // a2 waits behind a1's back-off
        time.advanceMs(2000);
        QCOMPARE(outbox.nextDue()->id, a1);
        QVERIFY(outbox.markSending(a1));
        QVERIFY(outbox.markSucceeded(a1));
        QCOMPARE(outbox.nextDue()->id, a2);
    }

    void invalidTransitionsAreRejected()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.filePath(QStringLiteral("outbox.json")));
        const QUuid id = outbox.enqueue(siteA, OutboxPayload::reply(1, QStringLiteral("text")));
        QVERIFY(!outbox.markSucceeded(id));
        QVERIFY(!outbox.markFailed(id, failure(ApiError::Kind::Network, QStringLiteral("x")), true));
        QVERIFY(!outbox.markSending(QUuid::createUuid()));
        QVERIFY(outbox.markSending(id));
        QVERIFY(!outbox.markSending(id));
        QVERIFY(!outbox.discard(id));
        QVERIFY(!outbox.edit(id, OutboxPayload::reply(1, QStringLiteral("other"))));
        QVERIFY(!outbox.retryNow(id));
        QCOMPARE(outbox.entry(id)->state, OutboxEntry::State::Sending);
    }

    void retryNowAndDiscard()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.filePath(QStringLiteral("outbox.json")));
        FakeTime time;
        time.install(outbox);
        const QUuid id = outbox.enqueue(siteA, OutboxPayload::reply(1, QStringLiteral("text")));
        QVERIFY(outbox.markSending(id));
        QVERIFY(outbox.markFailed(id, rateLimited(QStringLiteral("Rate limited"), 600), true));
        QVERIFY(!outbox.nextDue());
        QVERIFY(outbox.retryNow(id));
        QCOMPARE(outbox.nextDue()->id, id);
        QVERIFY(outbox.discard(id));
        QCOMPARE(outbox.rowCount(), 0);
        QVERIFY(!outbox.discard(id));
    }

    void survivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.json"));
        FakeTime time;
        QUuid waiting, inFlight, rejected;
        {
            Outbox outbox(path);
            time.install(outbox);
            waiting = outbox.enqueue(siteA, OutboxPayload::reply(42, QStringLiteral("Grüße ✓ 🙂"), 5));
            inFlight = outbox.enqueue(siteB, OutboxPayload::newTopic(QStringLiteral("Заголовок темы"), QStringLiteral("Body"), 3,
                                                                     {QStringLiteral("qt")}));
            rejected = outbox.enqueue(QUrl(QStringLiteral("https://third.example")), OutboxPayload::reply(7, QStringLiteral("short")));
            QVERIFY(outbox.markSending(waiting));
            QVERIFY(outbox.markFailed(waiting, failure(ApiError::Kind::Network, QStringLiteral("HTTP 502")), true));
            QVERIFY(outbox.markSending(inFlight)); // the app "dies" with this one in flight
            QVERIFY(outbox.markSending(rejected));
            QVERIFY(outbox.markFailed(rejected, failure(ApiError::Kind::InvalidRequest, QStringLiteral("Body is too short")), false));
        }
        Outbox reopened(path);
        time.install(reopened);
        QVERIFY2(!reopened.loadError(), qPrintable(reopened.loadError().message));
        QCOMPARE(reopened.rowCount(), 3);

        const OutboxEntry w = *reopened.entry(waiting);
        QCOMPARE(w.payload, OutboxPayload::reply(42, QStringLiteral("Grüße ✓ 🙂"), 5));
        QCOMPARE(w.state, OutboxEntry::State::Pending);
        QCOMPARE(w.attempts, 1);
        QCOMPARE(w.lastError, QStringLiteral("HTTP 502"));
        QCOMPARE(w.createdAt, time.now);
        QCOMPARE(w.nextAttemptAt, time.now.addSecs(2));
        QCOMPARE(w.site, QStringLiteral("https://forum.example.org"));

        const OutboxEntry f = *reopened.entry(inFlight);
        QCOMPARE(f.payload, OutboxPayload::newTopic(QStringLiteral("Заголовок темы"), QStringLiteral("Body"), 3, {QStringLiteral("qt")}));
        QCOMPARE(f.state, OutboxEntry::State::Pending);
        QVERIFY(f.mayHaveReachedServer); // the sender must look for it on the server before resending
        QCOMPARE(reopened.nextDue()->id, inFlight);

        const OutboxEntry r = *reopened.entry(rejected);
        QCOMPARE(r.state, OutboxEntry::State::FailedPermanent);
        QCOMPARE(r.payload.raw, QStringLiteral("short"));
    }

    void unreadableFileIsKeptAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated") << QByteArray("{\"format\":\"aivizor-outbox\",\"entr");
        QTest::newRow("not an outbox") << QByteArray(R"({"format":"aivizor-draft","version":1,"entries":[]})");
        QTest::newRow("newer format") << QByteArray(R"({"format":"aivizor-outbox","version":2,"entries":[]})");
    }

    void unreadableFileIsKeptAside()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        Outbox outbox(path);
        QCOMPARE(outbox.rowCount(), 0);
        QVERIFY(outbox.loadError().message.contains(QStringLiteral("outbox.json.corrupt")));
        QCOMPARE(readAll(path + QStringLiteral(".corrupt")), content);
        // New posts are queued in a fresh file; the kept original is not overwritten.
        QVERIFY(!outbox.enqueue(siteA, OutboxPayload::reply(1, QStringLiteral("new"))).isNull());
        QCOMPARE(Outbox(path).rowCount(), 1);
        QCOMPARE(readAll(path + QStringLiteral(".corrupt")), content);
    }

    void damagedEntriesAreSkippedNotTheQueue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.json"));
        QUuid good;
        {
            Outbox outbox(path);
            good = outbox.enqueue(siteA, OutboxPayload::reply(3, QStringLiteral("keep me")));
        }
        QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
        entries.append(QJsonObject{{"id", "not-a-uuid"}, {"state", "pending"}});
        entries.append(42);
        root.insert(QStringLiteral("entries"), entries);
        const QByteArray damaged = QJsonDocument(root).toJson();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(damaged);
        }
        Outbox reopened(path);
        QCOMPARE(reopened.rowCount(), 1);
        QCOMPARE(reopened.entry(good)->payload.raw, QStringLiteral("keep me"));
        QVERIFY(reopened.loadError().message.contains(QStringLiteral("2 damaged entries")));
        QCOMPARE(readAll(path + QStringLiteral(".corrupt")), damaged);
        // What could be read was written back, so the next start is clean.
        QVERIFY(!Outbox(path).loadError());
    }

    void isAModelTheUiCanShow()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.filePath(QStringLiteral("outbox.json")));
        QAbstractItemModelTester tester(&outbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FakeTime time;
        time.install(outbox);
        QSignalSpy changed(&outbox, &Outbox::changed);
        QSignalSpy dataChanged(&outbox, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&outbox, &QAbstractItemModel::rowsRemoved);

        const QString longText = QStringLiteral("First line\n\nsecond   line ") + QString(200, QLatin1Char('z'));
        const QUuid id = outbox.enqueue(siteA, OutboxPayload::reply(42, longText));
        outbox.enqueue(siteA, OutboxPayload::newTopic(QStringLiteral("A title"), QStringLiteral("Body"), 2));
        QCOMPARE(outbox.rowCount(), 2);
        QCOMPARE(changed.count(), 2);

        const QModelIndex row0 = outbox.index(0);
        const QString preview = row0.data(Outbox::TextPreviewRole).toString();
        QVERIFY(preview.startsWith(QStringLiteral("First line second line zzz")));
        QCOMPARE(preview.size(), 100);
        QCOMPARE(row0.data(Qt::DisplayRole).toString(), preview);
        QCOMPARE(row0.data(Outbox::IdRole).toUuid(), id);
        QCOMPARE(row0.data(Outbox::TopicIdRole).toInt(), 42);
        QCOMPARE(row0.data(Outbox::StateRole).toInt(), int(OutboxEntry::State::Pending));
        QCOMPARE(row0.data(Outbox::StateTextRole).toString(), Outbox::stateText(OutboxEntry::State::Pending));
        QCOMPARE(outbox.index(1).data(Outbox::TitleRole).toString(), QStringLiteral("A title"));
        QCOMPARE(outbox.index(1).data(Outbox::KindRole).toInt(), int(OutboxPayload::Kind::NewTopic));

        QVERIFY(outbox.markSending(id));
        QVERIFY(outbox.markFailed(id, failure(ApiError::Kind::Network, QStringLiteral("HTTP 500")), true));
        QCOMPARE(dataChanged.count(), 2);
        QCOMPARE(dataChanged.last().at(0).toModelIndex().row(), 0);
        QCOMPARE(row0.data(Outbox::AttemptsRole).toInt(), 1);
        QCOMPARE(row0.data(Outbox::ErrorRole).toString(), QStringLiteral("HTTP 500"));
        QCOMPARE(row0.data(Outbox::NextAttemptRole).toDateTime(), time.now.addSecs(2));
        QCOMPARE(row0.data(Outbox::CreatedRole).toDateTime(), time.now);

        time.advanceMs(2000);
        QVERIFY(outbox.markSending(id));
        QVERIFY(outbox.markSucceeded(id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(outbox.rowCount(), 1);
        QCOMPARE(changed.count(), 6);
        QVERIFY(outbox.roleNames().contains(Outbox::StateTextRole));
        QVERIFY(!outbox.index(5).data(Outbox::TitleRole).isValid());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
