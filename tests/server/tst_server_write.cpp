// aivizor-server's write side end to end: users and keys from the real CLI, replies, new topics,
// likes, limits and the User API Key handshake over real HTTP against the real binary.
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <sys/stat.h>

#include <memory>

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Response
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString firstError() const { return json()[QLatin1String("errors")].toArray().first().toString(); }
};

// An RSA key pair made with OpenSSL, as a client of the handshake would.
class RsaKeyPair
{
public:
    RsaKeyPair() : m_key(EVP_RSA_gen(2048), EVP_PKEY_free) {}
    bool isValid() const { return m_key != nullptr; }

    QByteArray publicPem() const
    {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
        PEM_write_bio_PUBKEY(bio.get(), m_key.get());
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, int(size));
    }

    QByteArray decrypt(const QByteArray &cipher, bool oaep) const
    {
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new(m_key.get(), nullptr),
                                                                          EVP_PKEY_CTX_free);
        if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) != 1
            || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), oaep ? RSA_PKCS1_OAEP_PADDING : RSA_PKCS1_PADDING) != 1)
            return {};
        const auto *in = reinterpret_cast<const unsigned char *>(cipher.constData());
        size_t size = 0;
        if (EVP_PKEY_decrypt(ctx.get(), nullptr, &size, in, size_t(cipher.size())) != 1)
            return {};
        QByteArray out(qsizetype(size), Qt::Uninitialized);
        if (EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &size, in,
                             size_t(cipher.size())) != 1)
            return {};
        out.truncate(qsizetype(size));
        return out;
    }

private:
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> m_key;
};

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        // Spaces as '+', as browsers send forms: the server must turn them back into spaces.
        out += QUrl::toPercentEncoding(name, " ").replace(' ', '+') + '='
               + QUrl::toPercentEncoding(value, " ").replace(' ', '+');
    }
    return out;
}

} // namespace

class TestServerWrite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void replyShowsUpInTopicAndPost();
    void replyToPostAndQuoteLikeDiscourse();
    void newTopicShowsUpInFeeds();
    void invalidPostsAre422();
    void credentialsAreRequired();
    void oversizedBodyIs413();
    void likeAndUnlike();
    void userApiKeyHandshake();
    void userApiKeyHandshakeErrors();
    void demoCredentialsWork();
    void postRateLimitIs429();

private:
    Response request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const QByteArray &contentType = {}, const Headers &headers = {}, TestServer *server = nullptr);
    Response postJson(const QString &path, const QJsonObject &body, const Headers &headers);
    QString addUser(const QString &dataDir, const QStringList &args);
    int topicIdByTitle(const QString &fragment);
    int categoryIdBySlug(const QString &slug);
    QString longText(const QString &seed) const;

    QTemporaryDir m_dataDir;
    TestServer m_server;
    QNetworkAccessManager m_nam;
    Headers m_alice;
    Headers m_bob;
    int m_newsTopic = 0;
    int m_aliceReplyId = 0;
};

Response TestServerWrite::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                  const QByteArray &contentType, const Headers &headers, TestServer *server)
{
    QNetworkRequest req((server ? server : &m_server)->url(path));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    QNetworkReply *reply = body.isEmpty() && method != "POST" ? m_nam.sendCustomRequest(req, method)
                                                              : m_nam.sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->rawHeader("Content-Type");
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

Response TestServerWrite::postJson(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", headers);
}

QString TestServerWrite::addUser(const QString &dataDir, const QStringList &args)
{
    return TestServer::addUser(dataDir, args);
}

int TestServerWrite::topicIdByTitle(const QString &fragment)
{
    for (int page = 0; page < 20; ++page) {
        const QJsonObject list = request("GET", QStringLiteral("/latest.json?page=%1").arg(page)).json()[QLatin1String("topic_list")].toObject();
        for (const QJsonValue &t : list[QLatin1String("topics")].toArray()) {
            if (t[QLatin1String("title")].toString().contains(fragment))
                return t[QLatin1String("id")].toInt();
        }
        if (!list.contains(QLatin1String("more_topics_url")))
            break;
    }
    return 0;
}

int TestServerWrite::categoryIdBySlug(const QString &slug)
{
    for (const QJsonValue &c : request("GET", QStringLiteral("/site.json")).json()[QLatin1String("categories")].toArray()) {
        if (c[QLatin1String("slug")].toString() == slug)
            return c[QLatin1String("id")].toInt();
    }
    return 0;
}

QString TestServerWrite::longText(const QString &seed) const
{
    return seed + QStringLiteral(" This sentence makes the post long enough for the minimum length.");
}

void TestServerWrite::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    // Before the server runs: the CLI seeds the new data directory itself.
    const QString aliceKey = addUser(m_dataDir.path(), {QStringLiteral("alice"), QStringLiteral("--name"),
                                                        QStringLiteral("Alice Writer")});
    QCOMPARE(aliceKey.size(), 64);
    // The same user again gets a second, different key; the first stays valid.
    const QString aliceSecond = addUser(m_dataDir.path(), {QStringLiteral("alice")});
    QCOMPARE(aliceSecond.size(), 64);
    QVERIFY(aliceSecond != aliceKey);
    QCOMPARE(addUser(m_dataDir.path(), {QStringLiteral("no spaces allowed")}), QString());
    // Options may stand before the subcommand; the server's --help names the command.
    QProcess optionsFirst;
    optionsFirst.start(TestServer::defaultBinary(), {QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("user"),
                                                     QStringLiteral("add"), QStringLiteral("dana")});
    QVERIFY(optionsFirst.waitForFinished(60000));
    QCOMPARE(optionsFirst.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(optionsFirst.readAllStandardOutput()).trimmed().size(), 64);
    QProcess help;
    help.start(TestServer::defaultBinary(), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(help.readAllStandardOutput()).contains(QLatin1String("user add NAME")));

    m_server.setDataDir(m_dataDir.path());
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0")}),
             qPrintable(m_server.errorString()));
    // While the server runs (SQLite WAL): a second user.
    const QString bobKey = addUser(m_dataDir.path(), {QStringLiteral("bob"), QStringLiteral("--admin")});
    QCOMPARE(bobKey.size(), 64);
    m_alice = {{"Api-Key", aliceKey.toLatin1()}, {"Api-Username", "alice"}};
    m_bob = {{"Api-Key", bobKey.toLatin1()}, {"Api-Username", "bob"}};
    m_newsTopic = topicIdByTitle(QStringLiteral("OpenAI and Microsoft"));
    QVERIFY(m_newsTopic > 0);
}

