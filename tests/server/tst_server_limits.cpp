// aivizor-server refuses oversized request bodies as they arrive, on every route, over raw TCP:
// a declared Content-Length over the limit, chunked bodies growing past it, endless garbage after
// a short body; eight of each at once must not make the server buffer them.
#include "testserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

namespace {

constexpr qsizetype LimitKib = 256;

// VmHWM (peak resident set) or VmRSS of a process, in KiB.
qint64 procStatusKib(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// One client that sends a request head and then streams a body of `bodyBytes` (raw bytes or
// chunks), one MiB at a time as the socket drains, until the server answers or closes.
class Uploader : public QObject
{
public:
    enum class Kind { Declared, Chunked, Garbage };

    Uploader(const QUrl &base, const QByteArray &method, const QByteArray &path, Kind kind, qsizetype bodyBytes)
        : m_kind(kind), m_left(bodyBytes)
    {
        QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: " + base.authority().toLatin1()
            + "\r\nContent-Type: application/json\r\n";
        if (kind == Kind::Chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else if (kind == Kind::Declared)
            head += "Content-Length: " + QByteArray::number(bodyBytes) + "\r\n";
        else
            head += "Content-Length: 2\r\n"; // then far more than 2 bytes
        head += "\r\n";
        if (kind == Kind::Garbage)
            head += "{}";
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_answer += m_socket.readAll();
            if (m_kind != Kind::Garbage)
                m_left = 0; // answered: stop sending (garbage goes on until the server closes)
        });
        connect(&m_socket, &QTcpSocket::bytesWritten, this, &Uploader::sendMore);
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_closed = true; });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { m_closed = true; });
        connect(&m_socket, &QTcpSocket::connected, this, [this, head] {
            m_socket.write(head);
        });
        m_socket.connectToHost(base.host(), quint16(base.port()));
    }

    bool done() const { return m_closed || (m_kind != Kind::Garbage && m_answer.contains("\r\n\r\n{")); }
    QByteArray answer() const { return m_answer; }
    qsizetype sent() const { return m_sent; }

private:
    void sendMore()
    {
        if (m_left <= 0 || m_socket.bytesToWrite() > 0 || m_socket.state() != QAbstractSocket::ConnectedState)
            return;
        const qsizetype piece = qMin<qsizetype>(m_left, 1024 * 1024);
        QByteArray data(piece, 'x');
        m_left -= piece;
        if (m_kind == Kind::Chunked)
            data = QByteArray::number(piece, 16) + "\r\n" + data + (m_left == 0 ? "\r\n0\r\n\r\n" : "\r\n");
        m_sent += piece;
        m_socket.write(data);
    }

    QTcpSocket m_socket;
    const Kind m_kind;
    qsizetype m_left;
    qsizetype m_sent = 0;
    QByteArray m_answer;
    bool m_closed = false;
};

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

QJsonObject bodyOf(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

} // namespace

class TestServerLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void declaredLengthRefusedOnEveryRoute_data();
    void declaredLengthRefusedOnEveryRoute();
    void bodyWithinLimitStillServed();
    void concurrentOversizedBodiesStayBounded();

private:
    TestServer m_server;
};

void TestServerLimits::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--max-body-kib"), QString::number(LimitKib)}),
             qPrintable(m_server.errorString()));
}

void TestServerLimits::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestServerLimits::declaredLengthRefusedOnEveryRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("POST /posts.json") << QByteArray("POST") << QByteArray("/posts.json");
    QTest::newRow("PUT /t/1.json") << QByteArray("PUT") << QByteArray("/t/1.json");
    QTest::newRow("POST message bus") << QByteArray("POST") << QByteArray("/message-bus/abc/poll");
    QTest::newRow("GET /latest.json") << QByteArray("GET") << QByteArray("/latest.json");
    QTest::newRow("unknown path") << QByteArray("POST") << QByteArray("/no/such/route");
}

void TestServerLimits::declaredLengthRefusedOnEveryRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    // 1 GiB declared: the answer comes right after the headers, long before the body could.
    Uploader client(m_server.baseUrl(), method, path, Uploader::Kind::Declared, qsizetype(1) << 30);
    QTRY_VERIFY_WITH_TIMEOUT(client.done(), 20000);
    QCOMPARE(statusOf(client.answer()), 413);
    QCOMPARE(bodyOf(client.answer()).value(QStringLiteral("error_type")).toString(), QStringLiteral("payload_too_large"));
    QVERIFY(client.answer().contains("Connection: close"));
    QVERIFY2(client.sent() < 64 * 1024 * 1024, qPrintable(QString::number(client.sent())));
}

void TestServerLimits::bodyWithinLimitStillServed()
{
    // A body just under the limit reaches its route (anonymous: 403 from the write checks),
    // declared or chunked.
    for (const Uploader::Kind kind : {Uploader::Kind::Declared, Uploader::Kind::Chunked}) {
        Uploader client(m_server.baseUrl(), "POST", "/posts.json", kind, LimitKib * 1024 - 100);
        QTRY_VERIFY_WITH_TIMEOUT(client.done(), 20000);
        QCOMPARE(statusOf(client.answer()), 403);
    }
}

void TestServerLimits::concurrentOversizedBodiesStayBounded()
{
    const qint64 pid = m_server.processId();
    QVERIFY(pid > 0);
    const qint64 before = procStatusKib(pid, "VmHWM");
    QVERIFY(before > 0);

    // Eight of each: declared 200 MB, chunked 200 MB, 200 MB of garbage after a 2-byte body.
    std::vector<std::unique_ptr<Uploader>> clients;
    for (int i = 0; i < 8; ++i) {
        for (const Uploader::Kind kind : {Uploader::Kind::Declared, Uploader::Kind::Chunked, Uploader::Kind::Garbage})
            clients.push_back(std::make_unique<Uploader>(m_server.baseUrl(), "POST", "/posts.json", kind, 200 * 1024 * 1024));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->done(); }), 60000);

    qsizetype sent = 0;
    for (size_t i = 0; i < clients.size(); ++i) {
        const QByteArray answer = clients[i]->answer();
        sent += clients[i]->sent();
        if (i % 3 == 2) {
            // The 2-byte body is answered (403: anonymous); what follows is refused as an over-long
            // request head and the connection closed.
            QCOMPARE(statusOf(answer), 403);
            QVERIFY2(answer.contains("HTTP/1.1 431 "), answer.constData());
            QVERIFY2(clients[i]->sent() < 64 * 1024 * 1024, qPrintable(QString::number(clients[i]->sent())));
        } else {
            QCOMPARE(statusOf(answer), 413);
            QVERIFY(bodyOf(answer).contains(QStringLiteral("errors")));
        }
    }
    const qint64 peak = procStatusKib(pid, "VmHWM");
    qInfo("server peak RSS %lld KiB before, %lld KiB after 24 oversized bodies (%lld MiB sent); VmRSS now %lld KiB",
          before, peak, qlonglong(sent >> 20), procStatusKib(pid, "VmRSS"));
    // Bounded: no body was buffered past the limit (unbounded, this would be gigabytes).
    QVERIFY2(peak - before < 64 * 1024, qPrintable(QString::number(peak - before)));

    // And the server still answers.
    Uploader after(m_server.baseUrl(), "POST", "/posts.json", Uploader::Kind::Declared, 10);
    QTRY_VERIFY_WITH_TIMEOUT(after.done(), 20000);
    QCOMPARE(statusOf(after.answer()), 403);
}

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_server_limits.moc"
