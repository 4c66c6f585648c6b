// The write side of AivizorCore against the real aivizor-server: sign-in with an API key from
// "aivizor-server user add", replies through the Outbox/ReplySender (to the topic, to a post, with a
// quote), a new topic, likes, the User API Key handshake through the loopback listener, and a
// server killed while a reply is being sent.
#include "lib/signin/signin.h"
#include "lib/credentials/memorycredentialstore.h"
#include "lib/posting/liketoggler.h"
#include "lib/posting/replysender.h"
#include "lib/models/postlistmodel.h"
#include "lib/models/topiclistmodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/forumwriter.h"
#include "lib/net/transport.h"
#include "lib/posting/outbox.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Aivizor;

namespace {
constexpr int WaitMs = 15000;
const QString Writer = QStringLiteral("writer");
}

class TestReplying : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInWithApiKey();
    void replyToNewsTopicAppearsAfterReload();
    void replyToSpecificPost();
    void replyWithQuote();
    void newTopicAppearsInItsCommunityFeed();
    void likeAndUnlike();
    void userApiKeyHandshake();
    void appSchemeHandshake();
    void serverKilledMidSendPostsExactlyOnce();

private:
    QUrl approveInBrowser(const QUrl &authUrl);
    QString addUser(const QString &name);
    bool findNewsTopic();
    // Sends one outbox entry through a fresh ReplySender; returns the created post.
    std::optional<Post> sendThroughOutbox(const OutboxPayload &payload);
    std::unique_ptr<PostListModel> loadTopic(int topicId);
    int countPostsContaining(int topicId, const QString &text);

    QTemporaryDir m_dir;
    TestServer m_server;
    QString m_apiKey;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<ForumClient> m_client;
    std::unique_ptr<ForumWriter> m_writer;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    int m_newsTopicId = 0;
    int m_openAiId = 0;
    int m_replyNumber = 0;
};

QString TestReplying::addUser(const QString &name)
{
    return TestServer::addUser(m_server.dataDir(), {name});
}

void TestReplying::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!TestServer::defaultBinary().isEmpty(), "aivizor-server binary unknown");
    // No per-user post interval: the tests post back to back (ReplySender's 429 handling has unit tests).
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0")}),
             qPrintable(m_server.errorString()));
    m_apiKey = addUser(Writer);
    QVERIFY2(m_apiKey.size() == 64, qPrintable(m_apiKey));
    m_transport = std::make_unique<Transport>(m_server.baseUrl());
    m_client = std::make_unique<ForumClient>(m_transport.get());
    m_writer = std::make_unique<ForumWriter>(m_transport.get());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>();
    QVERIFY(findNewsTopic());
}

void TestReplying::cleanupTestCase()
{
    m_writer.reset();
    m_client.reset();
    m_transport.reset();
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
}

bool TestReplying::findNewsTopic()
{
    TopicListModel model(m_client.get());
    QSignalSpy loaded(&model, &TopicListModel::pageLoaded);
    model.setFeed(FeedSpec::latest());
    for (int page = 0; page < 20 && m_newsTopicId == 0; ++page) {
        if (!loaded.wait(WaitMs))
            return false;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r);
            const QString title = i.data(TopicListModel::TitleRole).toString();
            if (title.contains(QLatin1String("OpenAI")) && title.contains(QLatin1String("Microsoft"))
                && i.data(TopicListModel::TagsRole).toStringList().contains(QStringLiteral("News"))) {
                m_newsTopicId = i.data(TopicListModel::IdRole).toInt();
                m_openAiId = i.data(TopicListModel::CategoryIdRole).toInt();
            }
        }
        if (m_newsTopicId == 0 && model.canFetchMore({}))
            model.fetchMore({});
        else
            break;
    }
    return m_newsTopicId > 0 && m_openAiId > 0;
}

std::optional<Post> TestReplying::sendThroughOutbox(const OutboxPayload &payload)
{
    Outbox outbox(m_dir.filePath(QStringLiteral("outbox.json")));
    ReplySender sender(&outbox);
    sender.addSite(m_server.baseUrl(), m_writer.get(), Writer);
    QSignalSpy posted(&sender, &ReplySender::posted);
    QSignalSpy rejected(&sender, &ReplySender::rejected);
    if (outbox.enqueue(m_server.baseUrl(), payload).isNull())
        return std::nullopt;
    sender.start();
    if (!posted.wait(WaitMs)) {
        if (!rejected.isEmpty())
            qWarning("rejected: %s", qPrintable(rejected.first().at(1).value<ApiError>().message));
        return std::nullopt;
    }
    return posted.first().at(1).value<Post>();
}

