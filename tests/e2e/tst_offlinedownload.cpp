// OfflineDownload against the real aivizor-server: a community's topics, posts and images end up
// in a real ForumStore, a download cut short carries on in a new process state, 429s are waited
// out, and cancel() stops.
#include "lib/api/endpoints.h"
#include "lib/domain/avatar.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"
#include "lib/render/htmlsanitizer.h"
#include "lib/store/forumstore.h"
#include "lib/store/offlinedownload.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Aivizor;

namespace {

constexpr int WaitMs = 10000;
constexpr int DownloadMs = 120000;

// Everything one app run has of a forum: its transport, client, store and download, plus counts of
// the API requests that went out, of the 429s (images included) and of other API errors.
struct Forum
{
    Forum(const QUrl &base, const QString &storePath)
        : transport(base), client(&transport)
    {
        report = store.open(storePath);
        download = std::make_unique<OfflineDownload>(&client, &store);
        QObject::connect(&transport, &Transport::requestFinished, &transport, [this](const ApiError &e) {
            ++requests;
            if (e.isError() && e.kind != ApiError::Kind::RateLimited)
                ++otherErrors;
        });
        QObject::connect(&transport, &Transport::rateLimited, &transport, [this] { ++rateLimited; });
    }
    ~Forum()
    {
        download.reset();
        store.flush();
    }

    Transport transport;
    ForumClient client;
    ForumStore store;
    StoreOpenReport report;
    std::unique_ptr<OfflineDownload> download;
    int requests = 0;
    int rateLimited = 0;
    int otherErrors = 0;
};

// What the server has of a topic: its post ids in order and the posts themselves.
struct ServerTopic
{
    Topic topic;
    QList<Post> posts;
};

} // namespace

class TestOfflineDownload : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void savesEveryTopicPostAndImageOfACommunity();
    void carriesOnAfterARestartWithoutFetchingSavedTopicsAgain();
    void waitsOutRateLimitsAndStillCompletes();
    void cancelStopsAtOnceAndForgetsTheJob();
    void topicLimitAndListPagesAreFollowed();
    void aClosedStoreFailsAtOnce();
    void aTopicThatFailsForGoodIsSkippedAndCounted();
    void backsOffThroughAnOutageAndCarriesOn();

private:
    QList<int> serverTopicIds(int communityId, int limit = 1000);
    ServerTopic serverTopic(int topicId);
    qsizetype bodySize(const QString &path);
    // base: the forum the store was filled from (the content is the demo on every test server).
    void verifySaved(ForumStore &store, const QList<int> &topicIds, const QUrl &base);
    QString storePath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<ForumClient> m_client;
    int m_communityId = 0; // open-source-models: six topics, three with pictures
    int m_parentId = 0;    // "Community": every topic, over two list pages
};

void TestOfflineDownload::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_transport = std::make_unique<Transport>(m_server.baseUrl());
    m_client = std::make_unique<ForumClient>(m_transport.get());
    QList<Community> communities;
    bool done = false;
    m_client->fetchCategories(this, [&](const ApiResult<QList<Community>> &r) {
        if (r.ok())
            communities = *r.value;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, WaitMs);
    for (const Community &c : communities) {
        if (c.slug == QLatin1String("open-source-models"))
            m_communityId = c.id;
        if (c.slug == QLatin1String("community"))
            m_parentId = c.id;
    }
    QVERIFY(m_communityId > 0);
    QVERIFY(m_parentId > 0);
}

void TestOfflineDownload::cleanupTestCase()
{
    m_client.reset();
    m_transport.reset();
    QVERIFY(m_server.stop());
}

QList<int> TestOfflineDownload::serverTopicIds(int communityId, int limit)
{
    QList<int> ids;
    QString more;
    bool first = true;
    while (first || !more.isEmpty()) {
        bool done = false;
        auto cb = [&](const ApiResult<TopicPage> &r) {
            more.clear();
            if (r.ok()) {
                for (const TopicSummary &t : r.value->topics) {
                    if (!ids.contains(t.id) && ids.size() < limit)
                        ids.append(t.id);
                }
                more = r.value->moreTopicsUrl;
            }
            done = true;
        };
        if (first)
            m_client->fetchTopicList(FeedSpec::community(communityId), 0, this, cb);
        else
            m_client->fetchTopicListUrl(more, this, cb);
        first = false;
        if (!QTest::qWaitFor([&] { return done; }, WaitMs))
            return {};
        if (ids.size() >= limit)
            break;
    }
    return ids;
}

