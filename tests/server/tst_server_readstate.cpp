// aivizor-server's reading state end to end: timings, /new and /unread, levels, dismissing,
// over real HTTP against the real binary with users from its CLI.
#include "serverclient.h"

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString body(const QString &seed)
{
    return seed + QStringLiteral(" This sentence makes the post long enough for the minimum length.");
}

int lastRead(const QJsonObject &topicView)
{
    return topicView.value(QLatin1String("last_read_post_number")).toInt(-1);
}

// The tracking state report's items by topic id.
QHash<int, QJsonObject> byTopic(const QJsonArray &items)
{
    QHash<int, QJsonObject> result;
    for (const QJsonValue &item : items)
        result.insert(item[QLatin1String("topic_id")].toInt(), item.toObject());
    return result;
}

QSet<int> idSet(const QList<int> &ids)
{
    return QSet<int>(ids.cbegin(), ids.cend());
}

} // namespace

class TestServerReadState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginIsRequired();
    void demoReaderStartsLivedIn();
    void anonymousRowsCarryNoState();
    void newTopicsFollowTheAccountCutoff();
    void timingsAdvanceAndNeverMoveBack();
    void timingsValidateTheirInput();
    void levelsDecideUnread();
    void resetNewDismissesByScope();
    void bulkDismissesUnreadAndChangesLevels();
    void destroyTimingsMakesATopicUnreadAgain();
    void categoryAndTagVariants();
    void trackingStateNeedsItsOwner();
    void trackingStateMatchesTheLists();
    void trackingStateFollowsReading();

private:
    QJsonObject topicView(int id, const ServerClient::Headers &who, bool trackVisit = false);
    Reply timings(const ServerClient::Headers &who, int topicId, const QByteArray &form);
    // GET /u/{username}/topic-tracking-state.json: the JSON array, empty on any other answer.
    QJsonArray trackingState(const ServerClient::Headers &who, const QString &username);
    // The ids of /new and /unread together, every page.
    QSet<int> newAndUnread(const ServerClient::Headers &who);

    QTemporaryDir m_dataDir;
    TestServer m_server;
    std::unique_ptr<ServerClient> m_client;
    ServerClient::Headers m_alice;   // writes the topics
    ServerClient::Headers m_bob;     // reads them
    ServerClient::Headers m_demo;
    ServerClient::Headers m_carol;   // only the tracking state tests change her state
    int m_openai = 0;
    int m_mistral = 0;
};

QJsonObject TestServerReadState::topicView(int id, const ServerClient::Headers &who, bool trackVisit)
{
    return m_client->get(QStringLiteral("/t/%1.json%2").arg(id).arg(trackVisit ? QStringLiteral("?track_visit=true") : QString()),
                         who).json();
}

Reply TestServerReadState::timings(const ServerClient::Headers &who, int topicId, const QByteArray &form)
{
    return m_client->send("POST", QStringLiteral("/topics/timings"),
                          "topic_id=" + QByteArray::number(topicId) + '&' + form, who);
}

QJsonArray TestServerReadState::trackingState(const ServerClient::Headers &who, const QString &username)
{
    const Reply r = m_client->get(QStringLiteral("/u/%1/topic-tracking-state.json").arg(username), who);
    if (r.status != 200)
        qWarning("topic-tracking-state: %d %s", r.status, r.body.constData());
    return QJsonDocument::fromJson(r.body).array();
}

QSet<int> TestServerReadState::newAndUnread(const ServerClient::Headers &who)
{
    return idSet(m_client->listIds(QStringLiteral("/new.json"), who))
        .unite(idSet(m_client->listIds(QStringLiteral("/unread.json"), who)));
}

void TestServerReadState::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    m_alice = ServerClient::addUser(m_dataDir.path(), QStringLiteral("alice"));
    m_bob = ServerClient::addUser(m_dataDir.path(), QStringLiteral("bob"));
    m_carol = ServerClient::addUser(m_dataDir.path(), QStringLiteral("carol"));
    QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_carol.isEmpty());
    m_demo = ServerClient::demoUser(m_dataDir.path());
    QVERIFY(!m_demo.isEmpty());
    m_server.setDataDir(m_dataDir.path());
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0")}), qPrintable(m_server.errorString()));
    m_client = std::make_unique<ServerClient>(m_server);
    m_openai = m_client->categoryId(QStringLiteral("openai"));
    m_mistral = m_client->categoryId(QStringLiteral("mistral"));
    QVERIFY(m_openai > 0 && m_mistral > 0);
}

