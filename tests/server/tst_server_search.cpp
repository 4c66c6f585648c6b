// aivizor-server's search end to end: FTS5 ranking and Discourse's filters on crafted posts,
// hostile and malformed queries, CJK and Cyrillic words, paging; over real HTTP.
#include "serverclient.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

QString body(const QString &text)
{
    return text + QStringLiteral(" Enough words follow so that the post passes the minimum length.");
}

} // namespace

class TestServerSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void answerHasDiscoursesShape();
    void titleMatchesRankFirst();
    void onePostPerTopicTheFirstMatching();
    void stemsAndAccentsAreFolded();
    void cyrillicAndCjkWords();
    void phrasesMatchExactly();
    void filtersNarrowTheResults();
    void ordersByLatestAndLikes();
    void hostileQueriesAreJustText();
    void badQueriesAre400();
    void pagesOfFifty();
    void newPostsAreFoundAtOnce();
    void headerSearchFindsUsersAndCategories();
    void tagsListTheirTopicCounts();
    void userCardHasBioAndCounts();
    void userActionsListRecentPosts();
    // Last: it adds a topic, which the counts above do not expect.
    void phraseBlurbCentresOnThePhrase();

private:
    Reply search(const QString &q, const ServerClient::Headers &who = {}, const QString &extra = {});
    QList<int> topicIds(const QString &q, const ServerClient::Headers &who = {});

    QTemporaryDir m_dataDir;
    TestServer m_server;
    std::unique_ptr<ServerClient> m_client;
    ServerClient::Headers m_alice;
    ServerClient::Headers m_bob;
    int m_openai = 0;
    int m_mistral = 0;
    int m_titled = 0;      // "zebrafish" in the title and the body
    int m_replied = 0;     // "zebrafish" only in its third post, by bob
    int m_exact = 0;       // titled exactly "Zebrafish quantization"
    int m_russian = 0;
    int m_german = 0;
    int m_chinese = 0;
};

Reply TestServerSearch::search(const QString &q, const ServerClient::Headers &who, const QString &extra)
{
    // Spaces as '+', as browsers and Discourse's client send them.
    QByteArray encoded = QUrl::toPercentEncoding(q, " ");
    encoded.replace(' ', '+');
    return m_client->get(QStringLiteral("/search.json?q=") + QString::fromLatin1(encoded) + extra, who);
}

QList<int> TestServerSearch::topicIds(const QString &q, const ServerClient::Headers &who)
{
    const Reply r = search(q, who);
    if (r.status != 200)
        qWarning("search %s: %d %s", qPrintable(q), r.status, r.body.constData());
    QList<int> ids;
    for (const QJsonValue &p : r.json()[QLatin1String("posts")].toArray())
        ids.append(p[QLatin1String("topic_id")].toInt());
    return ids;
}

void TestServerSearch::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    m_alice = ServerClient::addUser(m_dataDir.path(), QStringLiteral("alice"));
    m_bob = ServerClient::addUser(m_dataDir.path(), QStringLiteral("bob"));
    QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty());
    m_server.setDataDir(m_dataDir.path());
    QVERIFY2(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0")}), qPrintable(m_server.errorString()));
    m_client = std::make_unique<ServerClient>(m_server);
    m_openai = m_client->categoryId(QStringLiteral("openai"));
    m_mistral = m_client->categoryId(QStringLiteral("mistral"));

    m_replied = m_client->createTopic(m_alice, QStringLiteral("Aquarium lighting schedules"),
                                      body(QStringLiteral("Which lights suit a planted tank?")), m_mistral);
    m_client->reply(m_alice, m_replied, body(QStringLiteral("Eight hours a day works for most plants.")));
    QCOMPARE(m_client->reply(m_bob, m_replied, body(QStringLiteral("My zebrafish prefer dimmer evenings."))), 3);
    m_client->reply(m_alice, m_replied, body(QStringLiteral("Zebrafish are hardy, so that is fine.")));
    m_titled = m_client->createTopic(m_alice, QStringLiteral("Zebrafish quantization notes for the lab"),
                                     body(QStringLiteral("Running zebrafish experiments with quantized weights.")),
                                     m_openai, {QStringLiteral("news")});
    m_exact = m_client->createTopic(m_alice, QStringLiteral("Zebrafish quantization"),
                                    body(QStringLiteral("Short notes about the models we quantized.")), m_mistral);
    m_russian = m_client->createTopic(m_alice, QStringLiteral("Обучение моделей на русском"),
                                      body(QStringLiteral("Мы обучали модели на новостях и книгах.")), m_openai);
    m_german = m_client->createTopic(m_alice, QStringLiteral("Übersetzungen mit großen Modellen"),
                                     body(QStringLiteral("Die Übersetzung klappt im Café erstaunlich gut.")), m_openai);
    m_chinese = m_client->createTopic(m_alice, QStringLiteral("中文搜索测试主题：我们的第一次中文讨论"),
                                      body(QStringLiteral("我们测试中文搜索功能。")), m_openai);
    for (int id : {m_replied, m_titled, m_exact, m_russian, m_german, m_chinese})
        QVERIFY(id > 0);
}

