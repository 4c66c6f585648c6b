// Reader pane against the real aivizor-server (demo community) and, for faults and hostile
// content, an in-process QHttpServer.
#include "app/reader/findbar.h"
#include "app/reader/postbrowser.h"
#include "lib/text/relativetime.h"
#include "app/reader/readerlink.h"
#include "app/reader/lightbox.h"
#include "app/reader/readerview.h"
#include "app/reader/remoteimagesbar.h"
#include "app/reader/topicpictures.h"
#include "app/reader/threadhtml.h"
#include "app/widgets/errorbanner.h"

#include "lib/images/imagecache.h"
#include "lib/models/communitytreemodel.h"
#include "lib/models/postlistmodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"

#include "testserver.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHttpServer>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QDir>
#include <QElapsedTimer>

using namespace Aivizor;

namespace {

constexpr int Timeout = 15000;

QJsonObject fakePost(int id, int number, const QString &cooked, int replyTo = 0)
{
    QJsonObject p{{"id", id},
                  {"post_number", number},
                  {"username", number == 1 ? "eve" : "bob"},
                  {"name", number == 1 ? "Eve Example" : "Bob Example"},
                  {"avatar_template", ""},
                  {"created_at", "2026-04-27T16:43:41.000Z"},
                  {"cooked", cooked},
                  {"post_type", 1},
                  {"actions_summary", QJsonArray{QJsonObject{{"id", 2}, {"count", number}}}}};
    if (replyTo > 0) {
        p.insert("reply_to_post_number", replyTo);
        p.insert("reply_to_user", QJsonObject{{"username", "eve"}, {"name", "Eve Example"}});
    }
    return p;
}

QJsonObject fakeTopic(int id, const QList<QJsonObject> &posts)
{
    QJsonArray postArray, stream;
    for (const QJsonObject &p : posts) {
        postArray.append(p);
        stream.append(p.value("id"));
    }
    return {{"id", id},
            {"title", QStringLiteral("Fake topic %1").arg(id)},
            {"slug", "fake-topic"},
            {"category_id", 0},
            {"tags", QJsonArray{}},
            {"posts_count", posts.size()},
            {"views", 3},
            {"like_count", 1},
            {"highest_post_number", posts.size()},
            {"chunk_size", 20},
            {"created_at", "2026-04-27T16:43:41.000Z"},
            {"details", QJsonObject{{"created_by", QJsonObject{{"id", 1}, {"username", "eve"}, {"name", "Eve Example"},
                                                               {"avatar_template", ""}}}}},
            {"post_stream", QJsonObject{{"posts", postArray}, {"stream", stream}}}};
}

QString documentText(ReaderView &view)
{
    return view.browser()->document()->toPlainText();
}

// The block holding the anchor `name` (a reply's header line); invalid when absent.
QTextBlock blockWithAnchor(QTextDocument *doc, const QString &name)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(name))
                return block;
        }
    }
    return {};
}

// What a person sees for every loaded reply: its header (name, time, likes, and Reply when
// replying is possible) in stream order, and the last post's body. Returns an empty string when
// all is there, otherwise what is missing.
QString missingHeaders(ReaderView &view, bool expectReply)
{
    PostListModel *model = view.postModel();
    QTextDocument *doc = view.browser()->document();
    const QString text = doc->toPlainText();
    int lastPos = -1;
    for (int row = 1; row < model->rowCount(); ++row) {
        const std::optional<Post> post = model->postAt(row);
        if (!post)
            return QStringLiteral("row %1 not loaded").arg(row);
        const QTextBlock block = blockWithAnchor(doc, ThreadHtml::anchorName(post->postNumber));
        const QString header = block.text();
        if (header.trimmed().isEmpty())
            return QStringLiteral("no header block for post %1").arg(post->postNumber);
        const QString display = post->name.isEmpty() ? post->username : post->name;
        const QString age = RelativeTime::longAge(post->createdAt, QDateTime::currentDateTimeUtc());
        if (!header.contains(display) || !header.contains(age))
            return QStringLiteral("post %1 header lacks name or time: \"%2\"").arg(post->postNumber).arg(header);
        if (!header.contains(QString::number(post->likeCount)))
            return QStringLiteral("post %1 header lacks its like count: \"%2\"").arg(post->postNumber).arg(header);
        if (expectReply && !header.contains(QCoreApplication::translate("Aivizor::ThreadHtml", "Reply")))
            return QStringLiteral("post %1 header lacks Reply: \"%2\"").arg(post->postNumber).arg(header);
        const int pos = block.position();
        if (pos <= lastPos)
            return QStringLiteral("post %1 is out of order").arg(post->postNumber);
        lastPos = pos;
    }
    const std::optional<Post> last = model->postAt(model->rowCount() - 1);
    if (!last || !text.contains(QTextDocumentFragment::fromHtml(last->cooked).toPlainText().left(40).trimmed()))
        return QStringLiteral("the last post's body is missing");
    return {};
}

// A look at the viewport for a person to judge; the path is logged.
void saveViewport(ReaderView &view, const QString &name)
{
    const QString path = QDir::temp().filePath(QStringLiteral("tst_reader-%1.png").arg(name));
    view.browser()->viewport()->grab().save(path);
    qInfo("viewport saved to %s", qPrintable(path));
}

} // namespace

class TestReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void linkClassification();
    void timeFormatting();
    void newsTopicShowsThePage();
    void longTopicAppendsChunks();
    void headersSurviveEndRebuildAndBack();
    void endAndHomeKeysGoToTheLastAndFirstPost();
    void likeAndInsertedReplyFollowTheModel();
    void keyboardMovesBetweenPosts();
    void jumpDialogGoesToPost();
    void farJumpLoadsOnlyThatChunk();
    void backAndForward();
    void imagesLoadAsynchronouslyAndFit();
    void linkedPictureOpensTheViewer();
    void zoomIsRemembered();
    void darkPaletteRebuildsColors();
    void findBarHighlights();
    void hostileBodyIsNeutralized();
    void hugePostShowsTheRestOnRequest();
    void picturesFromElsewhereFollowTheSetting();
    void notFoundShowsBanner();
    void retryAfterServerError();
    void benchmarkBuildTopic();

private:
    int findTopic(const QString &titlePart);
    std::unique_ptr<ReaderView> makeView(ForumClient *client, const QUrl &base);
    bool openAndWait(ReaderView &view, int topicId, int postNumber = 0);

    TestServer m_server;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<ForumClient> m_client;
    std::unique_ptr<CommunityTreeModel> m_communities;
    int m_newsTopic = 0;
    int m_longTopic = 0;
    int m_imageTopic = 0;

    QHttpServer m_fake;
    QUrl m_fakeBase;
    bool m_failWith500 = true;
    int m_fakeRequests = 0;
    std::unique_ptr<Transport> m_fakeTransport;
    std::unique_ptr<ForumClient> m_fakeClient;
};

void TestReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("reader/zoom"));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    QVERIFY(!QFontDatabase::families().isEmpty());

    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_transport = std::make_unique<Transport>(m_server.baseUrl());
    m_client = std::make_unique<ForumClient>(m_transport.get());
    m_communities = std::make_unique<CommunityTreeModel>(m_client.get());
    QSignalSpy loaded(m_communities.get(), &CommunityTreeModel::loaded);
    m_communities->reload();
    QVERIFY(loaded.wait(Timeout));

    m_newsTopic = findTopic(QStringLiteral("OpenAI and Microsoft restructure"));
    m_longTopic = findTopic(QStringLiteral("Which open-weight model do you actually run locally"));
    m_imageTopic = findTopic(QStringLiteral("Our small-model benchmark run"));
    QVERIFY(m_newsTopic > 0);
    QVERIFY(m_longTopic > 0);
    QVERIFY(m_imageTopic > 0);

    // Faults and hostile markup come from a server we control completely.
    const QString hostile = QStringLiteral(
        "<p>Hello <script>document.write('x')</script><a href=\"javascript:alert(1)\">one</a> "
        "<a href=\"JaVaScRiPt:alert(2)\">two</a> <a href=\"java\tscript:alert(3)\">three</a> "
        "<a href=\"file:///etc/passwd\">four</a> <img src=\"file:///etc/passwd\" width=\"10\" height=\"10\">"
        "<iframe src=\"http://evil.example/\"></iframe><a href=\"data:text/html,hi\">five</a>"
        "<a href=\"https://example.org/ok\">six</a></p>");
    m_fake.route("/t/<arg>.json", [this, hostile](int id) {
        ++m_fakeRequests;
        if (id == 404)
            return QHttpServerResponse(QJsonObject{{"errors", QJsonArray{"The requested URL or resource could not be found."}},
                                                   {"error_type", "not_found"}},
                                       QHttpServerResponse::StatusCode::NotFound);
        if (id == 500 && m_failWith500)
            return QHttpServerResponse(QByteArray("oops"), QHttpServerResponse::StatusCode::InternalServerError);
        if (id == 666)
            return QHttpServerResponse(fakeTopic(id, {fakePost(1, 1, hostile), fakePost(2, 2, hostile, 1)}));
        if (id == 888)
            return QHttpServerResponse(fakeTopic(id, {fakePost(1, 1, "<p>First post body.</p>"),
                                                      fakePost(2, 2, "<p>Look: <img src=\"https://pictures.example/a.png\" "
                                                                     "alt=\"a chart\" width=\"200\" height=\"100\"> and "
                                                                     "<img src=\"https://pictures.example/b.png\" alt=\"b\"></p>",
                                                               1)}));
        if (id == 777) {
            // A reply of about 600 KB, over the sanitizer's per-post budget twice.
            QString huge;
            for (int i = 0; i < 6000; ++i)
                huge += QStringLiteral("<p>Paragraph %1 of a very long reply, with enough words to be a line.</p>").arg(i);
            huge += QStringLiteral("<p>The last words of the long reply.</p>");
            return QHttpServerResponse(fakeTopic(id, {fakePost(1, 1, "<p>First post body.</p>"), fakePost(2, 2, huge, 1)}));
        }
        return QHttpServerResponse(fakeTopic(id, {fakePost(1, 1, "<p>First post body.</p>"),
                                                  fakePost(2, 2, "<p>A reply.</p>", 1)}));
    });
    const quint16 port = m_fake.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_fakeBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_fakeTransport = std::make_unique<Transport>(m_fakeBase);
    m_fakeClient = std::make_unique<ForumClient>(m_fakeTransport.get());
}

