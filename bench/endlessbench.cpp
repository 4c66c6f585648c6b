// Peak memory of the library against an endless chunked answer: a forum (here a child process on
// loopback) that sends chunks of JSON-looking bytes forever, as fast as the client reads them.
// Transport must abort at its response cap as the bytes arrive, so the peak stays near the cap
// whatever the forum sends. Prints, per cap: the error, time to it, bytes the server got out, and
// the process's peak RSS (VmHWM) against its RSS before the first request.
// Usage: aivizor-bench-endless [cap-MiB ...]   (default: 1 16 64; 16 MiB is the default cap)
//        aivizor-bench-endless --serve          (the endless server; prints its port)
#include "benchstats.h"

#include "lib/net/transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace Aivizor;

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 SocketBacklog = 1024 * 1024; // what the server keeps queued per connection

// The server: after the request headers, chunk after chunk while the socket drains, never the
// final zero-length chunk. On each disconnect it prints how many body bytes it wrote.
int serve()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    std::printf("%d\n", server.serverPort());
    std::fflush(stdout);
    // One object after another, never closing the list: valid JSON so far, however far it gets.
    const QByteArray item("{\"id\":1,\"title\":\"endless\"},");
    const QByteArray payload = item.repeated(int(ChunkBytes / item.size()) + 1).left(ChunkBytes);
    const QByteArray chunk = QByteArray::number(ChunkBytes, 16) + "\r\n" + payload + "\r\n";
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        auto *request = new QByteArray;
        auto *sent = new qint64(0);
        const auto pump = [socket, sent, chunk] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < SocketBacklog) {
                socket->write(chunk);
                *sent += ChunkBytes;
            }
        };
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, request, pump] {
            const bool started = request->contains("\r\n\r\n");
            request->append(socket->readAll());
            if (started || !request->contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "1\r\n[\r\n");
            pump();
        });
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, request, sent] {
            std::printf("sent %lld\n", static_cast<long long>(*sent));
            std::fflush(stdout);
            delete request;
            delete sent;
            socket->deleteLater();
        });
    });
    return QCoreApplication::exec();
}

double statusMiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--serve"))
        return serve();
    if (args.isEmpty())
        args = {QStringLiteral("1"), QStringLiteral("16"), QStringLiteral("64")};

    QProcess server;
    server.start(app.applicationFilePath(), {QStringLiteral("--serve")});
    if (!server.waitForReadyRead(10000)) {
        std::fprintf(stderr, "the endless server did not start\n");
        return 1;
    }
    const int port = server.readLine().trimmed().toInt();
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));

    const double rssBefore = statusMiB("VmRSS:");
    std::printf("RSS before the first request: %.1f MiB (peak so far %.1f MiB)\n", rssBefore, statusMiB("VmHWM:"));
    for (const QString &arg : std::as_const(args)) {
        const qint64 cap = arg.toLongLong() * 1024 * 1024;
        Transport transport(base);
        transport.setMaxResponseSize(cap);
        std::optional<TransportResult> result;
        QElapsedTimer clock;
        clock.start();
        transport.get(QStringLiteral("/latest.json"), &app, [&](const TransportResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000)) {
            std::fprintf(stderr, "no answer after 120 s with a %s MiB cap\n", qPrintable(arg));
            return 1;
        }
        const qint64 ms = clock.elapsed();
        // The server reports what it wrote once the client's abort closed the connection.
        QByteArray sent;
        QTest::qWaitFor([&] {
            while (server.canReadLine())
                sent = server.readLine().trimmed();
            return sent.startsWith("sent ");
        }, 10000);
        std::printf("cap %s MiB: \"%s\" after %lld ms; server wrote %.1f MiB; peak RSS %.1f MiB (+%.1f over the start), "
                    "RSS now %.1f MiB\n",
                    qPrintable(arg), qPrintable(result->error.isError() ? result->error.message : QStringLiteral("no error (the cap did not hold)")), static_cast<long long>(ms),
                    sent.mid(5).toLongLong() / 1048576.0, statusMiB("VmHWM:"), statusMiB("VmHWM:") - rssBefore,
                    statusMiB("VmRSS:"));
    }
    server.kill();
    server.waitForFinished();
    return 0;
}
