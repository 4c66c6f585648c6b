// ForumUrls for a forum at the root of its host and for a subfolder install: the web pages people
// open, the API URLs the Transport requests and avatars.
#include "lib/api/endpoints.h"
#include "lib/api/forumurls.h"

#include <QTest>

using namespace Aivizor;

class TestForumUrls : public QObject
{
    Q_OBJECT
private slots:
    void webPages_data();
    void webPages();
    void apiUrls_data();
    void apiUrls();
    void avatars();
    void sameOrigin();
    void userApiKeyPage();
};

void TestForumUrls::webPages_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("root") << "https://forum.example.org" << "https://forum.example.org";
    QTest::newRow("root with slash") << "https://forum.example.org/" << "https://forum.example.org";
    QTest::newRow("subfolder") << "https://example.org/forum/" << "https://example.org/forum";
    QTest::newRow("subfolder, query dropped") << "http://example.org:8080/forum?x=1#top"
                                              << "http://example.org:8080/forum";
}

void TestForumUrls::webPages()
{
    QFETCH(QString, base);
    QFETCH(QString, prefix);
    const ForumUrls urls{QUrl(base)};
    QCOMPARE(urls.base().toString(), prefix);
    QCOMPARE(urls.topic(12, "hello-world").toString(), prefix + "/t/hello-world/12");
    QCOMPARE(urls.topic(12, "hello-world", 3).toString(), prefix + "/t/hello-world/12/3");
    QCOMPARE(urls.topic(12).toString(), prefix + "/t/topic/12");
    QCOMPARE(urls.user("bob").toString(), prefix + "/u/bob");
    QCOMPARE(urls.category(5, "news").toString(), prefix + "/c/news/5");
    QCOMPARE(urls.category(5).toString(), prefix + "/c/5");
    QCOMPARE(urls.tag("c++").toString(QUrl::FullyEncoded), prefix + "/tag/c%2B%2B");
    QCOMPARE(urls.feed(FeedSpec::latest()).toString(), prefix + "/latest");
    QCOMPARE(urls.feed(FeedSpec::top("weekly")).toString(), prefix + "/top");
    QCOMPARE(urls.page("about").toString(), prefix + "/about");
    // A slug with characters of its own stays one path segment.
    QCOMPARE(urls.topic(7, "a/b?c").toString(QUrl::FullyEncoded), prefix + "/t/a%2Fb%3Fc/7");
}

void TestForumUrls::apiUrls_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root endpoint") << "https://f.example" << Api::topic(5) << "https://f.example/t/5.json";
    QTest::newRow("root, json inserted") << "https://f.example" << "/latest?page=1"
                                         << "https://f.example/latest.json?page=1";
    QTest::newRow("root, no slash") << "https://f.example/" << "latest.json" << "https://f.example/latest.json";
    QTest::newRow("subfolder endpoint") << "https://e.example/forum/" << Api::topic(5)
                                        << "https://e.example/forum/t/5.json";
    QTest::newRow("subfolder, posts of topic") << "https://e.example/forum" << Api::postsOfTopic(5, {7, 8})
                                               << "https://e.example/forum/t/5/posts.json?post_ids[]=7&post_ids[]=8";
    // The server's more_topics_url already carries the subfolder: not prefixed twice.
    QTest::newRow("subfolder, server-relative") << "https://e.example/forum" << "/forum/latest?page=2"
                                                << "https://e.example/forum/latest.json?page=2";
    QTest::newRow("subfolder, a path that only starts like it") << "https://e.example/forum" << "/forums"
                                                                << "https://e.example/forum/forums.json";
    QTest::newRow("absolute same origin") << "https://e.example/forum" << "https://e.example/forum/top"
                                          << "https://e.example/forum/top.json";
}

void TestForumUrls::apiUrls()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(ForumUrls(QUrl(base)).api(path).toString(), expected);
}

void TestForumUrls::avatars()
{
    const ForumUrls root(QUrl("https://f.example"));
    const ForumUrls sub(QUrl("https://e.example/forum/"));
    QCOMPARE(root.avatar("/user_avatar/f.example/bob/{size}/1_2.png", 96).toString(),
             QStringLiteral("https://f.example/user_avatar/f.example/bob/96/1_2.png"));
    // Server-relative templates of a subfolder install already carry the subfolder.
    QCOMPARE(sub.avatar("/forum/user_avatar/e.example/bob/{size}/1_2.png", 48).toString(),
             QStringLiteral("https://e.example/forum/user_avatar/e.example/bob/48/1_2.png"));
    QCOMPARE(sub.avatar("//cdn.example/a/{size}.png", 48).toString(), QStringLiteral("https://cdn.example/a/48.png"));
    QCOMPARE(ForumUrls(QUrl("http://local.test:4200")).avatar("//cdn.example/a.png", 48).toString(),
             QStringLiteral("http://cdn.example/a.png"));
    QCOMPARE(root.avatar("https://cdn.example/x/{size}.png", 20).toString(), QStringLiteral("https://cdn.example/x/20.png"));
    QVERIFY(root.avatar(QString(), 20).isEmpty());
}

void TestForumUrls::sameOrigin()
{
    const ForumUrls urls(QUrl("https://e.example/forum"));
    QVERIFY(urls.isSameOrigin(QUrl("https://e.example/forum/uploads/a.png")));
    QVERIFY(urls.isSameOrigin(QUrl("https://E.example:443/other")));
    QVERIFY(!urls.isSameOrigin(QUrl("http://e.example/forum/uploads/a.png")));
    QVERIFY(!urls.isSameOrigin(QUrl("https://e.example:8443/forum")));
    QVERIFY(!urls.isSameOrigin(QUrl("https://cdn.e.example/forum")));
}

void TestForumUrls::userApiKeyPage()
{
    QCOMPARE(ForumUrls(QUrl("https://e.example/forum/")).userApiKeyAuthorization("nonce=a%2Bb").toString(QUrl::FullyEncoded),
             QStringLiteral("https://e.example/forum/user-api-key/new?nonce=a%2Bb"));
}

QTEST_GUILESS_MAIN(TestForumUrls)
#include "tst_forumurls.moc"
