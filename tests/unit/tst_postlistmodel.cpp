#include "fakeforum.h"
#include "lib/models/postlistmodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Aivizor;

namespace {
constexpr int TopicId = 7;
const QSet<int> Gaps{13, 26, 40, 41, 77}; // deleted posts leave holes in the numbering
} // namespace

class TestPostListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void firstLoad();
    void fetchMoreFillsNextChunk();
    void jumpLoadsOnlyTheTargetChunk();
    void jumpToGapLandsOnNextPost();
    void jumpBeforeTopicArrives();
    void missingPostsDoNotLoop();
    void unknownTopicIsNotFound();
    void changesAnnounceOneRow();

private:
    void loadAndWait();
    FakeForum *m_forum = nullptr;
    Transport *m_transport = nullptr;
    ForumClient *m_client = nullptr;
    PostListModel *m_model = nullptr;
    QList<int> m_numbers;
};

void TestPostListModel::init()
{
    m_forum = new FakeForum;
    QVERIFY(m_forum->isListening());
    m_numbers.clear();
    for (int n = 1; n <= 100; ++n)
        if (!Gaps.contains(n))
            m_numbers << n;
    m_forum->topics.insert(TopicId, {TopicId, "A long topic", m_numbers, {}});
    m_transport = new Transport(m_forum->url());
    m_client = new ForumClient(m_transport);
    m_model = new PostListModel(m_client);
    auto tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    // The tester would call fetchMore() after every change, like a view that shows every row;
    // these tests decide themselves which chunks get loaded.
    tester->setUseFetchMore(false);
}

void TestPostListModel::cleanup()
{
    delete m_model;
    delete m_client;
    delete m_transport;
    delete m_forum;
}

void TestPostListModel::loadAndWait()
{
    QSignalSpy loaded(m_model, &PostListModel::topicLoaded);
    m_model->load(TopicId);
    QVERIFY(m_model->isLoading());
    QVERIFY(loaded.wait(5000));
}

void TestPostListModel::firstLoad()
{
    loadAndWait();
    QCOMPARE(m_model->rowCount(), 95);
    QCOMPARE(m_model->topic().id, TopicId);
    QCOMPARE(m_model->topic().title, QStringLiteral("A long topic"));
    QCOMPARE(m_model->topic().stream.size(), 95);
    QCOMPARE(m_model->topic().tags, QStringList{"News"});
    QVERIFY(!m_model->isLoading());

    const QModelIndex first = m_model->index(0);
    QCOMPARE(first.data(PostListModel::LoadedRole).toBool(), true);
    QCOMPARE(first.data(PostListModel::PostIdRole).toInt(), FakeForum::postId(TopicId, 1));
    QCOMPARE(first.data(PostListModel::PostNumberRole).toInt(), 1);
    QCOMPARE(first.data(PostListModel::UsernameRole).toString(), QStringLiteral("user1"));
    QCOMPARE(first.data(PostListModel::NameRole).toString(), QStringLiteral("User 1"));
    QCOMPARE(first.data(PostListModel::CookedRole).toString(), QStringLiteral("<p>Post 1</p>"));
    QCOMPARE(first.data(PostListModel::AvatarUrlRole).toUrl(),
             QUrl(m_forum->url().toString() + "/user_avatar/h/user1/48/1_2.png"));
    QCOMPARE(first.data(PostListModel::LikeCountRole).toInt(), 1);
    QCOMPARE(first.data(PostListModel::CanLikeRole).toBool(), true);
    QCOMPARE(first.data(PostListModel::LikedRole).toBool(), false);
    QCOMPARE(first.data(PostListModel::PostTypeRole).toInt(), 1);
    QCOMPARE(first.data(PostListModel::CreatedAtRole).toDateTime(),
             QDateTime(QDate(2026, 1, 1), QTime(0, 1), Qt::UTC));
    QCOMPARE(m_model->index(5).data(PostListModel::ReplyToPostNumberRole).toInt(), 5);

    // Row 12 is post 14: number 13 is a gap.
    QCOMPARE(m_model->index(12).data(PostListModel::PostNumberRole).toInt(), 14);
    QCOMPARE(m_model->rowForPostNumber(14), 12);
    QCOMPARE(m_model->rowForPostNumber(13), -1);

    const QModelIndex unloaded = m_model->index(20);
    QCOMPARE(unloaded.data(PostListModel::LoadedRole).toBool(), false);
    QCOMPARE(unloaded.data(PostListModel::PostIdRole).toInt(), FakeForum::postId(TopicId, m_numbers.at(20)));
    QVERIFY(!unloaded.data(PostListModel::UsernameRole).isValid());
    QVERIFY(!unloaded.data(PostListModel::CookedRole).isValid());
    QVERIFY(!m_model->postAt(20).has_value());
    QVERIFY(m_model->canFetchMore({}));
    QCOMPARE(m_forum->requests, QStringList{"/t/7.json"});
}