std::unique_ptr<PostListModel> TestReplying::loadTopic(int topicId)
{
    auto model = std::make_unique<PostListModel>(m_client.get());
    QSignalSpy loaded(model.get(), &PostListModel::topicLoaded);
    model->load(topicId);
    if (!loaded.wait(WaitMs))
        return nullptr;
    for (int r = 0; r < model->rowCount(); ++r)
        model->ensureLoaded(r);
    if (!QTest::qWaitFor([&model] { return !model->isLoading(); }, WaitMs))
        return nullptr;
    return model;
}

int TestReplying::countPostsContaining(int topicId, const QString &text)
{
    const std::unique_ptr<PostListModel> model = loadTopic(topicId);
    if (!model)
        return -1;
    int n = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        n += model->index(r).data(PostListModel::CookedRole).toString().contains(text) ? 1 : 0;
    return n;
}

void TestReplying::signInWithApiKey()
{
    SignIn signIn(m_transport.get(), m_keychain.get());
    QSignalSpy signedIn(&signIn, &SignIn::signedIn);
    QSignalSpy stored(&signIn, &SignIn::accountStored);
    QSignalSpy failed(&signIn, &SignIn::failed);
    QVERIFY(signIn.signInWithApiKey(Writer, QStringLiteral("0").repeated(64)));
    QVERIFY(failed.wait(WaitMs)); // a wrong key is refused by the server
    QVERIFY(!m_transport->hasAuthHeaders());

    QVERIFY(signIn.signInWithApiKey(Writer, m_apiKey));
    QVERIFY2(signedIn.wait(WaitMs), failed.isEmpty() ? "" : qPrintable(failed.last().at(0).value<ApiError>().message));
    QCOMPARE(signedIn.first().at(0).value<Account>().username, Writer);
    QCOMPARE(stored.size(), 1); // the keychain took it: the account can come back after a restart
    QVERIFY(m_transport->hasAuthHeaders());
}

void TestReplying::replyToNewsTopicAppearsAfterReload()
{
    QVERIFY2(m_transport->hasAuthHeaders(), "needs signInWithApiKey");
    const QString raw = QStringLiteral("A reply from the e2e test: the **deal** looks interesting.");
    const std::optional<Post> post = sendThroughOutbox(OutboxPayload::reply(m_newsTopicId, raw));
    QVERIFY(post);
    QCOMPARE(post->username, Writer);
    QVERIFY(post->postNumber >= 2);
    m_replyNumber = post->postNumber;

    const std::unique_ptr<PostListModel> model = loadTopic(m_newsTopicId);
    QVERIFY(model);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model->rowForPostId(post->id);
    QVERIFY(row >= 0);
    const QModelIndex i = model->index(row);
    QCOMPARE(i.data(PostListModel::UsernameRole).toString(), Writer);
    QVERIFY2(i.data(PostListModel::CookedRole).toString().contains(QStringLiteral("<strong>deal</strong>")),
             qPrintable(i.data(PostListModel::CookedRole).toString()));
}

void TestReplying::replyToSpecificPost()
{
    QVERIFY2(m_replyNumber > 0, "needs replyToNewsTopicAppearsAfterReload");
    const QString raw = QStringLiteral("Answering my own earlier reply, specifically.");
    const std::optional<Post> post = sendThroughOutbox(OutboxPayload::reply(m_newsTopicId, raw, m_replyNumber));
    QVERIFY(post);
    QCOMPARE(post->replyToPostNumber, m_replyNumber);
    const std::unique_ptr<PostListModel> model = loadTopic(m_newsTopicId);
    QVERIFY(model);
    const QModelIndex i = model->index(model->rowForPostId(post->id));
    QCOMPARE(i.data(PostListModel::ReplyToPostNumberRole).toInt(), m_replyNumber);
    QCOMPARE(i.data(PostListModel::ReplyToUsernameRole).toString(), Writer);
}

void TestReplying::replyWithQuote()
{
    const QString raw = QStringLiteral("[quote=\"sable, post:1, topic:%1\"]\nThe original news.\n[/quote]\n\n"
                                       "Quoting the first post to comment on it.")
                            .arg(m_newsTopicId);
    const std::optional<Post> post = sendThroughOutbox(OutboxPayload::reply(m_newsTopicId, raw));
    QVERIFY(post);
    QVERIFY2(post->cooked.contains(QStringLiteral("<aside class=\"quote")), qPrintable(post->cooked));
    QVERIFY2(post->cooked.contains(QStringLiteral("data-username=\"sable\"")), qPrintable(post->cooked));
}

