// aivizor-server's notifications, private messages and message bus end to end: three users from
// the real CLI, posts and likes over real HTTP, and long polls that must wait for them.
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Discourse's Notification.types used here.
constexpr int kMentioned = 1;
constexpr int kReplied = 2;
constexpr int kQuoted = 3;
constexpr int kLiked = 5;
constexpr int kPrivateMessage = 6;

// How long the server holds a poll in this test (--long-poll-seconds).
constexpr int kHoldSeconds = 4;

struct Response
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

QString body(const QString &seed)
{
    return seed + QStringLiteral(" This sentence makes the post long enough for the minimum length.");
}

} // namespace

class TestServerNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void anonymousIsRefused();
    void replyNotifiesTheAuthor();
    void markReadOneAndAll();
    void quoteNotifiesTheQuoted();
    void mentionIsCookedAndNotifies();
    void likesNotifyAndConsolidate();
    void privateMessages();
    void messageBusHoldsUntilAReply();
    void messageBusTimesOutAndShortPolls();
    void aboutJson();

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &payload,
                        const QByteArray &contentType, const Headers &headers);
    Response request(const QByteArray &method, const QString &path, const QByteArray &payload = {},
                     const QByteArray &contentType = {}, const Headers &headers = {});
    Response postJson(const QString &path, const QJsonObject &payload, const Headers &headers);
    Response get(const QString &path, const Headers &headers = {}) { return request("GET", path, {}, {}, headers); }
    QString addUser(const QString &name);
    int newTopic(const Headers &author, const QString &title);
    QJsonArray notifications(const Headers &user, const QString &query = QString());
    QJsonObject firstOfType(const Headers &user, int type, int topicId);
    int unread(const Headers &user);
    QNetworkReply *startPoll(const Headers &user, const QString &clientId, const QByteArray &form,
                             const QString &query = QString());

    QTemporaryDir m_dataDir;
    TestServer m_server;
    QNetworkAccessManager m_nam;
    Headers m_alice;
    Headers m_bob;
    Headers m_carol;
    int m_aliceId = 0;
    int m_bobId = 0;
    int m_categoryId = 0;
};

QNetworkReply *TestServerNotifications::send(const QByteArray &method, const QString &path, const QByteArray &payload,
                                             const QByteArray &contentType, const Headers &headers)
{
    QNetworkRequest req(m_server.url(path));
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    return payload.isEmpty() && method == "GET" ? m_nam.sendCustomRequest(req, method)
                                                : m_nam.sendCustomRequest(req, method, payload);
}

