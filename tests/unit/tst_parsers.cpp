// Parsers against real Discourse payloads (read from AIVIZOR_SHARED_DIR at run time) and against
// malformed input written here.
#include "lib/parse/communityparser.h"
#include "lib/parse/postparser.h"
#include "lib/parse/searchparser.h"
#include "lib/parse/topiclistparser.h"
#include "lib/parse/topicparser.h"
#include "lib/parse/notificationparser.h"
#include "lib/parse/userparser.h"
#include "tests/common/referencedata.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Aivizor;

namespace {

QJsonDocument fixture(const QString &relative)
{
    QFile f(ReferenceData::fixturesDir() + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture %s is not JSON", qPrintable(f.fileName()));
    return doc;
}

QJsonDocument json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text));
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestParsers : public QObject
{
    Q_OBJECT
private slots:
    void topicListFixtures_data();
    void topicListFixtures();
    void latestTopicsDocs();
    void latestGemPosterAndPaging();
    void topWithoutUsers();
    void categoryTopics();
    void privateMessagesWithoutCategory();
    void topicResponseDocs();
    void topicGem();
    void topicReactions();
    void topicPostsChunk();
    void singlePostFixtures();
    void latestPostsFixtures();
    void categoriesGem();
    void categoriesNested();
    void siteFlat();
    void tagsAsStringsAndObjects();
    void likesFromActionsSummary();
    void toleratesNullsAndAbsentFields();
    void currentUser();
    void userProfile();
    void notificationsDocs();
    void notificationsBareArray();
    void notificationsMalformed();
    void busMessages();
    void idsOutOfRange();
    void searchResultDocs();
    void searchResultPaging();
    void malformed_data();
    void malformed();
};

void TestParsers::topicListFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("topics");
    QTest::newRow("docs latest") << "discourse_api_docs/responses__topics__latest_topics_response.json" << 3;
    QTest::newRow("docs top") << "discourse_api_docs/responses__topics__top.json" << 1;
    QTest::newRow("docs pm sent") << "discourse_api_docs/responses__topics__private-messages-sent.json" << 1;
    QTest::newRow("gem latest") << "discourse_api_gem/latest.json" << 3;
    QTest::newRow("gem top") << "discourse_api_gem/top.json" << 3;
    QTest::newRow("gem hot") << "discourse_api_gem/hot.json" << 3;
    QTest::newRow("gem new") << "discourse_api_gem/new.json" << 3;
    QTest::newRow("gem category latest") << "discourse_api_gem/category_latest_topics.json" << 2;
    QTest::newRow("gem category") << "discourse_api_gem/category_topics.json" << 2;
    QTest::newRow("gem pms") << "discourse_api_gem/private_messages.json" << 1;
}

void TestParsers::topicListFixtures()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    QFETCH(QString, file);
    QFETCH(int, topics);
    const auto r = parseTopicList(fixture(file));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->topics.size(), topics);
    for (const TopicSummary &t : r.value->topics) {
        QVERIFY(t.id > 0);
        QVERIFY(!t.title.isEmpty());
        QVERIFY(t.createdAt.isValid());
        QVERIFY(t.tags.isEmpty()); // none of these payloads carries tags
    }
}