void TestServerReadState::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestServerReadState::loginIsRequired()
{
    // Discourse: only latest/top/categories are anonymous filters; writes need a user.
    for (const QString &path : {QStringLiteral("/new.json"), QStringLiteral("/unread.json")}) {
        const Reply r = m_client->get(path);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorType(), QStringLiteral("not_logged_in"));
    }
    QCOMPARE(timings({}, 1, "timings[1]=1000").errorType(), QStringLiteral("not_logged_in"));
    QCOMPARE(m_client->send("PUT", QStringLiteral("/topics/reset-new"), {}, {}).status, 403);
    QCOMPARE(m_client->send("POST", QStringLiteral("/t/1/notifications"), "notification_level=3", {}).status, 403);
    const ServerClient::Headers wrong{{"Api-Key", QByteArray(64, 'a')}, {"Api-Username", "bob"}};
    const Reply bad = m_client->get(QStringLiteral("/new.json"), wrong);
    QCOMPARE(bad.status, 403);
    QCOMPARE(bad.errorType(), QStringLiteral("invalid_access"));
    QCOMPARE(m_client->get(QStringLiteral("/latest.json"), wrong).status, 403);
}

void TestServerReadState::demoReaderStartsLivedIn()
{
    const QList<int> fresh = m_client->listIds(QStringLiteral("/new.json"), m_demo);
    const QList<int> unread = m_client->listIds(QStringLiteral("/unread.json"), m_demo);
    const QList<int> latest = m_client->listIds(QStringLiteral("/latest.json"), m_demo);
    QVERIFY(fresh.size() >= 10);
    QVERIFY(unread.size() >= 5);
    QVERIFY(fresh.size() + unread.size() < latest.size());   // and some read

    const QJsonArray newRows = m_client->get(QStringLiteral("/new.json"), m_demo).json()[QLatin1String("topic_list")][QLatin1String("topics")].toArray();
    for (const QJsonValue &t : newRows) {
        QCOMPARE(t[QLatin1String("unseen")].toBool(), true);
        QVERIFY(!t.toObject().contains(QLatin1String("last_read_post_number")));
    }
    const QJsonArray unreadRows = m_client->get(QStringLiteral("/unread.json"), m_demo).json()[QLatin1String("topic_list")][QLatin1String("topics")].toArray();
    for (const QJsonValue &t : unreadRows) {
        const int last = t[QLatin1String("last_read_post_number")].toInt();
        const int highest = t[QLatin1String("highest_post_number")].toInt();
        QVERIFY(last >= 1 && last < highest);
        QCOMPARE(t[QLatin1String("unread_posts")].toInt(), highest - last);
        QCOMPARE(t[QLatin1String("new_posts")].toInt(), highest - last);
        QVERIFY(t[QLatin1String("notification_level")].toInt() >= 2);
        QCOMPARE(t[QLatin1String("unseen")].toBool(), false);
    }
    // The topic view agrees with the list.
    const int first = unreadRows.first()[QLatin1String("id")].toInt();
    const QJsonObject view = topicView(first, m_demo);
    QCOMPARE(lastRead(view), unreadRows.first()[QLatin1String("last_read_post_number")].toInt());
    QVERIFY(view[QLatin1String("details")][QLatin1String("notification_level")].toInt() >= 2);
    QVERIFY(view[QLatin1String("details")].toObject().contains(QLatin1String("notifications_reason_id")));
}

void TestServerReadState::anonymousRowsCarryNoState()
{
    const QJsonArray rows = m_client->get(QStringLiteral("/latest.json")).json()[QLatin1String("topic_list")][QLatin1String("topics")].toArray();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &t : rows) {
        QCOMPARE(t[QLatin1String("unseen")].toBool(), false);
        for (const char *key : {"last_read_post_number", "unread_posts", "notification_level"})
            QVERIFY2(!t.toObject().contains(QLatin1String(key)), key);
    }
    // The anonymous page is not the demo reader's cached page or the other way round.
    const QJsonArray demoRows = m_client->get(QStringLiteral("/latest.json"), m_demo).json()[QLatin1String("topic_list")][QLatin1String("topics")].toArray();
    QVERIFY(std::any_of(demoRows.begin(), demoRows.end(), [](const QJsonValue &t) {
        return t.toObject().contains(QLatin1String("last_read_post_number"));
    }));
    const QJsonObject view = topicView(rows.first()[QLatin1String("id")].toInt(), {});
    QVERIFY(!view.contains(QLatin1String("last_read_post_number")));
}

