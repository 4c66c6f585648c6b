#include "fakeforum.h"
#include "lib/models/topiclistmodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"
#include "lib/store/forumstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Aivizor;

class TestTopicListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pagesAppendUntilTheEnd();
    void roles();
    void fetchMoreGuardsItself();
    void dedupesAcrossPages();
    void refreshUpdatesInPlace();
    void errorIsReported();
    void savedPageShowsAtOnceThenRefreshesInPlace();
    void bumpedTopicMovesItsSavedRow();
    void savedPageCoversAFailure_data();
    void savedPageCoversAFailure();
    void nothingSavedIsAnError_data();
    void nothingSavedIsAnError();
    void laterPageComesFromTheStore_data();
    void laterPageComesFromTheStore();
    void freshFirstPageDropsSavedLaterPages();

private:
    void waitPage(int page);
    void useStore();
    void saveLatest(int pages, const QDateTime &fetchedAt);
    QList<int> rowIds() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ForumStore> m_store;
    FakeForum *m_forum = nullptr;
    Transport *m_transport = nullptr;
    ForumClient *m_client = nullptr;
    TopicListModel *m_model = nullptr;
};

void TestTopicListModel::init()
{
    m_forum = new FakeForum;
    QVERIFY(m_forum->isListening());
    for (int id = 1; id <= 12; ++id)
        m_forum->latestOrder << id;
    m_transport = new Transport(m_forum->url());
    m_client = new ForumClient(m_transport);
    m_model = new TopicListModel(m_client);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
}

void TestTopicListModel::cleanup()
{
    delete m_model;
    m_store.reset();
    m_dir.reset();
    delete m_client;
    delete m_transport;
    delete m_forum;
}

void TestTopicListModel::waitPage(int page)
{
    QSignalSpy loaded(m_model, &TopicListModel::pageLoaded);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().first().toInt(), page);
}

void TestTopicListModel::pagesAppendUntilTheEnd()
{
    m_model->setFeed(FeedSpec::latest());
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
    waitPage(0);
    QCOMPARE(m_model->rowCount(), 5);
    QVERIFY(m_model->hasMore());

    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    waitPage(1);
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 5);
    QCOMPARE(inserted.first().at(2).toInt(), 9);
    m_model->fetchMore({});
    waitPage(2);
    QCOMPARE(m_model->rowCount(), 12);
    QVERIFY(!m_model->hasMore());
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(m_forum->requests,
             (QStringList{"/latest.json", "/latest.json?page=1", "/latest.json?page=2"}));
    for (int row = 0; row < 12; ++row)
        QCOMPARE(m_model->index(row).data(TopicListModel::IdRole).toInt(), row + 1);
}

