// ReadingState's rules (Discourse's new and unread, both modes), its counts kept by each change,
// what it keeps in the store across a restart, and the ReadTracker's rule for "read".
#include "lib/reading/readingstate.h"
#include "lib/reading/readtracker.h"
#include "lib/store/forumstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aivizor;

namespace {

TopicSummary row(int id, int category, int highest, const QDateTime &created)
{
    TopicSummary t;
    t.id = id;
    t.categoryId = category;
    t.highestPostNumber = highest;
    t.postsCount = highest;
    t.createdAt = created;
    return t;
}

TopicSummary signedInRow(int id, int category, int highest, bool unseen, int lastRead, int level)
{
    TopicSummary t = row(id, category, highest, QDateTime::currentDateTimeUtc());
    t.unseen = unseen;
    t.hasReaderState = lastRead > 0 || level >= 0;
    t.lastReadPostNumber = lastRead;
    t.notificationLevel = level;
    return t;
}

} // namespace

class TestReadingRules : public QObject
{
    Q_OBJECT

private slots:
    void discourseRules_data();
    void discourseRules();
    void forumRowsGiveCounts();
    void countsFollowEveryChange();
    void pendingChangesSurviveOlderAnswers();
    void reportReadsWhatItLeavesOut();
    void anonymousNewAndUnreadFromThisComputer();
    void stateSurvivesARestart();
    void trackerCountsOnlyWhatWasOnScreen();
    void trackerNeedsTheWindowActive();
};

void TestReadingRules::discourseRules_data()
{
    QTest::addColumn<int>("lastRead");
    QTest::addColumn<int>("highest");
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("inNewPeriod");
    QTest::addColumn<bool>("isNew");
    QTest::addColumn<int>("unread");
    QTest::newRow("never read, recent, no row") << 0 << 5 << -1 << true << true << 0;
    QTest::newRow("never read, old") << 0 << 5 << -1 << false << false << 0;
    QTest::newRow("never read, regular row") << 0 << 5 << 1 << true << false << 0;
    QTest::newRow("never read, muted") << 0 << 5 << 0 << true << false << 0;
    QTest::newRow("never read, watching") << 0 << 5 << 3 << true << true << 0;
    QTest::newRow("half read, tracking") << 2 << 5 << 2 << false << false << 3;
    QTest::newRow("half read, regular") << 2 << 5 << 1 << false << false << 0;
    QTest::newRow("read to the end") << 5 << 5 << 3 << false << false << 0;
    QTest::newRow("read past the end") << 7 << 5 << 2 << false << false << 0;
}

void TestReadingRules::discourseRules()
{
    QFETCH(int, lastRead);
    QFETCH(int, highest);
    QFETCH(int, level);
    QFETCH(bool, inNewPeriod);
    QFETCH(bool, isNew);
    QFETCH(int, unread);
    TopicReadState s;
    s.topicId = 1;
    s.lastReadPostNumber = lastRead;
    s.highestPostNumber = highest;
    s.notificationLevel = level;
    s.inNewPeriod = inNewPeriod;
    QCOMPARE(s.isNew(), isNew);
    QCOMPARE(s.unreadPosts(), unread);
    QCOMPARE(s.isUnread(), unread > 0);
}