void TestServerWrite::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    // Keys are never logged.
    for (const auto &headers : {m_alice, m_bob})
        QVERIFY(!m_server.standardError().contains(headers.first().second));
}

void TestServerWrite::replyShowsUpInTopicAndPost()
{
    // Read first, so a stale cached page would show if writes did not invalidate the cache.
    const QJsonObject before = request("GET", QStringLiteral("/t/%1.json").arg(m_newsTopic)).json();
    QCOMPARE(before[QLatin1String("posts_count")].toInt(), 1);

    const QString raw = longText(QStringLiteral("A **non-exclusive** deal changes the cloud picture."));
    const Response r = postJson(QStringLiteral("/posts.json"),
                                {{QStringLiteral("topic_id"), m_newsTopic}, {QStringLiteral("raw"), raw}}, m_alice);
    QCOMPARE(r.status, 200);
    const QJsonObject post = r.json();
    m_aliceReplyId = post[QLatin1String("id")].toInt();
    QVERIFY(m_aliceReplyId > 0);
    QCOMPARE(post[QLatin1String("post_number")].toInt(), 2);
    QCOMPARE(post[QLatin1String("topic_id")].toInt(), m_newsTopic);
    QCOMPARE(post[QLatin1String("username")].toString(), QStringLiteral("alice"));
    QCOMPARE(post[QLatin1String("name")].toString(), QStringLiteral("Alice Writer"));
    QCOMPARE(post[QLatin1String("raw")].toString(), raw);
    QVERIFY(post[QLatin1String("cooked")].toString().contains(QLatin1String("<strong>non-exclusive</strong>")));
    QCOMPARE(post[QLatin1String("yours")].toBool(), true);
    QVERIFY(post[QLatin1String("post_url")].toString().endsWith(QStringLiteral("/%1/2").arg(m_newsTopic)));
    QVERIFY(!post[QLatin1String("topic_slug")].toString().isEmpty());

    const QJsonObject topic = request("GET", QStringLiteral("/t/%1.json").arg(m_newsTopic)).json();
    QCOMPARE(topic[QLatin1String("posts_count")].toInt(), 2);
    QCOMPARE(topic[QLatin1String("reply_count")].toInt(), 1);
    QCOMPARE(topic[QLatin1String("highest_post_number")].toInt(), 2);
    QCOMPARE(topic[QLatin1String("details")][QLatin1String("last_poster")][QLatin1String("username")].toString(),
             QStringLiteral("alice"));
    QCOMPARE(topic[QLatin1String("details")][QLatin1String("can_create_post")].toBool(true), false);   // anonymous
    const QJsonArray posts = topic[QLatin1String("post_stream")][QLatin1String("posts")].toArray();
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.last()[QLatin1String("id")].toInt(), m_aliceReplyId);
    QCOMPARE(posts.last()[QLatin1String("yours")].toBool(), false);

    // Signed in: the topic view speaks for that user.
    const QJsonObject mine = request("GET", QStringLiteral("/t/%1.json").arg(m_newsTopic), {}, {}, m_alice).json();
    QCOMPARE(mine[QLatin1String("details")][QLatin1String("can_create_post")].toBool(), true);
    const QJsonArray myPosts = mine[QLatin1String("post_stream")][QLatin1String("posts")].toArray();
    QCOMPARE(myPosts.last()[QLatin1String("yours")].toBool(), true);
    // Someone else's post can be liked, one's own cannot.
    QCOMPARE(myPosts.first()[QLatin1String("actions_summary")].toArray().first()[QLatin1String("can_act")].toBool(), true);
    QVERIFY(myPosts.last()[QLatin1String("actions_summary")].toArray().isEmpty());

    const QJsonObject single = request("GET", QStringLiteral("/posts/%1.json").arg(m_aliceReplyId)).json();
    QCOMPARE(single[QLatin1String("raw")].toString(), raw);
    QCOMPARE(single[QLatin1String("posts_count")].toInt(), 2);

    // The outbox's duplicate check: the posts after a known post number.
    const QJsonArray after = request("GET", QStringLiteral("/t/%1/posts.json?post_number=1&asc=true").arg(m_newsTopic))
                                 .json()[QLatin1String("post_stream")][QLatin1String("posts")].toArray();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first()[QLatin1String("id")].toInt(), m_aliceReplyId);
    QCOMPARE(request("GET", QStringLiteral("/t/%1/posts.json?post_number=x").arg(m_newsTopic)).status, 400);

    // The reply bumps the topic to the top of /latest (after pinned topics).
    bool seen = false;
    for (const QJsonValue &t : request("GET", QStringLiteral("/latest.json")).json()[QLatin1String("topic_list")][QLatin1String("topics")].toArray()) {
        if (t[QLatin1String("pinned")].toBool())
            continue;
        QCOMPARE(t[QLatin1String("id")].toInt(), m_newsTopic);
        QCOMPARE(t[QLatin1String("last_poster_username")].toString(), QStringLiteral("alice"));
        QCOMPARE(t[QLatin1String("posts_count")].toInt(), 2);
        seen = true;
        break;
    }
    QVERIFY(seen);
}