void TestTopicListModel::roles()
{
    m_model->setFeed(FeedSpec::latest());
    waitPage(0);
    const QModelIndex i = m_model->index(2);
    QCOMPARE(i.data(TopicListModel::IdRole).toInt(), 3);
    QCOMPARE(i.data().toString(), QStringLiteral("Topic 3"));
    QCOMPARE(i.data(TopicListModel::TitleRole).toString(), QStringLiteral("Topic 3"));
    QCOMPARE(i.data(TopicListModel::SlugRole).toString(), QStringLiteral("topic-3"));
    QCOMPARE(i.data(TopicListModel::AuthorNameRole).toString(), QStringLiteral("Alice A."));
    QCOMPARE(i.data(TopicListModel::AuthorUsernameRole).toString(), QStringLiteral("alice"));
    QCOMPARE(i.data(TopicListModel::AvatarUrlRole).toUrl(),
             QUrl(m_forum->url().toString() + "/user_avatar/h/alice/48/1_2.png"));
    QCOMPARE(i.data(TopicListModel::PostsCountRole).toInt(), 4);
    QCOMPARE(i.data(TopicListModel::ReplyCountRole).toInt(), 3);
    QCOMPARE(i.data(TopicListModel::ViewsRole).toInt(), 30);
    QCOMPARE(i.data(TopicListModel::LikeCountRole).toInt(), 0);
    QCOMPARE(i.data(TopicListModel::CreatedAtRole).toDateTime(),
             QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(i.data(TopicListModel::LastActivityRole).toDateTime(),
             QDateTime(QDate(2026, 1, 3), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(i.data(TopicListModel::TagsRole).toStringList(), QStringList{"news"});
    QCOMPARE(i.data(TopicListModel::CategoryIdRole).toInt(), 1);
    QCOMPARE(i.data(TopicListModel::PinnedRole).toBool(), false);
    QCOMPARE(i.data(TopicListModel::ClosedRole).toBool(), false);
    QCOMPARE(m_model->roleNames().value(TopicListModel::AvatarUrlRole), QByteArray("avatarUrl"));
    QCOMPARE(m_model->topicAt(2).id, 3);
    QCOMPARE(m_model->rowForTopicId(3), 2);
    QCOMPARE(m_model->rowForTopicId(999), -1);
    // A screen reader announces the row as the delegate paints it.
    const QString spoken = i.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(QLatin1String("Topic 3, by Alice A., 3 replies, 0 likes, last activity ")), qPrintable(spoken));
    QVERIFY2(spoken.endsWith(QLatin1String("ago, tags: news")), qPrintable(spoken));
}

void TestTopicListModel::fetchMoreGuardsItself()
{
    m_model->setFeed(FeedSpec::latest());
    m_model->fetchMore({}); // page 0 still loading: ignored
    waitPage(0);
    m_model->fetchMore({});
    m_model->fetchMore({}); // page 1 loading: ignored
    waitPage(1);
    QCOMPARE(m_forum->requests, (QStringList{"/latest.json", "/latest.json?page=1"}));
}

void TestTopicListModel::dedupesAcrossPages()
{
    // Topic 5 was bumped between the two page loads and shows up again on page 1.
    m_forum->latestOrder = {1, 2, 3, 4, 5, 5, 6, 7};
    m_model->setFeed(FeedSpec::latest());
    waitPage(0);
    m_model->fetchMore({});
    waitPage(1);
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->rowForTopicId(5), 4);
    QVERIFY(!m_model->hasMore());
}

void TestTopicListModel::refreshUpdatesInPlace()
{
    m_model->setFeed(FeedSpec::latest());
    waitPage(0);
    m_model->fetchMore({});
    waitPage(1);
    const QPersistentModelIndex topic2 = m_model->index(1);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_forum->latestOrder.prepend(99);
    m_forum->latestTitles.insert(2, "Topic 2, edited");
    m_model->refresh();
    waitPage(0);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(m_model->rowCount(), 5); // page 0 again: 99, 1, 2, 3, 4
    QCOMPARE(m_model->index(0).data(TopicListModel::IdRole).toInt(), 99);
    QVERIFY(topic2.isValid());
    QCOMPARE(topic2.row(), 2);
    QCOMPARE(topic2.data().toString(), QStringLiteral("Topic 2, edited"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_model->hasMore());
}

void TestTopicListModel::errorIsReported()
{
    QSignalSpy errors(m_model, &TopicListModel::errorOccurred);
    m_model->setFeed(FeedSpec::forTag("nothing-here")); // the fake forum has no tag route
    QVERIFY(errors.wait(5000));
    QCOMPARE(errors.first().first().value<ApiError>().kind, ApiError::Kind::NotFound);
    QCOMPARE(m_model->lastError().kind, ApiError::Kind::NotFound);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 0);
}

namespace {
// When the saved copies were fetched: long enough ago to be told apart from a fresh answer.
const QDateTime SavedAt(QDate(2026, 1, 5), QTime(8, 30), Qt::UTC);

QList<int> pageIds(const TopicPage &page)
{
    QList<int> ids;
    for (const TopicSummary &t : page.topics)
        ids << t.id;
    return ids;
}
} // namespace

void TestTopicListModel::useStore()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ForumStore>();
    const StoreOpenReport report = m_store->open(m_dir->filePath("forum.sqlite"));
    QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
    m_model->setStore(m_store.get());
}

// The first `pages` pages of /latest as the forum sends them now, saved as fetched at `fetchedAt`
// (page 0 first: saving it drops the later ones).
void TestTopicListModel::saveLatest(int pages, const QDateTime &fetchedAt)
{
    TopicListModel earlier(m_client);
    earlier.setStore(m_store.get());
    QSignalSpy loaded(&earlier, &TopicListModel::pageLoaded);
    earlier.setFeed(FeedSpec::latest());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            earlier.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), page + 1, 5000);
    }
    QVERIFY(m_store->flush());
    QList<TopicPage> saved;
    for (int page = 0; page < pages; ++page) {
        const ApiResult<StoredFeedPage> stored = m_store->feedPage(FeedSpec::latest(), page);
        QVERIFY(stored.ok());
        saved << stored.value->page;
    }
    for (int page = 0; page < pages; ++page)
        m_store->putFeedPage(FeedSpec::latest(), page, saved.at(page), fetchedAt.addSecs(-60 * page));
    QVERIFY(m_store->flush());
    m_forum->requests.clear();
}

