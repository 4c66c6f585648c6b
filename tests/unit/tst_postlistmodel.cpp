#include "fakeforum.h"
#include "lib/models/postlistmodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"
#include "lib/store/forumstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Aivizor;

namespace {
constexpr int TopicId = 7;
const QSet<int> Gaps{13, 26, 40, 41, 77}; // deleted posts leave holes in the numbering
// When the saved copies were fetched: long enough ago to be told apart from a fresh answer.
const QDateTime SavedAt(QDate(2026, 1, 5), QTime(8, 30), Qt::UTC);

int postId(int postNumber)
{
    return FakeForum::postId(TopicId, postNumber);
}

QList<int> changedRows(const QSignalSpy &spy)
{
    QList<int> rows;
    for (const QList<QVariant> &args : spy)
        for (int row = args.at(0).toModelIndex().row(); row <= args.at(1).toModelIndex().row(); ++row)
            rows << row;
    return rows;
}
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
    void savedTopicShowsAtOnceThenMergesInPlace();
    void separateEditsRepaintOnlyTheirRows();
    void reorderedStreamLoadsAfresh();
    void savedChunkFillsAtOnceAndIsAskedToo();
    void savedChunksCoverAFailure_data();
    void savedChunksCoverAFailure();
    void localChangesAreSaved();

private:
    void loadAndWait();
    void useStore();
    void saveTopic(int chunks);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ForumStore> m_store;
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
    m_store.reset();
    m_dir.reset();
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

void TestPostListModel::useStore()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ForumStore>();
    const StoreOpenReport report = m_store->open(m_dir->filePath("forum.sqlite"));
    QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
    m_model->setStore(m_store.get());
}

// The topic as the forum sends it now (its first chunk with it), saved as fetched at SavedAt,
// and the posts of the next `chunks - 1` chunks.
void TestPostListModel::saveTopic(int chunks)
{
    std::optional<ApiResult<Topic>> topic;
    m_client->fetchTopic(TopicId, this, [&topic](const ApiResult<Topic> &r) { topic = r; });
    QTRY_VERIFY_WITH_TIMEOUT(topic.has_value(), 5000);
    QVERIFY(topic->ok());
    QCOMPARE(topic->value->posts.size(), PostListModel::ChunkSize);
    m_store->putTopic(*topic->value, SavedAt);
    for (int chunk = 1; chunk < chunks; ++chunk) {
        std::optional<ApiResult<QList<Post>>> posts;
        const QList<int> ids = topic->value->stream.mid(chunk * PostListModel::ChunkSize, PostListModel::ChunkSize);
        m_client->fetchPosts(TopicId, ids, this, [&posts](const ApiResult<QList<Post>> &r) { posts = r; });
        QTRY_VERIFY_WITH_TIMEOUT(posts.has_value(), 5000);
        QVERIFY(posts->ok());
        QList<StoredPost> stored;
        for (const Post &p : *posts->value)
            stored.append(StoredPost{p, {}, {}});
        m_store->putPosts(TopicId, stored);
    }
    QVERIFY(m_store->flush());
    m_forum->requests.clear();
    m_forum->postIdRequests.clear();
}

void TestPostListModel::savedTopicShowsAtOnceThenMergesInPlace()
{
    useStore();
    saveTopic(1);
    if (QTest::currentTestFailed())
        return;
    // Since then: post 30 was deleted, post 101 was written and post 3 was edited.
    FakeForum::FakeTopic &topic = m_forum->topics[TopicId];
    topic.postNumbers.removeOne(30);
    topic.postNumbers.append(101);
    m_forum->editedCooked.insert(postId(3), QStringLiteral("<p>Post 3, edited</p>"));
    const int deletedRow = m_numbers.indexOf(30);

    QSignalSpy loaded(m_model, &PostListModel::topicLoaded);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy savedTime(m_model, &PostListModel::savedCopyTimeChanged);
    QSignalSpy errors(m_model, &PostListModel::errorOccurred);
    m_model->load(TopicId);
    // Painted from the store before load() returns.
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_model->rowCount(), 95);
    QCOMPARE(m_model->topic().title, QStringLiteral("A long topic"));
    for (int row = 0; row < PostListModel::ChunkSize; ++row) {
        QVERIFY(m_model->isRowLoaded(row));
        QCOMPARE(m_model->index(row).data(PostListModel::PostNumberRole).toInt(), m_numbers.at(row));
    }
    QVERIFY(!m_model->isRowLoaded(PostListModel::ChunkSize));
    QCOMPARE(m_model->index(2).data(PostListModel::CookedRole).toString(), QStringLiteral("<p>Post 3</p>"));
    QCOMPARE(m_model->index(0).data(PostListModel::UsernameRole).toString(), QStringLiteral("user1"));
    QCOMPARE(m_model->savedCopyTime(), SavedAt);
    QCOMPARE(savedTime.size(), 1);
    QVERIFY(m_model->isLoading());
    const QPersistentModelIndex row10 = m_model->index(10);

    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    resets.clear();
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 5000);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(moved.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), deletedRow);
    QCOMPARE(removed.first().at(2).toInt(), deletedRow);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 94);
    QCOMPARE(inserted.first().at(2).toInt(), 94);
    QCOMPARE(changedRows(changed), QList<int>{2});
    QCOMPARE(m_model->rowCount(), 95);
    QCOMPARE(m_model->index(2).data(PostListModel::CookedRole).toString(), QStringLiteral("<p>Post 3, edited</p>"));
    QCOMPARE(m_model->index(deletedRow).data(PostListModel::PostIdRole).toInt(), postId(31));
    QCOMPARE(m_model->index(94).data(PostListModel::PostIdRole).toInt(), postId(101));
    QCOMPARE(m_model->index(94).data(PostListModel::LoadedRole).toBool(), false);
    QCOMPARE(m_model->rowForPostId(postId(30)), -1);
    QCOMPARE(m_model->rowForPostId(postId(101)), 94);
    QCOMPARE(row10.row(), 10);
    QVERIFY(!m_model->savedCopyTime().isValid());
    QCOMPARE(savedTime.size(), 2);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(m_forum->requests, QStringList{"/t/7.json"}); // the first chunk came with the topic

    // The store has the forum's version now.
    QVERIFY(m_store->flush());
    const ApiResult<StoredTopic> stored = m_store->topic(TopicId);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value->topic.stream, m_model->topic().stream);
    QVERIFY(stored.value->fetchedAt > SavedAt);
    const ApiResult<QList<StoredPost>> edited = m_store->posts(TopicId, {postId(3)});
    QVERIFY(edited.ok());
    QCOMPARE(edited.value->size(), 1);
    QCOMPARE(edited.value->first().post.cooked, QStringLiteral("<p>Post 3, edited</p>"));
}

