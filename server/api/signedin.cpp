#include "signedin.h"
#include "context.h"
#include "http.h"

#include <QCoreApplication>

namespace SignedIn {

QHttpServerResponse notLoggedIn()
{
    return Http::error(Http::Status::Forbidden, QStringLiteral("not_logged_in"),
                       QCoreApplication::translate("SignedIn", "You need to be logged in to do that."));
}

std::optional<QHttpServerResponse> refuse(ApiContext &ctx, const QHttpServerRequest &request, Access access,
                                          const QString &extraScope, RequestAuth *auth)
{
    if (request.body().size() > ctx.limits.maxBodyBytes)
        return Http::tooLarge(ctx.limits.maxBodyBytes);
    *auth = RequestAuth::from(request, ctx.keys);
    if (auth->invalid())
        return Http::invalidAccess();
    if (!auth->valid())
        return notLoggedIn();
    const bool scoped = !extraScope.isEmpty() && auth->key.scopes.contains(extraScope);
    if (!scoped && !(access == Access::Write ? auth->canWrite() : auth->canRead()))
        return Http::invalidAccess();
    return std::nullopt;
}

} // namespace SignedIn
