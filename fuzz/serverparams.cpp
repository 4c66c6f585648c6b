// The server's parameters of a write request (query string plus a JSON or form body). Input:
// the query string, a newline, the Content-Type, a newline, the body.
#include "fuzzsupport.h"

#include "api/params.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    const qsizetype first = input.indexOf('\n');
    const qsizetype second = first < 0 ? -1 : input.indexOf('\n', first + 1);
    if (second < 0)
        return -1;
    const QByteArray query = input.left(first);
    const QByteArray contentType = input.mid(first + 1, second - first - 1);
    const QByteArray body = input.mid(second + 1);

    Params params;
    const bool ok = params.parse(query, contentType, body);
    const bool json = contentType.toLower().startsWith("application/json");
    // Only a JSON body that is not an object is refused; a JSON object always parses.
    FUZZ_CHECK(ok || json, QString::fromUtf8(input));
    if (json && !body.trimmed().isEmpty())
        FUZZ_CHECK(ok == QJsonDocument::fromJson(body).isObject(), QString::fromUtf8(input));
    if (!json && query.isEmpty()) {
        // Every form field is found under its name, without a Rails "[]".
        for (const QByteArray &pair : body.split('&')) {
            if (pair.isEmpty())
                continue;
            QByteArray name = pair.left(pair.indexOf('=') < 0 ? pair.size() : pair.indexOf('='));
            QString decoded = QUrl::fromPercentEncoding(name.replace('+', ' '));
            if (decoded.endsWith(QLatin1String("[]")))
                decoded.chop(2);
            FUZZ_CHECK(params.has(decoded), decoded);
            FUZZ_CHECK(params.value(decoded) == params.list(decoded).constLast(), decoded);
        }
    }
    return 0;
}
