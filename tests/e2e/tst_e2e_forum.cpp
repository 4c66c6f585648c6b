// Drives AivizorCore (Transport, ForumClient, the three models) over HTTP against the real
// aivizor-server seeded with the demo community.
#include "lib/models/communitytreemodel.h"
#include "lib/models/postlistmodel.h"
#include "lib/models/topiclistmodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Aivizor;

namespace {
constexpr int WaitMs = 10000;
}

class TestE2eForum : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void treeHoldsCommunityOpenAI();
    void openAiFeedListsTheNewsTopic();
    void newsTopicHasOnePostBySable();
    void latestPagesAppendUntilTheEnd();
    void longTopicLoadsChunksAndJumps();
    void unknownTopicIsNotFound();

private:
    bool loadAllLatest(TopicListModel &model);

    TestServer m_server;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<ForumClient> m_client;
    int m_openAiId = 0;
    QString m_openAiSlug;
    int m_newsTopicId = 0;
};

void TestE2eForum::initTestCase()
{
    QVERIFY2(!TestServer::defaultBinary().isEmpty(), "aivizor-server binary unknown");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_transport = std::make_unique<Transport>(m_server.baseUrl());
    m_client = std::make_unique<ForumClient>(m_transport.get());
}

void TestE2eForum::cleanupTestCase()
{
    m_client.reset();
    m_transport.reset();
    QVERIFY(m_server.stop());
}

void TestE2eForum::treeHoldsCommunityOpenAI()
{
    CommunityTreeModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &CommunityTreeModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(WaitMs));
    QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().message));

    QModelIndex community;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data().toString() == QLatin1String("Community"))
            community = model.index(r, 0);
    QVERIFY(community.isValid());
    QModelIndex openai;
    for (int r = 0; r < model.rowCount(community); ++r)
        if (model.index(r, 0, community).data().toString() == QLatin1String("OpenAI"))
            openai = model.index(r, 0, community);
    QVERIFY(openai.isValid());
    QCOMPARE(openai.parent(), community);
    QCOMPARE(openai.data(CommunityTreeModel::ParentIdRole).toInt(), community.data(CommunityTreeModel::IdRole).toInt());
    QVERIFY(openai.data(Qt::DecorationRole).value<QColor>().isValid());
    QVERIFY(!openai.data(Qt::ToolTipRole).toString().isEmpty());
    m_openAiId = openai.data(CommunityTreeModel::IdRole).toInt();
    m_openAiSlug = openai.data(CommunityTreeModel::SlugRole).toString();
    QVERIFY(m_openAiId > 0);
}

void TestE2eForum::openAiFeedListsTheNewsTopic()
{
    QVERIFY2(m_openAiId > 0, "needs treeHoldsCommunityOpenAI");
    TopicListModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &TopicListModel::pageLoaded);
    model.setFeed(FeedSpec::community(m_openAiId, m_openAiSlug));
    QVERIFY(loaded.wait(WaitMs));
    QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().message));
    QVERIFY(model.rowCount() > 0);
    // Several topics discuss the deal; the news item is the one tagged News.
    int matches = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r);
        const QString title = i.data(TopicListModel::TitleRole).toString();
        if (!title.contains(QLatin1String("OpenAI")) || !title.contains(QLatin1String("Microsoft"))
            || !i.data(TopicListModel::TagsRole).toStringList().contains(QStringLiteral("News")))
            continue;
        ++matches;
        m_newsTopicId = i.data(TopicListModel::IdRole).toInt();
        QCOMPARE(i.data(TopicListModel::AuthorUsernameRole).toString(), QStringLiteral("sable"));
        QCOMPARE(i.data(TopicListModel::AuthorNameRole).toString(), QStringLiteral("Sable Whitaker"));
        QVERIFY(i.data(TopicListModel::AvatarUrlRole).toUrl().isValid());
        QCOMPARE(i.data(TopicListModel::CategoryIdRole).toInt(), m_openAiId);
        QCOMPARE(i.data(TopicListModel::ReplyCountRole).toInt(), 0);
    }
    QCOMPARE(matches, 1);
    QVERIFY2(m_newsTopicId > 0, "no OpenAI/Microsoft topic in the OpenAI feed");
}

void TestE2eForum::newsTopicHasOnePostBySable()
{
    QVERIFY2(m_newsTopicId > 0, "needs openAiFeedListsTheNewsTopic");
    PostListModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &PostListModel::topicLoaded);
    model.load(m_newsTopicId);
    QVERIFY(loaded.wait(WaitMs));
    const Topic topic = model.topic();
    QVERIFY(topic.title.contains(QLatin1String("Microsoft")));
    QVERIFY(topic.tags.contains(QStringLiteral("News")));
    QCOMPARE(topic.postsCount, 1);
    QCOMPARE(topic.replyCount, 0);
    QCOMPARE(topic.createdBy.username, QStringLiteral("sable"));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex post = model.index(0);
    QVERIFY(post.data(PostListModel::LoadedRole).toBool());
    QCOMPARE(post.data(PostListModel::PostNumberRole).toInt(), 1);
    QCOMPARE(post.data(PostListModel::UsernameRole).toString(), QStringLiteral("sable"));
    QCOMPARE(post.data(PostListModel::NameRole).toString(), QStringLiteral("Sable Whitaker"));
    QVERIFY(post.data(PostListModel::CookedRole).toString().contains(QLatin1String("Microsoft")));
    QCOMPARE(post.data(PostListModel::ReplyToPostNumberRole).toInt(), 0);
    QVERIFY(post.data(PostListModel::CreatedAtRole).toDateTime().isValid());
    QVERIFY(!model.canFetchMore({}));
}