void TestReplying::newTopicAppearsInItsCommunityFeed()
{
    const QString title = QStringLiteral("An e2e topic about OpenAI tooling");
    const std::optional<Post> post = sendThroughOutbox(
        OutboxPayload::newTopic(title, QStringLiteral("Opening a topic from the end-to-end test suite."), m_openAiId));
    QVERIFY(post);
    QCOMPARE(post->postNumber, 1);

    TopicListModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &TopicListModel::pageLoaded);
    model.setFeed(FeedSpec::community(m_openAiId));
    QVERIFY(loaded.wait(WaitMs));
    bool found = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r);
        if (i.data(TopicListModel::IdRole).toInt() == post->topicId) {
            found = true;
            QCOMPARE(i.data(TopicListModel::TitleRole).toString(), title);
            QCOMPARE(i.data(TopicListModel::AuthorUsernameRole).toString(), Writer);
        }
    }
    QVERIFY(found);
}

void TestReplying::likeAndUnlike()
{
    std::unique_ptr<PostListModel> model = loadTopic(m_newsTopicId);
    QVERIFY(model);
    const std::optional<Post> first = model->postAt(0); // sable's post: not ours, so likeable
    QVERIFY(first);
    QVERIFY(!first->liked);
    LikeToggler toggler(m_writer.get());
    QSignalSpy confirmed(&toggler, &LikeToggler::confirmed);
    QSignalSpy failed(&toggler, &LikeToggler::failed);
    bool shownLiked = false;
    int shownCount = -1;
    auto apply = [&](int, bool liked, int count) {
        shownLiked = liked;
        shownCount = count;
    };
    QVERIFY(toggler.toggle(*first, apply));
    QVERIFY(shownLiked); // at once
    QVERIFY2(confirmed.wait(WaitMs), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<ApiError>().message));
    QCOMPARE(shownCount, first->likeCount + 1);

    model = loadTopic(m_newsTopicId);
    QVERIFY(model->index(0).data(PostListModel::LikedRole).toBool());
    QCOMPARE(model->index(0).data(PostListModel::LikeCountRole).toInt(), first->likeCount + 1);

    QVERIFY(toggler.toggle(*model->postAt(0), apply));
    QVERIFY(!shownLiked);
    QVERIFY(confirmed.wait(WaitMs));
    model = loadTopic(m_newsTopicId);
    QVERIFY(!model->index(0).data(PostListModel::LikedRole).toBool());
    QCOMPARE(model->index(0).data(PostListModel::LikeCountRole).toInt(), first->likeCount);
}

QUrl TestReplying::approveInBrowser(const QUrl &authUrl)
{
    // The approval page, submitted as the user would; the answer is a redirect to auth_redirect.
    QNetworkAccessManager browser;
    browser.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> page(browser.get(QNetworkRequest(authUrl)));
    QSignalSpy pageDone(page.get(), &QNetworkReply::finished);
    if (!pageDone.wait(WaitMs) || page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200
        || !page->readAll().contains("action=\"/user-api-key\""))
        return {};
    QUrlQuery form(authUrl); // the page's hidden fields repeat the request's parameters
    form.addQueryItem(QStringLiteral("username"), Writer);
    form.addQueryItem(QStringLiteral("api_key"), m_apiKey);
    QNetworkRequest approve(m_server.url(QStringLiteral("/user-api-key")));
    approve.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> approved(browser.post(approve, form.query(QUrl::FullyEncoded).toLatin1()));
    QSignalSpy approvedDone(approved.get(), &QNetworkReply::finished);
    if (!approvedDone.wait(WaitMs) || approved->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
        return {};
    return approved->header(QNetworkRequest::LocationHeader).toUrl();
}

void TestReplying::appSchemeHandshake()
{
    // With aivizor:// registered, the forum sends the key to the app's link; the desktop starts the
    // app with it, which hands it to the waiting sign-in. No port is opened.
    Transport transport(m_server.baseUrl());
    SignIn signIn(&transport, m_keychain.get());
    signIn.setAppRedirect(QUrl(QStringLiteral("aivizor://auth_redirect")));
    QSignalSpy open(&signIn, &SignIn::openUrlRequested);
    QSignalSpy signedIn(&signIn, &SignIn::signedIn);
    QSignalSpy failed(&signIn, &SignIn::failed);
    QVERIFY(signIn.startUserApiKey(QStringLiteral("Aivizor e2e"), UserApiKeyRequest::clientId(*m_settings), Writer));
    QCOMPARE(open.size(), 1);
    const QUrl authUrl = open.first().at(0).toUrl();
    QCOMPARE(QUrlQuery(authUrl).queryItemValue(QStringLiteral("auth_redirect"), QUrl::FullyDecoded),
             QStringLiteral("aivizor://auth_redirect"));
    const QUrl location = approveInBrowser(authUrl);
    QCOMPARE(location.scheme(), QStringLiteral("aivizor"));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), signIn.redirectUrl());
    signIn.submitPayload(location.toString());
    QVERIFY2(signedIn.wait(WaitMs), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).value<ApiError>().message));
    QCOMPARE(signedIn.first().at(0).value<Account>().username, Writer);
    signIn.signOut(signedIn.first().at(0).value<Account>());
}