qsizetype TestOfflineDownload::bodySize(const QString &path)
{
    qsizetype size = -1;
    m_transport->get(path, this, [&size](const TransportResult &r) { size = r.error ? 0 : r.body.size(); });
    return QTest::qWaitFor([&] { return size >= 0; }, WaitMs) ? size : 0;
}

ServerTopic TestOfflineDownload::serverTopic(int topicId)
{
    ServerTopic s;
    bool done = false;
    m_client->fetchTopic(topicId, this, [&](const ApiResult<Topic> &r) {
        if (r.ok())
            s.topic = *r.value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, WaitMs) || s.topic.id == 0)
        return s;
    done = false;
    m_client->fetchPosts(topicId, s.topic.stream, this, [&](const ApiResult<QList<Post>> &r) {
        if (r.ok())
            s.posts = *r.value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, WaitMs))
        s.posts.clear(); // a timeout leaves no posts for the caller to compare
    return s;
}

// The store holds each topic as the server has it: offline, every post in stream order with its
// cooked HTML, the forum's images in them and the authors' avatars.
void TestOfflineDownload::verifySaved(ForumStore &store, const QList<int> &topicIds, const QUrl &base)
{
    HtmlSanitizer::Options options;
    options.forumBase = base;
    const HtmlSanitizer sanitizer(options);
    for (int id : topicIds) {
        const ServerTopic expected = serverTopic(id);
        QVERIFY2(!expected.topic.stream.isEmpty(), qPrintable(QString::number(id)));
        QCOMPARE(expected.posts.size(), expected.topic.stream.size());
        QVERIFY2(store.isTopicOffline(id), qPrintable(QString::number(id)));
        const ApiResult<StoredTopic> topic = store.topic(id);
        QVERIFY2(topic.ok(), qPrintable(topic.error.message));
        QCOMPARE(topic.value->topic.title, expected.topic.title);
        QCOMPARE(topic.value->topic.stream, expected.topic.stream);
        const ApiResult<QList<StoredPost>> posts = store.postsFrom(id, 1, 100000);
        QVERIFY(posts.ok());
        QCOMPARE(posts.value->size(), expected.posts.size());
        for (qsizetype i = 0; i < expected.posts.size(); ++i) {
            QCOMPARE(posts.value->at(i).post.id, expected.posts.at(i).id);
            QCOMPARE(posts.value->at(i).post.cooked, expected.posts.at(i).cooked);
            for (const SanitizedImage &image : sanitizer.sanitize(expected.posts.at(i).cooked).images) {
                const ApiResult<StoredImage> stored = store.image(image.url);
                QVERIFY2(stored.ok(), qPrintable(image.url.toString()));
                QVERIFY(!stored.value->data.isEmpty());
                QVERIFY2(stored.value->contentType.startsWith("image/"), stored.value->contentType.constData());
            }
            const QUrl avatar = avatarUrl(expected.posts.at(i).avatarTemplate, 96, base);
            QVERIFY2(store.image(avatar).ok(), qPrintable(avatar.toString()));
        }
    }
}

