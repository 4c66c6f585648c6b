#pragma once

#include <QString>

namespace Aivizor {

// Which topic list to show (its paths: Api::topicList(), ForumUrls::feed()). Communities are addressed by id (slugs are cosmetic and may be empty).
struct FeedSpec
{
    enum class Kind { Latest, Top, Community, Tag };

    Kind kind = Kind::Latest;
    int communityId = 0;      // Community only
    QString communitySlug;    // Community only; optional
    QString tag;              // Tag only
    QString topPeriod;        // Top only; empty = server default ("all", "yearly", ...)

    static FeedSpec latest() { return {}; }
    static FeedSpec top(const QString &period = {});
    static FeedSpec community(int id, const QString &slug = {});
    static FeedSpec forTag(const QString &tag);

    bool operator==(const FeedSpec &o) const;
    bool operator!=(const FeedSpec &o) const { return !(*this == o); }
};

} // namespace Aivizor