Response TestServerNotifications::request(const QByteArray &method, const QString &path, const QByteArray &payload,
                                          const QByteArray &contentType, const Headers &headers)
{
    QNetworkReply *reply = send(method, path, payload, contentType, headers);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

Response TestServerNotifications::postJson(const QString &path, const QJsonObject &payload, const Headers &headers)
{
    return request("POST", path, QJsonDocument(payload).toJson(QJsonDocument::Compact), "application/json", headers);
}

QString TestServerNotifications::addUser(const QString &name)
{
    return TestServer::addUser(m_dataDir.path(), {name});
}

int TestServerNotifications::newTopic(const Headers &author, const QString &title)
{
    const Response r = postJson(QStringLiteral("/posts.json"),
                                {{QStringLiteral("title"), title}, {QStringLiteral("category"), m_categoryId},
                                 {QStringLiteral("raw"), body(QStringLiteral("Opening post."))}},
                                author);
    return r.status == 200 ? r.json()[QLatin1String("topic_id")].toInt() : 0;
}

QJsonArray TestServerNotifications::notifications(const Headers &user, const QString &query)
{
    return get(QStringLiteral("/notifications.json") + query, user).json()[QLatin1String("notifications")].toArray();
}

QJsonObject TestServerNotifications::firstOfType(const Headers &user, int type, int topicId)
{
    for (const QJsonValue &n : notifications(user)) {
        if (n[QLatin1String("notification_type")].toInt() == type && n[QLatin1String("topic_id")].toInt() == topicId)
            return n.toObject();
    }
    return {};
}

int TestServerNotifications::unread(const Headers &user)
{
    return get(QStringLiteral("/notifications/totals.json"), user).json()[QLatin1String("unread_notifications")].toInt(-1);
}

QNetworkReply *TestServerNotifications::startPoll(const Headers &user, const QString &clientId, const QByteArray &form,
                                                  const QString &query)
{
    Headers headers = user;
    headers.append(qMakePair(QByteArrayLiteral("Dont-Chunk"), QByteArrayLiteral("true")));
    return send("POST", QStringLiteral("/message-bus/%1/poll%2").arg(clientId, query), form,
                "application/x-www-form-urlencoded", headers);
}

void TestServerNotifications::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    const QString aliceKey = addUser(QStringLiteral("alice"));
    const QString bobKey = addUser(QStringLiteral("bob"));
    const QString carolKey = addUser(QStringLiteral("carol"));
    QCOMPARE(aliceKey.size(), 64);
    QCOMPARE(bobKey.size(), 64);
    QCOMPARE(carolKey.size(), 64);
    m_alice = {{"Api-Key", aliceKey.toLatin1()}, {"Api-Username", "alice"}};
    m_bob = {{"Api-Key", bobKey.toLatin1()}, {"Api-Username", "bob"}};
    m_carol = {{"Api-Key", carolKey.toLatin1()}, {"Api-Username", "carol"}};
    m_server.setDataDir(m_dataDir.path());
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0"), QStringLiteral("--long-poll-seconds"),
                             QString::number(kHoldSeconds)}),
             qPrintable(m_server.errorString()));
    m_categoryId = get(QStringLiteral("/site.json")).json()[QLatin1String("categories")].toArray().first()[QLatin1String("id")].toInt();
    QVERIFY(m_categoryId > 0);
    const Response probe = postJson(QStringLiteral("/posts.json"),
                                    {{QStringLiteral("title"), QStringLiteral("Who are we, the test users")},
                                     {QStringLiteral("category"), m_categoryId},
                                     {QStringLiteral("raw"), body(QStringLiteral("Alice here."))}},
                                    m_alice);
    QCOMPARE(probe.status, 200);
    m_aliceId = probe.json()[QLatin1String("user_id")].toInt();
    const Response bobPost = postJson(QStringLiteral("/posts.json"),
                                      {{QStringLiteral("topic_id"), probe.json()[QLatin1String("topic_id")].toInt()},
                                       {QStringLiteral("raw"), body(QStringLiteral("Bob here."))}},
                                      m_bob);
    m_bobId = bobPost.json()[QLatin1String("user_id")].toInt();
    QVERIFY(m_aliceId > 0 && m_bobId > 0 && m_aliceId != m_bobId);
}

void TestServerNotifications::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestServerNotifications::anonymousIsRefused()
{
    for (const QString &path : {QStringLiteral("/notifications.json"), QStringLiteral("/notifications/totals.json"),
                                QStringLiteral("/topics/private-messages/alice.json")}) {
        const Response r = get(path);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json()[QLatin1String("error_type")].toString(), QStringLiteral("not_logged_in"));
    }
    QCOMPARE(request("PUT", QStringLiteral("/notifications/mark-read.json"), "{}", "application/json").status, 403);
    const Headers wrong{{"Api-Key", QByteArray(64, 'a')}, {"Api-Username", "alice"}};
    QCOMPARE(get(QStringLiteral("/notifications.json"), wrong).json()[QLatin1String("error_type")].toString(),
             QStringLiteral("invalid_access"));
    // limit is checked like Discourse's fetch_limit_from_params: at most 60, an integer.
    QCOMPARE(get(QStringLiteral("/notifications.json?limit=61"), m_alice).status, 400);
    QCOMPARE(get(QStringLiteral("/notifications.json?recent=1&limit=x"), m_alice).status, 400);
    QCOMPARE(get(QStringLiteral("/notifications.json?recent=1&filter_by_types=nonsense"), m_alice).status, 400);
}