void TestReader::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

int TestReader::findTopic(const QString &titlePart)
{
    for (int page = 0; page < 5; ++page) {
        bool done = false;
        int found = 0;
        bool more = false;
        m_client->fetchTopicList(FeedSpec::latest(), page, this, [&](const ApiResult<TopicPage> &result) {
            done = true;
            if (!result.ok())
                return;
            more = !result.value->moreTopicsUrl.isEmpty();
            for (const TopicSummary &t : result.value->topics) {
                if (t.title.contains(titlePart))
                    found = t.id;
            }
        });
        if (!QTest::qWaitFor([&] { return done; }, Timeout))
            return 0;
        if (found > 0 || !more)
            return found;
    }
    return 0;
}

std::unique_ptr<ReaderView> TestReader::makeView(ForumClient *client, const QUrl &base)
{
    auto view = std::make_unique<ReaderView>();
    view->setClient(client);
    // As the app does: one image cache per forum, loading through the forum's Transport.
    view->setImageCache(new ImageCache(client->transport(), view.get()));
    view->setForumBase(base);
    view->setCommunityModel(m_communities.get());
    view->resize(800, 700);
    view->show();
    return view;
}

bool TestReader::openAndWait(ReaderView &view, int topicId, int postNumber)
{
    QSignalSpy shown(&view, &ReaderView::topicShown);
    view.openTopic(topicId, postNumber);
    return shown.wait(Timeout) && shown.last().at(0).toInt() == topicId;
}

void TestReader::linkClassification()
{
    const QUrl base(QStringLiteral("https://forum.example.org/sub"));
    QCOMPARE(ReaderLink::classify(QUrl("file:///etc/passwd"), base).kind, ReaderLink::Kind::Blocked);
    QCOMPARE(ReaderLink::classify(QUrl("javascript:alert(1)"), base).kind, ReaderLink::Kind::Blocked);
    QCOMPARE(ReaderLink::classify(QUrl("https://other.example/t/x/5"), base).kind, ReaderLink::Kind::External);
    const ReaderLink topic = ReaderLink::classify(QUrl("https://forum.example.org/sub/t/some-slug/42/7"), base);
    QCOMPARE(topic.kind, ReaderLink::Kind::Post);
    QCOMPARE(topic.topicId, 42);
    QCOMPARE(topic.postNumber, 7);
    const ReaderLink quote = ReaderLink::classify(QUrl("aivizor://post?topic=9&post=3"), base);
    QCOMPARE(quote.kind, ReaderLink::Kind::Post);
    QCOMPARE(quote.topicId, 9);
    QCOMPARE(quote.postNumber, 3);
    const ReaderLink tag = ReaderLink::classify(ReaderLink::tagLink(QStringLiteral("Open weights")), base);
    QCOMPARE(tag.kind, ReaderLink::Kind::Tag);
    QCOMPARE(tag.tag, QStringLiteral("Open weights"));
    QCOMPARE(ReaderLink::classify(ReaderLink::communityLink(5), base).communityId, 5);
}

void TestReader::timeFormatting()
{
    const QDateTime when(QDate(2026, 4, 27), QTime(16, 43, 41), Qt::UTC);
    const QString exact = RelativeTime::exact(when, QLocale(QLocale::English, QLocale::UnitedStates));
    // Full year and seconds, in the US order the page showed ("4/27/2026, 4:43:41 PM" in UTC).
    QVERIFY2(exact.contains(QStringLiteral("2026")), qPrintable(exact));
    QVERIFY2(exact.contains(QStringLiteral(":41")), qPrintable(exact));
    QVERIFY2(exact.startsWith(QStringLiteral("4/2")), qPrintable(exact));
    QCOMPARE(RelativeTime::longAge(when, when.addDays(2)), QStringLiteral("2 days ago"));
    QCOMPARE(RelativeTime::longAge(when, when.addSecs(3600)), QStringLiteral("1 hour ago"));
    QCOMPARE(RelativeTime::longAge(when, when.addSecs(10)), QStringLiteral("just now"));
    QCOMPARE(RelativeTime::longAge(when, when.addDays(400)), QStringLiteral("1 year ago"));
    QVERIFY(RelativeTime::exact(QDateTime()).isEmpty());
}

