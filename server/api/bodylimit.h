#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

// Refuses request bodies over a limit as they arrive, before QtHttpServer buffers them.
//
// QtHttpServer 6.4 reads every byte of a request (inside a QIODevice transaction, so twice) before
// any route runs, and has no limit of its own. A BodyLimit is connected to a socket's readyRead
// before QtHttpServer is, so it sees each piece of data first (peeking, not reading) and follows
// the requests on the connection: headers, then a Content-Length body or chunks. A declared length
// over the limit is refused as soon as the headers are complete; a chunked body is refused the
// moment its chunks pass the limit; headers over MaxHeaderBytes are refused with 431. Refusing
// answers 413 (Discourse's error JSON, Connection: close), drops what is buffered, discards what
// still arrives and closes the connection after LingerMs or LingerBytes, so a client still sending
// reads the answer instead of a reset.
class BodyLimit : public QObject
{
public:
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr int LingerMs = 2000;
    static constexpr qsizetype LingerBytes = 4 * 1024 * 1024;

    BodyLimit(QTcpSocket *socket, qsizetype maxBodyBytes);

private:
    enum class State { Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Refused };

    void onReadyRead();
    void consume(const char *data, qsizetype size);
    void headersComplete();
    void refuse(int status);
    void discard();

    QTcpSocket *m_socket;
    const qsizetype m_maxBody;
    State m_state = State::Headers;
    QByteArray m_line;          // the header block or chunk-size line being read
    qsizetype m_remaining = 0;  // bytes left of the Content-Length body or the current chunk
    qsizetype m_bodyBytes = 0;  // chunk data of the current request so far
    qsizetype m_discarded = 0;  // bytes dropped since the refusal
};
