#pragma once

#include "requestauth.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <optional>

struct ApiContext;

// Discourse's requires_login for the per-user endpoints (notifications, private messages).
namespace SignedIn {

enum class Access { Read, Write };

// nullopt: go ahead, auth is the caller. Otherwise the 403 to send: not_logged_in without
// credentials, invalid_access for bad ones or for a key whose scopes do not allow this action.
// extraScope is the user API key scope that allows it besides read/write (API.md section 10),
// e.g. "notifications"; empty for none.
std::optional<QHttpServerResponse> refuse(ApiContext &ctx, const QHttpServerRequest &request, Access access,
                                          const QString &extraScope, RequestAuth *auth);

QHttpServerResponse notLoggedIn();

} // namespace SignedIn