void TestServerReadState::newTopicsFollowTheAccountCutoff()
{
    // bob's account is newer than every demo topic: none of them is new for him.
    QVERIFY(m_client->listIds(QStringLiteral("/new.json"), m_bob).isEmpty());
    const int topic = m_client->createTopic(m_alice, QStringLiteral("A fresh topic for the cutoff"), body(QStringLiteral("Fresh.")), m_openai);
    QVERIFY(topic > 0);
    QCOMPARE(m_client->listIds(QStringLiteral("/new.json"), m_bob), QList<int>{topic});
    QCOMPARE(m_client->listRow(QStringLiteral("/latest.json"), topic, m_bob)[QLatin1String("unseen")].toBool(), true);
    // The author is watching their own topic and has read it: not new for them.
    QVERIFY(!m_client->listIds(QStringLiteral("/new.json"), m_alice).contains(topic));
    const QJsonObject mine = m_client->listRow(QStringLiteral("/latest.json"), topic, m_alice);
    QCOMPARE(mine[QLatin1String("notification_level")].toInt(), 3);
    QCOMPARE(mine[QLatin1String("last_read_post_number")].toInt(), 1);

    // A visit without reading creates a regular row: no longer new, not unread either (Discourse).
    const QJsonObject visited = topicView(topic, m_bob, true);
    QCOMPARE(visited[QLatin1String("last_read_post_number")].type(), QJsonValue::Null);
    QVERIFY(!m_client->listIds(QStringLiteral("/new.json"), m_bob).contains(topic));
    QVERIFY(!m_client->listIds(QStringLiteral("/unread.json"), m_bob).contains(topic));
}

void TestServerReadState::timingsAdvanceAndNeverMoveBack()
{
    const int topic = m_client->createTopic(m_alice, QStringLiteral("Reading progress topic"), body(QStringLiteral("One.")), m_openai);
    for (int i = 2; i <= 5; ++i)
        QCOMPARE(m_client->reply(m_alice, topic, body(QStringLiteral("Reply %1.").arg(i))), i);
    QVERIFY(m_client->listIds(QStringLiteral("/new.json"), m_bob).contains(topic));

    // Form-encoded, as the web client sends it; empty body back.
    const Reply first = timings(m_bob, topic, "topic_time=3000&timings%5B1%5D=1500&timings%5B2%5D=1200");
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.isEmpty());
    QCOMPARE(lastRead(topicView(topic, m_bob)), 2);
    QVERIFY(!m_client->listIds(QStringLiteral("/new.json"), m_bob).contains(topic));

    // Earlier posts again: the position stays.
    QCOMPARE(timings(m_bob, topic, "topic_time=500&timings[1]=400").status, 200);
    QCOMPARE(lastRead(topicView(topic, m_bob)), 2);

    // JSON works the same way.
    const Reply json = m_client->sendJson("POST", QStringLiteral("/topics/timings"),
                                          {{QStringLiteral("topic_id"), topic}, {QStringLiteral("topic_time"), 900},
                                           {QStringLiteral("timings"), QJsonObject{{QStringLiteral("4"), 800}}}},
                                          m_bob);
    QCOMPARE(json.status, 200);
    QCOMPARE(lastRead(topicView(topic, m_bob)), 4);

    // Numbers past the last post name nothing; the path form takes the topic from the URL.
    QCOMPARE(m_client->send("POST", QStringLiteral("/t/%1/timings").arg(topic), "topic_time=10&timings[99]=100", m_bob).status, 200);
    QCOMPARE(lastRead(topicView(topic, m_bob)), 4);
    QCOMPARE(timings(m_bob, topic, "timings[5]=700").status, 200);
    QCOMPARE(lastRead(topicView(topic, m_bob)), 5);
    QCOMPARE(timings(m_bob, topic, "timings[3]=700").status, 200);
    QCOMPARE(lastRead(topicView(topic, m_bob)), 5);

    // Reading is per user: alice's own state did not move, demo has none.
    QCOMPARE(lastRead(topicView(topic, m_alice)), 5);
    QVERIFY(!topicView(topic, m_demo).contains(QLatin1String("last_read_post_number")));
}

void TestServerReadState::timingsValidateTheirInput()
{
    QCOMPARE(m_client->send("POST", QStringLiteral("/topics/timings"), "timings[1]=10", m_bob).status, 400);
    QCOMPARE(timings(m_bob, 999999, "timings[1]=10").status, 404);
    const int topic = m_client->listIds(QStringLiteral("/latest.json"), {}).first();
    QCOMPARE(timings(m_bob, topic, "timings[abc]=10").status, 400);
    QCOMPARE(timings(m_bob, topic, "timings[1]=ten").status, 400);
    const Reply broken = m_client->send("POST", QStringLiteral("/topics/timings"), "{\"topic_id\": ", m_bob,
                                        "application/json");
    QCOMPARE(broken.status, 400);
    QCOMPARE(broken.errorType(), QStringLiteral("invalid_parameters"));
}

