// Search through ForumClient and SearchResultModel against the real aivizor-server: the demo
// community plus 53 topics about okapis, so that a query fills more than one page of 50.
#include "lib/models/searchresultmodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"
#include "lib/search/localsearch.h"
#include "lib/search/searchquery.h"
#include "lib/store/forumstore.h"
#include "serverclient.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Aivizor;

namespace {
constexpr int WaitMs = 10000;
constexpr int OkapiTopics = 53;
}

class TestE2eSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void wordsFindPostsWithTheirTopics();
    void modelPagesOnFetchMoreWithoutReset();
    void newQueryReplacesTheRows();
    void phraseMatchesExactly();
    void userFilter();
    void communityFilter();
    void titleOnly();
    void orderLatest();
    void tooShortIsAnError();
    // Last: it stops the server.
    void savedCopyAnswersWithTheServerStopped();

private:
    ApiResult<SearchResultPage> run(const QString &query, int page = 1);

    QTemporaryDir m_dataDir;
    TestServer m_server;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<ForumClient> m_client;
    int m_mistral = 0;
};

void TestE2eSearch::initTestCase()
{
    QVERIFY2(!TestServer::defaultBinary().isEmpty(), "aivizor-server binary unknown");
    QVERIFY(m_dataDir.isValid());
    const ServerClient::Headers bob = ServerClient::addUser(m_dataDir.path(), QStringLiteral("bob"));
    QVERIFY(!bob.isEmpty());
    m_server.setDataDir(m_dataDir.path());
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0")}), qPrintable(m_server.errorString()));
    ServerClient writer(m_server);
    m_mistral = writer.categoryId(QStringLiteral("mistral"));
    QVERIFY(m_mistral > 0);
    QVERIFY(writer.createOkapiTopics(bob, m_mistral, OkapiTopics));
    m_transport = std::make_unique<Transport>(m_server.baseUrl());
    m_client = std::make_unique<ForumClient>(m_transport.get());
}

void TestE2eSearch::cleanupTestCase()
{
    m_client.reset();
    m_transport.reset();
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
}

ApiResult<SearchResultPage> TestE2eSearch::run(const QString &query, int page)
{
    std::optional<ApiResult<SearchResultPage>> answer;
    m_client->search(query, page, this, [&answer](const ApiResult<SearchResultPage> &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, WaitMs))
        return ApiResult<SearchResultPage>::failure(ApiError::fromKind(ApiError::Kind::Network, QStringLiteral("no answer in time")));
    return *answer;
}

void TestE2eSearch::wordsFindPostsWithTheirTopics()
{
    const auto r = run(QStringLiteral("model"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(r.value->posts.size() > 5);
    QCOMPARE(r.value->postIds.size(), r.value->posts.size());
    for (const SearchPost &p : r.value->posts) {
        QVERIFY(r.value->topics.contains(p.topicId));
        QVERIFY(p.postNumber >= 1);
        QVERIFY(!p.username.isEmpty());
        QVERIFY(p.createdAt.isValid());
        QVERIFY2(p.blurb.contains(QLatin1String("model"), Qt::CaseInsensitive)
                     || r.value->topics.value(p.topicId).title.contains(QLatin1String("model"), Qt::CaseInsensitive),
                 qPrintable(p.blurb));
    }
}

void TestE2eSearch::modelPagesOnFetchMoreWithoutReset()
{
    SearchResultModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy pages(&model, &SearchResultModel::pageLoaded);
    model.setQuery(QStringLiteral("okapi"));
    QVERIFY(model.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 1, WaitMs);
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 2, WaitMs);
    QCOMPARE(pages.at(1).at(0).toInt(), 2);
    QCOMPARE(model.rowCount(), OkapiTopics);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 50);   // appended after the first page
    QCOMPARE(resets.size(), 0);
    QSet<int> topics;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        QVERIFY(i.data(SearchResultModel::TitleRole).toString().startsWith(QLatin1String("Okapi sighting report")));
        QCOMPARE(i.data(SearchResultModel::CommunityIdRole).toInt(), m_mistral);
        QCOMPARE(i.data(SearchResultModel::AuthorRole).toString(), QStringLiteral("bob"));
        QCOMPARE(i.data(SearchResultModel::PostNumberRole).toInt(), 1);
        QVERIFY(i.data(SearchResultModel::DateRole).toDateTime().isValid());
        QVERIFY(i.data(SearchResultModel::BlurbRole).toString().contains(QLatin1String("okapi"), Qt::CaseInsensitive));
        QVERIFY(i.data(Qt::AccessibleTextRole).toString().contains(i.data(SearchResultModel::TitleRole).toString()));
        topics.insert(i.data(SearchResultModel::TopicIdRole).toInt());
    }
    QCOMPARE(topics.size(), OkapiTopics);
}