void TestServerNotifications::replyNotifiesTheAuthor()
{
    const int topicId = newTopic(m_alice, QStringLiteral("Alice wants answers to this"));
    QVERIFY(topicId > 0);
    const int before = unread(m_alice);
    const Response reply = postJson(QStringLiteral("/posts.json"),
                                    {{QStringLiteral("topic_id"), topicId}, {QStringLiteral("reply_to_post_number"), 1},
                                     {QStringLiteral("raw"), body(QStringLiteral("Bob answers Alice."))}},
                                    m_bob);
    QCOMPARE(reply.status, 200);
    const QJsonObject n = firstOfType(m_alice, kReplied, topicId);
    QVERIFY2(!n.isEmpty(), "no replied notification");
    QCOMPARE(n[QLatin1String("user_id")].toInt(), m_aliceId);
    QCOMPARE(n[QLatin1String("read")].toBool(true), false);
    QCOMPARE(n[QLatin1String("high_priority")].toBool(true), false);
    QCOMPARE(n[QLatin1String("post_number")].toInt(), 2);
    QCOMPARE(n[QLatin1String("fancy_title")].toString(), QStringLiteral("Alice wants answers to this"));
    QCOMPARE(n[QLatin1String("slug")].toString(), QStringLiteral("alice-wants-answers-to-this"));
    const QJsonObject data = n[QLatin1String("data")].toObject();
    QCOMPARE(data[QLatin1String("topic_title")].toString(), QStringLiteral("Alice wants answers to this"));
    QCOMPARE(data[QLatin1String("original_post_id")].toInt(), reply.json()[QLatin1String("id")].toInt());
    QCOMPARE(data[QLatin1String("original_post_type")].toInt(), 1);
    QCOMPARE(data[QLatin1String("original_username")].toString(), QStringLiteral("bob"));
    QCOMPARE(data[QLatin1String("display_username")].toString(), QStringLiteral("bob"));
    QVERIFY(data.contains(QLatin1String("revision_number")));
    QCOMPARE(unread(m_alice), before + 1);
    // Nobody is told about their own post.
    QVERIFY(firstOfType(m_bob, kReplied, topicId).isEmpty());

    // A second reply collapses into one notification pointing at the first unread post (PostAlerter).
    QCOMPARE(postJson(QStringLiteral("/posts.json"),
                      {{QStringLiteral("topic_id"), topicId}, {QStringLiteral("reply_to_post_number"), 1},
                       {QStringLiteral("raw"), body(QStringLiteral("Carol answers Alice too."))}},
                      m_carol).status,
             200);
    int replied = 0;
    for (const QJsonValue &v : notifications(m_alice)) {
        if (v[QLatin1String("topic_id")].toInt() == topicId && v[QLatin1String("notification_type")].toInt() == kReplied) {
            ++replied;
            QCOMPARE(v[QLatin1String("post_number")].toInt(), 2);
            QCOMPARE(v[QLatin1String("data")][QLatin1String("display_username")].toString(), QStringLiteral("2 replies"));
            QCOMPARE(v[QLatin1String("data")][QLatin1String("original_username")].toString(), QStringLiteral("carol"));
        }
    }
    QCOMPARE(replied, 1);
    QCOMPARE(unread(m_alice), before + 1);

    // List mode: paging and the load_more link of NotificationsController#index.
    const QJsonObject list = get(QStringLiteral("/notifications.json?limit=1"), m_alice).json();
    QCOMPARE(list[QLatin1String("notifications")].toArray().size(), 1);
    QVERIFY(list[QLatin1String("total_rows_notifications")].toInt() >= 1);
    QCOMPARE(list[QLatin1String("load_more_notifications")].toString(),
             QStringLiteral("/notifications?limit=1&offset=1&username=alice"));
}