void TestServerReadState::levelsDecideUnread()
{
    const int topic = m_client->createTopic(m_alice, QStringLiteral("Levels decide unread"), body(QStringLiteral("Levels.")), m_openai);
    QCOMPARE(timings(m_bob, topic, "timings[1]=1000").status, 200);
    m_client->reply(m_alice, topic, body(QStringLiteral("A second post.")));
    // Regular (the default after reading briefly): never unread.
    QVERIFY(!m_client->listIds(QStringLiteral("/unread.json"), m_bob).contains(topic));
    QCOMPARE(m_client->listRow(QStringLiteral("/latest.json"), topic, m_bob)[QLatin1String("unread_posts")].toInt(), 0);

    const Reply tracking = m_client->send("POST", QStringLiteral("/t/%1/notifications").arg(topic), "notification_level=2", m_bob);
    QCOMPARE(tracking.status, 200);
    QCOMPARE(tracking.json()[QLatin1String("success")].toString(), QStringLiteral("OK"));
    QVERIFY(m_client->listIds(QStringLiteral("/unread.json"), m_bob).contains(topic));
    const QJsonObject row = m_client->listRow(QStringLiteral("/unread.json"), topic, m_bob);
    QCOMPARE(row[QLatin1String("unread_posts")].toInt(), 1);
    QCOMPARE(row[QLatin1String("notification_level")].toInt(), 2);
    QCOMPARE(topicView(topic, m_bob)[QLatin1String("details")][QLatin1String("notifications_reason_id")].toInt(), 2);

    // Watching counts too; muted and regular do not. JSON bodies as well as forms.
    QCOMPARE(m_client->sendJson("POST", QStringLiteral("/t/%1/notifications.json").arg(topic),
                                {{QStringLiteral("notification_level"), QStringLiteral("3")}}, m_bob).status, 200);
    QVERIFY(m_client->listIds(QStringLiteral("/unread.json"), m_bob).contains(topic));
    QCOMPARE(m_client->send("POST", QStringLiteral("/t/%1/notifications").arg(topic), "notification_level=0", m_bob).status, 200);
    QVERIFY(!m_client->listIds(QStringLiteral("/unread.json"), m_bob).contains(topic));
    QCOMPARE(m_client->listRow(QStringLiteral("/latest.json"), topic, m_bob)[QLatin1String("notification_level")].toInt(), 0);

    // A muted topic that was never read is not new either.
    const int muted = m_client->createTopic(m_alice, QStringLiteral("Muted before reading"), body(QStringLiteral("Mute.")), m_openai);
    QVERIFY(m_client->listIds(QStringLiteral("/new.json"), m_bob).contains(muted));
    QCOMPARE(m_client->send("POST", QStringLiteral("/t/%1/notifications").arg(muted), "notification_level=0", m_bob).status, 200);
    QVERIFY(!m_client->listIds(QStringLiteral("/new.json"), m_bob).contains(muted));

    QCOMPARE(m_client->send("POST", QStringLiteral("/t/%1/notifications").arg(topic), "notification_level=7", m_bob).status, 400);
    QCOMPARE(m_client->send("POST", QStringLiteral("/t/%1/notifications").arg(topic), "", m_bob).status, 400);
    QCOMPARE(m_client->send("POST", QStringLiteral("/t/999999/notifications"), "notification_level=1", m_bob).status, 404);
}