void TestServerWrite::replyToPostAndQuoteLikeDiscourse()
{
    const QString firstPostUrl = QStringLiteral("/t/%1/posts.json?post_number=0&asc=true").arg(m_newsTopic);
    const QJsonObject first = request("GET", firstPostUrl).json()[QLatin1String("post_stream")][QLatin1String("posts")].toArray().first().toObject();
    QCOMPARE(first[QLatin1String("post_number")].toInt(), 1);
    const int repliesBefore = first[QLatin1String("reply_count")].toInt();

    // Form-encoded, with '+' for spaces and an encoded literal plus.
    const QString raw = QStringLiteral("Replying to the first post: 1 + 1 is still two, and so on.");
    const Response reply = request("POST", QStringLiteral("/posts.json"),
                                   formEncode({{QStringLiteral("topic_id"), QString::number(m_newsTopic)},
                                               {QStringLiteral("reply_to_post_number"), QStringLiteral("1")},
                                               {QStringLiteral("raw"), raw}}),
                                   "application/x-www-form-urlencoded", m_bob);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()[QLatin1String("raw")].toString(), raw);
    QCOMPARE(reply.json()[QLatin1String("reply_to_post_number")].toInt(), 1);
    QCOMPARE(reply.json()[QLatin1String("reply_to_user")][QLatin1String("username")].toString(),
             first[QLatin1String("username")].toString());
    const QJsonObject parent = request("GET", QStringLiteral("/posts/%1.json").arg(first[QLatin1String("id")].toInt())).json();
    QCOMPARE(parent[QLatin1String("reply_count")].toInt(), repliesBefore + 1);

    // A quote of the parent: cooked as aside.quote; Discourse then leaves reply_to_user out.
    const QString quoted = QStringLiteral("[quote=\"%1, post:1, topic:%2\"]\nThe partnership was rewritten.\n[/quote]\n\n"
                                          "Quoting this because it is the key point of the news. [Details](javascript:alert(1))")
                               .arg(first[QLatin1String("username")].toString())
                               .arg(m_newsTopic);
    const Response quote = postJson(QStringLiteral("/posts.json"),
                                    {{QStringLiteral("topic_id"), QString::number(m_newsTopic)},
                                     {QStringLiteral("reply_to_post_number"), 1},
                                     {QStringLiteral("raw"), quoted}},
                                    m_alice);
    QCOMPARE(quote.status, 200);
    const QString cooked = quote.json()[QLatin1String("cooked")].toString();
    QVERIFY2(cooked.contains(QStringLiteral("<aside class=\"quote no-group\" data-username=\"%1\" data-post=\"1\" data-topic=\"%2\">")
                                 .arg(first[QLatin1String("username")].toString())
                                 .arg(m_newsTopic)),
             qPrintable(cooked));
    QVERIFY(cooked.contains(QLatin1String("<blockquote>")));
    QVERIFY(!cooked.contains(QLatin1String("[quote")));
    // User content: no script URLs survive cooking.
    QVERIFY2(!cooked.contains(QLatin1String("javascript:"), Qt::CaseInsensitive), qPrintable(cooked));
    QVERIFY(cooked.contains(QLatin1String("<a href=\"#\">Details</a>")));
    QVERIFY(!quote.json().contains(QLatin1String("reply_to_user")));
    QCOMPARE(quote.json()[QLatin1String("quote_count")].toInt(), 1);
}