QList<int> TestTopicListModel::rowIds() const
{
    QList<int> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row).data(TopicListModel::IdRole).toInt();
    return ids;
}

void TestTopicListModel::savedPageShowsAtOnceThenRefreshesInPlace()
{
    useStore();
    saveLatest(1, SavedAt);
    if (QTest::currentTestFailed())
        return;
    // Since then: topic 2 was renamed, topic 4 left the page and topic 99 came in.
    m_forum->latestTitles.insert(2, "Topic 2, edited");
    m_forum->latestOrder.removeOne(4);
    m_forum->latestOrder.insert(3, 99);

    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy loaded(m_model, &TopicListModel::pageLoaded);
    QSignalSpy savedTime(m_model, &TopicListModel::savedCopyTimeChanged);
    QSignalSpy errors(m_model, &TopicListModel::errorOccurred);
    m_model->setFeed(FeedSpec::latest());
    // Painted from the store before the event loop runs.
    QCOMPARE(rowIds(), (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("Topic 2"));
    QCOMPARE(m_model->index(0).data(TopicListModel::AuthorNameRole).toString(), QStringLiteral("Alice A."));
    QCOMPARE(m_model->savedCopyTime(), SavedAt);
    QCOMPARE(savedTime.size(), 1);
    QCOMPARE(resets.size(), 1); // setFeed() clears the previous feed
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 4);
    QCOMPARE(loaded.size(), 1);
    QVERIFY(m_model->isLoading());
    QVERIFY(m_model->hasMore());
    const QPersistentModelIndex topic5 = m_model->index(4);

    resets.clear();
    inserted.clear();
    loaded.clear();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().first().toInt(), 0);
    QCOMPARE(rowIds(), (QList<int>{1, 2, 3, 99, 5}));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(moved.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 3);
    QCOMPARE(removed.first().at(2).toInt(), 3);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(inserted.first().at(2).toInt(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("Topic 2, edited"));
    QCOMPARE(m_model->index(3).data().toString(), QStringLiteral("Topic 99"));
    QCOMPARE(m_model->index(3).data(TopicListModel::ViewsRole).toInt(), 990);
    QCOMPARE(topic5.row(), 4);
    QVERIFY(!m_model->savedCopyTime().isValid());
    QCOMPARE(savedTime.size(), 2);
    QVERIFY(!savedTime.last().first().toDateTime().isValid());
    QCOMPARE(errors.size(), 0);
    QVERIFY(!m_model->lastError().isError());
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_forum->requests, QStringList{"/latest.json"});

    // What the forum sent is what the store has now; so are later pages.
    m_model->fetchMore({});
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_model->rowCount(), 10);
    QVERIFY(m_store->flush());
    const ApiResult<StoredFeedPage> page0 = m_store->feedPage(FeedSpec::latest(), 0);
    QVERIFY(page0.ok());
    QCOMPARE(pageIds(page0.value->page), (QList<int>{1, 2, 3, 99, 5}));
    QCOMPARE(page0.value->page.topics.at(1).title, QStringLiteral("Topic 2, edited"));
    QVERIFY(page0.value->fetchedAt > SavedAt);
    QVERIFY(qAbs(page0.value->fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const ApiResult<StoredFeedPage> page1 = m_store->feedPage(FeedSpec::latest(), 1);
    QVERIFY(page1.ok());
    QCOMPARE(pageIds(page1.value->page), (QList<int>{6, 7, 8, 9, 10}));
    QCOMPARE(resets.size(), 0);
}

void TestTopicListModel::bumpedTopicMovesItsSavedRow()
{
    useStore();
    saveLatest(1, SavedAt);
    if (QTest::currentTestFailed())
        return;
    m_forum->latestOrder.move(3, 0); // topic 4 was bumped to the top
    QSignalSpy loaded(m_model, &TopicListModel::pageLoaded);
    m_model->setFeed(FeedSpec::latest());
    const QPersistentModelIndex topic4 = m_model->index(3);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 5000);
    QCOMPARE(rowIds(), (QList<int>{4, 1, 2, 3, 5}));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(1).toInt(), 3); // source row
    QCOMPARE(moved.first().at(4).toInt(), 0); // destination row
    QCOMPARE(topic4.row(), 0);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 0);
}

void TestTopicListModel::savedPageCoversAFailure_data()
{
    FakeForum::addOutageRows();
}

