#include "lib/domain/feedspec.h"

namespace Aivizor {

FeedSpec FeedSpec::top(const QString &period)
{
    FeedSpec f;
    f.kind = Kind::Top;
    f.topPeriod = period;
    return f;
}

FeedSpec FeedSpec::community(int id, const QString &slug)
{
    FeedSpec f;
    f.kind = Kind::Community;
    f.communityId = id;
    f.communitySlug = slug;
    return f;
}

FeedSpec FeedSpec::forTag(const QString &tag)
{
    FeedSpec f;
    f.kind = Kind::Tag;
    f.tag = tag;
    return f;
}

FeedSpec FeedSpec::newTopics()
{
    FeedSpec f;
    f.kind = Kind::New;
    return f;
}

FeedSpec FeedSpec::unread()
{
    FeedSpec f;
    f.kind = Kind::Unread;
    return f;
}

bool FeedSpec::operator==(const FeedSpec &o) const
{
    return kind == o.kind && communityId == o.communityId && communitySlug == o.communitySlug
           && tag == o.tag && topPeriod == o.topPeriod;
}

} // namespace Aivizor
