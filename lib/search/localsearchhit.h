#pragma once

#include "lib/domain/searchresult.h"
#include "lib/domain/topic.h"

#include <QList>
#include <QString>

namespace Aivizor {

// One result of a search of the saved copy: the same post and topic values the forum's search
// gives, the forum it was found in (siteKey of its URL) and the name of its community.
struct LocalSearchHit
{
    QString forumKey;
    SearchPost post;
    TopicSummary topic;
    QString communityName;
};

// One page of local results, in their order (relevance or date), one post per topic.
struct LocalSearchPage
{
    QList<LocalSearchHit> hits;
    bool hasMore = false;
};

} // namespace Aivizor