void TestE2eSearch::newQueryReplacesTheRows()
{
    SearchResultModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setQuery(QStringLiteral("okapi"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() >= 50, WaitMs);
    model.setQuery(QStringLiteral("model @kai"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(removed.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, WaitMs);
    const int kaiRows = model.rowCount();
    QVERIFY(kaiRows < 50);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(SearchResultModel::AuthorRole).toString(), QStringLiteral("kai"));
    // A query replaced before its answer: only the last one's rows arrive.
    QSignalSpy pages(&model, &SearchResultModel::pageLoaded);
    model.setQuery(QStringLiteral("okapi"));
    model.setQuery(QStringLiteral("model @kai"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, WaitMs);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(model.rowCount(), kaiRows);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(SearchResultModel::AuthorRole).toString(), QStringLiteral("kai"));
    QCOMPARE(model.query(), QStringLiteral("model @kai"));
    QCOMPARE(resets.size(), 0);
}

void TestE2eSearch::phraseMatchesExactly()
{
    SearchQuery q;
    q.phrase = QStringLiteral("seen near the river");
    const auto r = run(q.toString());
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value->posts.size(), 50);
    for (const SearchPost &p : r.value->posts)
        QVERIFY2(p.blurb.contains(QLatin1String("seen near the river"), Qt::CaseInsensitive), qPrintable(p.blurb));
    // The same words out of order are found as words, not as the phrase.
    q.phrase = QStringLiteral("river near seen");
    QVERIFY(run(q.toString()).value->posts.isEmpty());
    QVERIFY(!run(QStringLiteral("river near seen")).value->posts.isEmpty());
}

void TestE2eSearch::userFilter()
{
    SearchQuery q;
    q.words = QStringLiteral("model");
    q.user = QStringLiteral("kai");
    const auto r = run(q.toString());
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(!r.value->posts.isEmpty());
    for (const SearchPost &p : r.value->posts)
        QCOMPARE(p.username, QStringLiteral("kai"));
    const auto all = run(QStringLiteral("model"));
    QVERIFY(all.value->posts.size() > r.value->posts.size());
}

void TestE2eSearch::communityFilter()
{
    SearchQuery q;
    q.words = QStringLiteral("okapi");
    q.community = QStringLiteral("mistral");
    auto r = run(q.toString());
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value->posts.size(), 50);
    q.community = QStringLiteral("openai");
    r = run(q.toString());
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(r.value->posts.isEmpty());
    q.words = QStringLiteral("model");
    r = run(q.toString());
    QVERIFY(!r.value->posts.isEmpty());
    for (const SearchPost &p : r.value->posts)
        QVERIFY(r.value->topics.value(p.topicId).categoryId != m_mistral);
}

void TestE2eSearch::titleOnly()
{
    SearchQuery q = SearchQuery::parse(QStringLiteral("model"));
    q.titleOnly = true;
    const auto r = run(q.toString());
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(!r.value->posts.isEmpty());
    QVERIFY(r.value->posts.size() < run(QStringLiteral("model")).value->posts.size());
    for (const SearchPost &p : r.value->posts)
        QVERIFY2(r.value->topics.value(p.topicId).title.contains(QLatin1String("model"), Qt::CaseInsensitive),
                 qPrintable(r.value->topics.value(p.topicId).title));
}

