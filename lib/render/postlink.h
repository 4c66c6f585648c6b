#pragma once

#include <QUrl>

namespace Aivizor {

// Links inside rendered posts that the reader handles itself instead of opening a browser:
// "aivizor://post?topic=T&post=N" jumps to post N of topic T.
namespace PostLink {

inline constexpr char Scheme[] = "aivizor";

QUrl make(int topicId, int postNumber);
// True when url is a post link; fills topicId and postNumber.
bool parse(const QUrl &url, int *topicId, int *postNumber);

} // namespace PostLink

} // namespace Aivizor
