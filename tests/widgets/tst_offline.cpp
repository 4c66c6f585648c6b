// Offline first, against the real aivizor-server: what a window showed (tree, feed, a topic with
// its picture) opens in the next window from the store before the forum answers, and with the
// forum down; the status bar says "Showing saved copy from …" and "Offline"; what was never
// fetched says so in its pane, with Retry. When the forum is back, a new topic and a new reply
// appear in place: rows inserted, no reset. A separate process in screenshot mode shows the saved
// topic offline and exits 0, and fails for a topic it never saw.
#include "app/feeds/communitypane.h"
#include "app/feeds/feedkey.h"
#include "app/feeds/feedmenus.h"
#include "app/feeds/feedtreemodel.h"
#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "app/reader/postbrowser.h"
#include "app/reader/readerview.h"
#include "app/shell/mainactions.h"
#include "app/shell/offlinecontroller.h"
#include "app/widgets/errorbanner.h"
#include "app/widgets/offlineprogress.h"
#include "lib/images/imagecache.h"
#include "lib/models/communitytreemodel.h"
#include "lib/models/postlistmodel.h"
#include "lib/models/topiclistmodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/forumwriter.h"
#include "lib/net/transport.h"
#include "lib/session/forumsession.h"
#include "lib/store/forumstore.h"
#include "lib/store/offlinedownload.h"

#include "testserver.h"
#include "windowtesting.h"

#include <QPushButton>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QTreeView>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Aivizor;

namespace {
constexpr int Timeout = 30000;

// The first image of the forum's uploads in the reader's document, and whether it is painted.
QUrl uploadImage(QTextDocument *doc)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat() && format.toImageFormat().name().contains(QLatin1String("/uploads/")))
                return QUrl(format.toImageFormat().name());
        }
    }
    return {};
}

bool imageShown(QTextDocument *doc)
{
    const QUrl url = uploadImage(doc);
    return url.isValid() && doc->resource(QTextDocument::ImageResource, url).value<QImage>().width() > 100;
}

QStringList titles(const TopicListModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, 0).data(TopicListModel::TitleRole).toString();
    return out;
}
} // namespace

class TestOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savedCopyOpensOfflineAndRefreshesInPlace();
    void makeAvailableOfflineFromTheTree();
    void screenshotProcessShowsTheSavedTopicOffline();

private:
    QString addUser(const QString &name);
    bool startServer(bool samePort);
    int post(const QString &title, const QString &raw, int topicId);
    int findTopic(const QString &titlePart);

    QTemporaryDir m_dataDir;
    QTemporaryDir m_home;
    TestServer m_server;
    int m_port = 0;
    QString m_key;
    int m_imageTopic = 0;
    int m_unseenTopic = 0;
    int m_categoryId = 0; // where the new topic goes
};

QString TestOffline::addUser(const QString &name)
{
    return TestServer::addUser(m_dataDir.path(), {name});
}

bool TestOffline::startServer(bool samePort)
{
    QStringList args{QStringLiteral("--post-rate-limit"), QStringLiteral("0")};
    if (samePort)
        args << QStringLiteral("--port") << QString::number(m_port);
    if (!m_server.start(args))
        return false;
    if (!samePort)
        m_port = m_server.baseUrl().port();
    return m_server.baseUrl().port() == m_port;
}

// A reply (topicId > 0) or a new topic, by the test user over real HTTP; the new post's topic id.
int TestOffline::post(const QString &title, const QString &raw, int topicId)
{
    Transport transport(m_server.baseUrl());
    transport.setAuthHeaders({{"Api-Key", m_key.toLatin1()}, {"Api-Username", "olive"}});
    ForumWriter writer(&transport);
    std::optional<ApiResult<CreatedPost>> result;
    const auto done = [&result](const ApiResult<CreatedPost> &r) { result = r; };
    if (topicId > 0)
        writer.createPost(topicId, raw, 0, this, done);
    else
        writer.createTopic(title, raw, m_categoryId, {}, this, done);
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, Timeout))
        return 0;
    if (!result->ok())
        qWarning("posting failed: %s", qPrintable(result->error.message));
    return result->ok() ? result->value->post.topicId : 0;
}