void TestServerWrite::newTopicShowsUpInFeeds()
{
    const int openai = categoryIdBySlug(QStringLiteral("openai"));
    const int community = categoryIdBySlug(QStringLiteral("community"));
    QVERIFY(openai > 0 && community > 0);
    const QString title = QStringLiteral("What changes for developers after the new agreement?");
    const Response r = postJson(QStringLiteral("/posts.json"),
                                {{QStringLiteral("title"), title},
                                 {QStringLiteral("raw"), longText(QStringLiteral("Curious what everyone expects."))},
                                 {QStringLiteral("category"), openai},
                                 {QStringLiteral("tags"), QJsonArray{QStringLiteral("News")}}},
                                m_alice);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QLatin1String("post_number")].toInt(), 1);
    const int topicId = r.json()[QLatin1String("topic_id")].toInt();
    QVERIFY(topicId > 0);

    const QJsonObject topic = request("GET", QStringLiteral("/t/%1.json").arg(topicId)).json();
    QCOMPARE(topic[QLatin1String("title")].toString(), title);
    QCOMPARE(topic[QLatin1String("category_id")].toInt(), openai);
    QCOMPARE(topic[QLatin1String("posts_count")].toInt(), 1);
    QCOMPARE(topic[QLatin1String("tags")].toArray().first()[QLatin1String("name")].toString(), QStringLiteral("News"));

    const auto listed = [&](const QString &path) {
        for (const QJsonValue &t : request("GET", path).json()[QLatin1String("topic_list")][QLatin1String("topics")].toArray()) {
            if (t[QLatin1String("id")].toInt() == topicId)
                return t.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject inCategory = listed(QStringLiteral("/c/openai/%1.json").arg(openai));
    QCOMPARE(inCategory[QLatin1String("title")].toString(), title);
    QCOMPARE(inCategory[QLatin1String("tags")].toArray(), QJsonArray{QStringLiteral("News")});
    QVERIFY(!listed(QStringLiteral("/c/community/%1.json").arg(community)).isEmpty());
    QVERIFY(!listed(QStringLiteral("/latest.json")).isEmpty());
    QVERIFY(!listed(QStringLiteral("/tag/News.json")).isEmpty());
}

void TestServerWrite::invalidPostsAre422()
{
    const int closed = topicIdByTitle(QStringLiteral("should every news topic require a source link"));
    QVERIFY(closed > 0);
    const int openai = categoryIdBySlug(QStringLiteral("openai"));
    const QString goodRaw = longText(QStringLiteral("Valid body."));
    const auto expect = [&](const QJsonObject &body, const QString &message) {
        const Response r = postJson(QStringLiteral("/posts.json"), body, m_alice);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[QLatin1String("error_type")].toString(), QStringLiteral("record_invalid"));
        const QJsonArray errors = r.json()[QLatin1String("errors")].toArray();
        QVERIFY2(errors.contains(message), qPrintable(QString::fromUtf8(r.body)));
    };
    expect({{QStringLiteral("topic_id"), m_newsTopic}, {QStringLiteral("raw"), QStringLiteral("   ")}},
           QStringLiteral("Body can't be blank"));
    expect({{QStringLiteral("topic_id"), m_newsTopic}, {QStringLiteral("raw"), QStringLiteral("Too short.")}},
           QStringLiteral("Body is too short (minimum is 20 characters)"));
    expect({{QStringLiteral("topic_id"), 999999}, {QStringLiteral("raw"), goodRaw}},
           QStringLiteral("The topic you are replying to does not exist."));
    expect({{QStringLiteral("topic_id"), closed}, {QStringLiteral("raw"), goodRaw}},
           QStringLiteral("This topic is closed and can't be replied to."));
    expect({{QStringLiteral("topic_id"), m_newsTopic}, {QStringLiteral("reply_to_post_number"), 999},
            {QStringLiteral("raw"), goodRaw}},
           QStringLiteral("The post you are replying to does not exist."));
    expect({{QStringLiteral("raw"), goodRaw}, {QStringLiteral("category"), openai}},
           QStringLiteral("Title can't be blank"));
    expect({{QStringLiteral("title"), QStringLiteral("Short title")}, {QStringLiteral("raw"), goodRaw},
            {QStringLiteral("category"), openai}},
           QStringLiteral("Title is too short (minimum is 15 characters)"));
    expect({{QStringLiteral("title"), QStringLiteral("A title that is long enough")}, {QStringLiteral("raw"), goodRaw},
            {QStringLiteral("category"), 424242}},
           QStringLiteral("The category 424242 does not exist."));
    // Every problem at once, like Discourse's record_invalid.
    const Response both = postJson(QStringLiteral("/posts.json"), {{QStringLiteral("title"), QStringLiteral("Short")},
                                                                   {QStringLiteral("category"), openai}}, m_alice);
    QCOMPARE(both.status, 422);
    QCOMPARE(both.json()[QLatin1String("errors")].toArray().size(), 2);
    // Nothing of that reached the topic.
    QCOMPARE(request("GET", QStringLiteral("/t/%1.json").arg(closed)).json()[QLatin1String("posts_count")].toInt(),
             request("GET", QStringLiteral("/t/%1.json").arg(closed)).json()[QLatin1String("post_stream")][QLatin1String("stream")].toArray().size());
    // A body that is not JSON although it says so.
    const Response broken = request("POST", QStringLiteral("/posts.json"), "{not json", "application/json", m_alice);
    QCOMPARE(broken.status, 400);
    QCOMPARE(broken.json()[QLatin1String("error_type")].toString(), QStringLiteral("invalid_parameters"));
}