void TestServerNotifications::markReadOneAndAll()
{
    const int topicId = newTopic(m_bob, QStringLiteral("Bob collects mentions here"));
    QVERIFY(topicId > 0);
    QCOMPARE(postJson(QStringLiteral("/posts.json"),
                      {{QStringLiteral("topic_id"), topicId},
                       {QStringLiteral("raw"), body(QStringLiteral("Hello @alice, a first mention."))}},
                      m_carol).status,
             200);
    QCOMPARE(postJson(QStringLiteral("/posts.json"),
                      {{QStringLiteral("topic_id"), topicId},
                       {QStringLiteral("raw"), body(QStringLiteral("And @alice once more, a second one."))}},
                      m_carol).status,
             200);
    QList<qint64> ids;
    for (const QJsonValue &n : notifications(m_alice, QStringLiteral("?filter=unread"))) {
        if (n[QLatin1String("topic_id")].toInt() == topicId)
            ids.append(n[QLatin1String("id")].toInteger());
    }
    QCOMPARE(ids.size(), 2);
    const int before = unread(m_alice);
    QVERIFY(before >= 2);

    // One by id.
    const Response one = request("PUT", QStringLiteral("/notifications/mark-read.json"),
                                 QJsonDocument(QJsonObject{{QStringLiteral("id"), ids.first()}}).toJson(),
                                 "application/json", m_alice);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json()[QLatin1String("success")].toString(), QStringLiteral("OK"));
    QCOMPARE(unread(m_alice), before - 1);
    bool sawRead = false;
    for (const QJsonValue &n : notifications(m_alice, QStringLiteral("?filter=read"))) {
        if (n[QLatin1String("id")].toInteger() == ids.first())
            sawRead = n[QLatin1String("read")].toBool();
        QVERIFY(n[QLatin1String("id")].toInteger() != ids.last());
    }
    QVERIFY(sawRead);
    // Someone else's id changes nothing for them.
    QCOMPARE(request("PUT", QStringLiteral("/notifications/mark-read.json"), "id=" + QByteArray::number(ids.last()),
                     "application/x-www-form-urlencoded", m_bob).status,
             200);
    QCOMPARE(unread(m_alice), before - 1);

    // All at once (form-encoded, the read.json alias).
    QCOMPARE(request("PUT", QStringLiteral("/notifications/read.json"), "", "application/x-www-form-urlencoded", m_alice).status,
             200);
    QCOMPARE(unread(m_alice), 0);
    QVERIFY(notifications(m_alice, QStringLiteral("?filter=unread")).isEmpty());
    QVERIFY(get(QStringLiteral("/notifications.json?recent=1"), m_alice).json()[QLatin1String("seen_notification_id")].toInteger()
            >= ids.last());
}

void TestServerNotifications::quoteNotifiesTheQuoted()
{
    const int topicId = newTopic(m_alice, QStringLiteral("Alice says something quotable"));
    QVERIFY(topicId > 0);
    const QString raw = QStringLiteral("[quote=\"alice, post:1, topic:%1\"]\nOpening post.\n[/quote]\n\n").arg(topicId)
                        + body(QStringLiteral("Carol quotes Alice."));
    QCOMPARE(postJson(QStringLiteral("/posts.json"), {{QStringLiteral("topic_id"), topicId}, {QStringLiteral("raw"), raw}},
                      m_carol).status,
             200);
    const QJsonObject n = firstOfType(m_alice, kQuoted, topicId);
    QVERIFY2(!n.isEmpty(), "no quoted notification");
    QCOMPARE(n[QLatin1String("data")][QLatin1String("display_username")].toString(), QStringLiteral("carol"));
    QCOMPARE(n[QLatin1String("post_number")].toInt(), 2);
    // One notification per user and post: the quote, not also "posted" for the watching author.
    int onThatPost = 0;
    for (const QJsonValue &v : notifications(m_alice))
        onThatPost += v[QLatin1String("topic_id")].toInt() == topicId;
    QCOMPARE(onThatPost, 1);
}

void TestServerNotifications::mentionIsCookedAndNotifies()
{
    const Response r = postJson(QStringLiteral("/posts.json"),
                                {{QStringLiteral("title"), QStringLiteral("Bob mentions Carol somewhere")},
                                 {QStringLiteral("category"), m_categoryId},
                                 {QStringLiteral("raw"), body(QStringLiteral("Ping @Carol and @nobody-here, not `@alice` nor mail@example.com."))}},
                                m_bob);
    QCOMPARE(r.status, 200);
    const QString cooked = r.json()[QLatin1String("cooked")].toString();
    QVERIFY2(cooked.contains(QLatin1String("<a class=\"mention\" href=\"/u/carol\">@Carol</a>")), qPrintable(cooked));
    QVERIFY2(cooked.contains(QLatin1String("<span class=\"mention\">@nobody-here</span>")), qPrintable(cooked));
    QVERIFY(cooked.contains(QLatin1String("<code>@alice</code>")));
    QVERIFY(cooked.contains(QLatin1String("mail@example.com")));
    const int topicId = r.json()[QLatin1String("topic_id")].toInt();
    const QJsonObject n = firstOfType(m_carol, kMentioned, topicId);
    QVERIFY2(!n.isEmpty(), "no mentioned notification");
    QCOMPARE(n[QLatin1String("post_number")].toInt(), 1);
    QCOMPARE(n[QLatin1String("data")][QLatin1String("original_username")].toString(), QStringLiteral("bob"));
    QVERIFY(firstOfType(m_alice, kMentioned, topicId).isEmpty());
    // The user menu's filter by type.
    const QJsonArray mentions = get(QStringLiteral("/notifications.json?recent=1&filter_by_types=mentioned"), m_carol)
                                    .json()[QLatin1String("notifications")].toArray();
    QVERIFY(!mentions.isEmpty());
    for (const QJsonValue &v : mentions)
        QCOMPARE(v[QLatin1String("notification_type")].toInt(), kMentioned);
}

