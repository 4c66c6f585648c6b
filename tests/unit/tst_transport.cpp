// Transport against an in-process QHttpServer: headers, URL resolution, status mapping, timeouts,
// the size cap and the concurrency cap; images through getImage() and the ImageCache on top.
#include "lib/images/imagecache.h"
#include "lib/net/transport.h"
#include "lib/store/forumstore.h"

#include <QBuffer>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

using namespace Aivizor;

namespace {
constexpr int WaitMs = 5000;

QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::darkCyan);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

QHttpServerResponse jsonResponse(const QByteArray &body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body, status);
}
} // namespace

class TestTransport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void sendsHeadersAndParsesJson();
    void resolvesRelativeUrls();
    void subfolderAndMoreTopicsUrl();
    void statusMapping_data();
    void statusMapping();
    void rateLimitFromRetryAfter();
    void rateLimitFromBody();
    void malformedJson();
    void connectionRefused();
    void timeout();
    void sizeCapByContentLength();
    void sizeCapByBytesReceived();
    void sizeCapOnEndlessChunks();
    void concurrencyCapIsFifo();
    void cancelDeliversCancelled();
    void deadContextGetsNoCallback();
    void authHeadersOnlyToOwnOrigin();
    void anonymousRedirectToOtherOriginIsRefused();
    void redirectChainIsCapped();
    void imageSameOriginGetsAuth();
    void imageOtherOriginGetsNoAuth();
    void imageRedirectToOtherOriginDropsAuth();
    void imageRedirectLoopStops();
    void imageSizeCapAborts();
    void imageFailures();
    void imageScaledWhileDecoding();
    void imagesWaitBehindApiRequests();
    void cacheServesAllWaitersWithOneRequest();
    void cacheEvictsLeastRecentlyUsedByBytes();
    void cacheDoesNotRetryFailures();
    void cacheKeepsImagesInTheStore();
    void cacheRetriesNetworkFailuresOnly();

private:
    // A forum serving /uploads/<name> (a 10x10 PNG; names starting "text" are not images) on
    // `port` (0: any), counting requests per name in `hits`; null when the port cannot be had.
    static std::unique_ptr<QHttpServer> startUploads(quint16 port, QHash<QString, int> *hits);
    std::optional<TransportResult> run(Transport &t, const QString &path);
    std::optional<ImageResult> runImage(Transport &t, const QUrl &url, int maxWidth = 0);
    QUrl base(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_held;    // /hang.json, unanswered
    std::vector<std::unique_ptr<QHttpServerResponder>> m_streams; // /stream.json, never finished
    QList<int> m_arrivals;
    int m_answered = 0;
    int m_maxOutstanding = 0;
    QHash<QString, int> m_imageHits;        // /img/<name> requests per name
    QHash<QString, QByteArray> m_imageKeys; // the Api-Key header each /img/<name> request carried
    quint16 m_redirectPort = 0;             // where /letter/<name> redirects to
};