void TestServerReadState::resetNewDismissesByScope()
{
    const int a = m_client->createTopic(m_alice, QStringLiteral("Dismiss me in OpenAI"), body(QStringLiteral("A.")), m_openai);
    const int b = m_client->createTopic(m_alice, QStringLiteral("Keep me new in Mistral"), body(QStringLiteral("B.")), m_mistral);
    QList<int> fresh = m_client->listIds(QStringLiteral("/new.json"), m_bob);
    QVERIFY(fresh.contains(a) && fresh.contains(b));

    const Reply scoped = m_client->send("PUT", QStringLiteral("/topics/reset-new"),
                                        "category_id=" + QByteArray::number(m_openai), m_bob);
    QCOMPARE(scoped.status, 200);
    const QJsonArray dismissed = scoped.json()[QLatin1String("topic_ids")].toArray();
    QVERIFY(dismissed.contains(a));
    QVERIFY(!dismissed.contains(b));
    fresh = m_client->listIds(QStringLiteral("/new.json"), m_bob);
    QVERIFY(!fresh.contains(a));
    QVERIFY(fresh.contains(b));
    QCOMPARE(m_client->listRow(QStringLiteral("/latest.json"), a, m_bob)[QLatin1String("unseen")].toBool(), false);

    // Unknown scopes are 404s; tracked=true covers nothing here (no tracked categories or tags).
    QCOMPARE(m_client->send("PUT", QStringLiteral("/topics/reset-new"), "category_id=999999", m_bob).status, 404);
    QCOMPARE(m_client->send("PUT", QStringLiteral("/topics/reset-new"), "tag_name=no-such-tag", m_bob).status, 404);
    const Reply tracked = m_client->send("PUT", QStringLiteral("/topics/reset-new"), "tracked=true", m_bob);
    QCOMPARE(tracked.json()[QLatin1String("topic_ids")].toArray().size(), 0);

    // Unscoped: everything new goes; a topic created afterwards is new again.
    const Reply all = m_client->send("PUT", QStringLiteral("/topics/reset-new.json"), {}, m_bob);
    QVERIFY(all.json()[QLatin1String("topic_ids")].toArray().contains(b));
    QVERIFY(m_client->listIds(QStringLiteral("/new.json"), m_bob).isEmpty());
    const int c = m_client->createTopic(m_alice, QStringLiteral("New after dismissing"), body(QStringLiteral("C.")), m_mistral);
    QCOMPARE(m_client->listIds(QStringLiteral("/new.json"), m_bob), QList<int>{c});
}

void TestServerReadState::bulkDismissesUnreadAndChangesLevels()
{
    const int t1 = m_client->createTopic(m_alice, QStringLiteral("Bulk dismiss one"), body(QStringLiteral("One.")), m_openai);
    const int t2 = m_client->createTopic(m_alice, QStringLiteral("Bulk dismiss two"), body(QStringLiteral("Two.")), m_mistral);
    for (int t : {t1, t2}) {
        QCOMPARE(timings(m_bob, t, "timings[1]=1000").status, 200);
        QCOMPARE(m_client->send("POST", QStringLiteral("/t/%1/notifications").arg(t), "notification_level=2", m_bob).status, 200);
        m_client->reply(m_alice, t, body(QStringLiteral("More to read.")));
    }
    QList<int> unread = m_client->listIds(QStringLiteral("/unread.json"), m_bob);
    QVERIFY(unread.contains(t1) && unread.contains(t2));

    // "Mark topic read": one topic.
    const Reply one = m_client->send("PUT", QStringLiteral("/topics/bulk"),
                                     "topic_ids[]=" + QByteArray::number(t1) + "&operation[type]=dismiss_posts", m_bob);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json()[QLatin1String("topic_ids")].toArray(), QJsonArray{t1});
    QCOMPARE(lastRead(topicView(t1, m_bob)), 2);
    unread = m_client->listIds(QStringLiteral("/unread.json"), m_bob);
    QVERIFY(!unread.contains(t1) && unread.contains(t2));

    // "Mark community read": the unread filter scoped to a category, as JSON.
    const Reply community = m_client->sendJson(
        "PUT", QStringLiteral("/topics/bulk.json"),
        {{QStringLiteral("filter"), QStringLiteral("unread")}, {QStringLiteral("category_id"), m_mistral},
         {QStringLiteral("operation"), QJsonObject{{QStringLiteral("type"), QStringLiteral("dismiss_posts")}}}},
        m_bob);
    QCOMPARE(community.status, 200);
    QVERIFY(community.json()[QLatin1String("topic_ids")].toArray().contains(t2));
    QVERIFY(!m_client->listIds(QStringLiteral("/unread.json"), m_bob).contains(t2));

    const Reply level = m_client->send("PUT", QStringLiteral("/topics/bulk"),
                                       "topic_ids[]=" + QByteArray::number(t1) + "&topic_ids[]=" + QByteArray::number(t2)
                                           + "&operation[type]=change_notification_level&operation[notification_level_id]=3",
                                       m_bob);
    QCOMPARE(level.json()[QLatin1String("topic_ids")].toArray().size(), 2);
    QCOMPARE(m_client->listRow(QStringLiteral("/latest.json"), t2, m_bob)[QLatin1String("notification_level")].toInt(), 3);

    QCOMPARE(m_client->send("PUT", QStringLiteral("/topics/bulk"), "operation[type]=dismiss_posts", m_bob).status, 400);
    QCOMPARE(m_client->send("PUT", QStringLiteral("/topics/bulk"), "topic_ids[]=1", m_bob).status, 400);
    QCOMPARE(m_client->send("PUT", QStringLiteral("/topics/bulk"), "topic_ids[]=1&operation[type]=explode", m_bob).status, 400);
    QCOMPARE(m_client->send("PUT", QStringLiteral("/topics/bulk"), "topic_ids[]=1&operation[type]=close", m_bob).status, 403);
}