void TestReadingRules::forumRowsGiveCounts()
{
    ReadingState state;
    state.setForumState(true);
    QSignalSpy counts(&state, &ReadingState::communityCountsChanged);
    state.applyListRows({signedInRow(1, 10, 3, true, 0, -1), signedInRow(2, 10, 9, false, 4, 2),
                         signedInRow(3, 11, 9, false, 9, 2), signedInRow(4, 11, 9, false, 3, 1)});
    QCOMPARE(counts.size(), 1);
    QCOMPARE(state.newCount(), 1);
    QCOMPARE(state.unreadCount(), 1);
    QCOMPARE(state.counts(10).newTopics, 1);
    QCOMPARE(state.counts(10).unreadTopics, 1);
    QCOMPARE(state.counts(11).newTopics + state.counts(11).unreadTopics, 0);
    QCOMPARE(state.state(2)->unreadPosts(), 5);
    QCOMPARE(state.state(2)->firstUnreadPostNumber(), 5);
    // A row carrying only the count: last read = highest - unread (the web client's rule).
    TopicSummary countOnly = signedInRow(5, 11, 10, false, 0, 2);
    countOnly.unreadPosts = 4;
    state.applyListRows({countOnly});
    QCOMPARE(state.state(5)->lastReadPostNumber, 6);
    QCOMPARE(state.counts(11).unreadTopics, 1);
}

void TestReadingRules::countsFollowEveryChange()
{
    ReadingState state;
    state.setForumState(true);
    state.applyListRows({signedInRow(1, 10, 6, false, 2, 2), signedInRow(2, 10, 3, true, 0, -1)});
    QCOMPARE(state.counts(10).unreadTopics, 1);
    QSignalSpy changed(&state, &ReadingState::topicChanged);
    state.markPostsRead(1, 4);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(state.state(1)->unreadPosts(), 2);
    QCOMPARE(state.counts(10).unreadTopics, 1); // still unread: same count
    state.markPostsRead(1, 6);
    QCOMPARE(state.counts(10).unreadTopics, 0);
    state.markPostsRead(1, 3); // never back
    QCOMPARE(state.state(1)->lastReadPostNumber, 6);
    state.markTopicRead(2);
    QCOMPARE(state.newCount(), 0);
    state.markTopicUnread(1);
    QCOMPARE(state.state(1)->unreadPosts(), 1);
    QCOMPARE(state.unreadCount(), 1);
    state.setNotificationLevel(1, TopicReadState::Muted);
    QCOMPARE(state.unreadCount(), 0);
    // A topic moving to another community moves its count.
    state.setNotificationLevel(1, TopicReadState::Tracking);
    state.applyListRows({signedInRow(1, 12, 6, false, 5, 2)});
    QCOMPARE(state.counts(10).unreadTopics, 0);
    QCOMPARE(state.counts(12).unreadTopics, 1);
}

void TestReadingRules::pendingChangesSurviveOlderAnswers()
{
    ReadingState state;
    state.setForumState(true);
    state.applyListRows({signedInRow(1, 10, 8, false, 2, 2)});
    state.setPending(1, true);
    state.markPostsRead(1, 8);
    // A list fetched before the forum got our timings says 2: what we read stays.
    state.applyListRows({signedInRow(1, 10, 9, false, 2, 2)});
    QCOMPARE(state.state(1)->lastReadPostNumber, 8);
    QCOMPARE(state.state(1)->highestPostNumber, 9);
    state.setPending(1, false);
    state.applyListRows({signedInRow(1, 10, 9, false, 8, 2)});
    QCOMPARE(state.state(1)->unreadPosts(), 1);
}

void TestReadingRules::reportReadsWhatItLeavesOut()
{
    ReadingState state;
    state.setForumState(true);
    state.applyListRows({signedInRow(1, 10, 8, false, 2, 2), signedInRow(2, 10, 3, true, 0, -1),
                         signedInRow(3, 11, 5, false, 1, 3)});
    QCOMPARE(state.newCount() + state.unreadCount(), 3);
    TopicReadState stillUnread;
    stillUnread.topicId = 3;
    stillUnread.categoryId = 11;
    stillUnread.highestPostNumber = 6;
    stillUnread.lastReadPostNumber = 1;
    stillUnread.notificationLevel = 3;
    state.applyReport({stillUnread});
    // Topics 1 and 2 were read or dismissed elsewhere.
    QCOMPARE(state.newCount(), 0);
    QCOMPARE(state.unreadCount(), 1);
    QCOMPARE(state.state(1)->lastReadPostNumber, 8);
    QCOMPARE(state.state(3)->unreadPosts(), 5);
}