void TestServerWrite::credentialsAreRequired()
{
    const QJsonObject body{{QStringLiteral("topic_id"), m_newsTopic}, {QStringLiteral("raw"), longText(QStringLiteral("No key."))}};
    const QString message = QStringLiteral(
        "You are not permitted to view the requested resource. The API username or key is invalid.");
    const auto expect403 = [&](const Headers &headers) {
        const Response r = postJson(QStringLiteral("/posts.json"), body, headers);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json()[QLatin1String("error_type")].toString(), QStringLiteral("invalid_access"));
        QCOMPARE(r.firstError(), message);
    };
    expect403({});
    expect403({{"Api-Key", QByteArray(64, 'a')}, {"Api-Username", "alice"}});
    expect403({{"Api-Key", m_alice.first().second}, {"Api-Username", "bob"}});   // someone else's key
    expect403({{"User-Api-Key", m_alice.first().second}});                     // a personal key is no user API key
    // Reads with a bad key are refused too, like Discourse; without one they are anonymous.
    QCOMPARE(request("GET", QStringLiteral("/t/%1.json").arg(m_newsTopic), {}, {},
                     {{"Api-Key", "wrong"}, {"Api-Username", "alice"}}).status, 403);
    QCOMPARE(request("GET", QStringLiteral("/t/%1.json").arg(m_newsTopic)).status, 200);
}

void TestServerWrite::oversizedBodyIs413()
{
    const QByteArray big = QJsonDocument(QJsonObject{{QStringLiteral("topic_id"), m_newsTopic},
                                                     {QStringLiteral("raw"), QString(1024 * 1024, QLatin1Char('x'))}})
                               .toJson(QJsonDocument::Compact);
    for (const QString &path : {QStringLiteral("/posts.json"), QStringLiteral("/post_actions.json"),
                                QStringLiteral("/user-api-key")}) {
        const Response r = request("POST", path, big, "application/json", m_alice);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.contentType, QByteArray("application/json; charset=utf-8"));
        QVERIFY(!r.firstError().isEmpty());
    }
    QCOMPARE(request("GET", QStringLiteral("/t/%1.json").arg(m_newsTopic)).json()[QLatin1String("highest_post_number")].toInt(), 4);
}

