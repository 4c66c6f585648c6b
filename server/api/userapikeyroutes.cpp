// The User API Key handshake (Discourse's user_api_keys_controller, auth API version 4).
//
// This server has no browser sessions or passwords, so the approval page asks the user to prove
// who they are with their personal API key (made by `aivizor-server user add`). The key is only
// compared with its stored SHA-256; the page never echoes it back.
#include "context.h"
#include "http.h"
#include "params.h"
#include "routes.h"
#include "writesupport.h"
#include "auth/payloadcrypto.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace {

constexpr int kAuthApiVersion = 4;

QString tr(const char *text)
{
    return QCoreApplication::translate("UserApiKeyRoutes", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// What /user-api-key/new is asked for; the approval form carries it back in hidden fields.
struct KeyRequest
{
    QString applicationName;
    QString clientId;
    QStringList scopes;
    QString publicKey;
    QString nonce;
    QString authRedirect;
    QString padding;

    static const QStringList &fieldNames()
    {
        static const QStringList names{QStringLiteral("application_name"), QStringLiteral("client_id"),
                                       QStringLiteral("scopes"),           QStringLiteral("public_key"),
                                       QStringLiteral("nonce"),            QStringLiteral("auth_redirect"),
                                       QStringLiteral("padding")};
        return names;
    }
};

// Loopback http URLs (any port) and the app's own aivizor:// scheme; nothing that could carry
// the payload to another host.
bool allowedRedirect(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || !url.userInfo().isEmpty() || url.hasFragment())
        return false;
    if (url.scheme() == QLatin1String("aivizor"))
        return true;
    return url.scheme() == QLatin1String("http")
           && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost"));
}

// Checks the request parameters; returns an error sentence, empty when they are fine.
QString readKeyRequest(const Params &params, KeyRequest *out)
{
    for (const char *required : {"application_name", "client_id", "scopes", "public_key", "nonce"}) {
        if (params.value(QLatin1String(required)).trimmed().isEmpty())
            return tr("param is missing or the value is empty: %1").arg(QLatin1String(required));
    }
    out->applicationName = params.value(QStringLiteral("application_name")).trimmed();
    out->clientId = params.value(QStringLiteral("client_id")).trimmed();
    out->publicKey = params.value(QStringLiteral("public_key")).trimmed();
    out->nonce = params.value(QStringLiteral("nonce"));
    out->authRedirect = params.value(QStringLiteral("auth_redirect")).trimmed();
    out->padding = params.value(QStringLiteral("padding")).trimmed().toLower();
    if (out->applicationName.size() > 100)
        return tr("application_name is longer than 100 characters");
    static const QRegularExpression clientIdPattern(QStringLiteral("^[A-Za-z0-9._:-]{1,200}$"));
    if (!clientIdPattern.match(out->clientId).hasMatch())
        return tr("client_id must be 1 to 200 letters, digits or . _ : -");
    if (out->nonce.size() > 200)
        return tr("nonce is longer than 200 characters");
    for (const QString &scope : params.value(QStringLiteral("scopes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString s = scope.trimmed();
        if (!allowedUserApiScopes().contains(s))
            return tr("The scope \"%1\" is not allowed. Allowed: %2")
                .arg(s, allowedUserApiScopes().join(QStringLiteral(", ")));
        if (!out->scopes.contains(s))
            out->scopes.append(s);
    }
    if (out->scopes.isEmpty())
        return tr("param is missing or the value is empty: scopes");
    if (!out->padding.isEmpty() && out->padding != QLatin1String("pkcs1") && out->padding != QLatin1String("oaep"))
        return tr("padding must be pkcs1 or oaep");
    if (!PayloadCrypto::isRsaPublicKey(out->publicKey.toUtf8()))
        return tr("public_key is not an RSA public key in PEM format");
    if (!out->authRedirect.isEmpty() && !allowedRedirect(out->authRedirect))
        return tr("auth_redirect is not allowed: only http://127.0.0.1:PORT/..., http://localhost:PORT/... "
                  "and aivizor://... are accepted");
    return QString();
}

QHttpServerResponse page(const QString &title, const QString &body, Http::Status status = Http::Status::Ok)
{
    const QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%1</title>"
        "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em;line-height:1.5}"
        "label{display:block;margin-top:1em}input{width:100%;padding:.4em;box-sizing:border-box}"
        "button{margin-top:1.5em;padding:.5em 2em}pre{white-space:pre-wrap;word-break:break-all;"
        "background:#f4f4f4;padding:1em}.error{color:#a00}</style></head>\n<body>\n<h1>%1</h1>\n%2</body></html>\n")
                             .arg(esc(title), body);
    QHttpServerResponse response = Http::bytes(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(),
                                               QByteArrayLiteral("no-store"), status);
    // The page handles a credential: no framing, no scripts, nothing loaded from elsewhere.
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                       QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"));
    response.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    response.setHeader(QByteArrayLiteral("Auth-Api-Version"), QByteArray::number(kAuthApiVersion));
    return response;
}

QHttpServerResponse approvalPage(ApiContext &ctx, const Params &params, const KeyRequest &request,
                                 const QString &username, const QString &error)
{
    QString hidden;
    for (const QString &name : KeyRequest::fieldNames()) {
        if (params.has(name))
            hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                          .arg(esc(name), esc(params.value(name)));
    }
    QString scopes;
    for (const QString &scope : request.scopes)
        scopes += QStringLiteral("<li>%1</li>").arg(esc(scope));
    QString site = ctx.queries.setting(QStringLiteral("title"));
    if (site.isEmpty())
        site = QStringLiteral("aivizor-server");
    QString body = QStringLiteral("<p><strong>%1</strong> asks for access to your account on %2 with these scopes:</p>\n"
                                  "<ul>%3</ul>\n")
                       .arg(esc(request.applicationName), esc(site), scopes);
    if (!error.isEmpty())
        body += QStringLiteral("<p class=\"error\">%1</p>\n").arg(esc(error));
    body += QStringLiteral(
                "<form method=\"post\" action=\"/user-api-key\">\n%1"
                "<label>%2 <input name=\"username\" autocomplete=\"username\" required value=\"%3\"></label>\n"
                "<label>%4 <input name=\"api_key\" type=\"password\" autocomplete=\"off\" required></label>\n"
                "<p>%5</p>\n<button type=\"submit\">%6</button>\n</form>\n")
                .arg(hidden, esc(tr("Username")), esc(username), esc(tr("Your personal API key")),
                     esc(tr("This server has no passwords: prove who you are with the API key that "
                            "\"aivizor-server user add\" printed for you. It is checked and not stored.")),
                     esc(tr("Approve")));
    return page(tr("Authorize application"), body,
                error.isEmpty() ? Http::Status::Ok : Http::Status::Forbidden);
}

QHttpServerResponse newKeyPage(ApiContext &ctx, const QHttpServerRequest &request)
{
    Params params;
    params.parse(request);
    KeyRequest keyRequest;
    const QString error = readKeyRequest(params, &keyRequest);
    if (!error.isEmpty())
        return Http::error(Http::Status::BadRequest, QStringLiteral("invalid_parameters"), error);
    return approvalPage(ctx, params, keyRequest, QString(), QString());
}

QHttpServerResponse approve(ApiContext &ctx, const QHttpServerRequest &request)
{
    if (request.body().size() > ctx.limits.maxBodyBytes)
        return Http::tooLarge(ctx.limits.maxBodyBytes);
    Params params;
    if (!params.parse(request))
        return Http::invalidParameter(QStringLiteral("body"));
    KeyRequest keyRequest;
    const QString error = readKeyRequest(params, &keyRequest);
    if (!error.isEmpty())
        return Http::error(Http::Status::BadRequest, QStringLiteral("invalid_parameters"), error);

    const QString username = params.value(QStringLiteral("username")).trimmed();
    const std::optional<ApiKeyRow> proof = ctx.keys.find(params.value(QStringLiteral("api_key")).trimmed());
    // Only personal keys approve: a handshake key must not mint further keys.
    if (!proof || !proof->clientId.isEmpty() || proof->username.compare(username, Qt::CaseInsensitive) != 0)
        return approvalPage(ctx, params, keyRequest, username,
                            tr("The username or the API key is not right."));

    QSqlDatabase db = ctx.db.connection();
    QString createError;
    QString key;
    if (db.transaction()) {
        // Discourse replaces the user's earlier keys for this client.
        if (ctx.keys.deleteForClient(proof->userId, keyRequest.clientId))
            key = ctx.keys.create(proof->userId, keyRequest.clientId, keyRequest.scopes, &createError);
        if (key.isEmpty() || !db.commit()) {
            db.rollback();
            key.clear();
        }
    }
    if (key.isEmpty()) {
        qWarning("aivizor-server: cannot create a user API key: %s", qPrintable(createError));
        return Http::error(Http::Status::InternalServerError, QStringLiteral("server_error"),
                           tr("The key could not be created."));
    }
    ctx.db.markChanged();

    const QByteArray payloadJson = QJsonDocument(QJsonObject{{QStringLiteral("key"), key},
                                                             {QStringLiteral("nonce"), keyRequest.nonce},
                                                             {QStringLiteral("push"), false},
                                                             {QStringLiteral("api"), kAuthApiVersion}})
                                       .toJson(QJsonDocument::Compact);
    QString cryptoError;
    const QByteArray encrypted = PayloadCrypto::encrypt(keyRequest.publicKey.toUtf8(), payloadJson,
                                                        keyRequest.padding == QLatin1String("oaep"), &cryptoError);
    if (encrypted.isEmpty()) {
        // The client cannot read the key, so it must not stay usable.
        if (const std::optional<ApiKeyRow> row = ctx.keys.find(key))
            ctx.keys.revoke(row->id);
        return Http::error(Http::Status::BadRequest, QStringLiteral("invalid_parameters"), cryptoError);
    }
    const QByteArray payload = PayloadCrypto::rubyBase64(encrypted);

    if (!keyRequest.authRedirect.isEmpty()) {
        // FullyEncoded: no raw control characters can reach the Location header.
        const QString base = QUrl(keyRequest.authRedirect, QUrl::StrictMode).toString(QUrl::FullyEncoded);
        const QByteArray location = base.toUtf8() + (base.contains(QLatin1Char('?')) ? "&" : "?") + "payload="
                                    + QUrl::toPercentEncoding(QString::fromLatin1(payload));
        QHttpServerResponse response = page(tr("Approved"),
                                            QStringLiteral("<p><a href=\"%1\">%2</a></p>\n")
                                                .arg(esc(QString::fromUtf8(location)), esc(tr("Continue"))),
                                            Http::Status::Found);
        response.setHeader(QByteArrayLiteral("Location"), location);
        return response;
    }
    return page(tr("Approved"),
                QStringLiteral("<p>%1</p>\n<pre>%2</pre>\n")
                    .arg(esc(tr("Copy this text into %1:").arg(keyRequest.applicationName)),
                         esc(QString::fromLatin1(payload))));
}

QHttpServerResponse revoke(ApiContext &ctx, const QHttpServerRequest &request)
{
    if (request.body().size() > ctx.limits.maxBodyBytes)
        return Http::tooLarge(ctx.limits.maxBodyBytes);
    const RequestAuth auth = RequestAuth::from(request, ctx.keys);
    // Revoking needs no particular scope, only a valid user API key in the header.
    if (!auth.valid() || auth.key.clientId.isEmpty() || !ctx.keys.revoke(auth.key.id))
        return Http::invalidAccess();
    ctx.db.markChanged();
    return Http::json(QJsonObject{{QStringLiteral("success"), QStringLiteral("OK")}});
}

} // namespace

void registerUserApiKeyRoutes(QHttpServer &server, ApiContext &ctx)
{
    using Method = QHttpServerRequest::Method;
    // The probe clients use to find out whether (and which) handshake the site speaks.
    server.route(QStringLiteral("/user-api-key/new"), Method::Head, [](const QHttpServerRequest &) {
        QHttpServerResponse response = Http::bytes(QByteArrayLiteral("text/html; charset=utf-8"), QByteArray(),
                                                   QByteArrayLiteral("no-store"));
        response.setHeader(QByteArrayLiteral("Auth-Api-Version"), QByteArray::number(kAuthApiVersion));
        return response;
    });
    server.route(QStringLiteral("/user-api-key/new"), Method::Get, [&ctx](const QHttpServerRequest &request) {
        return newKeyPage(ctx, request);
    });
    for (const QString &path : {QStringLiteral("/user-api-key/revoke\\.json"), QStringLiteral("/user-api-key/revoke")}) {
        server.route(path, Method::Post, [&ctx](const QHttpServerRequest &request) { return revoke(ctx, request); });
    }
    for (const QString &path : {QStringLiteral("/user-api-key\\.json"), QStringLiteral("/user-api-key")}) {
        server.route(path, Method::Post, [&ctx](const QHttpServerRequest &request) { return approve(ctx, request); });
    }
}