void TestTransport::initTestCase()
{
    m_server.route("/echo\\.json", [](const QHttpServerRequest &req) {
        QJsonObject o;
        o["ua"] = QString::fromLatin1(req.value("User-Agent"));
        o["accept"] = QString::fromLatin1(req.value("Accept"));
        o["apiKey"] = QString::fromLatin1(req.value("Api-Key"));
        o["path"] = req.url().path();
        o["query"] = req.url().query();
        return o;
    });
    m_server.route("/forum/latest\\.json", [](const QHttpServerRequest &req) {
        QJsonObject o;
        o["query"] = req.url().query();
        return o;
    });
    m_server.route("/status/<arg>\\.json", [](int status, const QHttpServerRequest &) {
        QByteArray body;
        if (status == 403)
            body = R"({"errors":["You need to be logged in to do that."],"error_type":"not_logged_in"})";
        else if (status == 422)
            body = R"({"errors":["Body is too short","Title is too short"],"error_type":"record_invalid"})";
        else if (status == 404)
            body = R"({"errors":["The requested URL or resource could not be found."],"error_type":"not_found","extras":{"html":"<div>gone</div>"}})";
        else
            body = "<html>proxy error</html>"; // error bodies need not be JSON
        return jsonResponse(body, QHttpServerResponse::StatusCode(status));
    });
    m_server.route("/limited-header\\.json", [] {
        QHttpServerResponse r(QByteArrayLiteral("text/plain"), QByteArrayLiteral("slow down"),
                              QHttpServerResponse::StatusCode::TooManyRequests);
        r.setHeader("Retry-After", "7");
        return r;
    });
    m_server.route("/limited-body\\.json", [] {
        return jsonResponse(R"({"errors":["You've performed this action too many times."],"error_type":"rate_limit","extras":{"wait_seconds":12,"time_left":"12 seconds"}})",
                            QHttpServerResponse::StatusCode::TooManyRequests);
    });
    m_server.route("/malformed\\.json", [] {
        return jsonResponse("{\"topic_list\": [", QHttpServerResponse::StatusCode::Ok);
    });
    m_server.route("/big\\.json", [] {
        return jsonResponse("[\"" + QByteArray(4000, 'x') + "\"]", QHttpServerResponse::StatusCode::Ok);
    });
    // No Content-Length, body keeps coming: only the bytes received can trip the cap.
    m_server.route("/stream\\.json", [this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.writeStatusLine();
        responder.writeHeader("Content-Type", "application/json");
        responder.writeBody("[\"" + QByteArray(64 * 1024, 'y'));
        m_streams.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
    });
    m_server.route("/hang\\.json", [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        m_arrivals.append(req.query().queryItemValue("n").toInt());
        m_held.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        m_maxOutstanding = qMax(m_maxOutstanding, int(m_held.size()) - m_answered);
    });
    m_server.route("/img/<arg>", [this](const QString &name, const QHttpServerRequest &req) {
        ++m_imageHits[name];
        m_imageKeys[name] = req.value("Api-Key");
        if (name.startsWith(QLatin1String("wide")))
            return QHttpServerResponse(QByteArrayLiteral("image/png"), png(40, 20));
        if (name.startsWith(QLatin1String("text")))
            return QHttpServerResponse(QByteArrayLiteral("image/png"), QByteArrayLiteral("not an image at all"));
        if (name.startsWith(QLatin1String("missing")))
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        // 10x10 ARGB32: 400 decoded bytes each.
        return QHttpServerResponse(QByteArrayLiteral("image/png"), png(10, 10));
    });
    // An avatar answered with a redirect to another origin (its CDN), as Discourse does for letter avatars.
    m_server.route("/letter/<arg>", [this](const QString &name, const QHttpServerRequest &req) {
        m_imageKeys["letter:" + name] = req.value("Api-Key");
        ++m_imageHits["letter:" + name];
        QHttpServerResponse r(QHttpServerResponse::StatusCode::Found);
        if (name.startsWith(QLatin1String("loop"))) // a relative redirect to itself, forever
            r.addHeader("Location", "/letter/" + name.toLatin1());
        else
            r.addHeader("Location", QStringLiteral("http://127.0.0.1:%1/img/%2").arg(m_redirectPort).arg(name).toLatin1());
        return r;
    });
    // API answers that redirect: elsewhere (another port is another origin), or on and on.
    m_server.route("/moved\\.json", [this] {
        QHttpServerResponse r(QHttpServerResponse::StatusCode::Found);
        r.addHeader("Location", QStringLiteral("http://127.0.0.1:%1/echo.json").arg(m_redirectPort).toLatin1());
        return r;
    });
    m_server.route("/hop/<arg>\\.json", [this](int n) {
        ++m_imageHits[QStringLiteral("hop")];
        QHttpServerResponse r(QHttpServerResponse::StatusCode::Found);
        r.addHeader("Location", QStringLiteral("/hop/%1.json").arg(n + 1).toLatin1());
        return r;
    });
    m_server.route("/big.png", [] {
        return QHttpServerResponse(QByteArrayLiteral("image/png"), QByteArray(64 * 1024, 'x'));
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestTransport::init()
{
    m_imageHits.clear();
    m_imageKeys.clear();
    m_held.clear();
    m_streams.clear();
    m_answered = 0;
    m_maxOutstanding = 0;
    m_arrivals.clear();
}

std::optional<TransportResult> TestTransport::run(Transport &t, const QString &path)
{
    std::optional<TransportResult> out;
    t.get(path, this, [&out](const TransportResult &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, WaitMs))
        return std::nullopt;
    return out;
}

std::optional<ImageResult> TestTransport::runImage(Transport &t, const QUrl &url, int maxWidth)
{
    std::optional<ImageResult> out;
    t.getImage(url, this, [&out](const ImageResult &r) { out = r; }, maxWidth);
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, WaitMs))
        return std::nullopt;
    return out;
}

void TestTransport::sendsHeadersAndParsesJson()
{
    Transport t(base());
    const auto r = run(t, "/echo.json");
    QVERIFY(r);
    QVERIFY2(!r->error.isError(), qPrintable(r->error.message));
    QCOMPARE(r->httpStatus, 200);
    const QJsonObject o = r->json.object();
    QCOMPARE(o["ua"].toString(), QStringLiteral("AivizorDesktop/0.1 (+Qt 6.4)"));
    QCOMPARE(o["accept"].toString(), QStringLiteral("application/json"));
    QVERIFY(o["apiKey"].toString().isEmpty());
    QCOMPARE(t.transferTimeout(), 20000);
    QCOMPARE(t.maxResponseSize(), qint64(16 * 1024 * 1024));
    QCOMPARE(t.maxParallelRequests(), 4);
}

void TestTransport::resolvesRelativeUrls()
{
    Transport t(QUrl("https://forum.example"));
    QCOMPARE(t.resolve("/latest?page=1"), QUrl("https://forum.example/latest.json?page=1"));
    QCOMPARE(t.resolve("/latest.json?page=1"), QUrl("https://forum.example/latest.json?page=1"));
    QCOMPARE(t.resolve("latest"), QUrl("https://forum.example/latest.json"));
    QCOMPARE(t.resolve("/c/news/5/"), QUrl("https://forum.example/c/news/5.json"));
    QCOMPARE(t.resolve("/t/5/posts.json?post_ids[]=1&post_ids[]=2").path(), QStringLiteral("/t/5/posts.json"));
    Transport sub(QUrl("https://example.org/forum/"));
    QCOMPARE(sub.resolve("/latest?page=2"), QUrl("https://example.org/forum/latest.json?page=2"));
    // Server-sent URLs already carry the subfolder.
    QCOMPARE(sub.resolve("/forum/latest?page=2"), QUrl("https://example.org/forum/latest.json?page=2"));
}

void TestTransport::subfolderAndMoreTopicsUrl()
{
    Transport t(base("/forum"));
    const auto r = run(t, "/latest?page=1");
    QVERIFY(r);
    QVERIFY2(!r->error.isError(), qPrintable(r->error.message));
    QCOMPARE(r->json.object()["query"].toString(), QStringLiteral("page=1"));
}

void TestTransport::statusMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("serverMessages");
    QTest::newRow("404") << 404 << int(ApiError::Kind::NotFound)
                         << QStringList{"The requested URL or resource could not be found."};
    QTest::newRow("403") << 403 << int(ApiError::Kind::Forbidden)
                         << QStringList{"You need to be logged in to do that."};
    QTest::newRow("422") << 422 << int(ApiError::Kind::InvalidRequest)
                         << QStringList{"Body is too short", "Title is too short"};
    QTest::newRow("400") << 400 << int(ApiError::Kind::InvalidRequest) << QStringList{};
    QTest::newRow("500") << 500 << int(ApiError::Kind::ServerError) << QStringList{};
    QTest::newRow("502") << 502 << int(ApiError::Kind::ServerError) << QStringList{};
}