void TestServerWrite::likeAndUnlike()
{
    QVERIFY(m_aliceReplyId > 0);
    const QString likeBody = QStringLiteral("{\"id\":%1,\"post_action_type_id\":2}").arg(m_aliceReplyId);
    const auto likeSummary = [](const QJsonObject &post) {
        for (const QJsonValue &a : post[QLatin1String("actions_summary")].toArray()) {
            if (a[QLatin1String("id")].toInt() == 2)
                return a.toObject();
        }
        return QJsonObject();
    };

    const Response liked = request("POST", QStringLiteral("/post_actions.json"), likeBody.toUtf8(), "application/json", m_bob);
    QCOMPARE(liked.status, 200);
    QCOMPARE(liked.json()[QLatin1String("id")].toInt(), m_aliceReplyId);
    QVERIFY(!liked.json().contains(QLatin1String("raw")));
    QJsonObject summary = likeSummary(liked.json());
    QCOMPARE(summary[QLatin1String("count")].toInt(), 1);
    QCOMPARE(summary[QLatin1String("acted")].toBool(), true);
    QCOMPARE(summary[QLatin1String("can_undo")].toBool(), true);
    QVERIFY(!summary.contains(QLatin1String("can_act")));

    // Twice: 403, as Discourse does.
    const Response twice = request("POST", QStringLiteral("/post_actions.json"), likeBody.toUtf8(), "application/json", m_bob);
    QCOMPARE(twice.status, 403);
    QVERIFY(twice.firstError().contains(QLatin1String("already performed")));
    // One's own post: 403.
    QCOMPARE(request("POST", QStringLiteral("/post_actions.json"), likeBody.toUtf8(), "application/json", m_alice).status, 403);
    // Unknown post: 404; other action types are not supported.
    QCOMPARE(request("POST", QStringLiteral("/post_actions.json"), "id=999999&post_action_type_id=2",
                     "application/x-www-form-urlencoded", m_bob).status, 404);
    QCOMPARE(request("POST", QStringLiteral("/post_actions.json"),
                     QStringLiteral("id=%1&post_action_type_id=8").arg(m_aliceReplyId).toUtf8(),
                     "application/x-www-form-urlencoded", m_bob).status, 400);

    // The counts show everywhere: anonymous readers see the count, bob sees his like.
    const auto topicPost = [&](const Headers &headers) {
        for (const QJsonValue &p : request("GET", QStringLiteral("/t/%1.json").arg(m_newsTopic), {}, {}, headers)
                                       .json()[QLatin1String("post_stream")][QLatin1String("posts")].toArray()) {
            if (p[QLatin1String("id")].toInt() == m_aliceReplyId)
                return p.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(likeSummary(topicPost({})), (QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("count"), 1}}));
    QCOMPARE(likeSummary(topicPost(m_bob))[QLatin1String("acted")].toBool(), true);
    QCOMPARE(likeSummary(request("GET", QStringLiteral("/posts/%1.json").arg(m_aliceReplyId), {}, {}, m_bob).json())[QLatin1String("acted")].toBool(), true);
    QCOMPARE(request("GET", QStringLiteral("/t/%1.json").arg(m_newsTopic)).json()[QLatin1String("like_count")].toInt(), 1);

    // Unlike with the post id in the path; a second unlike finds nothing.
    const Response unliked = request("DELETE", QStringLiteral("/post_actions/%1.json?post_action_type_id=2").arg(m_aliceReplyId),
                                     {}, {}, m_bob);
    QCOMPARE(unliked.status, 200);
    summary = likeSummary(unliked.json());
    QVERIFY(!summary.contains(QLatin1String("count")));
    QVERIFY(!summary.contains(QLatin1String("acted")));
    QCOMPARE(summary[QLatin1String("can_act")].toBool(), true);
    QCOMPARE(request("DELETE", QStringLiteral("/post_actions/%1?post_action_type_id=2").arg(m_aliceReplyId), {}, {}, m_bob).status, 404);
    QCOMPARE(likeSummary(topicPost({})), QJsonObject());

    // Form-encoded like, and unlike without .json.
    QCOMPARE(request("POST", QStringLiteral("/post_actions"),
                     QStringLiteral("id=%1&post_action_type_id=2").arg(m_aliceReplyId).toUtf8(),
                     "application/x-www-form-urlencoded", m_bob).status, 200);
    QCOMPARE(request("DELETE", QStringLiteral("/post_actions/%1?post_action_type_id=2").arg(m_aliceReplyId), {}, {}, m_bob).status, 200);
}