void TestServerReadState::destroyTimingsMakesATopicUnreadAgain()
{
    const int topic = m_client->createTopic(m_alice, QStringLiteral("Unread again please"), body(QStringLiteral("One.")), m_openai);
    m_client->reply(m_alice, topic, body(QStringLiteral("Two.")));
    m_client->reply(m_alice, topic, body(QStringLiteral("Three.")));
    QCOMPARE(timings(m_bob, topic, "timings[1]=10&timings[2]=10&timings[3]=10").status, 200);
    QCOMPARE(m_client->send("POST", QStringLiteral("/t/%1/notifications").arg(topic), "notification_level=2", m_bob).status, 200);

    QCOMPARE(m_client->send("DELETE", QStringLiteral("/t/%1/timings?last=1").arg(topic), {}, m_bob).status, 200);
    QCOMPARE(lastRead(topicView(topic, m_bob)), 2);
    QCOMPARE(m_client->listRow(QStringLiteral("/unread.json"), topic, m_bob)[QLatin1String("unread_posts")].toInt(), 1);

    // Everything: the row goes, so the (recent) topic is new again.
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/t/%1/timings").arg(topic), {}, m_bob).status, 200);
    QVERIFY(!topicView(topic, m_bob).contains(QLatin1String("last_read_post_number")));
    QVERIFY(m_client->listIds(QStringLiteral("/new.json"), m_bob).contains(topic));
}

