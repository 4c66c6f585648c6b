// --max-reqs-per-ip-per-10-seconds: Discourse's per-IP limit, on every path and method, over HTTP.
#include "testserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtTest>

namespace {

constexpr int Limit = 5;

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray errorCode;
    QByteArray contentType;
};

} // namespace

class TestServerIpLimit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusesPastTheLimitUntilTheWindowMoves();

private:
    Answer send(const QByteArray &verb, const QString &path);

    TestServer m_server;
    QNetworkAccessManager m_nam;
};

void TestServerIpLimit::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--max-reqs-per-ip-per-10-seconds"), QString::number(Limit)}),
             qPrintable(m_server.errorString()));
}

void TestServerIpLimit::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

Answer TestServerIpLimit::send(const QByteArray &verb, const QString &path)
{
    QNetworkRequest request(m_server.url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, verb == "POST" ? QByteArrayLiteral("{}") : QByteArray());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer a;
    if (!finished.wait(10000))
        return a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.retryAfter = reply->rawHeader("Retry-After");
    a.errorCode = reply->rawHeader("Discourse-Rate-Limit-Error-Code");
    a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return a;
}

void TestServerIpLimit::refusesPastTheLimitUntilTheWindowMoves()
{
    // Any path counts, unknown ones included.
    const QStringList paths = {QStringLiteral("/latest.json"), QStringLiteral("/categories.json"),
                               QStringLiteral("/no-such-thing.json"), QStringLiteral("/site.json"),
                               QStringLiteral("/t/1.json")};
    QElapsedTimer window;
    window.start();
    for (int i = 0; i < Limit; ++i) {
        const Answer a = send("GET", paths.at(i % paths.size()));
        QVERIFY2(a.status == 200 || a.status == 404, qPrintable(QString::number(a.status)));
    }
    // Past the limit: every method and path gets Discourse's answer.
    for (const QByteArray verb : {QByteArrayLiteral("GET"), QByteArrayLiteral("POST"), QByteArrayLiteral("DELETE")}) {
        const Answer a = send(verb, QStringLiteral("/posts.json"));
        QCOMPARE(a.status, 429);
        QCOMPARE(a.errorCode, QByteArrayLiteral("ip_10_secs_limit"));
        QVERIFY2(a.contentType.startsWith("text/plain"), a.contentType.constData());
        QVERIFY2(a.body.startsWith("Slow down, too many requests from this IP address."), a.body.constData());
        bool ok = false;
        const int wait = a.retryAfter.toInt(&ok);
        QVERIFY(ok);
        QVERIFY2(wait >= 1 && wait <= 10, a.retryAfter.constData());
        QVERIFY(a.body.contains("Please retry again in " + a.retryAfter + " seconds."));
    }
    // Refused requests do not count: once the first requests leave the 10-second window, the
    // server answers again.
    // QTRY evaluates its condition again after it held: once served, ask no more (another request
    // right after could take a slot that is not free yet and be refused).
    bool served = false;
    QTRY_VERIFY_WITH_TIMEOUT(served || (served = send("GET", QStringLiteral("/latest.json")).status == 200), 15000);
    QVERIFY2(window.elapsed() >= 9000, qPrintable(QString::number(window.elapsed())));
}

QTEST_GUILESS_MAIN(TestServerIpLimit)
#include "tst_server_iplimit.moc"