void TestServerWrite::userApiKeyHandshake()
{
    QCOMPARE(request("HEAD", QStringLiteral("/user-api-key/new")).status, 200);
    QCOMPARE(request("HEAD", QStringLiteral("/user-api-key/new")).headers.value("auth-api-version"), QByteArray("4"));

    RsaKeyPair pair;
    QVERIFY(pair.isValid());
    const QString clientId = QStringLiteral("0123456789abcdef0123456789abcdef");
    for (const bool oaep : {false, true}) {
        const QString nonce = QStringLiteral("nonce-%1").arg(oaep ? QStringLiteral("oaep") : QStringLiteral("pkcs1"));
        QUrlQuery query;
        const QList<QPair<QString, QString>> fields{
            {QStringLiteral("application_name"), QStringLiteral("Aivizor <Desktop> & \"friends\"")},
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("scopes"), QStringLiteral("read,write,notifications,session_info")},
            {QStringLiteral("public_key"), QString::fromLatin1(pair.publicPem())},
            {QStringLiteral("nonce"), nonce},
            {QStringLiteral("auth_redirect"), QStringLiteral("http://127.0.0.1:9/auth-callback")},
            {QStringLiteral("padding"), oaep ? QStringLiteral("oaep") : QStringLiteral("pkcs1")}};
        const QByteArray encoded = formEncode(fields);

        const Response approvalPage = request("GET", QStringLiteral("/user-api-key/new?") + QString::fromLatin1(encoded));
        QCOMPARE(approvalPage.status, 200);
        QVERIFY(approvalPage.contentType.startsWith("text/html"));
        const QString html = QString::fromUtf8(approvalPage.body);
        QVERIFY(html.contains(QLatin1String("Aivizor &lt;Desktop&gt; &amp; &quot;friends&quot;")));
        QVERIFY(!html.contains(QLatin1String("<Desktop>")));
        QVERIFY(html.contains(QLatin1String("<form method=\"post\" action=\"/user-api-key\">")));
        QVERIFY(html.contains(QLatin1String("Approve")));
        QVERIFY(approvalPage.headers.value("content-security-policy").contains("default-src 'none'"));

        // Wrong proof: the page again, 403, no key.
        QList<QPair<QString, QString>> wrong = fields;
        wrong << qMakePair(QStringLiteral("username"), QStringLiteral("alice"))
              << qMakePair(QStringLiteral("api_key"), QString(64, QLatin1Char('0')));
        const Response refused = request("POST", QStringLiteral("/user-api-key"), formEncode(wrong),
                                         "application/x-www-form-urlencoded");
        QCOMPARE(refused.status, 403);
        QVERIFY(!refused.headers.contains("location"));

        QList<QPair<QString, QString>> approve = fields;
        approve << qMakePair(QStringLiteral("username"), QStringLiteral("alice"))
                << qMakePair(QStringLiteral("api_key"), QString::fromLatin1(m_alice.first().second));
        const Response approved = request("POST", QStringLiteral("/user-api-key"), formEncode(approve),
                                          "application/x-www-form-urlencoded");
        QCOMPARE(approved.status, 302);
        const QUrl location(QString::fromUtf8(approved.headers.value("location")));
        QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(location.port(), 9);
        QCOMPARE(location.path(), QStringLiteral("/auth-callback"));
        const QString payload = QUrlQuery(location).queryItemValue(QStringLiteral("payload"), QUrl::FullyDecoded);
        // Ruby's Base64.encode64: lines of 60 characters.
        const QStringList lines = payload.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 1);
        QCOMPARE(lines.first().size(), 60);
        const QByteArray cipher = QByteArray::fromBase64(payload.simplified().remove(QLatin1Char(' ')).toLatin1());
        const QJsonObject decrypted = QJsonDocument::fromJson(pair.decrypt(cipher, oaep)).object();
        QCOMPARE(decrypted[QLatin1String("nonce")].toString(), nonce);
        QCOMPARE(decrypted[QLatin1String("api")].toInt(), 4);
        QCOMPARE(decrypted[QLatin1String("push")].toBool(true), false);
        const QByteArray key = decrypted[QLatin1String("key")].toString().toLatin1();
        QCOMPARE(key.size(), 64);

        const Headers userKey{{"User-Api-Key", key}, {"User-Api-Client-Id", clientId.toLatin1()}};
        const Response reply = postJson(QStringLiteral("/posts.json"),
                                        {{QStringLiteral("topic_id"), m_newsTopic},
                                         {QStringLiteral("raw"), longText(QStringLiteral("Posted with a user API key."))}},
                                        userKey);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()[QLatin1String("username")].toString(), QStringLiteral("alice"));
        // The key belongs to its client id.
        QCOMPARE(request("GET", QStringLiteral("/posts/%1.json").arg(m_aliceReplyId), {}, {},
                         {{"User-Api-Key", key}, {"User-Api-Client-Id", "another-client"}}).status, 403);

        const Response revoked = request("POST", QStringLiteral("/user-api-key/revoke"), {}, {}, userKey);
        QCOMPARE(revoked.status, 200);
        QCOMPARE(revoked.json()[QLatin1String("success")].toString(), QStringLiteral("OK"));
        QCOMPARE(postJson(QStringLiteral("/posts.json"),
                          {{QStringLiteral("topic_id"), m_newsTopic},
                           {QStringLiteral("raw"), longText(QStringLiteral("After revocation."))}},
                          userKey).status, 403);
        QCOMPARE(request("POST", QStringLiteral("/user-api-key/revoke"), {}, {}, userKey).status, 403);
    }
}

