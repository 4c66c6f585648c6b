#pragma once

#include <QString>

namespace Aivizor {

// Which topic list to show. Communities are addressed by id (slugs are cosmetic and may be empty).
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

    // The list path without ".json" and without page, e.g. "/latest", "/c/news/5", "/tag/qt".
    QString path() const;
    // Path plus query for a 0-based page, e.g. "/latest.json?page=2".
    QString pagePath(int page) const;

    bool operator==(const FeedSpec &o) const;
    bool operator!=(const FeedSpec &o) const { return !(*this == o); }
};

} // namespace Aivizor