void TestReader::newsTopicShowsThePage()
{
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QVERIFY(openAndWait(*view, m_newsTopic));
    const QString text = documentText(*view);
    QVERIFY2(text.contains(QStringLiteral("Community / OpenAI")), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("OpenAI and Microsoft restructure their alliance")));
    QVERIFY(text.contains(QStringLiteral("News")));
    QVERIFY(text.contains(QStringLiteral("Sable Whitaker")));
    QVERIFY(text.contains(QStringLiteral("0 likes")));
    QVERIFY(text.contains(QStringLiteral("0 replies")));
    QVERIFY(text.contains(QStringLiteral("0 views")));
    QVERIFY(text.contains(QStringLiteral("Replies (0)")));
    QVERIFY(text.contains(QStringLiteral("No replies in this topic yet.")));
    QVERIFY(text.contains(QStringLiteral("Sources")));
    QVERIFY(text.contains(QStringLiteral("OpenAI News")));

    // Breadcrumb and chip are links that switch the feed.
    const QString html = view->browser()->document()->toHtml();
    QVERIFY(html.contains(ReaderLink::tagLink(QStringLiteral("News")).toString(QUrl::FullyEncoded).toHtmlEscaped()));
    QSignalSpy feed(view.get(), &ReaderView::feedRequested);
    int openaiId = 0;
    for (const Community &c : m_communities->communities()) {
        if (c.name == QLatin1String("OpenAI"))
            openaiId = c.id;
    }
    QVERIFY(openaiId > 0);
    emit view->browser()->anchorClicked(ReaderLink::communityLink(openaiId));
    QCOMPARE(feed.size(), 1);
    const FeedSpec spec = feed.at(0).at(0).value<FeedSpec>();
    QCOMPARE(spec.kind, FeedSpec::Kind::Community);
    QCOMPARE(spec.communityId, openaiId);
    emit view->browser()->anchorClicked(ReaderLink::tagLink(QStringLiteral("News")));
    QCOMPARE(feed.size(), 2);
    QCOMPARE(feed.at(1).at(0).value<FeedSpec>().tag, QStringLiteral("News"));

    QVERIFY(view->currentUrl().toString().endsWith(QStringLiteral("/%1").arg(m_newsTopic)));
    QVERIFY(!view->browser()->accessibleName().isEmpty());
}

void TestReader::longTopicAppendsChunks()
{
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QVERIFY(openAndWait(*view, m_longTopic));
    QTextDocument *doc = view->browser()->document();
    const int total = view->postModel()->rowCount();
    QVERIFY2(total > 40, qPrintable(QString::number(total)));
    QTRY_VERIFY_WITH_TIMEOUT(!view->renderedPostNumbers().isEmpty(), Timeout);
    const int initial = view->renderedPostNumbers().size();
    QVERIFY2(initial <= PostListModel::ChunkSize + 1, qPrintable(QString::number(initial)));
    const QString firstBlock = doc->firstBlock().text();
    QTextDocument *const sameDocument = doc;

    QScrollBar *bar = view->browser()->verticalScrollBar();
    for (int round = 0; round < 6 && view->renderedPostNumbers().size() < total; ++round) {
        bar->setValue(bar->maximum());
        const int before = bar->value();
        const int count = view->renderedPostNumbers().size();
        QTRY_VERIFY_WITH_TIMEOUT(view->renderedPostNumbers().size() > count || count == total, Timeout);
        // Appended, not rebuilt: same document, same first block, the reader stays where it was.
        QCOMPARE(view->browser()->document(), sameDocument);
        QCOMPARE(doc->firstBlock().text(), firstBlock);
        QVERIFY2(bar->value() >= before, qPrintable(QStringLiteral("%1 < %2").arg(bar->value()).arg(before)));
    }
    QCOMPARE(view->renderedPostNumbers().size(), total);
    QVERIFY(view->renderedPostNumbers().size() > initial);
}

void TestReader::headersSurviveEndRebuildAndBack()
{
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QString lastStatus;
    connect(view.get(), &ReaderView::statusMessage, view.get(), [&](const QString &m) { lastStatus = m; });
    const QString loadingMore = QCoreApplication::translate("Aivizor::ReaderView", "Loading more posts…");
    const auto allShown = [&] {
        PostListModel *model = view->postModel();
        return !view->isLoading() && model->rowCount() > 0 && model->isRowLoaded(model->rowCount() - 1)
            && view->renderedPostNumbers().size() == model->rowCount();
    };
    // Drags the scroll bar to the bottom until every post is in (as a reader scrolling down does).
    const auto scrollToTheEnd = [&] {
        for (int round = 0; round < 10 && !allShown(); ++round) {
            const int count = view->renderedPostNumbers().size();
            view->browser()->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
            if (!QTest::qWaitFor([&] { return view->renderedPostNumbers().size() > count || allShown(); }, Timeout))
                qWarning("%lld of %d posts shown, last row loaded: %d, loading: %d",
                         qlonglong(view->renderedPostNumbers().size()), view->postModel()->rowCount(),
                         int(view->postModel()->isRowLoaded(view->postModel()->rowCount() - 1)), int(view->isLoading()));
        }
    };
    QVERIFY(openAndWait(*view, m_longTopic));
    QVERIFY(view->postModel()->rowCount() >= 50);

    // To the end (as the End key or dragging the scroll bar down does), until everything is in.
    scrollToTheEnd();
    QTRY_VERIFY_WITH_TIMEOUT(allShown(), Timeout);
    saveViewport(*view, QStringLiteral("end"));
    QCOMPARE(missingHeaders(*view, false), QString());
    QVERIFY2(lastStatus != loadingMore, "\"Loading more posts\" stayed after all posts arrived");

    // A rebuild (signing in changes the like links) keeps every header.
    view->setSignedIn(true, QStringLiteral("reader-test"));
    QTRY_VERIFY_WITH_TIMEOUT(allShown(), Timeout);
    saveViewport(*view, QStringLiteral("rebuilt"));
    QCOMPARE(missingHeaders(*view, view->canReply()), QString());

    // Back to the topic from another one: rebuilt from the model, then appended again.
    QVERIFY(openAndWait(*view, m_newsTopic));
    QSignalSpy shown(view.get(), &ReaderView::topicShown);
    view->back();
    QVERIFY(shown.wait(Timeout));
    QCOMPARE(view->topicId(), m_longTopic);
    scrollToTheEnd();
    QTRY_VERIFY_WITH_TIMEOUT(allShown(), Timeout);
    saveViewport(*view, QStringLiteral("back"));
    QCOMPARE(missingHeaders(*view, view->canReply()), QString());
    QVERIFY(lastStatus != loadingMore);
}