void TestServerWrite::userApiKeyHandshakeErrors()
{
    RsaKeyPair pair;
    QVERIFY(pair.isValid());
    QList<QPair<QString, QString>> fields{{QStringLiteral("application_name"), QStringLiteral("Aivizor")},
                                         {QStringLiteral("client_id"), QStringLiteral("client-1")},
                                         {QStringLiteral("scopes"), QStringLiteral("read")},
                                         {QStringLiteral("public_key"), QString::fromLatin1(pair.publicPem())},
                                         {QStringLiteral("nonce"), QStringLiteral("n1")}};
    const auto get = [&](const QList<QPair<QString, QString>> &f) {
        return request("GET", QStringLiteral("/user-api-key/new?") + QString::fromLatin1(formEncode(f)));
    };
    const auto expect400 = [&](const QString &name, const QString &value) {
        QList<QPair<QString, QString>> f = fields;
        for (auto &field : f) {
            if (field.first == name)
                field.second = value;
        }
        if (name == QLatin1String("auth_redirect") || name == QLatin1String("padding"))
            f << qMakePair(name, value);
        const Response r = get(f);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QLatin1String("error_type")].toString(), QStringLiteral("invalid_parameters"));
    };
    expect400(QStringLiteral("nonce"), QString());
    expect400(QStringLiteral("scopes"), QStringLiteral("read,admin"));
    expect400(QStringLiteral("public_key"), QStringLiteral("-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----"));
    expect400(QStringLiteral("auth_redirect"), QStringLiteral("https://evil.example/cb"));
    expect400(QStringLiteral("auth_redirect"), QStringLiteral("http://127.0.0.1.evil.example/cb"));
    expect400(QStringLiteral("padding"), QStringLiteral("none"));

    // Without auth_redirect the payload is shown for copy/paste; a read-only key cannot post.
    QList<QPair<QString, QString>> approve = fields;
    approve << qMakePair(QStringLiteral("username"), QStringLiteral("ALICE"))
            << qMakePair(QStringLiteral("api_key"), QString::fromLatin1(m_alice.first().second));
    const Response shown = request("POST", QStringLiteral("/user-api-key"), formEncode(approve),
                                   "application/x-www-form-urlencoded");
    QCOMPARE(shown.status, 200);
    const QString html = QString::fromUtf8(shown.body);
    const qsizetype start = html.indexOf(QLatin1String("<pre>"));
    const qsizetype end = html.indexOf(QLatin1String("</pre>"));
    QVERIFY(start > 0 && end > start);
    const QByteArray cipher = QByteArray::fromBase64(html.mid(start + 5, end - start - 5).simplified().remove(QLatin1Char(' ')).toLatin1());
    const QByteArray key = QJsonDocument::fromJson(pair.decrypt(cipher, false)).object()[QLatin1String("key")].toString().toLatin1();
    QCOMPARE(key.size(), 64);
    const Headers readOnly{{"User-Api-Key", key}};
    QCOMPARE(request("GET", QStringLiteral("/t/%1.json").arg(m_newsTopic), {}, {}, readOnly).status, 200);
    QCOMPARE(postJson(QStringLiteral("/posts.json"),
                      {{QStringLiteral("topic_id"), m_newsTopic}, {QStringLiteral("raw"), longText(QStringLiteral("Read only."))}},
                      readOnly).status, 403);
    // A handshake key cannot approve further handshakes.
    QList<QPair<QString, QString>> escalate = fields;
    escalate << qMakePair(QStringLiteral("username"), QStringLiteral("alice"))
             << qMakePair(QStringLiteral("api_key"), QString::fromLatin1(key));
    QCOMPARE(request("POST", QStringLiteral("/user-api-key"), formEncode(escalate), "application/x-www-form-urlencoded").status, 403);
}

void TestServerWrite::demoCredentialsWork()
{
    const QString path = m_dataDir.filePath(QStringLiteral("demo-credentials.json"));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject credentials = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(credentials[QLatin1String("username")].toString(), QStringLiteral("demo"));
    const QByteArray key = credentials[QLatin1String("api_key")].toString().toLatin1();
    QCOMPARE(key.size(), 64);
    const Headers demo{{"Api-Key", key}, {"Api-Username", "demo"}};
    const QJsonObject liked = request("POST", QStringLiteral("/post_actions.json"),
                                      QStringLiteral("id=%1&post_action_type_id=2").arg(m_aliceReplyId).toUtf8(),
                                      "application/x-www-form-urlencoded", demo).json();
    QCOMPARE(liked[QLatin1String("id")].toInt(), m_aliceReplyId);
    QCOMPARE(request("GET", QStringLiteral("/t/%1.json").arg(m_newsTopic), {}, {}, demo)
                 .json()[QLatin1String("details")][QLatin1String("can_create_post")].toBool(), true);
}

void TestServerWrite::postRateLimitIs429()
{
    // A second server with its own data directory and a 60-second limit.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key = addUser(dir.path(), {QStringLiteral("carol")});
    QCOMPARE(key.size(), 64);
    TestServer limited;
    limited.setDataDir(dir.path());
    QVERIFY2(limited.start({QStringLiteral("--post-rate-limit"), QStringLiteral("60")}), qPrintable(limited.errorString()));
    const Headers carol{{"Api-Key", key.toLatin1()}, {"Api-Username", "carol"}};
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("topic_id"), m_newsTopic},
                                                      {QStringLiteral("raw"), longText(QStringLiteral("Rate limited."))}})
                                .toJson(QJsonDocument::Compact);
    QCOMPARE(request("POST", QStringLiteral("/posts.json"), body, "application/json", carol, &limited).status, 200);
    const Response r = request("POST", QStringLiteral("/posts.json"), body, "application/json", carol, &limited);
    QCOMPARE(r.status, 429);
    const int retryAfter = r.headers.value("retry-after").toInt();
    QVERIFY2(retryAfter > 0 && retryAfter <= 60, r.headers.value("retry-after").constData());
    QCOMPARE(r.json()[QLatin1String("error_type")].toString(), QStringLiteral("rate_limit"));
    const QJsonObject extras = r.json()[QLatin1String("extras")].toObject();
    QCOMPARE(extras[QLatin1String("wait_seconds")].toInt(), retryAfter);
    QCOMPARE(extras[QLatin1String("time_left")].toString(), QStringLiteral("%1 seconds").arg(retryAfter));
    QVERIFY(!r.firstError().isEmpty());
    QVERIFY2(limited.stop(), qPrintable(limited.errorString()));
}

QTEST_GUILESS_MAIN(TestServerWrite)
#include "tst_server_write.moc"