void TestPostListModel::separateEditsRepaintOnlyTheirRows()
{
    useStore();
    saveTopic(1);
    if (QTest::currentTestFailed())
        return;
    m_forum->editedCooked.insert(postId(3), QStringLiteral("<p>Post 3, edited</p>"));
    m_forum->editedCooked.insert(postId(10), QStringLiteral("<p>Post 10, edited</p>"));
    m_model->load(TopicId);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 5000);
    // The posts between them are as saved: a view need not repaint them.
    QCOMPARE(changedRows(changed), (QList<int>{2, 9}));
    QCOMPARE(m_model->index(9).data(PostListModel::CookedRole).toString(), QStringLiteral("<p>Post 10, edited</p>"));
}

void TestPostListModel::reorderedStreamLoadsAfresh()
{
    useStore();
    saveTopic(1);
    if (QTest::currentTestFailed())
        return;
    // Posts 2 and 3 swapped places: inserts and removals cannot express that.
    QList<int> &numbers = m_forum->topics[TopicId].postNumbers;
    numbers.swapItemsAt(1, 2);
    QSignalSpy loaded(m_model, &PostListModel::topicLoaded);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    m_model->load(TopicId);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_model->index(1).data(PostListModel::PostNumberRole).toInt(), 2);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(resets.size(), 2);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 95);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->index(row).data(PostListModel::PostIdRole).toInt(), postId(numbers.at(row)));
        QCOMPARE(m_model->isRowLoaded(row), row < PostListModel::ChunkSize);
        if (row < PostListModel::ChunkSize)
            QCOMPARE(m_model->index(row).data(PostListModel::PostNumberRole).toInt(), numbers.at(row));
    }
    QVERIFY(!m_model->savedCopyTime().isValid());
}

void TestPostListModel::savedChunkFillsAtOnceAndIsAskedToo()
{
    useStore();
    saveTopic(2);
    if (QTest::currentTestFailed())
        return;
    m_model->load(TopicId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 5000);
    QVERIFY(!m_model->isRowLoaded(25));

    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy filled(m_model, &PostListModel::rowsLoaded);
    QSignalSpy errors(m_model, &PostListModel::errorOccurred);
    m_model->ensureLoaded(25);
    // Filled from the store at once...
    QCOMPARE(changedRows(changed), QList<int>({20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39}));
    QCOMPARE(filled.size(), 1);
    for (int row = 20; row < 40; ++row)
        QCOMPARE(m_model->index(row).data(PostListModel::PostNumberRole).toInt(), m_numbers.at(row));
    QVERIFY(!m_model->isRowLoaded(40));
    // ...and asked of the forum too, which has nothing new: no repaint.
    QVERIFY(m_model->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 5000);
    QCOMPARE(m_forum->postIdRequests.size(), 1);
    QCOMPARE(m_forum->postIdRequests.first(), m_model->topic().stream.mid(20, 20));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(errors.size(), 0);
}

void TestPostListModel::savedChunksCoverAFailure_data()
{
    FakeForum::addOutageRows();
}