void TestReader::endAndHomeKeysGoToTheLastAndFirstPost()
{
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QVERIFY(openAndWait(*view, m_longTopic));
    PostListModel *model = view->postModel();
    const int last = model->topic().highestPostNumber;
    QVERIFY(last >= 50);
    QVERIFY(!view->renderedPostNumbers().contains(last)); // only the first chunk is in

    // End fetches what is missing and shows the last post, with its header, in the viewport.
    // (The last post ends the document, so the view stands at the bottom with it in sight.)
    QTest::keyClick(view->browser(), Qt::Key_End);
    QScrollBar *bar = view->browser()->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(view->renderedPostNumbers().contains(last) && !view->isLoading(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0 && bar->value() == bar->maximum(), Timeout);
    QVERIFY(view->currentPostNumber() > last - 10);
    saveViewport(*view, QStringLiteral("end-key"));
    // The reader shows the stretch around the last post; what lies between is announced, not lost.
    QTextDocument *doc = view->browser()->document();
    for (int number : view->renderedPostNumbers()) {
        if (number == 1)
            continue;
        const std::optional<Post> post = model->postAt(model->rowForPostNumber(number));
        QVERIFY(post);
        const QString header = blockWithAnchor(doc, ThreadHtml::anchorName(number)).text();
        QVERIFY2(header.contains(post->name.isEmpty() ? post->username : post->name),
                 qPrintable(QStringLiteral("post %1: \"%2\"").arg(number).arg(header)));
    }
    if (!view->renderedPostNumbers().contains(2))
        QVERIFY(doc->toPlainText().contains(QLatin1String("not loaded. Scroll up to load them.")));

    // Home goes back to the top of the topic.
    QTest::keyClick(view->browser(), Qt::Key_Home, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(view->browser()->verticalScrollBar()->value(), 0, Timeout);
    QCOMPARE(view->currentPostNumber(), 1);
}

void TestReader::likeAndInsertedReplyFollowTheModel()
{
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QVERIFY(openAndWait(*view, m_newsTopic));
    PostListModel *model = view->postModel();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && model->isRowLoaded(model->rowCount() - 1), Timeout);
    view->setSignedIn(true, QStringLiteral("reader-test"));
    QSignalSpy changed(model, &PostListModel::dataChanged);
    QSignalSpy inserted(model, &PostListModel::rowsInserted);
    QSignalSpy reset(model, &PostListModel::modelReset);
    QSignalSpy shown(view.get(), &ReaderView::topicShown);

    const std::optional<Post> liked = model->postAt(model->rowCount() - 1);
    QVERIFY(liked);
    view->setLikeState(liked->id, true, liked->likeCount + 41);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model->rowCount() - 1);
    const QString header = blockWithAnchor(view->browser()->document(), ThreadHtml::anchorName(liked->postNumber)).text();
    QVERIFY2(header.contains(QString::number(liked->likeCount + 41)), qPrintable(header));

    Post reply = *liked;
    reply.id = 900000;
    reply.postNumber = liked->postNumber + 1;
    reply.username = QStringLiteral("reader-test");
    reply.name = QStringLiteral("Reader Test");
    reply.cooked = QStringLiteral("<p>An inserted reply, not a reload.</p>");
    reply.createdAt = QDateTime::currentDateTimeUtc();
    reply.updatedAt = reply.createdAt;
    reply.likeCount = 0;
    const int rowsBefore = model->rowCount();
    view->showPostedReply(reply);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), rowsBefore);
    QCOMPARE(model->rowCount(), rowsBefore + 1);
    QVERIFY(documentText(*view).contains(QStringLiteral("An inserted reply, not a reload.")));
    QCOMPARE(view->renderedPostNumbers().last(), reply.postNumber);
    QCOMPARE(missingHeaders(*view, view->canReply()), QString());
    saveViewport(*view, QStringLiteral("inserted"));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(shown.size(), 0); // no reload, no rebuild
}