void TestReplying::userApiKeyHandshake()
{
    Transport transport(m_server.baseUrl());
    SignIn signIn(&transport, m_keychain.get());
    QSignalSpy open(&signIn, &SignIn::openUrlRequested);
    QSignalSpy signedIn(&signIn, &SignIn::signedIn);
    QSignalSpy failed(&signIn, &SignIn::failed);
    const QString clientId = UserApiKeyRequest::clientId(*m_settings);
    QVERIFY(signIn.startUserApiKey(QStringLiteral("Aivizor e2e"), clientId, Writer));
    QCOMPARE(open.size(), 1);
    const QUrl authUrl = open.first().at(0).toUrl();

    // The "browser": show the approval page, submit it, follow the redirect to the loopback listener.
    const QUrl location = approveInBrowser(authUrl);
    QVERIFY(location.isValid());
    QNetworkAccessManager browser;
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), signIn.redirectUrl());

    std::unique_ptr<QNetworkReply> landing(browser.get(QNetworkRequest(location)));
    QSignalSpy landingDone(landing.get(), &QNetworkReply::finished);
    QVERIFY(landingDone.wait(WaitMs));
    QCOMPARE(landing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    QVERIFY2(signedIn.wait(WaitMs), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).value<ApiError>().message));
    const Account account = signedIn.first().at(0).value<Account>();
    QCOMPARE(account.username, Writer);
    QCOMPARE(account.authKind, Account::AuthKind::UserApiKey);
    QCOMPARE(account.clientId, clientId);

    // The key writes.
    ForumWriter writer(&transport);
    bool created = false;
    writer.createPost(m_newsTopicId, QStringLiteral("Posted with the key from the handshake."), 0, this,
                      [&created](const ApiResult<CreatedPost> &r) { created = r.ok() && r.value->post.id > 0; });
    QTRY_VERIFY_WITH_TIMEOUT(created, WaitMs);

    // Sign out revokes it on the server: the same key is refused afterwards.
    bool secretRead = false;
    QString key;
    m_keychain->readSecret(account.credentialKey(), this, [&](const CredentialResult &r) {
        secretRead = r.isOk();
        key = r.secret;
    });
    QTRY_VERIFY(secretRead);
    QSignalSpy signedOut(&signIn, &SignIn::signedOut);
    signIn.signOut(account);
    QVERIFY(signedOut.wait(WaitMs));
    QVERIFY(!signedOut.first().at(1).value<ApiError>().isError());
    Transport probe(m_server.baseUrl());
    probe.setAuthHeaders(account.authHeaders(key));
    int status = 0;
    probe.get(QStringLiteral("/t/%1.json").arg(m_newsTopicId), this, [&status](const TransportResult &r) { status = r.httpStatus; });
    QTRY_VERIFY_WITH_TIMEOUT(status != 0, WaitMs);
    QCOMPARE(status, 403);
}

void TestReplying::serverKilledMidSendPostsExactlyOnce()
{
    const QString raw = QStringLiteral("This reply was in flight when the server died (e2e).");
    const QString outboxFile = m_dir.filePath(QStringLiteral("kill-outbox.json"));
    const quint16 port = quint16(m_server.baseUrl().port());
    {
        Outbox outbox(outboxFile);
        ReplySender sender(&outbox);
        sender.addSite(m_server.baseUrl(), m_writer.get(), Writer);
        QSignalSpy retry(&sender, &ReplySender::retryScheduled);
        // The server goes down the moment the request is handed to the network.
        connect(&sender, &ReplySender::sending, this, [this] { QVERIFY(m_server.stop()); });
        QVERIFY(!outbox.enqueue(m_server.baseUrl(), OutboxPayload::reply(m_newsTopicId, raw)).isNull());
        sender.start();
        QVERIFY(retry.wait(WaitMs));
        const OutboxEntry e = outbox.entries().value(0);
        QCOMPARE(e.payload.raw, raw);
        QVERIFY(e.mayHaveReachedServer);
        sender.stop();
    } // the app quits with the reply still queued

    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0"), QStringLiteral("--port"),
                             QString::number(port)}),
             qPrintable(m_server.errorString()));
    QCOMPARE(m_server.baseUrl().port(), int(port));

    Outbox outbox(outboxFile); // next start of the app
    QCOMPARE(outbox.rowCount(), 1);
    ReplySender sender(&outbox);
    sender.addSite(m_server.baseUrl(), m_writer.get(), Writer);
    QSignalSpy posted(&sender, &ReplySender::posted);
    sender.start();
    QVERIFY(posted.wait(WaitMs));
    QCOMPARE(outbox.rowCount(), 0);
    QCOMPARE(countPostsContaining(m_newsTopicId, QStringLiteral("in flight when the server died")), 1);
}

QTEST_GUILESS_MAIN(TestReplying)
#include "tst_replying.moc"