void TestTransport::statusMapping()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QStringList, serverMessages);
    Transport t(base());
    const auto r = run(t, QStringLiteral("/status/%1.json").arg(status));
    QVERIFY(r);
    QCOMPARE(int(r->error.kind), kind);
    QCOMPARE(r->error.httpStatus, status);
    QCOMPARE(r->error.serverMessages, serverMessages);
    QVERIFY(!r->error.message.isEmpty());
}

void TestTransport::rateLimitFromRetryAfter()
{
    Transport t(base());
    QSignalSpy limited(&t, &Transport::rateLimited);
    const auto r = run(t, "/limited-header.json");
    QVERIFY(r);
    QCOMPARE(r->error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(r->error.httpStatus, 429);
    QCOMPARE(r->error.waitSeconds, 7);
    QCOMPARE(limited.size(), 1);
    QCOMPARE(limited.first().first().toInt(), 7);
}

void TestTransport::rateLimitFromBody()
{
    Transport t(base());
    const auto r = run(t, "/limited-body.json");
    QVERIFY(r);
    QCOMPARE(r->error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(r->error.waitSeconds, 12);
    QCOMPARE(r->error.serverMessages.size(), 1);
}

void TestTransport::malformedJson()
{
    Transport t(base());
    const auto r = run(t, "/malformed.json");
    QVERIFY(r);
    QCOMPARE(r->error.kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(r->httpStatus, 200);
}

void TestTransport::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    Transport t(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
    const auto r = run(t, "/latest.json");
    QVERIFY(r);
    QCOMPARE(r->error.kind, ApiError::Kind::Network);
    QCOMPARE(r->httpStatus, 0);
}

void TestTransport::timeout()
{
    Transport t(base());
    t.setTransferTimeout(300);
    QElapsedTimer clock;
    clock.start();
    const auto r = run(t, "/hang.json");
    QVERIFY(r);
    QCOMPARE(r->error.kind, ApiError::Kind::Network);
    QVERIFY(clock.elapsed() >= 250);
    QVERIFY(clock.elapsed() < 4000);
}

void TestTransport::sizeCapByContentLength()
{
    Transport t(base());
    t.setMaxResponseSize(1000);
    auto r = run(t, "/big.json");
    QVERIFY(r);
    QCOMPARE(r->error.kind, ApiError::Kind::ResponseTooLarge);
    t.setMaxResponseSize(10000);
    r = run(t, "/big.json");
    QVERIFY(r);
    QVERIFY2(!r->error.isError(), qPrintable(r->error.message));
}

void TestTransport::sizeCapByBytesReceived()
{
    Transport t(base());
    t.setMaxResponseSize(16 * 1024);
    const auto r = run(t, "/stream.json");
    QVERIFY(r);
    QCOMPARE(r->error.kind, ApiError::Kind::ResponseTooLarge);
    QCOMPARE(t.runningCount(), 0);
}

// An endless chunked answer in 64 KiB chunks against a cap that is a multiple of them. The reply's
// read buffer used to be bounded at the cap: once it held exactly the cap it stopped reading, and
// the request hung until the transfer timeout instead of failing as too large.
void TestTransport::sizeCapOnEndlessChunks()
{
    QTcpServer endless;
    QVERIFY(endless.listen(QHostAddress::LocalHost, 0));
    const QByteArray chunk = "10000\r\n" + QByteArray(64 * 1024, ' ') + "\r\n";
    connect(&endless, &QTcpServer::newConnection, this, [&endless, chunk] {
        QTcpSocket *socket = endless.nextPendingConnection();
        const auto pump = [socket, chunk] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024)
                socket->write(chunk);
        };
        connect(socket, &QTcpSocket::readyRead, socket, [socket, pump] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            pump();
        });
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });
    Transport t(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(endless.serverPort())));
    t.setTransferTimeout(8000);
    t.setMaxResponseSize(1024 * 1024);
    const auto r = run(t, "/latest.json");
    QVERIFY(r);
    QCOMPARE(r->error.kind, ApiError::Kind::ResponseTooLarge);
    QCOMPARE(t.runningCount(), 0);
}

