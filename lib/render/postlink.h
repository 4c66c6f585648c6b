#pragma once

#include <QUrl>

namespace Aivizor {

// Links inside rendered posts that the reader handles itself instead of opening a browser:
// "aivizor://post?topic=T&post=N" jumps to post N of topic T (the app's ReaderLink reads them).
namespace PostLink {

inline constexpr char Scheme[] = "aivizor";

// Without a post number (0) the link opens the topic where the reader left it.
QUrl make(int topicId, int postNumber);

} // namespace PostLink

} // namespace Aivizor
