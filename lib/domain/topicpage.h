#pragma once

#include "lib/domain/topic.h"
#include "lib/domain/user.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Aivizor {

// One page of a topic list, with the users it references.
struct TopicPage
{
    QList<TopicSummary> topics;
    QHash<int, User> users;    // by user id
    QString moreTopicsUrl;     // empty on the last page (Discourse omits it then)
    bool canCreateTopic = false;
    int perPage = 30;
};

} // namespace Aivizor
