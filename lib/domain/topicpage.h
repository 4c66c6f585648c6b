#pragma once

#include "topic.h"
#include "user.h"

#include <QHash>
#include <QList>
#include <QString>

// One page of a topic list, with the users it references.
struct TopicPage
{
    QList<TopicSummary> topics;
    QHash<int, User> users;    // by user id
    QString moreTopicsUrl;     // empty on the last page (Discourse omits it then)
    bool canCreateTopic = false;
    int perPage = 30;
};
