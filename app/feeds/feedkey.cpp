#include "app/feeds/feedkey.h"

namespace Aivizor {

namespace FeedKey {

QString of(const FeedSpec &feed)
{
    switch (feed.kind) {
    case FeedSpec::Kind::Latest:
        return QStringLiteral("latest");
    case FeedSpec::Kind::Top:
        return feed.topPeriod.isEmpty() ? QStringLiteral("top") : QStringLiteral("top/") + feed.topPeriod;
    case FeedSpec::Kind::Community:
        return QStringLiteral("c/%1").arg(feed.communityId);
    case FeedSpec::Kind::Tag:
        return QStringLiteral("tag/") + feed.tag;
    case FeedSpec::Kind::New:
        return QStringLiteral("new");
    case FeedSpec::Kind::Unread:
        return QStringLiteral("unread");
    }
    return {};
}

bool parse(const QString &key, FeedSpec *feed)
{
    if (key == QLatin1String("latest")) {
        *feed = FeedSpec::latest();
        return true;
    }
    if (key == QLatin1String("new")) {
        *feed = FeedSpec::newTopics();
        return true;
    }
    if (key == QLatin1String("unread")) {
        *feed = FeedSpec::unread();
        return true;
    }
    if (key == QLatin1String("top")) {
        *feed = FeedSpec::top();
        return true;
    }
    if (key.startsWith(QLatin1String("top/")) && key.size() > 4) {
        *feed = FeedSpec::top(key.mid(4));
        return true;
    }
    if (key.startsWith(QLatin1String("c/"))) {
        bool ok = false;
        const int id = key.mid(2).toInt(&ok);
        if (!ok || id <= 0)
            return false;
        *feed = FeedSpec::community(id);
        return true;
    }
    if (key.startsWith(QLatin1String("tag/")) && key.size() > 4) {
        *feed = FeedSpec::forTag(key.mid(4));
        return true;
    }
    return false;
}

} // namespace FeedKey

} // namespace Aivizor