// The id of a topic on Latest (any page) by the start of its title, asked of the forum directly.
int TestOffline::findTopic(const QString &titlePart)
{
    Transport transport(m_server.baseUrl());
    ForumClient client(&transport);
    for (int page = 0; page < 5; ++page) {
        std::optional<ApiResult<TopicPage>> result;
        client.fetchTopicList(FeedSpec::latest(), page, this, [&result](const ApiResult<TopicPage> &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, Timeout) || !result->ok())
            return 0;
        for (const TopicSummary &t : result->value->topics) {
            if (t.title.startsWith(titlePart))
                return t.id;
        }
        if (result->value->moreTopicsUrl.isEmpty())
            return 0;
    }
    return 0;
}

void TestOffline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/store")).removeRecursively();
    QVERIFY(m_dataDir.isValid() && m_home.isValid());
    m_key = addUser(QStringLiteral("olive"));
    QCOMPARE(m_key.size(), 64);
    m_server.setDataDir(m_dataDir.path());
    QVERIFY2(startServer(false), qPrintable(m_server.errorString()));
}

void TestOffline::savedCopyOpensOfflineAndRefreshesInPlace()
{
    QStringList savedTitles;
    QList<int> savedPosts;
    int savedCommunities = 0;
    {
        // Online: the tree, Latest and a topic with a picture are seen once.
        auto window = startedWindow(m_server.baseUrl());
        TopicListPane *list = window->topicListPane();
        QTRY_VERIFY_WITH_TIMEOUT(window->communityPane()->hasLoaded(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(list->currentModel() && list->currentModel()->rowCount() > 5, Timeout);
        TopicListModel *topics = list->currentModel();
        m_imageTopic = findTopic(QStringLiteral("Our small-model benchmark run"));
        QVERIFY2(m_imageTopic > 0, "the demo's benchmark topic has a chart");
        m_unseenTopic = topics->index(3, 0).data(TopicListModel::IdRole).toInt();
        QVERIFY(m_unseenTopic > 0 && m_unseenTopic != m_imageTopic);
        m_categoryId = topics->index(3, 0).data(TopicListModel::CategoryIdRole).toInt();
        savedTitles = titles(topics);
        savedCommunities = window->communityPane()->communityModel()->rowCount();
        QVERIFY(savedCommunities > 0);

        ReaderView *reader = window->readerView();
        window->openTopic(m_imageTopic);
        QTRY_VERIFY_WITH_TIMEOUT(reader->topicId() == m_imageTopic && !reader->renderedPostNumbers().isEmpty(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(imageShown(reader->browser()->document()), Timeout);
        savedPosts = reader->renderedPostNumbers();
        window->close();
    }
    QVERIFY(m_server.stop());

    // Offline: a new window shows all of it from the store, before any answer could arrive.
    auto window = startedWindow(m_server.baseUrl());
    TopicListPane *list = window->topicListPane();
    QVERIFY(list->currentModel());
    QCOMPARE(titles(list->currentModel()), savedTitles); // already there when start() returns
    QCOMPARE(window->communityPane()->communityModel()->rowCount(), savedCommunities);
    ReaderView *reader = window->readerView();
    QTRY_COMPARE_WITH_TIMEOUT(reader->topicId(), m_imageTopic, Timeout); // the reading place, restored
    QTRY_COMPARE_WITH_TIMEOUT(reader->renderedPostNumbers(), savedPosts, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(imageShown(reader->browser()->document()), Timeout); // the picture, from the store
    auto *savedLabel = window->statusBar()->findChild<QLabel *>(QStringLiteral("savedCopyLabel"));
    QVERIFY(savedLabel);
    QTRY_VERIFY_WITH_TIMEOUT(savedLabel->isVisible(), Timeout);
    QVERIFY2(savedLabel->text().startsWith(MainWindow::tr("Showing saved copy from %1").section('%', 0, 0).trimmed()),
             qPrintable(savedLabel->text()));
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionText(), MainWindow::tr("Offline — retrying"), Timeout);
    // The saved copy covers the failures: no banner over it.
    QVERIFY(!list->errorBanner()->isVisible());
    QVERIFY(!reader->errorBanner()->isVisible());

    TopicListModel *topics = list->currentModel();
    PostListModel *posts = reader->postModel();
    QSignalSpy topicResets(topics, &QAbstractItemModel::modelReset);
    QSignalSpy topicInserts(topics, &QAbstractItemModel::rowsInserted);
    QSignalSpy postResets(posts, &QAbstractItemModel::modelReset);
    QSignalSpy postInserts(posts, &QAbstractItemModel::rowsInserted);
    const int postRows = posts->rowCount();

    // A topic never opened says so in the reader, with Retry; the saved list stays.
    reader->openTopic(m_unseenTopic);
    QTRY_VERIFY_WITH_TIMEOUT(reader->errorBanner()->isVisible(), Timeout);
    QVERIFY(reader->errorBanner()->retryButton()->isVisible());
    QVERIFY2(reader->errorBanner()->message().contains(QLatin1String("never saved")),
             qPrintable(reader->errorBanner()->message()));
    QCOMPARE(titles(list->currentModel()), savedTitles);
    // So does a feed never opened; going back to Latest shows its saved rows again.
    window->showFeed(FeedSpec::top());
    QTRY_VERIFY_WITH_TIMEOUT(list->errorBanner()->isVisible(), Timeout);
    QVERIFY2(list->errorBanner()->message().contains(QLatin1String("never saved")),
             qPrintable(list->errorBanner()->message()));
    QVERIFY(list->errorBanner()->retryButton()->isVisible());
    window->showFeed(FeedSpec::latest());
    QCOMPARE(list->currentModel(), topics);
    QCOMPARE(titles(topics), savedTitles);
    reader->back();
    QTRY_COMPARE_WITH_TIMEOUT(reader->renderedPostNumbers(), savedPosts, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(imageShown(reader->browser()->document()), Timeout);
    postResets.clear(); // opening another topic and coming back loads it: that reset is expected
    postInserts.clear();

    // The forum comes back with a new topic and a new reply (posted while the window cannot see
    // them: the server runs on another port for that).
    const int homePort = m_port;
    QVERIFY2(startServer(false), qPrintable(m_server.errorString()));
    const int newTopic = post(QStringLiteral("Offline readers compared on a long train ride"),
                              QStringLiteral("Which desktop readers keep working without a connection?"), 0);
    QVERIFY(newTopic > 0);
    QCOMPARE(post(QString(), QStringLiteral("A reply written while the reader was offline."), m_imageTopic), m_imageTopic);
    QVERIFY(m_server.stop());
    m_port = homePort;
    QVERIFY2(startServer(true), qPrintable(m_server.errorString()));

    // Refresh (F5) tries the forum now instead of at the next probe: the new topic and the reply
    // arrive in place.
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(titles(topics).contains(QStringLiteral("Offline readers compared on a long train ride")),
                             Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(posts->rowCount(), postRows + 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!savedLabel->isVisible(), Timeout);
    QCOMPARE(topicResets.count(), 0);
    QVERIFY(topicInserts.count() >= 1);
    QCOMPARE(postResets.count(), 0);
    QVERIFY(postInserts.count() >= 1);
    QCOMPARE(list->currentModel(), topics);
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionText(),
                              MainWindow::tr("Connected to %1").arg(QStringLiteral("127.0.0.1:%1").arg(m_port)), Timeout);
}

void TestOffline::makeAvailableOfflineFromTheTree()
{
    QVERIFY(m_categoryId > 0);
    if (!m_server.isRunning())
        QVERIFY2(startServer(true), qPrintable(m_server.errorString()));
    auto window = startedWindow(m_server.baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(window->communityPane()->hasLoaded(), Timeout);
    QAction *fileAction = window->actions()->makeOffline;
    QVERIFY(!fileAction->isEnabled()); // Latest is no community

    // The community's context menu in the tree starts it; the status bar shows the progress.
    QTreeView *tree = window->communityPane()->view();
    const QModelIndex index =
        window->communityPane()->feedModel()->indexForFeedKey(FeedKey::of(FeedSpec::community(m_categoryId)));
    QVERIFY(index.isValid());
    tree->scrollTo(index);
    auto *menus = window->findChild<FeedMenus *>();
    QVERIFY(menus);
    emit tree->customContextMenuRequested(tree->visualRect(index).center());
    QTRY_VERIFY(menus->lastMenu() && menus->lastMenu()->isVisible());
    QAction *offline = menus->lastMenu()->findChild<QAction *>(QStringLiteral("makeAvailableOffline"));
    QVERIFY(offline);
    ForumSession *session = window->session();
    OfflineDownload *download = session->offlineDownload();
    QSignalSpy running(download, &OfflineDownload::runningChanged);
    QSignalSpy finished(download, &OfflineDownload::finished);
    offline->trigger();
    menus->lastMenu()->close();
    QVERIFY(download->isRunning());
    OfflineProgress *progress = window->offlineController()->progress();
    QVERIFY(progress && progress->isVisibleTo(window.get()));
    QVERIFY(finished.wait(Timeout * 2));
    QVERIFY(!progress->isVisibleTo(window.get()));
    QVERIFY(download->done() > 0);

    // Every topic of the community's list is in the store and marked offline.
    ForumStore *store = session->store();
    QVERIFY(store->flush());
    QVERIFY(store->isCommunityOffline(m_categoryId));
    const ApiResult<StoredFeedPage> page = store->feedPage(FeedSpec::community(m_categoryId), 0);
    QVERIFY(page.ok() && !page.value->page.topics.isEmpty());
    for (const TopicSummary &topic : page.value->page.topics) {
        QVERIFY2(store->isTopicOffline(topic.id), qPrintable(topic.title));
        QVERIFY(store->topic(topic.id).ok());
    }

    // The File menu's action works on the community shown.
    window->showFeed(FeedSpec::community(m_categoryId));
    QVERIFY(fileAction->isEnabled());
    window->showFeed(FeedSpec::latest());
    QVERIFY(!fileAction->isEnabled());
}

void TestOffline::screenshotProcessShowsTheSavedTopicOffline()
{
    QVERIFY(m_imageTopic > 0);
    // A separate app process with its own settings and data folders.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString app = QStringLiteral(AIVIZOR_APP_BIN);
    const auto shoot = [&](int topicId, const QString &png) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(app, {QStringLiteral("--server"), m_server.baseUrl().toString(), QStringLiteral("--screenshot"), png,
                            QStringLiteral("--open-topic"), QString::number(topicId)});
        if (!process.waitForFinished(120000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    if (!m_server.isRunning())
        QVERIFY2(startServer(true), qPrintable(m_server.errorString()));
    QCOMPARE(shoot(m_imageTopic, m_home.filePath(QStringLiteral("online.png"))), 0);
    QVERIFY(m_server.stop());
    const QString offline = m_home.filePath(QStringLiteral("offline.png"));
    QCOMPARE(shoot(m_imageTopic, offline), 0);
    QVERIFY(QImage(offline).width() > 400);
    // A topic that process never saw cannot be shown offline: screenshot mode says it failed.
    QCOMPARE(shoot(m_unseenTopic, m_home.filePath(QStringLiteral("unseen.png"))), 1);
}

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