void TestReader::keyboardMovesBetweenPosts()
{
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QVERIFY(openAndWait(*view, m_longTopic));
    view->browser()->setFocus();
    view->browser()->verticalScrollBar()->setValue(0);
    QCOMPARE(view->currentPostNumber(), 1);
    const QList<int> numbers = view->renderedPostNumbers();
    QTest::keyClick(view->browser(), Qt::Key_J);
    QCOMPARE(view->currentPostNumber(), numbers.at(1));
    QTest::keyClick(view->browser(), Qt::Key_J);
    QCOMPARE(view->currentPostNumber(), numbers.at(2));
    QTest::keyClick(view->browser(), Qt::Key_K);
    QCOMPARE(view->currentPostNumber(), numbers.at(1));
    QTest::keyClick(view->browser(), Qt::Key_K);
    QCOMPARE(view->currentPostNumber(), 1);
    QCOMPARE(view->browser()->verticalScrollBar()->value(), 0);

    // "in reply to" links scroll to the answered post.
    view->goToPost(numbers.at(5));
    QCOMPARE(view->currentPostNumber(), numbers.at(5));
    emit view->browser()->anchorClicked(ReaderLink::postLink(m_longTopic, numbers.at(2)));
    QCOMPARE(view->currentPostNumber(), numbers.at(2));
}

void TestReader::jumpDialogGoesToPost()
{
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QVERIFY(openAndWait(*view, m_longTopic));
    view->browser()->setFocus();
    QTest::keyClick(view->browser(), Qt::Key_J, Qt::ControlModifier);
    auto *dialog = view->findChild<QInputDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->setIntValue(45);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(view->currentPostNumber(), 45, Timeout);
    const int top = view->browser()->verticalScrollBar()->value();
    QVERIFY(top > 0);
}

void TestReader::farJumpLoadsOnlyThatChunk()
{
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QVERIFY(openAndWait(*view, m_longTopic, 45));
    QTRY_COMPARE_WITH_TIMEOUT(view->currentPostNumber(), 45, Timeout);
    // Rows between the first chunk and the jump target were never requested or rendered.
    QVERIFY(view->postModel()->isRowLoaded(0));
    QVERIFY(!view->postModel()->isRowLoaded(25));
    QVERIFY(!view->renderedPostNumbers().contains(25));
    QVERIFY(view->renderedPostNumbers().contains(45));
    QVERIFY(documentText(*view).contains(QStringLiteral("not loaded")));

    // Scrolling to the top brings the earlier replies in, without moving the reader off post 45.
    view->browser()->verticalScrollBar()->setValue(0);
    QTRY_VERIFY_WITH_TIMEOUT(view->renderedPostNumbers().contains(25), Timeout);
}

void TestReader::backAndForward()
{
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QSignalSpy backChanged(view.get(), &ReaderView::canGoBackChanged);
    QVERIFY(openAndWait(*view, m_newsTopic));
    QVERIFY(!view->canGoBack());
    QVERIFY(openAndWait(*view, m_longTopic));
    QVERIFY(view->canGoBack());
    QVERIFY(!view->canGoForward());
    QCOMPARE(backChanged.size(), 1);

    QSignalSpy shown(view.get(), &ReaderView::topicShown);
    view->browser()->setFocus();
    QTest::keyClick(view->browser(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(shown.wait(Timeout));
    QCOMPARE(view->topicId(), m_newsTopic);
    QVERIFY(view->canGoForward());
    QVERIFY(documentText(*view).contains(QStringLiteral("Sable Whitaker")));

    view->forward();
    QVERIFY(shown.wait(Timeout));
    QCOMPARE(view->topicId(), m_longTopic);
    QVERIFY(!view->canGoForward());
}

void TestReader::linkedPictureOpensTheViewer()
{
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QVERIFY(openAndWait(*view, m_imageTopic));
    // The chart is a thumbnail linked to its full-size image, as Discourse's lightbox writes it.
    const QList<Lightbox::Picture> pictures = linkedPictures(view->browser()->document());
    QVERIFY(!pictures.isEmpty());
    QVERIFY(pictures.first().url.path().contains(QLatin1String("/uploads/")));
    emit view->browser()->anchorClicked(pictures.first().url); // what a click on it does
    auto *lightbox = view->findChild<Lightbox *>(QStringLiteral("lightbox"));
    QVERIFY(lightbox);
    QVERIFY(lightbox->isVisible());
    QCOMPARE(lightbox->currentUrl(), pictures.first().url);
    QCOMPARE(lightbox->count(), int(pictures.size()));
    QTRY_VERIFY_WITH_TIMEOUT(lightbox->currentImage().width() > 100, Timeout); // loaded through the forum's cache
    QCOMPARE(lightbox->geometry(), view->rect());
    QTest::keyClick(lightbox, Qt::Key_Escape);
    QVERIFY(!lightbox->isVisible());
    // Any other link still goes where it goes: no viewer for a link to a post.
    QSignalSpy feeds(view.get(), &ReaderView::feedRequested);
    emit view->browser()->anchorClicked(ReaderLink::tagLink(QStringLiteral("benchmarks")));
    QCOMPARE(feeds.count(), 1);
    QVERIFY(!lightbox->isVisible());
}

void TestReader::imagesLoadAsynchronouslyAndFit()
{
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QVERIFY(openAndWait(*view, m_imageTopic));
    QTextDocument *doc = view->browser()->document();
    auto uploadImage = [doc]() -> QTextImageFormat {
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isImageFormat() && format.toImageFormat().name().contains(QLatin1String("/uploads/")))
                    return format.toImageFormat();
            }
        }
        return {};
    };
    // The placeholder already has the announced size, so the layout does not jump later.
    const QTextImageFormat placeholder = uploadImage();
    QVERIFY(placeholder.isValid());
    QVERIFY(placeholder.width() > 100);
    QVERIFY(placeholder.height() > 50);
    const QUrl url(placeholder.name());
    QVERIFY(url.scheme() == QLatin1String("http"));
    QTRY_VERIFY_WITH_TIMEOUT(doc->resource(QTextDocument::ImageResource, url).value<QImage>().width() > 100, Timeout);

    // Narrower than the image: it is scaled to the view width, keeping its aspect ratio.
    view->resize(420, 700);
    QTRY_VERIFY_WITH_TIMEOUT(uploadImage().width() <= view->browser()->viewport()->width(), Timeout);
    const QTextImageFormat fitted = uploadImage();
    QVERIFY(qAbs(fitted.width() / fitted.height() - placeholder.width() / placeholder.height()) < 0.02);

    // Hovering the author shows the username; the time shows the exact local time.
    bool usernameTip = false;
    for (QTextBlock block = doc->begin(); block.isValid() && !usernameTip; block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            usernameTip = usernameTip || it.fragment().charFormat().toolTip() == QLatin1String("@yuki");
    }
    QVERIFY(usernameTip);
}