void TestOfflineDownload::savesEveryTopicPostAndImageOfACommunity()
{
    const QList<int> ids = serverTopicIds(m_communityId);
    QCOMPARE(ids.size(), 6);
    Forum forum(m_server.baseUrl(), storePath(QStringLiteral("full")));
    QVERIFY2(!forum.report.error, qPrintable(forum.report.error.message));
    OfflineDownload &d = *forum.download;
    QSignalSpy finished(&d, &OfflineDownload::finished);
    QSignalSpy failed(&d, &OfflineDownload::failed);
    QSignalSpy saved(&d, &OfflineDownload::topicSaved);
    d.start(m_communityId);
    QVERIFY(d.isRunning());
    QCOMPARE(d.communityId(), m_communityId);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, DownloadMs);
    QCOMPARE(finished.at(0).at(0).toInt(), m_communityId);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!d.isRunning());
    QCOMPARE(d.total(), ids.size());
    QCOMPARE(d.done(), ids.size());
    QCOMPARE(d.skipped(), 0);
    QCOMPARE(saved.size(), ids.size());
    QCOMPARE(forum.rateLimited, 0);
    QCOMPARE(forum.otherErrors, 0);
    QVERIFY(forum.store.flush());

    ForumStore &store = forum.store;
    QVERIFY(store.isCommunityOffline(m_communityId));
    QVERIFY(store.feedPage(FeedSpec::community(m_communityId), 0).ok());
    verifySaved(store, ids, m_server.baseUrl());
    // Three of the topics carry an uploaded picture, and each is in the store.
    int uploads = 0;
    for (int id : ids) {
        const ApiResult<QList<StoredPost>> posts = store.postsFrom(id, 1, 1000);
        QVERIFY(posts.ok());
        for (const StoredPost &p : *posts.value) {
            HtmlSanitizer::Options options;
            options.forumBase = m_server.baseUrl();
            for (const SanitizedImage &image : HtmlSanitizer(options).sanitize(p.post.cooked).images) {
                if (image.url.path().contains(QLatin1String("/uploads/"))) {
                    ++uploads;
                    QCOMPARE(store.image(image.url).value->contentType, QByteArrayLiteral("image/png"));
                }
            }
        }
    }
    QCOMPARE(uploads, 3);
    const ApiResult<OfflineJob> job = store.offlineJob(m_communityId);
    QVERIFY(job.ok());
    QVERIFY(job.value->isFinished());
    QCOMPARE(job.value->topicLimit, OfflineDownload::DefaultTopicLimit);
    QCOMPARE(job.value->savedTopicIds, QSet<int>(ids.cbegin(), ids.cend()));
    QVERIFY(store.unfinishedOfflineJobs().isEmpty());
    QVERIFY(!d.resume()); // nothing left to carry on with
}

void TestOfflineDownload::carriesOnAfterARestartWithoutFetchingSavedTopicsAgain()
{
    const QList<int> ids = serverTopicIds(m_communityId);
    int fullRunRequests = 0;
    {
        Forum full(m_server.baseUrl(), storePath(QStringLiteral("restart-reference")));
        QSignalSpy finished(full.download.get(), &OfflineDownload::finished);
        full.download->start(m_communityId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, DownloadMs);
        fullRunRequests = full.requests;
    }
    const QString path = storePath(QStringLiteral("restart"));
    QSet<int> firstRun;
    {
        Forum forum(m_server.baseUrl(), path);
        QSignalSpy saved(forum.download.get(), &OfflineDownload::topicSaved);
        forum.download->start(m_communityId);
        // wait() returns right at the signal, so the app quits just after its second topic.
        while (saved.size() < 2)
            QVERIFY(saved.wait(DownloadMs));
        QVERIFY(forum.download->isRunning());
        for (const QList<QVariant> &args : saved)
            firstRun.insert(args.at(0).toInt());
        // The app quits here: everything is destroyed, nothing is cancelled.
    }
    QCOMPARE(firstRun.size(), 2);

    Forum forum(m_server.baseUrl(), path);
    QVERIFY2(!forum.report.error, qPrintable(forum.report.error.message));
    QCOMPARE(forum.store.unfinishedOfflineJobs(), QList<int>{m_communityId});
    QCOMPARE(forum.store.offlineJob(m_communityId).value->savedTopicIds, firstRun);
    OfflineDownload &d = *forum.download;
    QSignalSpy saved(&d, &OfflineDownload::topicSaved);
    QSignalSpy finished(&d, &OfflineDownload::finished);
    QVERIFY(d.resume());
    QVERIFY(d.isRunning());
    QCOMPARE(d.communityId(), m_communityId);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, DownloadMs);
    QCOMPARE(d.done(), ids.size());
    QCOMPARE(d.total(), ids.size());
    QSet<int> secondRun;
    for (const QList<QVariant> &args : saved)
        secondRun.insert(args.at(0).toInt());
    QVERIFY2(!secondRun.intersects(firstRun), "a topic saved before the restart was fetched again");
    QCOMPARE(secondRun + firstRun, QSet<int>(ids.cbegin(), ids.cend()));
    // Each topic saved before costs at least its /t/{id}.json in a full run; none of that again.
    QVERIFY2(forum.requests <= fullRunRequests - firstRun.size(),
             qPrintable(QStringLiteral("%1 requests after the restart, %2 for a full run")
                            .arg(forum.requests)
                            .arg(fullRunRequests)));
    QVERIFY(forum.store.flush());
    verifySaved(forum.store, ids, m_server.baseUrl());
    QVERIFY(forum.store.offlineJob(m_communityId).value->isFinished());
}

