#include "bodylimit.h"
#include "http.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

BodyLimit::BodyLimit(QTcpSocket *socket, qsizetype maxBodyBytes)
    : QObject(socket)
    , m_socket(socket)
    , m_maxBody(maxBodyBytes)
{
    connect(socket, &QTcpSocket::readyRead, this, &BodyLimit::onReadyRead);
}

void BodyLimit::onReadyRead()
{
    if (m_state == State::Refused) {
        discard();
        return;
    }
    // What arrived since QtHttpServer last read (it reads everything on each readyRead).
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    consume(fresh.constData(), fresh.size());
}

void BodyLimit::consume(const char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && m_state != State::Refused) {
        switch (m_state) {
        case State::Headers:
        case State::Trailers: {
            const char *end = static_cast<const char *>(memchr(data + i, '\n', size_t(size - i)));
            const qsizetype take = end ? end - (data + i) + 1 : size - i;
            m_line.append(data + i, take);
            i += take;
            if (m_line.size() > MaxHeaderBytes) {
                refuse(431);
                break;
            }
            if (!end)
                break;
            if (m_state == State::Headers) {
                if (m_line == "\r\n" || m_line == "\n") {
                    m_line.clear(); // empty lines before a request are allowed
                } else if (m_line.endsWith("\n\r\n") || m_line.endsWith("\n\n")) {
                    headersComplete();
                    m_line.clear();
                }
            } else if (m_line.endsWith("\n\r\n") || m_line.endsWith("\n\n") || m_line == "\r\n" || m_line == "\n") {
                m_line.clear();
                m_state = State::Headers; // the chunked request is complete
            }
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qsizetype take = qMin(m_remaining, size - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Headers : State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (data[i++] == '\n')
                m_state = State::ChunkSize;
            break;
        case State::ChunkSize: {
            const char *end = static_cast<const char *>(memchr(data + i, '\n', size_t(size - i)));
            const qsizetype take = end ? end - (data + i) + 1 : size - i;
            m_line.append(data + i, take);
            i += take;
            if (m_line.size() > 1024) {
                refuse(400);
                break;
            }
            if (!end)
                break;
            QByteArray hex = m_line.trimmed();
            m_line.clear();
            if (const qsizetype semicolon = hex.indexOf(';'); semicolon >= 0)
                hex.truncate(semicolon); // chunk extensions
            bool ok = false;
            const qlonglong chunk = hex.trimmed().toLongLong(&ok, 16);
            if (!ok || chunk < 0) {
                refuse(400);
                break;
            }
            if (chunk == 0) {
                m_state = State::Trailers;
                m_line = "\n"; // the trailer block ends at the next empty line
                break;
            }
            m_bodyBytes += chunk;
            if (m_bodyBytes > m_maxBody) {
                refuse(413);
                break;
            }
            m_remaining = chunk;
            m_state = State::ChunkData;
            break;
        }
        case State::Refused:
            break;
        }
    }
}

void BodyLimit::headersComplete()
{
    qlonglong length = 0;
    bool chunked = false;
    for (const QByteArray &line : m_line.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qlonglong n = value.toLongLong(&ok);
            if (!ok || n < 0) {
                refuse(400);
                return;
            }
            length = qMax(length, n);
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            chunked = true;
        }
    }
    m_bodyBytes = 0;
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (length > m_maxBody) {
        refuse(413);
    } else if (length > 0) {
        m_remaining = length;
        m_state = State::Body;
    }
}

void BodyLimit::refuse(int status)
{
    m_state = State::Refused;
    m_line.clear();
    m_line.squeeze();
    discard();
    const QHttpServerResponse answer = status == 413 ? Http::tooLarge(m_maxBody)
        : status == 431 ? Http::error(Http::Status::RequestHeaderFieldsTooLarge, QStringLiteral("request_header_fields_too_large"),
                                      QCoreApplication::translate("BodyLimit", "The request headers are too large."))
                        : Http::error(Http::Status::BadRequest, QStringLiteral("bad_request"),
                                      QCoreApplication::translate("BodyLimit", "The request is malformed."));
    const QByteArray reason = status == 413 ? "Payload Too Large" : status == 431 ? "Request Header Fields Too Large"
                                                                                  : "Bad Request";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head += "Content-Type: " + answer.mimeType() + "\r\nContent-Length: " + QByteArray::number(answer.data().size())
        + "\r\nConnection: close\r\nCache-Control: no-cache, no-store\r\n\r\n";
    m_socket->write(head + answer.data());
    QTimer::singleShot(LingerMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
}

// Frees what the socket holds for QtHttpServer's transaction and drops the rest unread.
void BodyLimit::discard()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_discarded += m_socket->skip(m_socket->bytesAvailable());
    if (m_discarded > LingerBytes)
        m_socket->disconnectFromHost(); // the answer is long on its way; stop reading

}