void TestServerNotifications::likesNotifyAndConsolidate()
{
    const int topicId = newTopic(m_alice, QStringLiteral("Alice writes a likeable post"));
    const int postId = get(QStringLiteral("/t/%1.json").arg(topicId)).json()[QLatin1String("post_stream")][QLatin1String("stream")].toArray().first().toInt();
    QVERIFY(postId > 0);
    const QJsonObject like{{QStringLiteral("id"), postId}, {QStringLiteral("post_action_type_id"), 2}};
    QCOMPARE(postJson(QStringLiteral("/post_actions.json"), like, m_bob).status, 200);
    QJsonObject n = firstOfType(m_alice, kLiked, topicId);
    QVERIFY2(!n.isEmpty(), "no liked notification");
    QCOMPARE(n[QLatin1String("data")][QLatin1String("display_username")].toString(), QStringLiteral("bob"));
    QCOMPARE(n[QLatin1String("post_number")].toInt(), 1);

    // A second like within a day replaces it with username2/count (like_notification_frequency "always").
    QCOMPARE(postJson(QStringLiteral("/post_actions.json"), like, m_carol).status, 200);
    int liked = 0;
    for (const QJsonValue &v : notifications(m_alice)) {
        if (v[QLatin1String("topic_id")].toInt() != topicId)
            continue;
        ++liked;
        n = v.toObject();
    }
    QCOMPARE(liked, 1);
    QCOMPARE(n[QLatin1String("notification_type")].toInt(), kLiked);
    QCOMPARE(n[QLatin1String("read")].toBool(true), false);
    QCOMPARE(n[QLatin1String("data")][QLatin1String("display_username")].toString(), QStringLiteral("carol"));
    QCOMPARE(n[QLatin1String("data")][QLatin1String("username2")].toString(), QStringLiteral("bob"));
    QCOMPARE(n[QLatin1String("data")][QLatin1String("count")].toInt(), 2);

    // Unliking rebuilds it from the remaining likes (PostActionNotifier.refresh_like_notification).
    QCOMPARE(request("DELETE", QStringLiteral("/post_actions/%1.json?post_action_type_id=2").arg(postId), {}, {}, m_carol).status,
             200);
    n = firstOfType(m_alice, kLiked, topicId);
    QCOMPARE(n[QLatin1String("data")][QLatin1String("username")].toString(), QStringLiteral("bob"));
    QCOMPARE(n[QLatin1String("data")][QLatin1String("count")].toInt(), 1);
}