void TestTopicListModel::savedPageCoversAFailure()
{
    QFETCH(FakeForum::Outage, outage);
    useStore();
    saveLatest(1, SavedAt);
    if (QTest::currentTestFailed())
        return;
    m_forum->goDown(outage);
    QSignalSpy errors(m_model, &TopicListModel::errorOccurred);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setFeed(FeedSpec::latest());
    QCOMPARE(rowIds(), (QList<int>{1, 2, 3, 4, 5}));
    QVERIFY(m_model->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 5000);
    QCOMPARE(m_model->lastError().kind,
             outage == FakeForum::Outage::ServerError ? ApiError::Kind::ServerError : ApiError::Kind::Network);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(rowIds(), (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(m_model->savedCopyTime(), SavedAt);
    QCOMPARE(resets.size(), 1); // setFeed()'s own
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 0);
    if (outage == FakeForum::Outage::ServerError)
        QCOMPARE(m_forum->requests, QStringList{"/latest.json"});
}

void TestTopicListModel::nothingSavedIsAnError_data()
{
    savedPageCoversAFailure_data();
}

void TestTopicListModel::nothingSavedIsAnError()
{
    QFETCH(FakeForum::Outage, outage);
    useStore();
    m_forum->goDown(outage);
    QSignalSpy errors(m_model, &TopicListModel::errorOccurred);
    m_model->setFeed(FeedSpec::latest());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(errors.wait(5000));
    const ApiError::Kind kind =
        outage == FakeForum::Outage::ServerError ? ApiError::Kind::ServerError : ApiError::Kind::Network;
    QCOMPARE(errors.first().first().value<ApiError>().kind, kind);
    QCOMPARE(m_model->lastError().kind, kind);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->savedCopyTime().isValid());
    QVERIFY(!m_model->isLoading());
}

void TestTopicListModel::laterPageComesFromTheStore_data()
{
    savedPageCoversAFailure_data();
}

void TestTopicListModel::laterPageComesFromTheStore()
{
    QFETCH(FakeForum::Outage, outage);
    useStore();
    saveLatest(2, SavedAt); // page 1 was fetched a minute before page 0
    if (QTest::currentTestFailed())
        return;
    m_forum->goDown(outage);
    QSignalSpy errors(m_model, &TopicListModel::errorOccurred);
    QSignalSpy loaded(m_model, &TopicListModel::pageLoaded);
    m_model->setFeed(FeedSpec::latest());
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 5000);
    QCOMPARE(m_model->rowCount(), 5);
    QVERIFY(m_model->canFetchMore({}));

    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    loaded.clear();
    m_model->fetchMore({});
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().first().toInt(), 1);
    QCOMPARE(errors.size(), 0);
    QVERIFY(m_model->lastError().isError());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 5);
    QCOMPARE(inserted.first().at(2).toInt(), 9);
    QCOMPARE(rowIds(), (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    // The saved copy is as old as its oldest page.
    QCOMPARE(m_model->savedCopyTime(), SavedAt.addSecs(-60));
    QVERIFY(!m_model->isLoading());
    QVERIFY(m_model->canFetchMore({}));

    // Page 2 was never saved: that failure is an error.
    m_model->fetchMore({});
    QVERIFY(errors.wait(5000));
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(resets.size(), 0);
    if (outage == FakeForum::Outage::ServerError)
        QCOMPARE(m_forum->requests,
                 (QStringList{"/latest.json", "/latest.json?page=1", "/latest.json?page=2"}));
}

void TestTopicListModel::freshFirstPageDropsSavedLaterPages()
{
    // A saved page 1 continued the saved page 0; once the forum has sent page 0 afresh, its rows
    // may have moved, so it no longer stands in for the forum's page 1.
    useStore();
    saveLatest(2, SavedAt);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy errors(m_model, &TopicListModel::errorOccurred);
    QSignalSpy loaded(m_model, &TopicListModel::pageLoaded);
    m_model->setFeed(FeedSpec::latest());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 5000); // the saved page 0, then the forum's
    QVERIFY(!m_model->savedCopyTime().isValid());
    QVERIFY(m_store->flush());
    QCOMPARE(m_store->feedPage(FeedSpec::latest(), 1).error.kind, ApiError::Kind::NotFound);
    m_forum->goDown(FakeForum::Outage::ServerError);
    m_model->fetchMore({});
    QVERIFY(errors.wait(5000));
    QCOMPARE(m_model->rowCount(), 5);
    QVERIFY(!m_model->savedCopyTime().isValid());
}

QTEST_GUILESS_MAIN(TestTopicListModel)
#include "tst_topiclistmodel.moc"
