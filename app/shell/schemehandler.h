#pragma once

#include <QUrl>

namespace Aivizor {

// The aivizor:// link scheme as the desktop sees it.
namespace SchemeHandler {

// The link the forum's sign-in page sends the key to when the desktop opens aivizor:// links
// with this app (its .desktop entry installed and chosen); empty otherwise.
QUrl signInRedirect();

} // namespace SchemeHandler

} // namespace Aivizor
