#pragma once

#include <QtGlobal>

namespace Aivizor {

// The reader's state of one topic, with Discourse's meaning of "new" and "unread"
// (topic_query.rb new_filter/unread_filter, lib/unread.rb, topic-tracking-state.js).
struct TopicReadState
{
    // Discourse's topic notification levels; Unset: the reader has no topic_users row.
    enum Level { Unset = -1, Muted = 0, Regular = 1, Tracking = 2, Watching = 3 };

    int topicId = 0;
    int categoryId = 0;
    int highestPostNumber = 0;
    int lastReadPostNumber = 0; // 0: never read
    int notificationLevel = Unset;
    // Created since the reader's new-topic cutoff and not dismissed: only such a topic can be new.
    bool inNewPeriod = false;

    // Never read, recent, and not at muted or regular (an unset level counts as tracking).
    bool isNew() const
    {
        return lastReadPostNumber == 0 && inNewPeriod
               && (notificationLevel == Unset || notificationLevel >= Tracking);
    }
    // Read before, with later posts, and tracked or watched.
    bool isUnread() const
    {
        return lastReadPostNumber > 0 && lastReadPostNumber < highestPostNumber && notificationLevel >= Tracking;
    }
    int unreadPosts() const { return isUnread() ? highestPostNumber - lastReadPostNumber : 0; }
    // The first post not read yet (1 for a topic never read).
    int firstUnreadPostNumber() const { return qMin(lastReadPostNumber + 1, qMax(1, highestPostNumber)); }

    bool operator==(const TopicReadState &o) const
    {
        return topicId == o.topicId && categoryId == o.categoryId && highestPostNumber == o.highestPostNumber
               && lastReadPostNumber == o.lastReadPostNumber && notificationLevel == o.notificationLevel
               && inNewPeriod == o.inNewPeriod;
    }
    bool operator!=(const TopicReadState &o) const { return !(*this == o); }
};

} // namespace Aivizor