void TestServerNotifications::privateMessages()
{
    const QString title = QStringLiteral("A private word between Alice and Bob");
    const Response created = postJson(QStringLiteral("/posts.json"),
                                      {{QStringLiteral("archetype"), QStringLiteral("private_message")},
                                       {QStringLiteral("title"), title},
                                       {QStringLiteral("target_recipients"), QStringLiteral("bob")},
                                       {QStringLiteral("raw"), QStringLiteral("Only for you, Bob.")}},
                                      m_alice);
    QCOMPARE(created.status, 200);
    const int pm = created.json()[QLatin1String("topic_id")].toInt();
    const int pmPost = created.json()[QLatin1String("id")].toInt();
    QVERIFY(pm > 0);

    // The recipient is notified, high priority, and counts it as a new message.
    const QJsonObject n = firstOfType(m_bob, kPrivateMessage, pm);
    QVERIFY2(!n.isEmpty(), "no private_message notification");
    QCOMPARE(n[QLatin1String("high_priority")].toBool(), true);
    QCOMPARE(n[QLatin1String("data")][QLatin1String("display_username")].toString(), QStringLiteral("alice"));
    QCOMPARE(get(QStringLiteral("/notifications/totals.json"), m_bob).json()[QLatin1String("unread_personal_messages")].toInt(), 1);

    // Listed for both, in the inbox and (for the author) as sent.
    const auto listed = [&](const QString &path, const Headers &who) {
        for (const QJsonValue &t : get(path, who).json()[QLatin1String("topic_list")][QLatin1String("topics")].toArray()) {
            if (t[QLatin1String("id")].toInt() == pm) {
                return t[QLatin1String("archetype")].toString() == QLatin1String("private_message")
                       && t[QLatin1String("category_id")].isNull();
            }
        }
        return false;
    };
    QVERIFY(listed(QStringLiteral("/topics/private-messages/bob.json"), m_bob));
    QVERIFY(listed(QStringLiteral("/topics/private-messages/alice.json"), m_alice));
    QVERIFY(listed(QStringLiteral("/topics/private-messages-sent/alice.json"), m_alice));
    QVERIFY(!listed(QStringLiteral("/topics/private-messages-sent/bob.json"), m_bob));
    const QJsonObject view = get(QStringLiteral("/t/%1.json").arg(pm), m_bob).json();
    QCOMPARE(view[QLatin1String("archetype")].toString(), QStringLiteral("private_message"));
    QVERIFY(view[QLatin1String("category_id")].isNull());
    QCOMPARE(view[QLatin1String("details")][QLatin1String("allowed_users")].toArray().size(), 2);

    // Nobody else sees it: not Carol, not anonymous readers, not /latest.
    QCOMPARE(get(QStringLiteral("/t/%1.json").arg(pm), m_carol).status, 404);
    QCOMPARE(get(QStringLiteral("/t/%1.json").arg(pm)).status, 404);
    QCOMPARE(get(QStringLiteral("/posts/%1.json").arg(pmPost), m_carol).status, 404);
    QCOMPARE(get(QStringLiteral("/t/%1/posts.json?post_ids[]=%2").arg(pm).arg(pmPost)).status, 404);
    QCOMPARE(get(QStringLiteral("/t/%1.rss").arg(pm)).status, 404);
    QCOMPARE(get(QStringLiteral("/topics/private-messages/bob.json"), m_carol).status, 403);
    QVERIFY(!listed(QStringLiteral("/topics/private-messages/carol.json"), m_carol));
    QCOMPARE(get(QStringLiteral("/topics/private-messages/nosuchuser.json"), m_carol).status, 404);
    for (const QJsonValue &t : get(QStringLiteral("/latest.json")).json()[QLatin1String("topic_list")][QLatin1String("topics")].toArray())
        QVERIFY(t[QLatin1String("id")].toInt() != pm);
    QCOMPARE(postJson(QStringLiteral("/posts.json"),
                      {{QStringLiteral("topic_id"), pm}, {QStringLiteral("raw"), body(QStringLiteral("Carol intrudes."))}},
                      m_carol).status,
             422);
    QCOMPARE(postJson(QStringLiteral("/post_actions.json"),
                      {{QStringLiteral("id"), pmPost}, {QStringLiteral("post_action_type_id"), 2}}, m_carol).status,
             404);

    // Bob answers; Alice is notified of the message.
    QCOMPARE(postJson(QStringLiteral("/posts.json"),
                      {{QStringLiteral("topic_id"), pm}, {QStringLiteral("raw"), QStringLiteral("Thanks, Alice!")}}, m_bob).status,
             200);
    QVERIFY(!firstOfType(m_alice, kPrivateMessage, pm).isEmpty());
    QVERIFY(firstOfType(m_carol, kPrivateMessage, pm).isEmpty());

    // Older clients name recipients target_usernames; bad recipients are a 422.
    QCOMPARE(postJson(QStringLiteral("/posts.json"),
                      {{QStringLiteral("archetype"), QStringLiteral("private_message")}, {QStringLiteral("title"), title},
                       {QStringLiteral("target_usernames"), QStringLiteral("carol")},
                       {QStringLiteral("raw"), QStringLiteral("Carol, a word.")}},
                      m_alice).status,
             200);
    for (const QString &recipients : {QString(), QStringLiteral("nosuchuser"), QStringLiteral("alice")}) {
        const Response bad = postJson(QStringLiteral("/posts.json"),
                                      {{QStringLiteral("archetype"), QStringLiteral("private_message")},
                                       {QStringLiteral("title"), title},
                                       {QStringLiteral("target_recipients"), recipients},
                                       {QStringLiteral("raw"), QStringLiteral("To nobody at all.")}},
                                      m_alice);
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.json()[QLatin1String("error_type")].toString(), QStringLiteral("record_invalid"));
    }
}