void TestServerReadState::categoryAndTagVariants()
{
    const int inOpenai = m_client->createTopic(m_alice, QStringLiteral("Scoped new topic list"), body(QStringLiteral("Scoped.")), m_openai,
                                               {QStringLiteral("news")});
    const int inMistral = m_client->createTopic(m_alice, QStringLiteral("Another scoped new topic"), body(QStringLiteral("Other.")), m_mistral);
    QVERIFY(inOpenai > 0 && inMistral > 0);
    const QList<int> openai = m_client->listIds(QStringLiteral("/c/openai/%1/l/new.json").arg(m_openai), m_bob);
    QVERIFY(openai.contains(inOpenai));
    QVERIFY(!openai.contains(inMistral));
    QVERIFY(m_client->listIds(QStringLiteral("/c/%1/l/new.json").arg(m_mistral), m_bob).contains(inMistral));
    // The parent community includes its subcommunities unless asked not to.
    const int community = m_client->categoryId(QStringLiteral("community"));
    QVERIFY(m_client->listIds(QStringLiteral("/c/community/%1/l/new.json").arg(community), m_bob).contains(inOpenai));
    QVERIFY(m_client->listIds(QStringLiteral("/c/community/%1/l/new.json?no_subcategories=true").arg(community), m_bob).isEmpty());
    QCOMPARE(m_client->listIds(QStringLiteral("/tag/news/l/new.json"), m_bob), QList<int>{inOpenai});
    QCOMPARE(m_client->get(QStringLiteral("/c/999999/l/unread.json"), m_bob).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/tag/no-such-tag/l/unread.json"), m_bob).status, 404);
}

void TestServerReadState::trackingStateNeedsItsOwner()
{
    const QString path = QStringLiteral("/u/carol/topic-tracking-state.json");
    const Reply anonymous = m_client->get(path);
    QCOMPARE(anonymous.status, 403);
    QCOMPARE(anonymous.errorType(), QStringLiteral("not_logged_in"));
    // Self only: another reader's report is refused, even one that exists.
    const Reply other = m_client->get(path, m_bob);
    QCOMPARE(other.status, 403);
    QCOMPARE(other.errorType(), QStringLiteral("invalid_access"));
    const ServerClient::Headers wrong{{"Api-Key", QByteArray(64, 'a')}, {"Api-Username", "carol"}};
    QCOMPARE(m_client->get(path, wrong).errorType(), QStringLiteral("invalid_access"));
    QCOMPARE(m_client->get(QStringLiteral("/u/nobody-here/topic-tracking-state.json"), m_carol).status, 404);
    const Reply own = m_client->get(path, m_carol);
    QCOMPARE(own.status, 200);
    QVERIFY(own.body.startsWith('['));
}

void TestServerReadState::trackingStateMatchesTheLists()
{
    // The demo reader has new, unread and read topics: the report is exactly /new and /unread.
    const QString demoName = QString::fromUtf8(m_demo.value(1).second);
    const QHash<int, QJsonObject> demo = byTopic(trackingState(m_demo, demoName));
    const QSet<int> fresh = idSet(m_client->listIds(QStringLiteral("/new.json"), m_demo));
    const QSet<int> unread = idSet(m_client->listIds(QStringLiteral("/unread.json"), m_demo));
    QVERIFY(!fresh.isEmpty() && !unread.isEmpty());
    QCOMPARE(idSet(demo.keys()), QSet<int>(fresh).unite(unread));
    for (auto it = demo.cbegin(); it != demo.cend(); ++it) {
        const QJsonObject &item = it.value();
        if (fresh.contains(it.key())) {
            QCOMPARE(item[QLatin1String("last_read_post_number")].type(), QJsonValue::Null);
            QCOMPARE(item[QLatin1String("created_in_new_period")].toBool(), true);
        } else {
            const int last = item[QLatin1String("last_read_post_number")].toInt();
            QVERIFY(last >= 1 && last < item[QLatin1String("highest_post_number")].toInt());
            QVERIFY(item[QLatin1String("notification_level")].toInt() >= 2);
        }
        // The topic itself agrees (its view records no visit without track_visit).
        const QJsonObject view = topicView(it.key(), m_demo);
        for (const char *key : {"highest_post_number", "created_at", "category_id"})
            QVERIFY2(item[QLatin1String(key)] == view[QLatin1String(key)], key);
        // The view's tags are objects; the report names them.
        QJsonArray tagNames;
        for (const QJsonValue &tag : view[QLatin1String("tags")].toArray())
            tagNames.append(tag[QLatin1String("name")]);
        QCOMPARE(item[QLatin1String("tags")].toArray(), tagNames);
        if (unread.contains(it.key()))
            QCOMPARE(item[QLatin1String("last_read_post_number")], view.value(QLatin1String("last_read_post_number")));
        else
            QVERIFY(view.value(QLatin1String("last_read_post_number")).toInt(-1) == -1);
    }
}

void TestServerReadState::trackingStateFollowsReading()
{
    // Everything the earlier tests created is new for carol; dismissing it empties her report.
    QSet<int> before = idSet(byTopic(trackingState(m_carol, QStringLiteral("carol"))).keys());
    QVERIFY(!before.isEmpty());
    QCOMPARE(before, newAndUnread(m_carol));
    QCOMPARE(m_client->send("PUT", QStringLiteral("/topics/reset-new"), {}, m_carol).status, 200);
    QVERIFY(trackingState(m_carol, QStringLiteral("carol")).isEmpty());

    const int fresh = m_client->createTopic(m_alice, QStringLiteral("Tracked: never opened"), body(QStringLiteral("Fresh.")),
                                            m_openai, {QStringLiteral("news")});
    const int unread = m_client->createTopic(m_alice, QStringLiteral("Tracked: one reply to read"), body(QStringLiteral("Unread.")), m_mistral);
    const int readAll = m_client->createTopic(m_alice, QStringLiteral("Tracked: read to the end"), body(QStringLiteral("Read.")), m_openai);
    const int regular = m_client->createTopic(m_alice, QStringLiteral("Tracked: read at regular"), body(QStringLiteral("Regular.")), m_openai);
    const int mutedNew = m_client->createTopic(m_alice, QStringLiteral("Tracked: muted unopened"), body(QStringLiteral("Muted.")), m_openai);
    const int mutedRead = m_client->createTopic(m_alice, QStringLiteral("Tracked: muted after reading"), body(QStringLiteral("Muted too.")), m_openai);
    for (int topic : {unread, readAll, regular, mutedRead})
        QCOMPARE(timings(m_carol, topic, "timings[1]=1000").status, 200);
    const auto setLevel = [this](int topic, int level) {
        return m_client->send("POST", QStringLiteral("/t/%1/notifications").arg(topic),
                              "notification_level=" + QByteArray::number(level), m_carol).status;
    };
    QCOMPARE(setLevel(unread, 2), 200);
    QCOMPARE(setLevel(readAll, 3), 200);
    QCOMPARE(setLevel(mutedNew, 0), 200);
    QCOMPARE(setLevel(mutedRead, 0), 200);
    for (int topic : {unread, regular, mutedRead})
        QCOMPARE(m_client->reply(m_alice, topic, body(QStringLiteral("A reply carol has not read."))), 2);

    const QJsonArray report = trackingState(m_carol, QStringLiteral("carol"));
    const QHash<int, QJsonObject> items = byTopic(report);
    QCOMPARE(idSet(items.keys()), (QSet<int>{fresh, unread}));
    QCOMPARE(idSet(items.keys()), newAndUnread(m_carol));
    // Newest bump first: the reply bumped "unread" after "fresh" was created.
    QCOMPARE(report.first()[QLatin1String("topic_id")].toInt(), unread);

    const QJsonObject newItem = items.value(fresh);
    QCOMPARE(newItem[QLatin1String("highest_post_number")].toInt(), 1);
    QCOMPARE(newItem[QLatin1String("last_read_post_number")].type(), QJsonValue::Null);
    QCOMPARE(newItem[QLatin1String("notification_level")].type(), QJsonValue::Null);
    QCOMPARE(newItem[QLatin1String("category_id")].toInt(), m_openai);
    QCOMPARE(newItem[QLatin1String("created_in_new_period")].toBool(), true);
    const QJsonObject row = m_client->listRow(QStringLiteral("/latest.json"), fresh, m_carol);
    // The tag as the community spells it ("News"), as the list names it.
    QCOMPARE(newItem[QLatin1String("tags")].toArray().size(), 1);
    QCOMPARE(newItem[QLatin1String("tags")], row[QLatin1String("tags")]);
    QCOMPARE(newItem[QLatin1String("created_at")].toString(), row[QLatin1String("created_at")].toString());
    // Carol's cutoff (her account's creation: younger than the two-day default), on every item.
    const QDateTime cutoff = QDateTime::fromString(newItem[QLatin1String("treat_as_new_topic_start_date")].toString(), Qt::ISODateWithMs);
    QVERIFY(cutoff.isValid());
    QVERIFY(cutoff <= QDateTime::fromString(newItem[QLatin1String("created_at")].toString(), Qt::ISODateWithMs));
    QCOMPARE(items.value(unread)[QLatin1String("treat_as_new_topic_start_date")],
             newItem[QLatin1String("treat_as_new_topic_start_date")]);

    const QJsonObject unreadItem = items.value(unread);
    QCOMPARE(unreadItem[QLatin1String("highest_post_number")].toInt(), 2);
    QCOMPARE(unreadItem[QLatin1String("last_read_post_number")].toInt(), 1);
    QCOMPARE(unreadItem[QLatin1String("notification_level")].toInt(), 2);
    QCOMPARE(unreadItem[QLatin1String("category_id")].toInt(), m_mistral);
    QCOMPARE(unreadItem[QLatin1String("tags")].toArray(), QJsonArray());
    QCOMPARE(unreadItem[QLatin1String("created_in_new_period")].toBool(), true);

    // Reading both to their end takes them out.
    QCOMPARE(timings(m_carol, unread, "timings[2]=1000").status, 200);
    QCOMPARE(idSet(byTopic(trackingState(m_carol, QStringLiteral("carol"))).keys()), QSet<int>{fresh});
    QCOMPARE(timings(m_carol, fresh, "timings[1]=1000").status, 200);
    QVERIFY(trackingState(m_carol, QStringLiteral("carol")).isEmpty());

    // A new reply makes a tracked topic unread again; dismissing new leaves it there.
    QCOMPARE(m_client->reply(m_alice, unread, body(QStringLiteral("Third post."))), 3);
    const int later = m_client->createTopic(m_alice, QStringLiteral("Tracked: new after reading"), body(QStringLiteral("Later.")), m_mistral);
    QCOMPARE(idSet(byTopic(trackingState(m_carol, QStringLiteral("carol"))).keys()), (QSet<int>{unread, later}));
    QCOMPARE(m_client->send("PUT", QStringLiteral("/topics/reset-new"), {}, m_carol).status, 200);
    const QHash<int, QJsonObject> afterDismiss = byTopic(trackingState(m_carol, QStringLiteral("carol")));
    QCOMPARE(idSet(afterDismiss.keys()), QSet<int>{unread});
    QCOMPARE(afterDismiss.value(unread)[QLatin1String("highest_post_number")].toInt(), 3);
    QCOMPARE(afterDismiss.value(unread)[QLatin1String("last_read_post_number")].toInt(), 2);
}

QTEST_GUILESS_MAIN(TestServerReadState)
#include "tst_server_readstate.moc"
