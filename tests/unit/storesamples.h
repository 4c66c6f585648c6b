#pragma once

// Values for the store tests and the store_writer helper: every field set, non-ASCII text, and a
// size that can be dialled up for the eviction tests.
#include "lib/store/storedvalues.h"

#include <QDateTime>

namespace Aivizor {

inline QDateTime sampleTime(int minutes)
{
    return QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6, 789), Qt::UTC).addSecs(minutes * 60);
}

inline User sampleUser(int id)
{
    User u;
    u.id = id;
    u.username = QStringLiteral("user%1").arg(id);
    u.name = id % 2 ? QStringLiteral("Jörg Ñandú %1").arg(id) : QString();
    u.avatarTemplate = QStringLiteral("/user_avatar/forum.example/user%1/{size}/%1_2.png").arg(id);
    return u;
}

inline Post samplePost(int topicId, int number, const QString &cookedPadding = {})
{
    Post p;
    p.id = topicId * 1000 + number;
    p.topicId = topicId;
    p.postNumber = number;
    p.postType = number == 3 ? 3 : 1;
    p.username = QStringLiteral("user%1").arg(number % 7 + 1);
    p.name = QStringLiteral("Пользователь %1").arg(number);
    p.avatarTemplate = QStringLiteral("/user_avatar/forum.example/u/{size}/%1.png").arg(number);
    p.createdAt = sampleTime(number);
    p.updatedAt = sampleTime(number + 1);
    p.cooked = QStringLiteral("<p>Post %1 of topic %2 — «grüße» 中文 🙂 <img src=\"/uploads/%1.png\"></p>").arg(number).arg(topicId)
               + cookedPadding;
    p.actionCode = number == 3 ? QStringLiteral("closed.enabled") : QString();
    p.replyToPostNumber = number > 1 ? number - 1 : 0;
    p.replyToUsername = number > 1 ? QStringLiteral("user%1").arg(number % 7) : QString();
    p.replyCount = number % 3;
    p.likeCount = number * 2;
    p.liked = number % 2;
    p.canLike = !p.liked;
    p.canUndoLike = p.liked;
    p.yours = number == 2;
    p.hidden = number == 4;
    return p;
}

inline Topic sampleTopic(int id, int postCount, int categoryId = 5, const QString &cookedPadding = {})
{
    Topic t;
    t.id = id;
    t.title = QStringLiteral("Topic %1: ünïcödé & <tags>").arg(id);
    t.slug = QStringLiteral("topic-%1").arg(id);
    t.categoryId = categoryId;
    t.tags = {QStringLiteral("qt"), QStringLiteral("désktop")};
    t.postsCount = postCount;
    t.replyCount = postCount - 1;
    t.views = id * 10;
    t.likeCount = 7;
    t.highestPostNumber = postCount;
    t.chunkSize = 20;
    t.createdAt = sampleTime(0);
    t.lastPostedAt = sampleTime(postCount);
    t.pinned = true;
    t.closed = false;
    t.archived = id % 2;
    t.canCreatePost = true;
    t.lastReadPostNumber = 2;
    t.createdBy = sampleUser(1);
    t.participants = {sampleUser(1), sampleUser(2), sampleUser(3)};
    for (int n = 1; n <= postCount; ++n) {
        t.stream.append(id * 1000 + n);
        if (n <= t.chunkSize)
            t.posts.append(samplePost(id, n, cookedPadding));
    }
    return t;
}

inline TopicSummary sampleSummary(int id, const QString &excerptPadding = {})
{
    TopicSummary s;
    s.id = id;
    s.title = QStringLiteral("Summary %1 ✓").arg(id);
    s.slug = QStringLiteral("summary-%1").arg(id);
    s.categoryId = id % 4 + 1;
    s.tags = {QStringLiteral("news")};
    s.postsCount = id % 50 + 1;
    s.replyCount = id % 50;
    s.views = id * 3;
    s.likeCount = id % 9;
    s.createdAt = sampleTime(id);
    s.lastPostedAt = sampleTime(id + 5);
    s.bumpedAt = sampleTime(id + 6);
    s.pinned = id % 5 == 0;
    s.closed = id % 7 == 0;
    s.archived = false;
    s.lastPosterUsername = QStringLiteral("user%1").arg(id % 3 + 1);
    s.originalPosterId = id % 3 + 1;
    s.originalPoster = sampleUser(s.originalPosterId);
    s.excerpt = QStringLiteral("An excerpt with “quotes” and ümlauts for %1").arg(id) + excerptPadding;
    return s;
}

inline TopicPage samplePage(int firstId, int rows, const QString &excerptPadding = {})
{
    TopicPage page;
    for (int i = 0; i < rows; ++i) {
        page.topics.append(sampleSummary(firstId + i, excerptPadding));
        const User &u = page.topics.last().originalPoster;
        page.users.insert(u.id, u);
    }
    page.moreTopicsUrl = QStringLiteral("/latest?page=1");
    page.canCreateTopic = true;
    page.perPage = 30;
    return page;
}

} // namespace Aivizor
