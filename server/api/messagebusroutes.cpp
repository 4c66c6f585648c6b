// Discourse's message bus: POST /message-bus/{client_id}/poll (the message_bus gem's rack
// middleware, long polling without chunking), and OPTIONS for CORS preflights.
#include "context.h"
#include "http.h"
#include "requestauth.h"
#include "routes.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace {

// A poll names a handful of channels; more is not a reading client.
constexpr int kMaxChannels = 100;

// channel -> last id from a form or JSON body; "__seq" separately, other "__" keys ignored.
// An empty last id means "from now on" (the channel's head, without a status message).
struct PollBody
{
    QHash<QString, qint64> subscriptions;
    qint64 seq = 0;
    bool ok = true;
};

void addField(ApiContext &ctx, PollBody *body, const QString &key, const QString &value)
{
    if (key == QLatin1String("__seq")) {
        body->seq = value.toLongLong();
        return;
    }
    if (key.isEmpty() || key.startsWith(QLatin1String("__")))
        return;
    if (body->subscriptions.size() >= kMaxChannels) {
        body->ok = false;
        return;
    }
    // Ruby's to_i: what is not a number is 0.
    body->subscriptions.insert(key, value.trimmed().isEmpty() ? ctx.bus.lastId(key) : value.trimmed().toLongLong());
}

PollBody parseBody(ApiContext &ctx, const QHttpServerRequest &request)
{
    PollBody body;
    const QByteArray raw = request.body();
    if (request.value(QByteArrayLiteral("Content-Type")).toLower().startsWith("application/json")) {
        const QJsonDocument doc = QJsonDocument::fromJson(raw);
        if (!raw.trimmed().isEmpty() && !doc.isObject()) {
            body.ok = false;
            return body;
        }
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue v = it.value();
            addField(ctx, &body, it.key(), v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString());
        }
        return body;
    }
    for (QByteArray pair : raw.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        addField(ctx, &body, QUrl::fromPercentEncoding(pair.left(eq < 0 ? pair.size() : eq)),
                 eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1)));
    }
    return body;
}

void poll(ApiContext &ctx, const QString &clientId, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.body().size() > ctx.limits.maxBodyBytes) {
        Http::tooLarge(ctx.limits.maxBodyBytes).write(std::move(responder));
        return;
    }
    const PollBody body = parseBody(ctx, request);
    if (!body.ok) {
        Http::invalidParameter(QStringLiteral("channels")).write(std::move(responder));
        return;
    }
    LongPolls::Poll p;
    p.clientId = clientId;
    p.seq = body.seq;
    p.subscriptions = body.subscriptions;
    p.mayHold = request.query().queryItemValue(QStringLiteral("dlp")) != QLatin1String("t");
    // 004-message_bus.rb: a failed lookup is an anonymous poll (told Discourse-Logged-Out); a user
    // API key needs a scope that allows the bus (message_bus, notifications, or write).
    const RequestAuth auth = RequestAuth::from(request, ctx.keys);
    p.loggedOut = auth.invalid();
    const QStringList &scopes = auth.key.scopes;
    if (auth.valid() && (auth.key.clientId.isEmpty() || auth.canWrite() || scopes.contains(QStringLiteral("message_bus"))
                         || scopes.contains(QStringLiteral("notifications"))))
        p.userId = auth.key.userId;
    p.owner = p.userId ? QStringLiteral("u%1").arg(p.userId) : QStringLiteral("a") + request.remoteAddress().toString();
    ctx.polls.poll(std::move(responder), std::move(p));
}

} // namespace

void registerMessageBusRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/message-bus/<arg>/poll"), Method::Post,
                 [&ctx](const QString &clientId, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     poll(ctx, clientId, request, std::move(responder));
                 });
    server.route(QStringLiteral("/message-bus/<arg>/poll"), Method::Options, [](const QString &) {
        return Http::bytes(QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("OK"),
                           QByteArrayLiteral("must-revalidate, private, max-age=0"));
    });
}