void TestE2eSearch::orderLatest()
{
    SearchQuery q = SearchQuery::parse(QStringLiteral("model"));
    q.order = SearchQuery::Order::Latest;
    const auto r = run(q.toString());
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(r.value->posts.size() > 3);
    for (int i = 1; i < r.value->posts.size(); ++i)
        QVERIFY(r.value->posts.at(i - 1).createdAt >= r.value->posts.at(i).createdAt);
}

void TestE2eSearch::tooShortIsAnError()
{
    const auto r = run(QStringLiteral("ab"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.httpStatus, 400);
    SearchResultModel model(m_client.get());
    QSignalSpy failed(&model, &SearchResultModel::errorOccurred);
    model.setQuery(QStringLiteral("ab"));
    QVERIFY(failed.wait(WaitMs));
    QVERIFY(model.lastError().isError());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

// Topics read while the forum answered are in the store; with the server stopped the forum's
// search fails and the same query, sent to the saved copy, finds them there.
void TestE2eSearch::savedCopyAnswersWithTheServerStopped()
{
    const auto remote = run(QStringLiteral("okapi"));
    QVERIFY2(remote.ok(), qPrintable(remote.error.message));
    QTemporaryDir storeDir;
    ForumStore store;
    QVERIFY(!store.open(storeDir.filePath(QStringLiteral("forum.sqlite"))).error);
    QHash<int, QString> saved; // topic id to title
    for (int i = 0; i < 10; ++i) {
        const int topicId = remote.value->posts.at(i).topicId;
        std::optional<ApiResult<Topic>> topic;
        m_client->fetchTopic(topicId, this, [&topic](const ApiResult<Topic> &r) { topic = r; });
        QTRY_VERIFY_WITH_TIMEOUT(topic.has_value(), WaitMs);
        QVERIFY2(topic->ok(), qPrintable(topic->error.message));
        store.putTopic(*topic->value, QDateTime::currentDateTimeUtc());
        saved.insert(topicId, topic->value->title);
    }
    QVERIFY(store.flush());

    QVERIFY(m_server.stop());
    QCOMPARE(run(QStringLiteral("okapi")).error.kind, ApiError::Kind::Network);

    LocalSearch local;
    local.setSources({{QStringLiteral("forum"), store.path()}});
    SearchResultModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocalSearch(&local);
    model.setSavedCopy(true);
    QSignalSpy pages(&model, &SearchResultModel::pageLoaded);
    model.setQuery(QStringLiteral("okapi"));
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 1, WaitMs);
    QCOMPARE(model.rowCount(), saved.size()); // one post per topic, as the forum gives them
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const int topicId = index.data(SearchResultModel::TopicIdRole).toInt();
        QVERIFY2(saved.contains(topicId), qPrintable(QString::number(topicId)));
        QCOMPARE(index.data(SearchResultModel::TitleRole).toString(), saved.value(topicId));
        QVERIFY(index.data(SearchResultModel::SavedCopyRole).toBool());
        QVERIFY(index.data(SearchResultModel::PostNumberRole).toInt() >= 1);
        QVERIFY(!index.data(SearchResultModel::AuthorRole).toString().isEmpty());
        QVERIFY(index.data(SearchResultModel::DateRole).toDateTime().isValid());
    }
    // Filters answer from the store too: bob wrote every okapi topic, nobody else any.
    model.setQuery(QStringLiteral("okapi @bob"));
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 2, WaitMs);
    QCOMPARE(model.rowCount(), saved.size());
    model.setQuery(QStringLiteral("okapi @nobodyatall"));
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 3, WaitMs);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestE2eSearch)
#include "tst_e2e_search.moc"