void TestReader::zoomIsRemembered()
{
    QSettings().remove(QStringLiteral("reader/zoom"));
    {
        auto view = makeView(m_client.get(), m_server.baseUrl());
        const qreal base = view->browser()->document()->defaultFont().pointSizeF();
        view->browser()->setFocus();
        QTest::keyClick(view->browser(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(view->zoomPercent(), 110);
        QVERIFY(view->browser()->document()->defaultFont().pointSizeF() > base);
    }
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QCOMPARE(view->zoomPercent(), 110);
    view->resetZoom();
    QCOMPARE(QSettings().value(QStringLiteral("reader/zoom")).toInt(), 100);
}

void TestReader::darkPaletteRebuildsColors()
{
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QVERIFY(openAndWait(*view, m_newsTopic));
    QPalette dark = view->palette();
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1c, 0x1f));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Link, QColor(0x4e, 0x9c, 0xff));
    QSignalSpy shown(view.get(), &ReaderView::topicShown);
    view->setPalette(dark);
    QVERIFY(!shown.isEmpty() || shown.wait(Timeout)); // rebuilt with the new colors
    QTextDocument *doc = view->browser()->document();
    QVERIFY(doc->defaultStyleSheet().contains(QStringLiteral("#e6e6e6")));
    QVERIFY(doc->toHtml().contains(QStringLiteral("#e6e6e6")));
    QVERIFY(documentText(*view).contains(QStringLiteral("Sable Whitaker")));
}

