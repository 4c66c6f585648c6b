#pragma once

#include <QString>

namespace Aivizor {

// Which topic list to show (its paths: Api::topicList(), ForumUrls::feed()). Communities are addressed by id (slugs are cosmetic and may be empty).
struct FeedSpec
{
    // New and Unread are the signed-in reader's /new and /unread lists (Discourse's rules).
    enum class Kind { Latest, Top, Community, Tag, New, Unread };

    Kind kind = Kind::Latest;
    int communityId = 0;      // Community only
    QString communitySlug;    // Community only; optional
    QString tag;              // Tag only
    QString topPeriod;        // Top only; empty = server default ("all", "yearly", ...)

    static FeedSpec latest() { return {}; }
    static FeedSpec top(const QString &period = {});
    static FeedSpec community(int id, const QString &slug = {});
    static FeedSpec forTag(const QString &tag);
    static FeedSpec newTopics();
    static FeedSpec unread();

    bool operator==(const FeedSpec &o) const;
    bool operator!=(const FeedSpec &o) const { return !(*this == o); }
};

} // namespace Aivizor