void TestOfflineDownload::waitsOutRateLimitsAndStillCompletes()
{
    TestServer limited;
    QVERIFY2(limited.start({QStringLiteral("--max-reqs-per-ip-per-10-seconds"), QStringLiteral("10")}),
             qPrintable(limited.errorString()));
    Forum forum(limited.baseUrl(), storePath(QStringLiteral("limited")));
    OfflineDownload &d = *forum.download;
    QSignalSpy finished(&d, &OfflineDownload::finished);
    QSignalSpy failed(&d, &OfflineDownload::failed);
    d.start(m_communityId, 3);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 3 * DownloadMs);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(d.done(), 3);
    QCOMPARE(d.skipped(), 0);
    qInfo("%d answers, %d of them 429", d.answers(), forum.rateLimited);
    QVERIFY2(forum.rateLimited > 0, "the limit was never reached: the test proves nothing");
    QCOMPARE(forum.otherErrors, 0);
    QCOMPARE(d.lastError().kind, ApiError::Kind::RateLimited);
    QVERIFY(forum.store.flush());
    verifySaved(forum.store, serverTopicIds(m_communityId, 3), limited.baseUrl());
    QVERIFY(limited.stop());
}

void TestOfflineDownload::cancelStopsAtOnceAndForgetsTheJob()
{
    Forum forum(m_server.baseUrl(), storePath(QStringLiteral("cancel")));
    OfflineDownload &d = *forum.download;
    QSignalSpy running(&d, &OfflineDownload::runningChanged);
    QSignalSpy saved(&d, &OfflineDownload::topicSaved);
    QSignalSpy finished(&d, &OfflineDownload::finished);
    d.start(m_parentId);
    QCOMPARE(running.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(saved.size() >= 1, DownloadMs);
    d.cancel();
    QVERIFY(!d.isRunning());
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.at(1).at(0).toBool(), false);
    const qsizetype savedAtCancel = saved.size();
    // What was in flight is aborted: the transport drains without another topic being saved.
    QTRY_VERIFY_WITH_TIMEOUT(forum.transport.runningCount() == 0 && forum.transport.queuedCount() == 0, WaitMs);
    QCOMPARE(saved.size(), savedAtCancel);
    QCOMPARE(finished.size(), 0);
    QVERIFY(d.done() < d.total());
    QVERIFY(forum.store.flush());
    // Forgotten, so a restart does not carry on; what was saved stays offline.
    QCOMPARE(forum.store.offlineJob(m_parentId).error.kind, ApiError::Kind::NotFound);
    QVERIFY(!d.resume());
    QVERIFY(forum.store.isTopicOffline(saved.at(0).at(0).toInt()));
}

void TestOfflineDownload::topicLimitAndListPagesAreFollowed()
{
    // "Community" lists every demo topic, 30 to a page: a limit of 33 needs the second page.
    const QList<int> ids = serverTopicIds(m_parentId, 33);
    QCOMPARE(ids.size(), 33);
    Forum forum(m_server.baseUrl(), storePath(QStringLiteral("limit")));
    OfflineDownload &d = *forum.download;
    d.setAvatarSizes({48});
    QSignalSpy finished(&d, &OfflineDownload::finished);
    QSignalSpy saved(&d, &OfflineDownload::topicSaved);
    d.start(m_parentId, 33);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, DownloadMs);
    QCOMPARE(d.total(), 33);
    QCOMPARE(d.done(), 33);
    QList<int> savedIds;
    for (const QList<QVariant> &args : saved)
        savedIds.append(args.at(0).toInt());
    QCOMPARE(savedIds, ids); // in list order, exactly the latest 33
    QVERIFY(forum.store.flush());
    QVERIFY(forum.store.feedPage(FeedSpec::community(m_parentId), 1).ok());
    QVERIFY(forum.store.isCommunityOffline(m_parentId));
}