void TestServerSearch::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestServerSearch::answerHasDiscoursesShape()
{
    const Reply r = search(QStringLiteral("zebrafish"));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    for (const char *key : {"posts", "topics", "users", "categories", "tags", "groups", "grouped_search_result"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    const QJsonArray posts = o[QLatin1String("posts")].toArray();
    QCOMPARE(posts.size(), 3);
    const QJsonObject grouped = o[QLatin1String("grouped_search_result")].toObject();
    QCOMPARE(grouped[QLatin1String("term")].toString(), QStringLiteral("zebrafish"));
    QVERIFY(grouped[QLatin1String("search_log_id")].toInt() > 0);
    QCOMPARE(grouped[QLatin1String("more_full_page_results")].type(), QJsonValue::Null);
    QJsonArray ids;
    for (const QJsonValue &p : posts) {
        ids.append(p[QLatin1String("id")].toInt());
        for (const char *key : {"id", "name", "username", "avatar_template", "created_at", "like_count", "blurb",
                                "post_number", "topic_id"})
            QVERIFY2(p.toObject().contains(QLatin1String(key)), key);
        QVERIFY(!p.toObject().contains(QLatin1String("cooked")));
        // Plain text of the post, with the matched word where the body has it.
        if (p[QLatin1String("topic_id")].toInt() != m_exact)
            QVERIFY(p[QLatin1String("blurb")].toString().contains(QLatin1String("ebrafish")));
        QVERIFY(!p[QLatin1String("blurb")].toString().contains(QLatin1Char('<')));
    }
    QCOMPARE(grouped[QLatin1String("post_ids")].toArray(), ids);
    // Every post's topic is side-loaded as a list item.
    QCOMPARE(o[QLatin1String("topics")].toArray().size(), posts.size());
    QVERIFY(o[QLatin1String("topics")].toArray().first().toObject().contains(QLatin1String("posters")));
    // A signed-in reader gets their state on the topics.
    const QJsonObject mine = search(QStringLiteral("zebrafish"), m_alice).json();
    QVERIFY(mine[QLatin1String("topics")].toArray().first().toObject().contains(QLatin1String("last_read_post_number")));
    QCOMPARE(mine[QLatin1String("grouped_search_result")][QLatin1String("can_create_topic")].toBool(), true);
}

void TestServerSearch::titleMatchesRankFirst()
{
    // Exact title first, then the title match, then the body-only match.
    QCOMPARE(topicIds(QStringLiteral("zebrafish quantization")), (QList<int>{m_exact, m_titled}));
    QCOMPARE(topicIds(QStringLiteral("zebrafish")), (QList<int>{m_exact, m_titled, m_replied}));
}

void TestServerSearch::onePostPerTopicTheFirstMatching()
{
    const QJsonArray posts = search(QStringLiteral("zebrafish @bob")).json()[QLatin1String("posts")].toArray();
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first()[QLatin1String("post_number")].toInt(), 3);
    QCOMPARE(posts.first()[QLatin1String("username")].toString(), QStringLiteral("bob"));
    const QJsonArray all = search(QStringLiteral("zebrafish")).json()[QLatin1String("posts")].toArray();
    for (const QJsonValue &p : all) {
        if (p[QLatin1String("topic_id")].toInt() == m_replied)
            QCOMPARE(p[QLatin1String("post_number")].toInt(), 3);
    }
}

void TestServerSearch::stemsAndAccentsAreFolded()
{
    // Porter: "quantizing" and "quantized" meet "quantization"'s stem; prefix matching.
    QVERIFY(topicIds(QStringLiteral("quantizing")).contains(m_titled));
    QVERIFY(topicIds(QStringLiteral("experiment")).contains(m_titled));
    QVERIFY(topicIds(QStringLiteral("zebra")).contains(m_titled));
    // Accents either way.
    QVERIFY(topicIds(QStringLiteral("cafe")).contains(m_german));
    QVERIFY(topicIds(QStringLiteral("Ubersetzung")).contains(m_german));
    QVERIFY(topicIds(QStringLiteral("übersetzungen")).contains(m_german));
    QVERIFY(topicIds(QStringLiteral("modell")).contains(m_german));
}

void TestServerSearch::cyrillicAndCjkWords()
{
    QVERIFY(topicIds(QStringLiteral("модели")).contains(m_russian));
    QVERIFY(topicIds(QStringLiteral("моделей")).contains(m_russian));
    QVERIFY(topicIds(QStringLiteral("Обучение")).contains(m_russian));
    QVERIFY(topicIds(QStringLiteral("книгами")).contains(m_russian));
    QCOMPARE(topicIds(QStringLiteral("搜索")), QList<int>{m_chinese});
    QCOMPARE(topicIds(QStringLiteral("功能")), QList<int>{m_chinese});
    // One CJK character is a valid term (Discourse's CJK minimum is 1).
    QCOMPARE(search(QStringLiteral("搜")).status, 200);
    QVERIFY(topicIds(QStringLiteral("搜功")).isEmpty());
    const QString blurb = search(QStringLiteral("功能")).json()[QLatin1String("posts")][0][QLatin1String("blurb")].toString();
    QVERIFY(blurb.contains(QStringLiteral("中文搜索功能")));
}

void TestServerSearch::phrasesMatchExactly()
{
    QCOMPARE(topicIds(QStringLiteral("\"zebrafish experiments\"")), QList<int>{m_titled});
    QVERIFY(topicIds(QStringLiteral("\"experiments zebrafish\"")).isEmpty());
}

void TestServerSearch::filtersNarrowTheResults()
{
    QCOMPARE(topicIds(QStringLiteral("zebrafish #openai")), QList<int>{m_titled});
    const int community = m_client->categoryId(QStringLiteral("community"));
    QVERIFY(community > 0);
    // A parent includes its subcategories; "=" does not.
    QCOMPARE(topicIds(QStringLiteral("zebrafish #community")).size(), 3);
    QVERIFY(topicIds(QStringLiteral("zebrafish #=community")).isEmpty());
    QCOMPARE(topicIds(QStringLiteral("zebrafish #community:mistral")), (QList<int>{m_exact, m_replied}));
    QCOMPARE(topicIds(QStringLiteral("zebrafish category:openai")), QList<int>{m_titled});
    QCOMPARE(topicIds(QStringLiteral("zebrafish tags:news")), QList<int>{m_titled});
    QCOMPARE(topicIds(QStringLiteral("zebrafish -tags:news")), (QList<int>{m_exact, m_replied}));
    QCOMPARE(topicIds(QStringLiteral("zebrafish in:title")), (QList<int>{m_exact, m_titled}));
    QCOMPARE(topicIds(QStringLiteral("zebrafish @alice")), (QList<int>{m_exact, m_titled, m_replied}));
    QVERIFY(topicIds(QStringLiteral("zebrafish @nobody-here")).isEmpty());
    QVERIFY(topicIds(QStringLiteral("zebrafish status:closed")).isEmpty());
    QCOMPARE(topicIds(QStringLiteral("zebrafish status:open")).size(), 3);
    QCOMPARE(topicIds(QStringLiteral("zebrafish status:noreplies")), (QList<int>{m_exact, m_titled}));
    QVERIFY(topicIds(QStringLiteral("zebrafish before:2020-01-01")).isEmpty());
    QCOMPARE(topicIds(QStringLiteral("zebrafish after:2020")).size(), 3);
    QCOMPARE(topicIds(QStringLiteral("zebrafish min_posts:2")), QList<int>{m_replied});
    // Filters alone are a search too; an unknown operator value is searched as text.
    const QList<int> closed = topicIds(QStringLiteral("status:closed"));
    QVERIFY(!closed.isEmpty());
    for (int id : closed)
        QCOMPARE(m_client->get(QStringLiteral("/t/%1.json").arg(id)).json()[QLatin1String("closed")].toBool(), true);
    QVERIFY(topicIds(QStringLiteral("status:sleepy")).isEmpty());
    // Personal filters need a user; anonymous readers get them ignored.
    QCOMPARE(topicIds(QStringLiteral("zebrafish in:posted"), m_bob), QList<int>{m_replied});
    QCOMPARE(topicIds(QStringLiteral("zebrafish in:posted")).size(), 3);
    QCOMPARE(topicIds(QStringLiteral("zebrafish in:created"), m_alice), (QList<int>{m_exact, m_titled}));
}

void TestServerSearch::ordersByLatestAndLikes()
{
    // m_exact was created last; order:latest takes each topic's newest matching post.
    QCOMPARE(topicIds(QStringLiteral("zebrafish order:latest")), (QList<int>{m_exact, m_titled, m_replied}));
    const QJsonArray latest = search(QStringLiteral("zebrafish order:latest")).json()[QLatin1String("posts")].toArray();
    QCOMPARE(latest.last()[QLatin1String("post_number")].toInt(), 4);
    const int liked = m_client->get(QStringLiteral("/t/%1.json").arg(m_replied)).json()[QLatin1String("post_stream")]
                          [QLatin1String("posts")][2][QLatin1String("id")].toInt();
    QCOMPARE(m_client->sendJson("POST", QStringLiteral("/post_actions.json"),
                                {{QStringLiteral("id"), liked}, {QStringLiteral("post_action_type_id"), 2}}, m_alice).status, 200);
    QCOMPARE(topicIds(QStringLiteral("zebrafish order:likes")).first(), m_replied);
    QCOMPARE(topicIds(QStringLiteral("zebrafish order:oldest")).first(), m_replied);
}

void TestServerSearch::hostileQueriesAreJustText()
{
    const QStringList hostile{
        QStringLiteral("zebrafish' OR 1=1 --"), QStringLiteral("zebrafish\"; DROP TABLE posts; --"),
        QStringLiteral("NEAR(zebrafish quantization)"), QStringLiteral("zebrafish OR aquarium"),
        QStringLiteral("title:zebrafish"), QStringLiteral("zebrafish*"), QStringLiteral("\"unbalanced zebrafish"),
        QStringLiteral("{title body}: zebrafish"), QStringLiteral("zebrafish ^ - + ( ) :"),
        QStringLiteral("%zebrafish%"), QStringLiteral("zebrafish) AND (1=1"), QStringLiteral("@' OR ''='"),
        QStringLiteral("#'; --"), QStringLiteral("tags:'),(' order:likes'"), QStringLiteral("before:'2020'")};
    for (const QString &q : hostile) {
        const Reply r = search(q);
        QVERIFY2(r.status == 200, qPrintable(q + QStringLiteral(": ") + QString::fromUtf8(r.body)));
        // Operators of FTS5 or SQL never widen the result beyond the words' own matches.
        for (int id : topicIds(q))
            QVERIFY2(id == m_exact || id == m_titled || id == m_replied, qPrintable(q));
    }
    // "OR" is a (too short) word, not an operator: both other words must match.
    QCOMPARE(topicIds(QStringLiteral("zebrafish OR aquarium")), QList<int>{m_replied});
    QCOMPARE(topicIds(QStringLiteral("zebrafish")).size(), 3);
    QVERIFY(m_client->get(QStringLiteral("/t/%1.json").arg(m_titled)).status == 200);
}

void TestServerSearch::badQueriesAre400()
{
    for (const QString &path : {QStringLiteral("/search.json"), QStringLiteral("/search.json?q="),
                                QStringLiteral("/search.json?q=+++"), QStringLiteral("/search.json?q=ab"),
                                QStringLiteral("/search.json?q=%00%00%00"),
                                QStringLiteral("/search.json?q=zebrafish&page=11"),
                                QStringLiteral("/search.json?q=zebrafish&page=0"),
                                QStringLiteral("/search.json?q=zebrafish&page=two"),
                                QStringLiteral("/search/query.json")}) {
        const Reply r = m_client->get(path);
        QVERIFY2(r.status == 400, qPrintable(path));
        QCOMPARE(r.errorType(), QStringLiteral("invalid_parameters"));
        QVERIFY(!r.json()[QLatin1String("errors")].toArray().first().toString().isEmpty());
    }
    QCOMPARE(search(QString(1001, QLatin1Char('z'))).status, 400);
    QCOMPARE(search(QString(1000, QLatin1Char('z'))).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/search/query.json?term=zebrafish&type_filter=nonsense")).status, 403);
    const ServerClient::Headers wrong{{"Api-Key", QByteArray(64, 'b')}, {"Api-Username", "bob"}};
    QCOMPARE(search(QStringLiteral("zebrafish"), wrong).status, 403);
}

void TestServerSearch::pagesOfFifty()
{
    for (int i = 0; i < 53; ++i)
        QVERIFY(m_client->createTopic(m_bob, QStringLiteral("Okapi sighting report number %1").arg(i),
                                      body(QStringLiteral("An okapi was seen again.")), m_mistral) > 0);
    const QJsonObject first = search(QStringLiteral("okapi")).json();
    QCOMPARE(first[QLatin1String("posts")].toArray().size(), 50);
    QCOMPARE(first[QLatin1String("grouped_search_result")][QLatin1String("more_full_page_results")].toBool(), true);
    const QJsonObject second = search(QStringLiteral("okapi"), {}, QStringLiteral("&page=2")).json();
    QCOMPARE(second[QLatin1String("posts")].toArray().size(), 3);
    QCOMPARE(second[QLatin1String("grouped_search_result")][QLatin1String("more_full_page_results")].type(), QJsonValue::Null);
    QSet<int> seen;
    for (const QJsonObject &page : {first, second}) {
        for (const QJsonValue &p : page[QLatin1String("posts")].toArray())
            seen.insert(p[QLatin1String("topic_id")].toInt());
    }
    QCOMPARE(seen.size(), 53);
}

void TestServerSearch::newPostsAreFoundAtOnce()
{
    QVERIFY(topicIds(QStringLiteral("axolotl")).isEmpty());
    QCOMPARE(m_client->reply(m_bob, m_titled, body(QStringLiteral("An axolotl joined the zebrafish."))), 2);
    QCOMPARE(topicIds(QStringLiteral("axolotl")), QList<int>{m_titled});
    // The index survives a restart and is not rebuilt twice.
    QVERIFY(m_server.stop());
    QVERIFY(m_server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0")}));
    QCOMPARE(topicIds(QStringLiteral("axolotl")), QList<int>{m_titled});
    QCOMPARE(search(QStringLiteral("axolotl")).json()[QLatin1String("posts")].toArray().size(), 1);
}

void TestServerSearch::headerSearchFindsUsersAndCategories()
{
    const QJsonObject users = m_client->get(QStringLiteral("/search/query.json?term=alice")).json();
    QCOMPARE(users[QLatin1String("users")].toArray().first()[QLatin1String("username")].toString(), QStringLiteral("alice"));
    QCOMPARE(users[QLatin1String("grouped_search_result")][QLatin1String("user_ids")].toArray().size(),
             users[QLatin1String("users")].toArray().size());
    const QJsonObject categories = m_client->get(QStringLiteral("/search/query.json?term=mistral")).json();
    QVERIFY(!categories[QLatin1String("categories")].toArray().isEmpty());
    const QJsonObject okapi = m_client->get(QStringLiteral("/search/query.json?term=okapi")).json();
    QCOMPARE(okapi[QLatin1String("posts")].toArray().size(), 5);
    QCOMPARE(okapi[QLatin1String("grouped_search_result")][QLatin1String("more_posts")].toBool(), true);
}

void TestServerSearch::tagsListTheirTopicCounts()
{
    const QJsonObject o = m_client->get(QStringLiteral("/tags.json")).json();
    QVERIFY(o[QLatin1String("extras")].toObject().contains(QLatin1String("categories")));
    const QJsonArray tags = o[QLatin1String("tags")].toArray();
    QVERIFY(!tags.isEmpty());
    for (const QJsonValue &t : tags) {
        const QString name = t[QLatin1String("name")].toString();
        QCOMPARE(t[QLatin1String("text")].toString(), name);
        QVERIFY(t[QLatin1String("id")].isDouble());
        // The count is the tag's topics, as its own list shows them.
        const int listed = m_client->listIds(QStringLiteral("/tag/%1.json").arg(QString::fromLatin1(QUrl::toPercentEncoding(name))), {}).size();
        QCOMPARE(t[QLatin1String("count")].toInt(), listed);
    }
}

void TestServerSearch::userCardHasBioAndCounts()
{
    const QJsonObject kai = m_client->get(QStringLiteral("/u/kai.json")).json()[QLatin1String("user")].toObject();
    QCOMPARE(kai[QLatin1String("username")].toString(), QStringLiteral("kai"));
    QVERIFY(!kai[QLatin1String("name")].toString().isEmpty());
    QVERIFY(kai[QLatin1String("avatar_template")].toString().contains(QLatin1String("{size}")));
    QVERIFY(kai[QLatin1String("bio_cooked")].toString().startsWith(QLatin1String("<p>")));
    QVERIFY(!kai[QLatin1String("bio_excerpt")].toString().contains(QLatin1Char('<')));
    QVERIFY(kai[QLatin1String("post_count")].toInt() > 0);
    QVERIFY(!kai[QLatin1String("last_posted_at")].toString().isEmpty());
    // alice wrote the six crafted topics and two replies.
    const QJsonObject alice = m_client->get(QStringLiteral("/u/alice/card.json")).json()[QLatin1String("user")].toObject();
    QCOMPARE(alice[QLatin1String("topic_count")].toInt(), 6);
    QCOMPARE(alice[QLatin1String("post_count")].toInt(), 8);   // 6 first posts, 2 replies
    QVERIFY(!alice.contains(QLatin1String("bio_raw")));
    QCOMPARE(m_client->get(QStringLiteral("/u/nobody-by-that-name.json")).status, 404);
}

void TestServerSearch::userActionsListRecentPosts()
{
    const QJsonArray replies = m_client->get(QStringLiteral("/user_actions.json?username=bob&filter=5")).json()
                                   [QLatin1String("user_actions")].toArray();
    QCOMPARE(replies.size(), 2);   // the zebrafish and the axolotl replies, newest first
    QCOMPARE(replies.first()[QLatin1String("topic_id")].toInt(), m_titled);
    QCOMPARE(replies.first()[QLatin1String("action_type")].toInt(), 5);
    QVERIFY(replies.first()[QLatin1String("excerpt")].toString().contains(QLatin1String("axolotl")));
    QCOMPARE(replies.last()[QLatin1String("post_number")].toInt(), 3);
    const QJsonArray topics = m_client->get(QStringLiteral("/user_actions.json?username=bob&filter=4&limit=10")).json()
                                  [QLatin1String("user_actions")].toArray();
    QCOMPARE(topics.size(), 10);
    const QJsonArray next = m_client->get(QStringLiteral("/user_actions.json?username=bob&filter=4&limit=10&offset=50")).json()
                                [QLatin1String("user_actions")].toArray();
    QCOMPARE(next.size(), 3);
    // bob's post was liked by alice: WAS_LIKED for bob, LIKE for alice.
    const QJsonArray wasLiked = m_client->get(QStringLiteral("/user_actions.json?username=bob&filter=2")).json()
                                    [QLatin1String("user_actions")].toArray();
    QCOMPARE(wasLiked.size(), 1);
    QCOMPARE(wasLiked.first()[QLatin1String("acting_username")].toString(), QStringLiteral("alice"));
    QCOMPARE(wasLiked.first()[QLatin1String("username")].toString(), QStringLiteral("bob"));
    const QJsonArray responses = m_client->get(QStringLiteral("/user_actions.json?username=bob&filter=6")).json()
                                     [QLatin1String("user_actions")].toArray();
    QVERIFY(responses.isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/user_actions.json")).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("/user_actions.json?username=bob&filter=x")).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("/user_actions.json?username=bob&limit=500")).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("/user_actions.json?username=nobody-by-that-name")).status, 404);
}

void TestServerSearch::phraseBlurbCentresOnThePhrase()
{
    // The blurb is centred on the phrase as written, punctuation included (Discourse's
    // blurb_for looks for the quoted text), even far into a long post.
    QString raw;
    for (int i = 0; i < 12; ++i)
        raw += QStringLiteral("Sentence %1 talks about aquarium filters and nothing else. ").arg(i);
    raw += QStringLiteral("Our gravel is rock-solid after a year.");
    const int topic = m_client->createTopic(m_bob, QStringLiteral("Gravel choices for a planted tank"), raw, m_mistral);
    QVERIFY(topic > 0);
    const QJsonArray posts = search(QStringLiteral("\"rock-solid\"")).json()[QLatin1String("posts")].toArray();
    QCOMPARE(posts.size(), 1);
    const QString blurb = posts.at(0)[QLatin1String("blurb")].toString();
    QVERIFY2(blurb.contains(QLatin1String("rock-solid")), qPrintable(blurb));
    QVERIFY(blurb.startsWith(QLatin1String("...")));
}

QTEST_GUILESS_MAIN(TestServerSearch)
#include "tst_server_search.moc"