void TestTransport::concurrencyCapIsFifo()
{
    Transport t(base());
    t.setMaxParallelRequests(2);
    QList<int> finished;
    for (int i = 0; i < 5; ++i)
        t.get(QStringLiteral("/hang.json?n=%1").arg(i), this,
              [&finished, i](const TransportResult &r) {
                  if (!r.error.isError())
                      finished.append(i);
              });
    QCOMPARE(t.runningCount(), 2);
    QCOMPARE(t.queuedCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(int(m_held.size()), 2, WaitMs);
    // Answer one request at a time; the server must never see more than two at once.
    for (int answered = 0; answered < 5; ++answered) {
        QTRY_VERIFY_WITH_TIMEOUT(int(m_held.size()) > answered, WaitMs);
        ++m_answered;
        m_held.at(answered)->write(QByteArrayLiteral("{}"), QByteArrayLiteral("application/json"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), answered + 1, WaitMs);
    }
    QCOMPARE(m_maxOutstanding, 2);
    QCOMPARE(m_arrivals, (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(finished, (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(t.runningCount(), 0);
    QCOMPARE(t.queuedCount(), 0);
}

void TestTransport::cancelDeliversCancelled()
{
    Transport t(base());
    t.setMaxParallelRequests(1);
    std::optional<TransportResult> running, queued;
    const auto a = t.get("/hang.json?n=1", this, [&running](const TransportResult &r) { running = r; });
    const auto b = t.get("/hang.json?n=2", this, [&queued](const TransportResult &r) { queued = r; });
    QCOMPARE(t.queuedCount(), 1);
    t.cancel(b);
    t.cancel(a);
    // Delivered from the event loop, never inside cancel().
    QVERIFY(!running && !queued);
    QTRY_VERIFY_WITH_TIMEOUT(running && queued, WaitMs);
    QCOMPARE(running->error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(queued->error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(t.runningCount(), 0);
    QCOMPARE(t.queuedCount(), 0);
}

void TestTransport::deadContextGetsNoCallback()
{
    Transport t(base());
    bool called = false;
    auto context = std::make_unique<QObject>();
    t.get("/echo.json", context.get(), [&called](const TransportResult &) { called = true; });
    context.reset();
    bool done = false;
    t.get("/echo.json", this, [&done](const TransportResult &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, WaitMs);
    QVERIFY(!called);
}

void TestTransport::authHeadersOnlyToOwnOrigin()
{
    Transport t(base());
    t.setAuthHeaders({{"Api-Key", "secret-key"}, {"Api-Username", "system"}});
    auto r = run(t, "/echo.json");
    QVERIFY(r);
    QCOMPARE(r->json.object()["apiKey"].toString(), QStringLiteral("secret-key"));
    // An absolute URL on another origin (another port) never gets the secrets.
    QHttpServer other;
    other.route("/echo\\.json", [](const QHttpServerRequest &req) {
        return QJsonObject{{"apiKey", QString::fromLatin1(req.value("Api-Key"))}};
    });
    const quint16 otherPort = other.listen(QHostAddress::LocalHost, 0);
    QVERIFY(otherPort != 0);
    r = run(t, QStringLiteral("http://127.0.0.1:%1/echo.json").arg(otherPort));
    QVERIFY(r);
    QVERIFY2(!r->error.isError(), qPrintable(r->error.message));
    QVERIFY(r->json.object().contains("apiKey"));
    QVERIFY(r->json.object()["apiKey"].toString().isEmpty());
}

void TestTransport::imageSameOriginGetsAuth()
{
    Transport t(base("/forum"));
    t.setAuthHeaders({{"Api-Key", "secret-key"}, {"Api-Username", "system"}});
    const auto r = runImage(t, base("/img/own.png"));
    QVERIFY(r);
    QVERIFY2(!r->error.isError(), qPrintable(r->error.message));
    QCOMPARE(r->image.size(), QSize(10, 10));
    QCOMPARE(r->url, base("/img/own.png"));
    // The bytes as sent, for the store: a PNG signature and the server's type.
    QVERIFY(r->data.startsWith("\x89PNG"));
    QCOMPARE(r->contentType, QByteArray("image/png"));
    QCOMPARE(m_imageKeys.value("own.png"), QByteArray("secret-key"));
}

void TestTransport::imageOtherOriginGetsNoAuth()
{
    QHttpServer other;
    QByteArray otherKey = "unset";
    other.route("/img/<arg>", [&otherKey](const QString &, const QHttpServerRequest &req) {
        otherKey = req.value("Api-Key");
        return QHttpServerResponse(QByteArrayLiteral("image/png"), png(10, 10));
    });
    const quint16 otherPort = other.listen(QHostAddress::LocalHost, 0);
    QVERIFY(otherPort != 0);

    Transport t(base());
    t.setAuthHeaders({{"Api-Key", "secret-key"}});
    const auto r = runImage(t, QUrl(QStringLiteral("http://127.0.0.1:%1/img/cdn.png").arg(otherPort)));
    QVERIFY(r);
    QVERIFY2(!r->error.isError(), qPrintable(r->error.message));
    QCOMPARE(r->image.size(), QSize(10, 10));
    QCOMPARE(otherKey, QByteArray()); // asked, without the secret
}

void TestTransport::anonymousRedirectToOtherOriginIsRefused()
{
    QHttpServer other;
    int otherHits = 0;
    other.route("/echo.json", [&otherHits] {
        ++otherHits;
        return QJsonObject{{"from", "elsewhere"}};
    });
    m_redirectPort = other.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_redirectPort != 0);
    Transport t(base()); // not signed in: no credentials to protect, and still not followed
    const auto r = run(t, "/moved.json");
    QVERIFY(r);
    QVERIFY(r->error.isError());
    QVERIFY(!r->error.isRetryable());
    QVERIFY2(r->error.message.contains(QLatin1String("another site")), qPrintable(r->error.message));
    QCOMPARE(otherHits, 0);
}

void TestTransport::redirectChainIsCapped()
{
    Transport t(base());
    const auto r = run(t, "/hop/0.json");
    QVERIFY(r);
    QVERIFY(r->error.isError());
    QCOMPARE(m_imageHits.value(QStringLiteral("hop")), 1 + Transport::MaxRedirects);
    QVERIFY2(r->error.message.contains(QLatin1String("too many times")), qPrintable(r->error.message));
}

void TestTransport::imageRedirectToOtherOriginDropsAuth()
{
    QHttpServer other;
    QByteArray otherKey = "unset";
    other.route("/img/<arg>", [&otherKey](const QString &, const QHttpServerRequest &req) {
        otherKey = req.value("Api-Key");
        return QHttpServerResponse(QByteArrayLiteral("image/png"), png(10, 10));
    });
    const quint16 otherPort = other.listen(QHostAddress::LocalHost, 0);
    QVERIFY(otherPort != 0);
    m_redirectPort = otherPort;

    Transport t(base());
    t.setAuthHeaders({{"Api-Key", "secret-key"}});
    const auto r = runImage(t, base("/letter/a.png"));
    QVERIFY(r);
    QVERIFY2(!r->error.isError(), qPrintable(r->error.message));
    QCOMPARE(r->image.size(), QSize(10, 10));
    QCOMPARE(r->url, base("/letter/a.png"));
    QCOMPARE(m_imageKeys.value("letter:a.png"), QByteArray("secret-key"));
    QCOMPARE(otherKey, QByteArray());
}

void TestTransport::imageRedirectLoopStops()
{
    Transport t(base());
    const auto r = runImage(t, base("/letter/loop.png"));
    QVERIFY(r);
    QVERIFY(r->error.isError());
    QCOMPARE(r->httpStatus, 302);
    QCOMPARE(m_imageHits.value("letter:loop.png"), 1 + Transport::MaxImageRedirects);
}

void TestTransport::imageSizeCapAborts()
{
    Transport t(base());
    QCOMPARE(t.maxImageSize(), qint64(8 * 1024 * 1024));
    t.setMaxImageSize(16 * 1024);
    auto r = runImage(t, base("/big.png"));
    QVERIFY(r);
    QCOMPARE(r->error.kind, ApiError::Kind::ResponseTooLarge);
    QVERIFY(r->image.isNull());
    // The image cap is its own: JSON answers keep the response cap.
    QCOMPARE(t.maxResponseSize(), qint64(16 * 1024 * 1024));
    r = runImage(t, base("/img/small.png"));
    QVERIFY(r);
    QVERIFY2(!r->error.isError(), qPrintable(r->error.message));
}

void TestTransport::imageFailures()
{
    Transport t(base());
    auto r = runImage(t, base("/img/text.png"));
    QVERIFY(r);
    QCOMPARE(r->error.kind, ApiError::Kind::MalformedResponse);
    r = runImage(t, base("/img/missing.png"));
    QVERIFY(r);
    QCOMPARE(r->error.kind, ApiError::Kind::NotFound);
    QCOMPARE(r->httpStatus, 404);
    // Local files are never read, whatever a post asks for.
    r = runImage(t, QUrl("file:///etc/hostname"));
    QVERIFY(r);
    QCOMPARE(r->error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY(r->image.isNull());
}

void TestTransport::imageScaledWhileDecoding()
{
    Transport t(base());
    const auto r = runImage(t, base("/img/wide.png"), 20);
    QVERIFY(r);
    QVERIFY2(!r->error.isError(), qPrintable(r->error.message));
    QCOMPARE(r->image.size(), QSize(20, 10));
}

void TestTransport::imagesWaitBehindApiRequests()
{
    Transport t(base());
    t.setMaxParallelRequests(2);
    // Two held API requests fill both slots; an image queued meanwhile waits, and when one slot
    // frees up, queued API requests go first.
    QList<QString> order;
    t.get("/hang.json?n=1", this, [&order](const TransportResult &) { order.append("api1"); });
    t.get("/hang.json?n=2", this, [&order](const TransportResult &) { order.append("api2"); });
    QTRY_COMPARE_WITH_TIMEOUT(int(m_held.size()), 2, WaitMs);
    t.getImage(base("/img/queued.png"), this, [&order](const ImageResult &) { order.append("image"); });
    t.get("/hang.json?n=3", this, [&order](const TransportResult &) { order.append("api3"); });
    QCOMPARE(t.queuedCount(), 2);
    m_held.front()->write(QByteArrayLiteral("{}"), QByteArrayLiteral("application/json"));
    QTRY_COMPARE_WITH_TIMEOUT(int(m_held.size()), 3, WaitMs); // api3 took the slot, not the image
    QCOMPARE(m_imageHits.value("queued.png"), 0);
    m_held.at(1)->write(QByteArrayLiteral("{}"), QByteArrayLiteral("application/json"));
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, WaitMs);
    QCOMPARE(order, (QList<QString>{"api1", "api2", "image"}));
    m_held.at(2)->write(QByteArrayLiteral("{}"), QByteArrayLiteral("application/json"));
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, WaitMs);
}

void TestTransport::cacheServesAllWaitersWithOneRequest()
{
    Transport t(base());
    ImageCache cache(&t);
    QSignalSpy ready(&cache, &ImageCache::imageReady);
    const QUrl url = base("/img/shared.png");
    QImage first, second;
    cache.load(url, this, [&first](const QImage &image) { first = image; });
    cache.load(url, this, [&second](const QImage &image) { second = image; });
    QVERIFY(cache.image(url).isNull()); // a third reader, without a callback
    QCOMPARE(cache.pendingCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, WaitMs);
    QCOMPARE(ready.first().first().toUrl(), url);
    QCOMPARE(first.size(), QSize(10, 10));
    QCOMPARE(second.size(), QSize(10, 10));
    QCOMPARE(cache.image(url).size(), QSize(10, 10));
    QCOMPARE(cache.pendingCount(), 0);
    QCOMPARE(m_imageHits.value("shared.png"), 1);
    // Later waiters are answered from memory at once.
    QImage third;
    cache.load(url, this, [&third](const QImage &image) { third = image; });
    QCOMPARE(third.size(), QSize(10, 10));
    QCOMPARE(m_imageHits.value("shared.png"), 1);
}

void TestTransport::cacheEvictsLeastRecentlyUsedByBytes()
{
    Transport t(base());
    ImageCache cache(&t);
    cache.setMaxBytes(1000); // two 10x10 ARGB32 images (400 bytes each), not three
    QSignalSpy ready(&cache, &ImageCache::imageReady);
    const QUrl a = base("/img/a.png"), b = base("/img/b.png"), c = base("/img/c.png");
    cache.image(a);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, WaitMs);
    cache.image(b);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, WaitMs);
    QCOMPARE(cache.usedBytes(), 800);
    QVERIFY(!cache.image(a).isNull()); // a is now the most recently used
    cache.image(c);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, WaitMs);
    QVERIFY(cache.contains(a));
    QVERIFY(!cache.contains(b));
    QVERIFY(cache.contains(c));
    QCOMPARE(cache.usedBytes(), 800);
    // An evicted image is loaded again when asked for.
    QVERIFY(cache.image(b).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 4, WaitMs);
    QCOMPARE(m_imageHits.value("b.png"), 2);
    QCOMPARE(m_imageHits.value("a.png"), 1);
}

void TestTransport::cacheDoesNotRetryFailures()
{
    Transport t(base());
    ImageCache cache(&t);
    QSignalSpy failed(&cache, &ImageCache::imageFailed);
    const QUrl url = base("/img/missing-avatar.png");
    QVERIFY(cache.image(url).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, WaitMs);
    QVERIFY(cache.hasFailed(url));
    QVERIFY(cache.image(url).isNull());
    bool answered = false;
    cache.load(url, this, [&answered](const QImage &image) { answered = image.isNull(); });
    QVERIFY(answered);
    QCOMPARE(cache.pendingCount(), 0);
    QCOMPARE(m_imageHits.value("missing-avatar.png"), 1);
    // Non-web URLs are not even asked for.
    QVERIFY(cache.image(QUrl("file:///etc/hostname")).isNull());
    QCOMPARE(cache.pendingCount(), 0);
}

std::unique_ptr<QHttpServer> TestTransport::startUploads(quint16 port, QHash<QString, int> *hits)
{
    auto server = std::make_unique<QHttpServer>();
    server->route("/uploads/<arg>", [hits](const QString &name) {
        ++(*hits)[name];
        if (name.startsWith(QLatin1String("text")))
            return QHttpServerResponse(QByteArrayLiteral("image/png"), QByteArrayLiteral("not an image at all"));
        return QHttpServerResponse(QByteArrayLiteral("image/png"), png(10, 10));
    });
    if (server->listen(QHostAddress::LocalHost, port) == 0)
        return nullptr;
    return server;
}

void TestTransport::cacheKeepsImagesInTheStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ForumStore store;
    const StoreOpenReport report = store.open(dir.filePath("forum.sqlite"));
    QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
    QHash<QString, int> hits;
    std::unique_ptr<QHttpServer> forum = startUploads(0, &hits);
    QVERIFY(forum);
    const QUrl site(QStringLiteral("http://127.0.0.1:%1").arg(forum->servers().first()->serverPort()));
    store.setSiteUrl(site);
    const QUrl own = site.resolved(QUrl("/uploads/a.png"));
    const QUrl foreign = base("/img/foreign.png"); // another port: another origin
    {
        Transport t(site);
        ImageCache cache(&t);
        cache.setStore(&store);
        QSignalSpy ready(&cache, &ImageCache::imageReady);
        QVERIFY(cache.image(own).isNull());
        QVERIFY(cache.image(foreign).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, WaitMs);
    }
    QCOMPARE(hits.value("a.png"), 1);
    QCOMPARE(m_imageHits.value("foreign.png"), 1);
    QVERIFY(store.flush());
    const ApiResult<StoredImage> stored = store.image(own);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value->contentType, QByteArray("image/png"));
    QCOMPARE(QImage::fromData(stored.value->data).size(), QSize(10, 10));
    QVERIFY(store.image(foreign).ok());
    // The forum's own image is kept by its path, so the forum on another port still finds it;
    // another origin's is kept by its full URL.
    const QUrl moved(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    store.setSiteUrl(moved);
    QVERIFY(store.image(moved.resolved(QUrl("/uploads/a.png"))).ok());
    store.setSiteUrl(site);
    QCOMPARE(store.image(site.resolved(QUrl("/img/foreign.png"))).error.kind, ApiError::Kind::NotFound);

    // The forum is gone: a new cache on the same store still shows the image.
    forum.reset();
    Transport t(site);
    ImageCache cache(&t);
    cache.setStore(&store);
    QSignalSpy failed(&cache, &ImageCache::imageFailed);
    QImage loaded;
    cache.load(own, this, [&loaded](const QImage &image) { loaded = image; });
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isNull(), WaitMs);
    QCOMPARE(loaded.size(), QSize(10, 10));
    QVERIFY(cache.contains(own));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(hits.value("a.png"), 1);
}

void TestTransport::cacheRetriesNetworkFailuresOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ForumStore store;
    const StoreOpenReport report = store.open(dir.filePath("forum.sqlite"));
    QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
    QHash<QString, int> hits;
    std::unique_ptr<QHttpServer> forum = startUploads(0, &hits);
    QVERIFY(forum);
    const quint16 port = forum->servers().first()->serverPort();
    const QUrl site(QStringLiteral("http://127.0.0.1:%1").arg(port));
    store.setSiteUrl(site);
    const QUrl text = site.resolved(QUrl("/uploads/text.png"));
    const QUrl good = site.resolved(QUrl("/uploads/good.png"));
    Transport t(site);
    ImageCache cache(&t);
    cache.setStore(&store);
    QSignalSpy ready(&cache, &ImageCache::imageReady);
    QSignalSpy failed(&cache, &ImageCache::imageFailed);

    // Bytes that do not decode: the forum answered, asking again would not help.
    cache.image(text);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, WaitMs);
    QCOMPARE(hits.value("text.png"), 1);
    // The forum goes away: that failure is the network's.
    forum.reset();
    cache.image(good);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, WaitMs);
    QVERIFY(cache.hasFailed(good));

    forum = startUploads(port, &hits);
    QVERIFY(forum);
    // Back, but not retried until told.
    QVERIFY(cache.image(good).isNull());
    QCOMPARE(cache.pendingCount(), 0);
    cache.retryFailed();
    QVERIFY(!cache.hasFailed(good));
    QVERIFY(cache.hasFailed(text));
    QVERIFY(cache.image(good).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, WaitMs);
    QCOMPARE(cache.image(good).size(), QSize(10, 10));
    QCOMPARE(hits.value("good.png"), 1);
    bool answeredNull = false;
    cache.load(text, this, [&answeredNull](const QImage &image) { answeredNull = image.isNull(); });
    QVERIFY(answeredNull);
    QCOMPARE(cache.pendingCount(), 0);
    QCOMPARE(hits.value("text.png"), 1);
    QCOMPARE(failed.count(), 2);
    // Only the image is kept, not what failed to decode.
    QVERIFY(store.flush());
    QVERIFY(store.image(good).ok());
    QCOMPARE(store.image(text).error.kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