void TestParsers::latestTopicsDocs()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    const auto r = parseTopicList(fixture("discourse_api_docs/responses__topics__latest_topics_response.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const TopicPage &p = *r.value;
    QCOMPARE(p.users.size(), 2);
    QCOMPARE(p.perPage, 30);
    QVERIFY(p.moreTopicsUrl.isEmpty());
    const TopicSummary &t = p.topics.first();
    QCOMPARE(t.id, 13);
    QCOMPARE(t.categoryId, 1);
    QCOMPARE(t.postsCount, 1);
    QCOMPARE(t.createdAt, utc("2016-10-29T14:14:20.321Z"));
    QCOMPARE(t.originalPosterId, 1);
    QCOMPARE(t.originalPoster.id, 1);
    QVERIFY(!t.originalPoster.username.isEmpty());
    QCOMPARE(t.originalPoster.username, p.users.value(1).username);
}

void TestParsers::latestGemPosterAndPaging()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    const auto r = parseTopicList(fixture("discourse_api_gem/latest.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const TopicPage &p = *r.value;
    QCOMPARE(p.moreTopicsUrl, QStringLiteral("/latest.json?page=1"));
    const TopicSummary &t = p.topics.first();
    QCOMPARE(t.id, 1);
    QCOMPARE(t.title, QStringLiteral("Test topic #1"));
    QCOMPARE(t.views, 268);
    QCOMPARE(t.likeCount, 14);
    QVERIFY(t.pinned);
    // -05:00 offset normalised to UTC
    QCOMPARE(t.createdAt, QDateTime(QDate(2013, 2, 4), QTime(20, 26, 25, 977), Qt::UTC));
    QCOMPARE(t.createdAt.timeSpec(), Qt::UTC);
}

void TestParsers::topWithoutUsers()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    // This payload has posters but no "users" list: the poster stays unresolved, no error.
    const auto r = parseTopicList(fixture("discourse_api_gem/top.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.value->users.isEmpty());
    QCOMPARE(r.value->topics.first().originalPosterId, 1);
    QVERIFY(r.value->topics.first().originalPoster.username.isEmpty());
}

void TestParsers::categoryTopics()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    const auto r = parseTopicList(fixture("discourse_api_gem/category_latest_topics.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const TopicSummary &t = r.value->topics.first();
    QCOMPARE(t.id, 5);
    QCOMPARE(t.title, QStringLiteral("About the category"));
    QCOMPARE(t.categoryId, 2);
    QVERIFY(t.pinned);
    QCOMPARE(t.originalPosterId, 3);
    QCOMPARE(t.originalPoster.id, 3);
}

void TestParsers::privateMessagesWithoutCategory()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    const auto r = parseTopicList(fixture("discourse_api_docs/responses__topics__private-messages-sent.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->topics.first().id, 15);
    QCOMPARE(r.value->topics.first().categoryId, 0); // null category_id keeps the default
}

void TestParsers::topicResponseDocs()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    const auto r = parseTopic(fixture("discourse_api_docs/responses__topics__topic_response.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Topic &t = *r.value;
    QCOMPARE(t.id, 13);
    QCOMPARE(t.categoryId, 5);
    QCOMPARE(t.postsCount, 1);
    QCOMPARE(t.highestPostNumber, 1);
    QCOMPARE(t.stream, QList<int>{16});
    QCOMPARE(t.posts.size(), 1);
    QCOMPARE(t.posts.first().id, 16);
    QCOMPARE(t.posts.first().postNumber, 1);
    QCOMPARE(t.posts.first().username, QStringLiteral("discourse1"));
    QCOMPARE(t.posts.first().likeCount, 0);
    QCOMPARE(t.createdBy.username, QStringLiteral("discourse1"));
    QCOMPARE(t.createdBy.id, 1);
    QCOMPARE(t.participants.size(), 1);
}

void TestParsers::topicGem()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    const auto r = parseTopic(fixture("discourse_api_gem/topic.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Topic &t = *r.value;
    QCOMPARE(t.id, 57);
    QCOMPARE(t.title, QStringLiteral("THIS SITE IS A SANDBOX -- it is reset every day"));
    QCOMPARE(t.stream, (QList<int>{83, 84, 86, 226}));
    QCOMPARE(t.highestPostNumber, 14);
    QCOMPARE(t.posts.size(), 4);
    QCOMPARE(t.posts.at(2).id, 86);
    QCOMPARE(t.posts.at(2).username, QStringLiteral("stienman"));
    QCOMPARE(t.posts.at(2).likeCount, 5);
    QCOMPARE(t.posts.at(0).likeCount, 0);
    QCOMPARE(t.posts.at(0).topicId, 57);
    QCOMPARE(t.createdBy.username, QStringLiteral("samsaffron"));
    QStringList participants;
    for (const User &u : t.participants)
        participants << u.username;
    QCOMPARE(participants, (QStringList{"samsaffron", "stienman", "splattne"}));
}

void TestParsers::topicReactions()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    const QJsonDocument all = fixture("discourse_reactions/reactions-topic-fixtures.json");
    const auto r = parseTopic(QJsonDocument(all.object().value("/t/374.json").toObject()));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Topic &t = *r.value;
    QCOMPARE(t.id, 374);
    QCOMPARE(t.title, QStringLiteral("Discourse reactions - Beyond likes"));
    QCOMPARE(t.stream, (QList<int>{854, 1076, 1078, 1079}));
    QCOMPARE(t.posts.first().likeCount, 190);
    QVERIFY(!t.posts.first().liked);
    const Post &third = t.posts.at(2);
    QCOMPARE(third.id, 1078);
    QCOMPARE(third.likeCount, 2);
    QVERIFY(third.liked);
    QVERIFY(third.canUndoLike);
    QVERIFY(t.tags.isEmpty());
}

void TestParsers::topicPostsChunk()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    const auto r = parsePostChunk(fixture("discourse_api_gem/topic_posts.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->size(), 1);
    const Post &p = r.value->first();
    QCOMPARE(p.id, 123456);
    QCOMPARE(p.postNumber, 2);
    QCOMPARE(p.username, QStringLiteral("Some-username"));
    QCOMPARE(p.likeCount, 3);
    QVERIFY(p.canLike);
    QVERIFY(!p.liked);
}

void TestParsers::singlePostFixtures()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    auto r = parseSinglePost(fixture("discourse_api_gem/post.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->id, 11);
    QCOMPARE(r.value->topicId, 8);
    QCOMPARE(r.value->username, QStringLiteral("system"));
    QCOMPARE(r.value->likeCount, 0);
    QVERIFY(r.value->canLike);

    r = parseSinglePost(fixture("discourse_api_docs/responses__posts__get_post_response.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->id, 33);
    QCOMPARE(r.value->postNumber, 4);
    QCOMPARE(r.value->username, QStringLiteral("blake"));
    QCOMPARE(r.value->createdAt, utc("2016-10-03T13:37:16.594Z"));
    QVERIFY(!r.value->cooked.isEmpty());

    r = parseSinglePost(fixture("discourse_api_gem/create_topic_with_tags.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->id, 29);
    QCOMPARE(r.value->topicId, 21);
    QVERIFY(!r.value->canLike); // no actions_summary entry 2: you cannot like your own post

    r = parseSinglePost(fixture("discourse_api_docs/responses__topics__new_topic_response.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->postNumber, 1);
    QCOMPARE(r.value->topicId, 17);

    // PUT /posts/{id}.json answers {post:{...}}
    r = parseSinglePost(fixture("discourse_api_docs/responses__posts__update_post_response.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->id, 25);
    QCOMPARE(r.value->postNumber, 11);
}

void TestParsers::latestPostsFixtures()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    auto r = parseLatestPosts(fixture("discourse_api_gem/posts_latest.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->size(), 4);
    QCOMPARE(r.value->first().id, 15);
    QCOMPARE(r.value->first().topicId, 11);
    QCOMPARE(r.value->first().username, QStringLiteral("johndoe"));

    r = parseLatestPosts(fixture("discourse_api_gem/posts_before.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->size(), 3);

    r = parseLatestPosts(fixture("discourse_api_docs/definitions__posts__posts.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->size(), 25);
    QCOMPARE(r.value->first().postNumber, 17);
}

void TestParsers::categoriesGem()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    const auto r = parseCategoryList(fixture("discourse_api_gem/categories.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->size(), 3);
    const Community &c = r.value->at(1);
    QCOMPARE(c.id, 2);
    QCOMPARE(c.name, QStringLiteral("test2"));
    QCOMPARE(c.slug, QStringLiteral("test2"));
    QCOMPARE(c.color, QColor(0, 255, 0));
    QCOMPARE(c.parentId, 0);
}

void TestParsers::categoriesNested()
{
    const auto r = parseCategoryList(json(R"({"category_list":{"categories":[
        {"id":1,"name":"Community","slug":"community","color":"0088CC","subcategory_ids":[2,4],
         "subcategory_list":[
            {"id":2,"name":"OpenAI","slug":"openai","color":"F1592A",
             "subcategory_list":[{"id":3,"name":"Deep","slug":"deep"}]}]},
        {"id":5,"name":"Meta","slug":"meta","description":"About this site","topic_count":7},
        {"id":4,"name":"Listed by id only","slug":"only-id"}]}})"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->size(), 5);
    QHash<int, Community> byId;
    for (const Community &c : *r.value)
        byId.insert(c.id, c);
    QCOMPARE(byId.value(2).parentId, 1);
    QCOMPARE(byId.value(3).parentId, 2);
    QCOMPARE(byId.value(4).parentId, 1); // from subcategory_ids
    QCOMPARE(byId.value(1).subcategoryIds, (QList<int>{2, 4}));
    QCOMPARE(byId.value(5).description, QStringLiteral("About this site"));
    QCOMPARE(byId.value(5).topicCount, 7);
    QCOMPARE(byId.value(2).color, QColor(0xF1, 0x59, 0x2A));
}

void TestParsers::siteFlat()
{
    const auto r = parseSiteCommunities(json(R"({"categories":[
        {"id":1,"name":"Community","slug":"community","color":"0088CC","text_color":"FFFFFF",
         "topic_count":3,"post_count":9,"position":0,"description_text":"Everything",
         "read_restricted":false,"parent_category_id":null},
        {"id":2,"name":"OpenAI","slug":"openai","color":"F1592A","parent_category_id":1,"read_restricted":true}],
        "notification_types":{"mentioned":1}})"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->size(), 2);
    QCOMPARE(r.value->at(0).description, QStringLiteral("Everything"));
    QCOMPARE(r.value->at(0).textColor, QColor(Qt::white));
    QCOMPARE(r.value->at(0).postCount, 9);
    QCOMPARE(r.value->at(1).parentId, 1);
    QVERIFY(r.value->at(1).readRestricted);
}

void TestParsers::tagsAsStringsAndObjects()
{
    const auto r = parseTopicList(json(R"({"topic_list":{"topics":[
        {"id":1,"title":"Strings","tags":["news","qt"]},
        {"id":"2","title":"Objects","tags":[{"id":4,"name":"News","slug":"news"},{"id":5,"name":"Qt","slug":"qt"}]},
        {"id":3,"title":"Null tags","tags":null}]}})"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->topics.at(0).tags, (QStringList{"news", "qt"}));
    QCOMPARE(r.value->topics.at(1).id, 2); // numeric string id accepted
    QCOMPARE(r.value->topics.at(1).tags, (QStringList{"News", "Qt"}));
    QVERIFY(r.value->topics.at(2).tags.isEmpty());

    const auto topic = parseTopic(json(R"({"id":9,"title":"T","tags":[{"id":1,"name":"News","slug":"news"}],
        "post_stream":{"posts":[],"stream":[]}})"));
    QVERIFY2(topic.ok(), qPrintable(topic.error));
    QCOMPARE(topic.value->tags, QStringList{"News"});
}

void TestParsers::likesFromActionsSummary()
{
    const auto r = parsePostChunk(json(R"({"post_stream":{"posts":[
        {"id":1,"post_number":1,"actions_summary":[{"id":2,"can_act":true}]},
        {"id":2,"post_number":2,"actions_summary":[{"id":3,"count":4},{"id":2,"count":7,"acted":true,"can_undo":true}]},
        {"id":3,"post_number":3,"actions_summary":[]},
        {"id":4,"post_number":5,"reply_to_post_number":2,"reply_to_user":{"username":"bob"},"post_type":3,
         "action_code":"closed.enabled"}]}})"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QList<Post> &p = *r.value;
    QCOMPARE(p.at(0).likeCount, 0); // count absent means 0
    QVERIFY(p.at(0).canLike);
    QCOMPARE(p.at(1).likeCount, 7);
    QVERIFY(p.at(1).liked);
    QVERIFY(p.at(1).canUndoLike);
    QVERIFY(!p.at(1).canLike);
    QCOMPARE(p.at(2).likeCount, 0);
    QCOMPARE(p.at(3).replyToPostNumber, 2);
    QCOMPARE(p.at(3).replyToUsername, QStringLiteral("bob"));
    QCOMPARE(p.at(3).postType, 3);
    QCOMPARE(p.at(3).actionCode, QStringLiteral("closed.enabled"));
}

void TestParsers::toleratesNullsAndAbsentFields()
{
    const auto r = parseTopicList(json(R"({"topic_list":{"topics":[
        {"id":1,"title":"Bare"},
        {"id":2,"title":"Nulls","slug":null,"posts_count":null,"created_at":null,"posters":null,
         "pinned":null,"excerpt":null,"category_id":null}]}})"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->topics.size(), 2);
    QVERIFY(r.value->topics.at(1).slug.isEmpty());
    QCOMPARE(r.value->topics.at(1).postsCount, 0);
    QVERIFY(!r.value->topics.at(1).createdAt.isValid());
    QVERIFY(r.value->moreTopicsUrl.isEmpty());

    // Very old topic payloads have no "stream": it is derived from the posts.
    const auto t = parseTopic(json(R"({"id":3,"title":"Old","post_stream":{"posts":[
        {"id":10,"post_number":1},{"id":12,"post_number":3}]}})"));
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(t.value->stream, (QList<int>{10, 12}));
}

void TestParsers::userProfile()
{
    const auto r = parseUserProfile(json(R"({"user": {"id": 7, "username": "ann", "name": "Ann"}})"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->id, 7);
    QCOMPARE(r.value->username, QStringLiteral("ann"));
    const auto missing = parseUserProfile(json(R"({"user_badges": []})"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.startsWith(QLatin1String("user")), qPrintable(missing.error));
}

void TestParsers::notificationsDocs()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    const auto r = parseNotifications(fixture(QStringLiteral("discourse_api_docs/responses__notifications__get.json")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.value->size() >= 2);
    // A badge: no topic, the user in data.username.
    const Notification &badge = r.value->at(0);
    QCOMPARE(badge.id, 3);
    QCOMPARE(badge.kind, Notification::Kind::GrantedBadge);
    QVERIFY(badge.read);
    QCOMPARE(badge.topicId, 0);
    QCOMPARE(badge.username, QStringLiteral("blake.erickson"));
    // A private message from discobot.
    const Notification &message = r.value->at(1);
    QCOMPARE(message.id, 2);
    QCOMPARE(message.kind, Notification::Kind::PrivateMessage);
    QCOMPARE(message.topicId, 10);
    QCOMPARE(message.postNumber, 1);
    QCOMPARE(message.slug, QStringLiteral("greetings"));
    QCOMPARE(message.topicTitle, QStringLiteral("Greetings!"));
    QCOMPARE(message.originalPostId, 14);
    QCOMPARE(message.createdAt, QDateTime(QDate(2019, 6, 17), QTime(20, 26, 4, 305), Qt::UTC));
}

void TestParsers::notificationsBareArray()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    // Older servers answer a bare array, without ids.
    const auto r = parseNotifications(fixture(QStringLiteral("discourse_api_gem/notifications.json")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->size(), 1);
    QCOMPARE(r.value->at(0).kind, Notification::Kind::Posted);
    QCOMPARE(r.value->at(0).username, QStringLiteral("riking"));
    QCOMPARE(r.value->at(0).topicTitle, QStringLiteral(".json feed for notifications"));
}

void TestParsers::notificationsMalformed()
{
    // fancy_title is HTML-escaped; data.topic_title missing falls back to it.
    auto r = parseNotifications(json(R"({"notifications": [{"id": 5, "notification_type": 2, "read": false,
        "topic_id": 4, "post_number": 3, "fancy_title": "Qt &amp; C++", "data": {"display_username": "ben"}}]})"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->at(0).kind, Notification::Kind::Replied);
    QCOMPARE(r.value->at(0).topicTitle, QStringLiteral("Qt & C++"));
    // An unknown type is kept as Other with its number.
    r = parseNotifications(json(R"({"notifications": [{"id": 6, "notification_type": 800}]})"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->at(0).kind, Notification::Kind::Other);
    QCOMPARE(r.value->at(0).type, 800);

    r = parseNotifications(json(R"({"notifications": [{"id": 6}]})"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("notifications[0].notification_type")), qPrintable(r.error));
    r = parseNotifications(json(R"({"notifications": [{"notification_type": 1}]})"));
    QVERIFY2(!r.ok() && r.error.contains(QLatin1String("notifications[0].id")), qPrintable(r.error));
    r = parseNotifications(json(R"({"notifications": [{"id": 1, "notification_type": 1, "data": "x"}]})"));
    QVERIFY2(!r.ok() && r.error.contains(QLatin1String("data")), qPrintable(r.error));
    r = parseNotifications(json(R"({"notifications": [1]})"));
    QVERIFY(!r.ok());
    QVERIFY(!parseNotifications(json(R"({"users": []})")).ok());
    QVERIFY(!parseNotifications(json(R"("text")")).ok());
}

void TestParsers::busMessages()
{
    const auto r = parseBusMessages(json(R"([{"global_id": -1, "message_id": -1, "channel": "/__status",
        "data": {"/notification/7": 12}}, {"global_id": 40, "message_id": 13, "channel": "/notification/7",
        "data": {"unread_notifications": 1}}])"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->size(), 2);
    QCOMPARE(r.value->at(0).channel, QStringLiteral("/__status"));
    QCOMPARE(r.value->at(1).messageId, 13);
    QCOMPARE(r.value->at(1).data.toObject().value(QLatin1String("unread_notifications")).toInt(), 1);
    QVERIFY(parseBusMessages(json("[]")).ok());
    QVERIFY(!parseBusMessages(json(R"({"a": 1})")).ok());
    QVERIFY(!parseBusMessages(json(R"([{"channel": "/x"}])")).ok());
    QVERIFY(!parseBusMessages(json(R"([{"message_id": 1}])")).ok());
    QVERIFY(!parseBusMessages(json(R"([2])")).ok());
}

void TestParsers::currentUser()
{
    // GET /session/current.json as Discourse answers it (fields trimmed).
    auto r = parseCurrentUser(json(R"({"current_user": {"id": 3, "username": "carol", "name": "Carol C.",
        "avatar_template": "/user_avatar/f.example/carol/{size}/9_2.png", "unread_notifications": 0}})"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->id, 3);
    QCOMPARE(r.value->username, QStringLiteral("carol"));
    QCOMPARE(r.value->name, QStringLiteral("Carol C."));

    r = parseCurrentUser(json(R"({"current_user": null})"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(QLatin1String("current_user")), qPrintable(r.error));
    r = parseCurrentUser(json(R"({"current_user": {"id": 3}})"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(QLatin1String("current_user.username")), qPrintable(r.error));
    QVERIFY(!parseCurrentUser(json(R"([1])")).ok());
}

void TestParsers::searchResultDocs()
{
    AIVIZOR_REQUIRE_REFERENCE_DATA();
    // The API docs' search response (GroupedSearchResultSerializer, the /search.json shape).
    const auto r = parseSearchResult(fixture("discourse_api_docs/responses__search__query_response.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->posts.size(), 1);
    const SearchPost &p = r.value->posts.first();
    QCOMPARE(p.id, 16);
    QCOMPARE(p.topicId, 13);
    QCOMPARE(p.postNumber, 1);
    QCOMPARE(p.username, QStringLiteral("discourse1"));
    QVERIFY(p.name.isEmpty());
    QCOMPARE(p.createdAt, utc("2016-10-29T14:14:20.516Z"));
    QVERIFY(p.blurb.startsWith(QStringLiteral("ecf65fcd-1e16")));
    QVERIFY(p.blurb.endsWith(QStringLiteral("...")));
    QVERIFY(r.value->topics.contains(13));
    QCOMPARE(r.value->topics.value(13).title, QStringLiteral("2a6aa74e-e341-5e3c-1eaa-78c6331f305f"));
    QCOMPARE(r.value->topics.value(13).categoryId, 1);
    QCOMPARE(r.value->postIds, QList<int>{16});
    QVERIFY(!r.value->moreFullPageResults);   // null in header mode
    QVERIFY(r.value->users.isEmpty());
}

void TestParsers::searchResultPaging()
{
    const auto r = parseSearchResult(json(R"({"posts":[{"id":7,"topic_id":3,"post_number":4,"username":"ann",
        "blurb":"a <b>bold</b> claim","created_at":"2024-01-02T03:04:05.000Z"}],
        "topics":[{"id":3,"title":"T","category_id":2}],"users":[{"id":1,"username":"ann"}],
        "categories":[{"id":2,"name":"News","slug":"news"}],
        "grouped_search_result":{"post_ids":[7],"more_full_page_results":true,"term":"claim","error":null}})"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->posts.first().postNumber, 4);
    QCOMPARE(r.value->posts.first().blurb, QStringLiteral("a <b>bold</b> claim"));   // kept as text
    QVERIFY(r.value->moreFullPageResults);
    QCOMPARE(r.value->term, QStringLiteral("claim"));
    QCOMPARE(r.value->categories.first().slug, QStringLiteral("news"));
    QCOMPARE(r.value->users.first().username, QStringLiteral("ann"));
}

// Ids no qint64 holds (and converting which would be undefined) are errors, not garbage ids.
void TestParsers::idsOutOfRange()
{
    auto r = parseNotifications(json(R"({"notifications": [{"id": 1e99, "notification_type": 1}]})"));
    QVERIFY2(!r.ok() && r.error.contains(QLatin1String("notifications[0].id: expected an integer")), qPrintable(r.error));
    r = parseNotifications(json(R"([{"id": -1e300, "notification_type": 1}])"));
    QVERIFY2(!r.ok() && r.error.contains(QLatin1String("[0].id")), qPrintable(r.error));
    r = parseNotifications(json(R"({"notifications": [{"id": 2.5, "notification_type": 1}]})"));
    QVERIFY(!r.ok());
    r = parseNotifications(json(R"({"notifications": [{"id": 9007199254740992, "notification_type": 1}]})"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->at(0).id, Q_INT64_C(9007199254740992));

    auto bus = parseBusMessages(json(R"([{"message_id": 1e300, "channel": "/notification/7", "data": {}}])"));
    QVERIFY2(!bus.ok() && bus.error.contains(QLatin1String("[0].message_id: expected an integer")), qPrintable(bus.error));
    bus = parseBusMessages(json(R"([{"message_id": -1, "channel": "/__status", "data": {}}])"));
    QVERIFY2(bus.ok(), qPrintable(bus.error));
    QCOMPARE(bus.value->at(0).messageId, -1);
}

void TestParsers::malformed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("empty object") << "list" << QByteArray("{}") << "topic_list: missing required object";
    QTest::newRow("array root") << "list" << QByteArray("[]") << "not a JSON object";
    QTest::newRow("truncated") << "list" << QByteArray(R"({"topic_list":{"topics":[{"id":1,)")
                               << "not a JSON object";
    QTest::newRow("topics not array") << "list" << QByteArray(R"({"topic_list":{"topics":{}}})")
                                      << "topic_list.topics: expected an array";
    QTest::newRow("title object") << "list"
                                  << QByteArray(R"({"topic_list":{"topics":[{"id":1,"title":"a"},{"id":2,"title":"b"},{"id":3,"title":"c"},{"id":4,"title":{"x":1}}]}})")
                                  << "topic_list.topics[3].title: expected a string";
    QTest::newRow("id letters") << "list" << QByteArray(R"({"topic_list":{"topics":[{"id":"abc","title":"t"}]}})")
                                << "topic_list.topics[0].id: expected an integer";
    QTest::newRow("id fraction") << "list" << QByteArray(R"({"topic_list":{"topics":[{"id":1.5,"title":"t"}]}})")
                                 << "topic_list.topics[0].id: expected an integer";
    QTest::newRow("missing title") << "list" << QByteArray(R"({"topic_list":{"topics":[{"id":1}]}})")
                                   << "topic_list.topics[0].title: missing required string";
    QTest::newRow("topic not object") << "list" << QByteArray(R"({"topic_list":{"topics":[7]}})")
                                      << "topic_list.topics[0]: expected an object";
    QTest::newRow("tag number") << "list" << QByteArray(R"({"topic_list":{"topics":[{"id":1,"title":"t","tags":[5]}]}})")
                                << "topic_list.topics[0].tags[0]: expected a tag name or tag object";
    QTest::newRow("bad date") << "list" << QByteArray(R"({"topic_list":{"topics":[{"id":1,"title":"t","created_at":"yesterday"}]}})")
                              << "topic_list.topics[0].created_at: expected an ISO 8601 date";
    QTest::newRow("users not array") << "list" << QByteArray(R"({"users":5,"topic_list":{"topics":[]}})")
                                     << "users: expected an array";
    QTest::newRow("topic posts not array") << "topic" << QByteArray(R"({"id":1,"title":"t","post_stream":{"posts":{}}})")
                                           << "post_stream.posts: expected an array";
    QTest::newRow("topic no post_stream") << "topic" << QByteArray(R"({"id":1,"title":"t"})")
                                          << "post_stream: missing required object";
    QTest::newRow("topic stream letters") << "topic" << QByteArray(R"({"id":1,"title":"t","post_stream":{"posts":[],"stream":[1,"x"]}})")
                                          << "post_stream.stream[1]: expected an integer";
    QTest::newRow("topic empty") << "topic" << QByteArray("{}") << "id: missing required integer";
    QTest::newRow("chunk likes string") << "chunk"
                                        << QByteArray(R"({"post_stream":{"posts":[{"id":1,"post_number":1,"actions_summary":[{"id":2,"count":"many"}]}]}})")
                                        << "post_stream.posts[0].actions_summary[0].count: expected an integer";
    QTest::newRow("chunk empty") << "chunk" << QByteArray("{}") << "post_stream: missing required object";
    QTest::newRow("post no number") << "post" << QByteArray(R"({"id":4})") << "post_number: missing required integer";
    QTest::newRow("categories not array") << "categories" << QByteArray(R"({"category_list":{"categories":"x"}})")
                                          << "category_list.categories: expected an array";
    QTest::newRow("category name number") << "categories"
                                          << QByteArray(R"({"category_list":{"categories":[{"id":1,"name":"a","subcategory_list":[{"id":2,"name":3}]}]}})")
                                          << "category_list.categories[0].subcategory_list[0].name: expected a string";
    QTest::newRow("site bad color") << "site" << QByteArray(R"({"categories":[{"id":1,"name":"a","color":"zzzzzz"}]})")
                                    << "categories[0].color: expected a hex color";
    QTest::newRow("site empty") << "site" << QByteArray("{}") << "categories: missing required array";
    QTest::newRow("search empty") << "search" << QByteArray("{}") << "grouped_search_result: missing required object";
    QTest::newRow("search posts object") << "search" << QByteArray(R"({"posts":{},"grouped_search_result":{}})")
                                         << "posts: expected an array";
    QTest::newRow("search no post number") << "search"
                                           << QByteArray(R"({"posts":[{"id":1,"topic_id":2}],"grouped_search_result":{}})")
                                           << "posts[0].post_number: missing required integer";
    QTest::newRow("search blurb number") << "search"
                                         << QByteArray(R"({"posts":[{"id":1,"topic_id":2,"post_number":1,"blurb":5}],"grouped_search_result":{}})")
                                         << "posts[0].blurb: expected a string";
    QTest::newRow("search topic no title") << "search"
                                           << QByteArray(R"({"topics":[{"id":1}],"grouped_search_result":{}})")
                                           << "topics[0].title: missing required string";
    QTest::newRow("search post ids letters") << "search"
                                             << QByteArray(R"({"grouped_search_result":{"post_ids":["x"]}})")
                                             << "grouped_search_result.post_ids[0]: expected an integer";
}

void TestParsers::malformed()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, payload);
    QFETCH(QString, expectedError);
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    QString error;
    bool ok = true;
    if (kind == "list") {
        const auto r = parseTopicList(doc);
        ok = r.ok();
        error = r.error;
    } else if (kind == "topic") {
        const auto r = parseTopic(doc);
        ok = r.ok();
        error = r.error;
    } else if (kind == "chunk") {
        const auto r = parsePostChunk(doc);
        ok = r.ok();
        error = r.error;
    } else if (kind == "post") {
        const auto r = parseSinglePost(doc);
        ok = r.ok();
        error = r.error;
    } else if (kind == "search") {
        const auto r = parseSearchResult(doc);
        ok = r.ok();
        error = r.error;
    } else if (kind == "categories") {
        const auto r = parseCategoryList(doc);
        ok = r.ok();
        error = r.error;
    } else {
        const auto r = parseSiteCommunities(doc);
        ok = r.ok();
        error = r.error;
    }
    QVERIFY(!ok);
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