void TestServerNotifications::messageBusHoldsUntilAReply()
{
    const QString channel = QStringLiteral("/notification/%1").arg(m_aliceId);
    // -1: the channel's head at once, through /__status.
    const Response status = request("POST", QStringLiteral("/message-bus/alice-client/poll"),
                                    channel.toUtf8() + "=-1&__seq=1", "application/x-www-form-urlencoded", m_alice);
    QCOMPARE(status.status, 200);
    QVERIFY(status.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(status.headers.value("cache-control"), QByteArray("must-revalidate, private, max-age=0"));
    const QJsonArray statusMessages = QJsonDocument::fromJson(status.body).array();
    QCOMPARE(statusMessages.size(), 1);
    QCOMPARE(statusMessages.first()[QLatin1String("channel")].toString(), QStringLiteral("/__status"));
    const qint64 head = statusMessages.first()[QLatin1String("data")][channel].toInteger(-1);
    QVERIFY(head >= 0);

    const int topicId = newTopic(m_alice, QStringLiteral("Alice waits on the message bus"));
    // That created no notification for Alice, so her channel did not move.
    QNetworkReply *poll = startPoll(m_alice, QStringLiteral("alice-client"),
                                    channel.toUtf8() + '=' + QByteArray::number(head) + "&__seq=2");
    // Carol listens on Alice's channel: she may not read Alice's messages.
    QNetworkReply *snoop = startPoll(m_carol, QStringLiteral("carol-client"),
                                     channel.toUtf8() + '=' + QByteArray::number(head) + "&__seq=1");
    QSignalSpy done(poll, &QNetworkReply::finished);
    QSignalSpy snoopDone(snoop, &QNetworkReply::finished);
    // Held: nothing comes back while nothing happens.
    QVERIFY2(!done.wait(1500), "the poll was answered before anything happened");

    QElapsedTimer latency;
    latency.start();
    QCOMPARE(postJson(QStringLiteral("/posts.json"),
                      {{QStringLiteral("topic_id"), topicId}, {QStringLiteral("reply_to_post_number"), 1},
                       {QStringLiteral("raw"), body(QStringLiteral("Bob replies while Alice waits."))}},
                      m_bob).status,
             200);
    QVERIFY(done.count() > 0 || done.wait(5000));
    const qint64 elapsed = latency.elapsed();
    qInfo("message bus: reply to answered poll in %lld ms (including the reply's own request)", elapsed);
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QCOMPARE(poll->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonArray messages = QJsonDocument::fromJson(poll->readAll()).array();
    poll->deleteLater();
    QVERIFY(!messages.isEmpty());
    const QJsonObject message = messages.first().toObject();
    QCOMPARE(message[QLatin1String("channel")].toString(), channel);
    QCOMPARE(message[QLatin1String("message_id")].toInteger(), head + 1);
    QVERIFY(message[QLatin1String("global_id")].toInteger() > 0);
    const QJsonObject state = message[QLatin1String("data")].toObject();
    QVERIFY(state[QLatin1String("unread_notifications")].toInt() >= 1);
    QCOMPARE(state[QLatin1String("last_notification")][QLatin1String("notification")][QLatin1String("notification_type")].toInt(),
             kReplied);
    QCOMPARE(state[QLatin1String("last_notification")][QLatin1String("notification")][QLatin1String("topic_id")].toInt(), topicId);
    for (const char *key : {"unread_high_priority_notifications", "read_first_notification", "recent", "seen_notification_id",
                            "all_unread_notifications_count", "grouped_unread_notifications",
                            "new_personal_messages_notifications_count"})
        QVERIFY2(state.contains(QLatin1String(key)), key);

    // Carol only learns that the channel moved, never what was in it.
    QVERIFY(snoopDone.count() > 0 || snoopDone.wait(5000));
    const QJsonArray snooped = QJsonDocument::fromJson(snoop->readAll()).array();
    snoop->deleteLater();
    QCOMPARE(snooped.size(), 1);
    QCOMPARE(snooped.first()[QLatin1String("channel")].toString(), QStringLiteral("/__status"));
    QCOMPARE(snooped.first()[QLatin1String("data")][channel].toInteger(), head + 1);
}

void TestServerNotifications::messageBusTimesOutAndShortPolls()
{
    const QString channel = QStringLiteral("/notification/%1").arg(m_bobId);
    const QByteArray json = QJsonDocument(QJsonObject{{channel, -1}, {QStringLiteral("__seq"), 1}}).toJson();
    const Response status = request("POST", QStringLiteral("/message-bus/bob-client/poll"), json, "application/json", m_bob);
    const qint64 head = QJsonDocument::fromJson(status.body).array().first()[QLatin1String("data")][channel].toInteger(-1);
    QVERIFY(head >= 0);
    const QByteArray form = channel.toUtf8() + '=' + QByteArray::number(head) + "&__seq=2";

    // dlp=t: no long polling, an empty answer at once.
    QElapsedTimer timer;
    timer.start();
    const Response quick = request("POST", QStringLiteral("/message-bus/bob-client/poll?dlp=t"), form,
                                   "application/x-www-form-urlencoded", m_bob);
    QCOMPARE(quick.status, 200);
    QCOMPARE(QJsonDocument::fromJson(quick.body).array().size(), 0);
    QVERIFY(timer.elapsed() < 2000);

    // Held for --long-poll-seconds, then [].
    timer.restart();
    QNetworkReply *poll = startPoll(m_bob, QStringLiteral("bob-client"), form);
    QSignalSpy done(poll, &QNetworkReply::finished);
    QVERIFY(done.wait((kHoldSeconds + 6) * 1000));
    QVERIFY2(timer.elapsed() >= (kHoldSeconds - 1) * 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(QJsonDocument::fromJson(poll->readAll()).array().size(), 0);
    poll->deleteLater();

    // A newer poll of the same client id ends the older one (message_bus connection_manager).
    QNetworkReply *older = startPoll(m_bob, QStringLiteral("bob-client"), channel.toUtf8() + '=' + QByteArray::number(head) + "&__seq=3");
    QSignalSpy olderDone(older, &QNetworkReply::finished);
    QVERIFY(!olderDone.wait(500));
    QNetworkReply *newer = startPoll(m_bob, QStringLiteral("bob-client"), channel.toUtf8() + '=' + QByteArray::number(head) + "&__seq=4");
    QVERIFY(olderDone.count() > 0 || olderDone.wait(3000));
    QCOMPARE(QJsonDocument::fromJson(older->readAll()).array().size(), 0);
    QVERIFY(!newer->isFinished());
    older->deleteLater();
    newer->abort();
    newer->deleteLater();

    // A bad key polls anonymously and is told so.
    const Response loggedOut = request("POST", QStringLiteral("/message-bus/x/poll?dlp=t"), form,
                                       "application/x-www-form-urlencoded",
                                       {{"User-Api-Key", QByteArray(64, 'b')}});
    QCOMPARE(loggedOut.status, 200);
    QCOMPARE(loggedOut.headers.value("discourse-logged-out"), QByteArray("1"));
}

void TestServerNotifications::aboutJson()
{
    const Response r = get(QStringLiteral("/about.json"));
    QCOMPARE(r.status, 200);
    const QJsonObject about = r.json()[QLatin1String("about")].toObject();
    QVERIFY(!about[QLatin1String("title")].toString().isEmpty());
    QVERIFY(about[QLatin1String("stats")][QLatin1String("topic_count")].toInt() > 0);
    QVERIFY(about[QLatin1String("stats")][QLatin1String("user_count")].toInt() >= 3);
    QVERIFY(about[QLatin1String("admins")].isArray());
    QVERIFY(get(QStringLiteral("/site/basic-info.json")).json().contains(QLatin1String("title")));
}

QTEST_GUILESS_MAIN(TestServerNotifications)
#include "tst_server_notifications.moc"