void TestPostListModel::fetchMoreFillsNextChunk()
{
    loadAndWait();
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy filled(m_model, &PostListModel::rowsLoaded);
    m_model->fetchMore({});
    m_model->fetchMore({}); // in flight: ignored
    QVERIFY(filled.wait(5000));
    QCOMPARE(filled.first().at(0).toInt(), 20);
    QCOMPARE(filled.first().at(1).toInt(), 39);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 20);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 39);
    QCOMPARE(m_forum->postIdRequests.size(), 1);
    QCOMPARE(m_forum->postIdRequests.first().size(), 20);
    QCOMPARE(m_forum->postIdRequests.first().first(), m_model->topic().stream.at(20));
    QVERIFY(m_model->isRowLoaded(39));
    QVERIFY(!m_model->isRowLoaded(40));

    // Load the rest through fetchMore, then it stops.
    while (m_model->canFetchMore({})) {
        m_model->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 5000);
    }
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row).data(PostListModel::PostNumberRole).toInt(), m_numbers.at(row));
    QCOMPARE(m_forum->postIdRequests.size(), 4); // rows 20-39, 40-59, 60-79, 80-94
    QCOMPARE(resets.size(), 0);
}

void TestPostListModel::jumpLoadsOnlyTheTargetChunk()
{
    loadAndWait();
    QSignalSpy ready(m_model, &PostListModel::postNumberReady);
    QCOMPARE(m_model->jumpToPostNumber(90), -1);
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.first().at(0).toInt(), 90);
    const int row = ready.first().at(1).toInt();
    QCOMPARE(row, m_numbers.indexOf(90));
    QCOMPARE(m_model->index(row).data(PostListModel::PostNumberRole).toInt(), 90);
    // Nothing between the first chunk and the target was fetched.
    QVERIFY(!m_model->isRowLoaded(20));
    QVERIFY(!m_model->isRowLoaded(50));
    for (const QList<int> &ids : std::as_const(m_forum->postIdRequests))
        for (int id : ids)
            QVERIFY(m_model->rowForPostId(id) >= 60);

    // A loaded number answers at once.
    ready.clear();
    QCOMPARE(m_model->jumpToPostNumber(3), 2);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().at(1).toInt(), 2);
}

void TestPostListModel::jumpToGapLandsOnNextPost()
{
    loadAndWait();
    QSignalSpy ready(m_model, &PostListModel::postNumberReady);
    m_model->jumpToPostNumber(77); // deleted
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.first().at(0).toInt(), 77);
    const int row = ready.first().at(1).toInt();
    QCOMPARE(m_model->index(row).data(PostListModel::PostNumberRole).toInt(), 78);
    QVERIFY(m_forum->postIdRequests.size() <= 2);
}

void TestPostListModel::jumpBeforeTopicArrives()
{
    QSignalSpy ready(m_model, &PostListModel::postNumberReady);
    m_model->load(TopicId);
    QCOMPARE(m_model->jumpToPostNumber(60), -1);
    QVERIFY(ready.wait(5000));
    const int row = ready.first().at(1).toInt();
    QCOMPARE(m_model->index(row).data(PostListModel::PostNumberRole).toInt(), 60);
}

void TestPostListModel::missingPostsDoNotLoop()
{
    // Two posts vanish between /t/7.json and posts.json.
    m_forum->topics[TopicId].missingPostIds = {FakeForum::postId(TopicId, 30), FakeForum::postId(TopicId, 31)};
    loadAndWait();
    m_model->ensureLoaded(25);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowLoaded(25), 5000);
    const int missingRow = m_model->rowForPostId(FakeForum::postId(TopicId, 30));
    QVERIFY(!m_model->isRowLoaded(missingRow));
    const int requestsBefore = m_forum->postIdRequests.size();
    m_model->ensureLoaded(missingRow);
    QTest::qWait(100);
    QCOMPARE(m_forum->postIdRequests.size(), requestsBefore);
    QVERIFY(!m_model->isLoading());
}

void TestPostListModel::changesAnnounceOneRow()
{
    loadAndWait();
    QSignalSpy changed(m_model, &PostListModel::dataChanged);
    QSignalSpy inserted(m_model, &PostListModel::rowsInserted);
    QSignalSpy reset(m_model, &PostListModel::modelReset);
    const Post first = *m_model->postAt(0);

    m_model->setLikeState(first.id, !first.liked, first.likeCount + 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.last().at(1).toModelIndex().row(), 0);
    QCOMPARE(m_model->index(0).data(PostListModel::LikeCountRole).toInt(), first.likeCount + 1);
    m_model->setLikeState(first.id, !first.liked, first.likeCount + 1);
    QCOMPARE(changed.size(), 1); // no change, no signal

    Post edited = first;
    edited.cooked = QStringLiteral("<p>Edited.</p>");
    m_model->updatePost(edited);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_model->index(0).data(PostListModel::CookedRole).toString(), edited.cooked);

    const int rows = m_model->rowCount();
    Post added = first;
    added.id = 900000;
    added.postNumber = m_model->topic().highestPostNumber + 1;
    m_model->insertPost(added);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), rows);
    QCOMPARE(m_model->rowCount(), rows + 1);
    QCOMPARE(m_model->rowForPostId(added.id), rows);
    QCOMPARE(m_model->rowForPostNumber(added.postNumber), rows);
    m_model->insertPost(added); // already there: an update, not a second row
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
}

void TestPostListModel::unknownTopicIsNotFound()
{
    QSignalSpy errors(m_model, &PostListModel::errorOccurred);
    m_model->load(404404);
    QVERIFY(errors.wait(5000));
    QCOMPARE(m_model->lastError().kind, ApiError::Kind::NotFound);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isLoading());
}

QTEST_GUILESS_MAIN(TestPostListModel)
#include "tst_postlistmodel.moc"