void TestOfflineDownload::aClosedStoreFailsAtOnce()
{
    ForumStore closed;
    OfflineDownload d(m_client.get(), &closed);
    QSignalSpy failed(&d, &OfflineDownload::failed);
    QSignalSpy running(&d, &OfflineDownload::runningChanged);
    const int before = m_transport->queuedCount() + m_transport->runningCount();
    d.start(m_communityId);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Storage);
    QCOMPARE(d.lastError().kind, ApiError::Kind::Storage);
    QVERIFY(!d.isRunning());
    QCOMPARE(running.size(), 0);
    QCOMPARE(m_transport->queuedCount() + m_transport->runningCount(), before); // nothing was sent
    QVERIFY(!d.resume());
}

void TestOfflineDownload::aTopicThatFailsForGoodIsSkippedAndCounted()
{
    // A response cap that the list page and every topic but the largest fit under: that one then
    // fails with ResponseTooLarge, which no retry can change.
    const QList<int> ids = serverTopicIds(m_communityId);
    QCOMPARE(ids.size(), 6);
    qsizetype cap = bodySize(Api::topicList(FeedSpec::community(m_communityId), 0));
    QVERIFY(cap > 0);
    int largest = 0;
    qsizetype largestSize = 0;
    for (int id : ids) {
        const qsizetype size = bodySize(Api::topic(id));
        QVERIFY(size > 0);
        if (size > largestSize) {
            cap = std::max(cap, largestSize);
            largest = id;
            largestSize = size;
        } else {
            cap = std::max(cap, size);
        }
    }
    QVERIFY2(largestSize > cap, "the demo's topics are all of one size: nothing to cut off");
    Forum forum(m_server.baseUrl(), storePath(QStringLiteral("skip")));
    forum.transport.setMaxResponseSize(cap + 1);
    OfflineDownload &d = *forum.download;
    QSignalSpy finished(&d, &OfflineDownload::finished);
    QSignalSpy failed(&d, &OfflineDownload::failed);
    d.start(m_communityId);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, DownloadMs);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(d.skipped(), 1);
    QCOMPARE(d.done(), ids.size() - 1);
    QCOMPARE(d.total(), ids.size());
    QCOMPARE(d.lastError().kind, ApiError::Kind::ResponseTooLarge);
    QVERIFY(forum.store.flush());
    QVERIFY(!forum.store.isTopicOffline(largest));
    QVERIFY(!forum.store.offlineJob(m_communityId).value->savedTopicIds.contains(largest));
    QList<int> others = ids;
    others.removeOne(largest);
    verifySaved(forum.store, others, m_server.baseUrl());
}

void TestOfflineDownload::backsOffThroughAnOutageAndCarriesOn()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString port = QString::number(server.baseUrl().port());
    Forum forum(server.baseUrl(), storePath(QStringLiteral("outage")));
    OfflineDownload &d = *forum.download;
    QSignalSpy saved(&d, &OfflineDownload::topicSaved);
    QSignalSpy finished(&d, &OfflineDownload::finished);
    QSignalSpy failed(&d, &OfflineDownload::failed);
    d.start(m_parentId);
    while (saved.size() < 2)
        QVERIFY(saved.wait(DownloadMs));
    QVERIFY(server.stop()); // connection refused from now on
    QTRY_COMPARE_WITH_TIMEOUT(d.lastError().kind, ApiError::Kind::Network, WaitMs);
    QVERIFY(d.isRunning()); // waiting on the back-off, not given up
    const qsizetype savedDuringOutage = saved.size();
    QVERIFY2(server.start({QStringLiteral("--port"), port}), qPrintable(server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, DownloadMs);
    QVERIFY(saved.size() > savedDuringOutage);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(d.skipped(), 0);
    QCOMPARE(d.done(), d.total());
    QCOMPARE(d.total(), serverTopicIds(m_parentId).size());
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestOfflineDownload)
#include "tst_offlinedownload.moc"
