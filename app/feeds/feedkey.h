#pragma once

#include "lib/domain/feedspec.h"

#include <QString>

namespace Aivizor {

// A stable text key for a feed ("latest", "top", "c/5", "tag/news"): the LRU cache key and what
// QSettings remembers as the selected feed.
namespace FeedKey {
QString of(const FeedSpec &feed);
// The feed for a key; false for an unknown or malformed key.
bool parse(const QString &key, FeedSpec *feed);
}

} // namespace Aivizor