bool TestE2eForum::loadAllLatest(TopicListModel &model)
{
    QSignalSpy loaded(&model, &TopicListModel::pageLoaded);
    model.setFeed(FeedSpec::latest());
    if (!loaded.wait(WaitMs))
        return false;
    while (model.hasMore()) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        if (!model.isLoading())
            return false;
        if (!loaded.wait(WaitMs))
            return false;
        if (model.lastError().isError())
            return false;
    }
    return true;
}

void TestE2eForum::latestPagesAppendUntilTheEnd()
{
    TopicListModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // this test pages by itself and counts the pages
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy pages(&model, &TopicListModel::pageLoaded);
    QVERIFY(loadAllLatest(model));
    QCOMPARE(resets.size(), 1); // setFeed() clears once; pages only append
    QVERIFY2(pages.size() >= 2, "the demo community fits in one page; paging is untested");
    int expectedFirst = 0;
    for (const QList<QVariant> &args : std::as_const(inserted)) {
        QCOMPARE(args.at(1).toInt(), expectedFirst); // always appended at the end
        expectedFirst = args.at(2).toInt() + 1;
    }
    QCOMPARE(expectedFirst, model.rowCount());
    QSet<int> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r).data(TopicListModel::IdRole).toInt());
    QCOMPARE(ids.size(), model.rowCount());
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // at the end: ignored
    QVERIFY(!model.isLoading());
}

void TestE2eForum::longTopicLoadsChunksAndJumps()
{
    TopicListModel list(m_client.get());
    QVERIFY(loadAllLatest(list));
    int longId = 0, longPosts = 0;
    for (int r = 0; r < list.rowCount(); ++r) {
        const int posts = list.index(r).data(TopicListModel::PostsCountRole).toInt();
        if (posts > longPosts) {
            longPosts = posts;
            longId = list.index(r).data(TopicListModel::IdRole).toInt();
        }
    }
    QVERIFY2(longPosts > 40, "no topic with more than 40 posts");

    PostListModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QSignalSpy loaded(&model, &PostListModel::topicLoaded);
    model.load(longId);
    QVERIFY(loaded.wait(WaitMs));
    QCOMPARE(model.rowCount(), model.topic().stream.size());
    QVERIFY(model.rowCount() > 40);
    QVERIFY(model.isRowLoaded(19));
    QVERIFY(!model.isRowLoaded(20));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // The last post first: only its chunk is fetched.
    const int lastNumber = model.topic().highestPostNumber;
    QSignalSpy ready(&model, &PostListModel::postNumberReady);
    model.jumpToPostNumber(lastNumber);
    QVERIFY(ready.wait(WaitMs));
    const int lastRow = ready.first().at(1).toInt();
    QCOMPARE(lastRow, model.rowCount() - 1);
    QCOMPARE(model.index(lastRow).data(PostListModel::PostNumberRole).toInt(), lastNumber);
    if (model.rowCount() > 60)
        QVERIFY(!model.isRowLoaded(20)); // nothing between was loaded

    // Then the next chunk in order through fetchMore.
    QSignalSpy filled(&model, &PostListModel::rowsLoaded);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(filled.wait(WaitMs));
    QCOMPARE(filled.first().at(0).toInt(), 20);
    QVERIFY(model.isRowLoaded(20));
    QVERIFY(model.index(20).data(PostListModel::PostNumberRole).toInt() > model.index(19).data(PostListModel::PostNumberRole).toInt());

    // A number in the middle.
    ready.clear();
    const int middleRow = model.rowCount() / 2 + 5;
    const int middleId = model.index(middleRow).data(PostListModel::PostIdRole).toInt();
    model.ensureLoaded(middleRow);
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(middleRow), WaitMs);
    const int middleNumber = model.index(middleRow).data(PostListModel::PostNumberRole).toInt();
    QCOMPARE(model.rowForPostId(middleId), middleRow);
    QCOMPARE(model.jumpToPostNumber(middleNumber), middleRow);
    QCOMPARE(resets.size(), 0);
}

void TestE2eForum::unknownTopicIsNotFound()
{
    std::optional<ApiResult<Topic>> result;
    m_client->fetchTopic(987654, this, [&result](const ApiResult<Topic> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), WaitMs);
    QVERIFY(!result->ok());
    QCOMPARE(result->error.kind, ApiError::Kind::NotFound);
    QCOMPARE(result->error.httpStatus, 404);

    PostListModel model(m_client.get());
    QSignalSpy errors(&model, &PostListModel::errorOccurred);
    model.load(987654);
    QVERIFY(errors.wait(WaitMs));
    QCOMPARE(model.lastError().kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestE2eForum)
#include "tst_e2e_forum.moc"