void TestPostListModel::savedChunksCoverAFailure()
{
    QFETCH(FakeForum::Outage, outage);
    const ApiError::Kind kind =
        outage == FakeForum::Outage::ServerError ? ApiError::Kind::ServerError : ApiError::Kind::Network;
    useStore();
    saveTopic(2);
    if (QTest::currentTestFailed())
        return;
    m_forum->goDown(outage);
    QSignalSpy errors(m_model, &PostListModel::errorOccurred);
    QSignalSpy finished(m_transport, &Transport::requestFinished);
    m_model->load(TopicId);
    QCOMPARE(m_model->rowCount(), 95);
    QVERIFY(m_model->isRowLoaded(0));
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 5000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(m_model->lastError().kind, kind);
    QCOMPARE(m_model->savedCopyTime(), SavedAt);

    // A saved chunk: filled at once, asked of the forum, and its failure is no error.
    m_model->ensureLoaded(25);
    QVERIFY(m_model->isRowLoaded(25));
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 5000);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(m_model->index(25).data(PostListModel::PostNumberRole).toInt(), m_numbers.at(25));

    // A chunk never saved: the failure is an error.
    m_model->ensureLoaded(45);
    QVERIFY(errors.wait(5000));
    QCOMPARE(errors.first().first().value<ApiError>().kind, kind);
    QCOMPARE(finished.size(), 3);
    QVERIFY(!m_model->isRowLoaded(45));

    // The forum is back, with two posts edited meanwhile: refresh() changes just those rows.
    QVERIFY(m_forum->comeBack());
    m_forum->editedCooked.insert(postId(4), QStringLiteral("<p>Post 4, edited</p>"));
    m_forum->editedCooked.insert(postId(27), QStringLiteral("<p>Post 27, edited</p>"));
    const int row27 = m_numbers.indexOf(27);
    m_forum->requests.clear();
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy loaded(m_model, &PostListModel::topicLoaded);
    m_model->refresh();
    QVERIFY(m_model->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 5000);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changedRows(changed), (QList<int>{3, row27}));
    QCOMPARE(m_model->index(3).data(PostListModel::CookedRole).toString(), QStringLiteral("<p>Post 4, edited</p>"));
    QCOMPARE(m_model->index(row27).data(PostListModel::CookedRole).toString(), QStringLiteral("<p>Post 27, edited</p>"));
    QVERIFY(!m_model->savedCopyTime().isValid());
    QVERIFY(!m_model->lastError().isError());
    QCOMPARE(errors.size(), 1);
    // The topic with its first chunk, then the saved chunk the forum had not confirmed.
    QCOMPARE(m_forum->requests.size(), 2);
    QCOMPARE(m_forum->requests.first(), QStringLiteral("/t/7.json"));
    QCOMPARE(m_forum->postIdRequests.last(), m_model->topic().stream.mid(20, 20));
}

void TestPostListModel::localChangesAreSaved()
{
    useStore();
    loadAndWait();
    const Post first = *m_model->postAt(0);
    Post reply;
    reply.id = postId(101);
    reply.topicId = TopicId;
    reply.postNumber = 101;
    reply.username = QStringLiteral("me");
    reply.createdAt = QDateTime::currentDateTimeUtc();
    reply.cooked = QStringLiteral("<p>My reply</p>");
    m_model->insertPost(reply);
    m_model->setLikeState(first.id, true, first.likeCount + 1);
    QCOMPARE(m_model->rowCount(), 96);
    QVERIFY(m_store->flush());

    const ApiResult<StoredTopic> topic = m_store->topic(TopicId);
    QVERIFY(topic.ok());
    QCOMPARE(topic.value->topic.stream.size(), 96);
    QCOMPARE(topic.value->topic.stream.last(), reply.id);
    const ApiResult<QList<StoredPost>> posts = m_store->posts(TopicId, {first.id, reply.id});
    QVERIFY(posts.ok());
    QCOMPARE(posts.value->size(), 2);
    QCOMPARE(posts.value->at(0).post.liked, true);
    QCOMPARE(posts.value->at(0).post.likeCount, first.likeCount + 1);
    QCOMPARE(posts.value->at(0).post.canUndoLike, true);
    QCOMPARE(posts.value->at(1).post.cooked, reply.cooked);
    QCOMPARE(posts.value->at(1).post.postNumber, 101);

    // What a start with the forum down shows.
    m_forum->goDown(FakeForum::Outage::Refused);
    PostListModel offline(m_client);
    offline.setStore(m_store.get());
    offline.load(TopicId);
    QCOMPARE(offline.rowCount(), 96);
    QCOMPARE(offline.index(0).data(PostListModel::LikedRole).toBool(), true);
    QCOMPARE(offline.index(0).data(PostListModel::LikeCountRole).toInt(), first.likeCount + 1);
    offline.ensureLoaded(95);
    QCOMPARE(offline.index(95).data(PostListModel::CookedRole).toString(), reply.cooked);
    QTRY_VERIFY_WITH_TIMEOUT(!offline.isLoading(), 5000);
}

QTEST_GUILESS_MAIN(TestPostListModel)
#include "tst_postlistmodel.moc"
