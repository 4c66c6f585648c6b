#include "fakeforum.h"
#include "lib/models/topiclistmodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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

private:
    void waitPage(int page);
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

QTEST_GUILESS_MAIN(TestTopicListModel)
#include "tst_topiclistmodel.moc"
