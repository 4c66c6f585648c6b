#pragma once

#include "lib/domain/community.h"
#include "lib/domain/topic.h"
#include "lib/domain/user.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Aivizor {

// One matching post of a full-page search (SearchPostSerializer): the topic it belongs to and the
// plain-text excerpt around the match.
struct SearchPost
{
    int id = 0;
    int topicId = 0;
    int postNumber = 0;
    QString username;
    QString name;
    QString avatarTemplate;
    QDateTime createdAt;
    int likeCount = 0;
    QString blurb;             // plain text from the network: escape before showing it as rich text
};

// One page of GET /search.json: posts in rank order, the topics, users and communities they
// reference (side-loaded), and whether another page exists.
struct SearchResultPage
{
    QList<SearchPost> posts;
    QHash<int, TopicSummary> topics;   // by topic id
    QList<User> users;
    QList<Community> categories;
    QList<int> postIds;                // grouped_search_result.post_ids, the page's order
    bool moreFullPageResults = false;  // a full page was filled: ask for page + 1
    QString term;                      // the query as the forum understood it
    QString error;                     // grouped_search_result.error (e.g. under extreme load)
};

} // namespace Aivizor