void TestReadingRules::anonymousNewAndUnreadFromThisComputer()
{
    ReadingState state;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    state.setNewTopicCutoff(now.addDays(-2));
    state.applyListRows({row(1, 10, 4, now.addSecs(-3600)), row(2, 10, 4, now.addDays(-10))});
    QVERIFY(state.state(1)->isNew());
    QVERIFY(!state.state(2)->isNew());
    state.markPostsRead(1, 4);
    QVERIFY(!state.state(1)->isNew());
    QCOMPARE(state.state(1)->notificationLevel, int(TopicReadState::Tracking));
    // Two replies later, the topic read here is unread by two.
    state.applyListRows({row(1, 10, 6, now.addSecs(-3600))});
    QCOMPARE(state.state(1)->unreadPosts(), 2);
    QCOMPARE(state.counts(10).unreadTopics, 1);
}

void TestReadingRules::stateSurvivesARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("forum.sqlite"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        ForumStore store;
        QVERIFY(!store.open(path).error);
        ReadingState state;
        state.setStore(&store);
        state.applyListRows({row(1, 10, 4, now), row(2, 10, 4, now), row(3, 11, 4, now)});
        state.markPostsRead(1, 2);
        state.markPostsRead(3, 4);
        QVERIFY(store.flush());
    }
    ForumStore store;
    QVERIFY(!store.open(path).error);
    ReadingState state;
    state.setStore(&store);
    // The new and unread ones are back at once; the read one is found when its row shows again.
    QCOMPARE(state.newCount(), 1);
    QCOMPARE(state.unreadCount(), 1);
    QCOMPARE(state.state(1)->lastReadPostNumber, 2);
    QVERIFY(!state.state(3));
    state.applyListRows({row(3, 11, 5, now)});
    QCOMPARE(state.state(3)->lastReadPostNumber, 4);
    QCOMPARE(state.state(3)->unreadPosts(), 1);
}

void TestReadingRules::trackerCountsOnlyWhatWasOnScreen()
{
    ReadTracker tracker;
    QSignalSpy read(&tracker, &ReadTracker::postsRead);
    QSignalSpy timings(&tracker, &ReadTracker::timingsReady);
    tracker.setTopic(7, 2);
    tracker.setActive(true);
    tracker.setVisiblePosts({3, 4});
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 5000);
    QCOMPARE(read.at(0).at(0).toInt(), 7);
    QCOMPARE(read.at(0).at(1).toInt(), 4);
    // Posts seen only for a moment do not count.
    tracker.setVisiblePosts({9});
    tracker.setVisiblePosts({5});
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, 5000);
    QCOMPARE(read.at(1).at(1).toInt(), 5);
    tracker.setTopic(8, 0); // flushes topic 7
    QCOMPARE(timings.size(), 1);
    QCOMPARE(timings.at(0).at(0).toInt(), 7);
    const auto postMs = timings.at(0).at(1).value<QMap<int, int>>();
    QVERIFY(postMs.value(3) >= ReadTracker::ReadAfterMs);
    QVERIFY(postMs.value(5) >= ReadTracker::ReadAfterMs);
    QVERIFY(postMs.value(9) < ReadTracker::ReadAfterMs);
    QVERIFY(timings.at(0).at(2).toInt() >= postMs.value(3));
}

void TestReadingRules::trackerNeedsTheWindowActive()
{
    ReadTracker tracker;
    QSignalSpy read(&tracker, &ReadTracker::postsRead);
    tracker.setTopic(7, 0);
    tracker.setVisiblePosts({1, 2});
    QVERIFY(!read.wait(2 * ReadTracker::ReadAfterMs));
    tracker.setActive(true);
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 5000);
}

QTEST_GUILESS_MAIN(TestReadingRules)
#include "tst_readingrules.moc"