void TestReader::findBarHighlights()
{
    auto view = makeView(m_client.get(), m_server.baseUrl());
    QVERIFY(openAndWait(*view, m_newsTopic));
    view->browser()->setFocus();
    QTest::keyClick(view->browser(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(view->findBar()->isVisible());
    view->findBar()->setText(QStringLiteral("Microsoft"));
    QVERIFY(view->findBar()->matchCount() >= 3);
    QCOMPARE(view->browser()->extraSelections().size(), view->findBar()->matchCount());
    QVERIFY(view->browser()->textCursor().selectedText().compare(QStringLiteral("Microsoft"), Qt::CaseInsensitive) == 0);
    QTest::keyClick(view->findBar()->findChild<QLineEdit *>(), Qt::Key_Escape);
    QVERIFY(!view->findBar()->isVisible());
    QVERIFY(view->browser()->extraSelections().isEmpty());
}

void TestReader::hostileBodyIsNeutralized()
{
    auto view = makeView(m_fakeClient.get(), m_fakeBase);
    QVERIFY(openAndWait(*view, 666));
    const QString html = view->browser()->document()->toHtml();
    QVERIFY(documentText(*view).contains(QStringLiteral("Hello")));
    QVERIFY2(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("file:"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("data:text"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("document.write")));
    QVERIFY(html.contains(QStringLiteral("https://example.org/ok")));
    // Even a blocked link reaching the click handler goes nowhere.
    QSignalSpy status(view.get(), &ReaderView::statusMessage);
    emit view->browser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().at(0).toString().contains(QStringLiteral("blocked")));
}

void TestReader::hugePostShowsTheRestOnRequest()
{
    auto view = makeView(m_fakeClient.get(), m_fakeBase);
    QVERIFY(openAndWait(*view, 777));
    const QString showRest = ThreadHtml::tr("Show the rest");
    const QString lastWords = QStringLiteral("The last words of the long reply.");
    QString text = documentText(*view);
    QVERIFY(text.contains(QStringLiteral("Paragraph 0 ")));
    QVERIFY(!text.contains(lastWords));
    QVERIFY(text.contains(showRest));
    // Each request adds a part; the reader keeps its place (the first post stays at the top).
    for (int part = 2; part < 10 && documentText(*view).contains(showRest); ++part) {
        const int before = int(documentText(*view).size());
        QElapsedTimer clock;
        clock.start();
        emit view->browser()->anchorClicked(ReaderLink::showRestLink(2));
        QTRY_VERIFY_WITH_TIMEOUT(documentText(*view).size() > before, 10000);
        qInfo("part %d shown after %lld ms", part, clock.elapsed());
        QCOMPARE(view->currentPostNumber(), 1);
    }
    text = documentText(*view);
    QVERIFY(text.contains(lastWords));
    QVERIFY(!text.contains(showRest));
    QVERIFY(text.contains(QStringLiteral("Paragraph 5999 ")));
}

void TestReader::picturesFromElsewhereFollowTheSetting()
{
    const auto remoteImageInDocument = [](ReaderView &view) {
        return view.browser()->document()->toHtml().contains(QStringLiteral("img src=\"https://pictures.example/a.png"));
    };
    auto view = makeView(m_fakeClient.get(), m_fakeBase);
    view->setRemoteImages(Preferences::RemoteImages::Never);
    QVERIFY(openAndWait(*view, 888));
    QVERIFY(documentText(*view).contains(QStringLiteral("[image: a chart]")));
    QVERIFY(!remoteImageInDocument(*view));
    QVERIFY(!view->remoteImagesBar()->isVisibleTo(view.get()));

    // Ask: the bar offers them; its button loads them for this topic only.
    view->setRemoteImages(Preferences::RemoteImages::Ask);
    QTRY_VERIFY(view->remoteImagesBar()->isVisibleTo(view.get()));
    QTest::mouseClick(view->remoteImagesBar()->loadButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(remoteImageInDocument(*view), 10000);
    QVERIFY(!view->remoteImagesBar()->isVisibleTo(view.get()));
    QVERIFY(openAndWait(*view, 666));
    QVERIFY(openAndWait(*view, 888));
    QVERIFY(remoteImageInDocument(*view)); // still allowed for this topic

    // Never again: the pictures go back to links at once.
    view->setRemoteImages(Preferences::RemoteImages::Never);
    QTRY_VERIFY_WITH_TIMEOUT(!remoteImageInDocument(*view), 10000);
    view->setRemoteImages(Preferences::RemoteImages::Always);
    QTRY_VERIFY_WITH_TIMEOUT(remoteImageInDocument(*view), 10000);
    QVERIFY(!view->remoteImagesBar()->isVisibleTo(view.get()));
}

void TestReader::notFoundShowsBanner()
{
    auto view = makeView(m_fakeClient.get(), m_fakeBase);
    view->openTopic(404);
    QTRY_VERIFY_WITH_TIMEOUT(view->errorBanner()->isVisible(), Timeout);
    QVERIFY(!view->errorBanner()->message().isEmpty());
    QVERIFY(!documentText(*view).contains(QStringLiteral("Loading")));
}

void TestReader::retryAfterServerError()
{
    m_failWith500 = true;
    auto view = makeView(m_fakeClient.get(), m_fakeBase);
    view->openTopic(500);
    QTRY_VERIFY_WITH_TIMEOUT(view->errorBanner()->isVisible(), Timeout);
    QVERIFY(view->errorBanner()->retryButton()->isVisible());
    m_failWith500 = false;
    QSignalSpy shown(view.get(), &ReaderView::topicShown);
    QTest::mouseClick(view->errorBanner()->retryButton(), Qt::LeftButton);
    QVERIFY(shown.wait(Timeout));
    QVERIFY(!view->errorBanner()->isVisible());
    QVERIFY(documentText(*view).contains(QStringLiteral("First post body.")));
    QVERIFY(documentText(*view).contains(QStringLiteral("Replies (1)")));
    QVERIFY(documentText(*view).contains(QStringLiteral("@eve")));
}

void TestReader::benchmarkBuildTopic()
{
    // Building and laying out a 20-post demo topic (the first chunk of the long topic).
    PostListModel model(m_client.get());
    QSignalSpy loaded(&model, &PostListModel::topicLoaded);
    model.load(m_longTopic);
    QVERIFY(loaded.wait(Timeout));
    QList<Post> posts;
    for (int row = 0; row < model.rowCount() && model.isRowLoaded(row); ++row)
        posts.append(*model.postAt(row));
    QCOMPARE(posts.size(), PostListModel::ChunkSize);
    const Topic topic = model.topic();
    const ReaderPalette palette = ReaderPalette::fromPalette(QApplication::palette());
    QTextDocument doc;
    doc.setDefaultStyleSheet(palette.styleSheet());
    doc.setTextWidth(750);
    QBENCHMARK {
        ThreadHtml html(topic, m_server.baseUrl(), palette, nullptr);
        QString out = html.header(&posts.first());
        out.reserve(out.size() + 40000);
        for (int i = 1; i < posts.size(); ++i)
            html.appendReply(posts.at(i), out);
        doc.setHtml(out);
        QVERIFY(doc.documentLayout()->documentSize().height() > 1000);
    }
}

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
