// aivizor-server end to end: the real binary, real HTTP, the real demo content.
#include "testserver.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Response
{
    int status = 0;
    QByteArray contentType;
    QByteArray cacheControl;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void siteHasCommunityTree();
    void siteBasicInfoNamesTheForum();
    void categoriesNestSubcategories();
    void latestPagesLikeDiscourse();
    void newsTopicMatchesThePage();
    void longTopicLoadsByChunks();
    void cookedHtmlFollowsDiscourse();
    void errorsAreJson();
    void rssFeedsAreWellFormed();
    void avatarIsPngOfRequestedSize();
    void uploadsAreServedWithoutTraversal();
    void restartKeepsDataWithoutDuplicates();
    void customDemoDirIsSeeded();
    void badContentIsAClearStartupError();

private:
    Response get(const QString &pathAndQuery, const QByteArray &method = "GET");
    QJsonArray allLatestTopics();
    int categoryIdBySlug(const QString &slug);
    QJsonObject topicBy(const std::function<bool(const QJsonObject &)> &match);

    TestServer m_server;
    QNetworkAccessManager m_nam;
};

Response TestServerApi::get(const QString &pathAndQuery, const QByteArray &method)
{
    QNetworkRequest request(m_server.url(pathAndQuery));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->rawHeader("Content-Type");
    r.cacheControl = reply->rawHeader("Cache-Control");
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

QJsonArray TestServerApi::allLatestTopics()
{
    QJsonArray all;
    for (int page = 0; page < 20; ++page) {
        const QJsonObject list = get(QStringLiteral("/latest.json?page=%1").arg(page)).json()[QLatin1String("topic_list")].toObject();
        for (const QJsonValue &t : list[QLatin1String("topics")].toArray())
            all.append(t);
        if (!list.contains(QLatin1String("more_topics_url")))
            break;
    }
    return all;
}

int TestServerApi::categoryIdBySlug(const QString &slug)
{
    for (const QJsonValue &c : get(QStringLiteral("/site.json")).json()[QLatin1String("categories")].toArray()) {
        if (c[QLatin1String("slug")].toString() == slug)
            return c[QLatin1String("id")].toInt();
    }
    return 0;
}

QJsonObject TestServerApi::topicBy(const std::function<bool(const QJsonObject &)> &match)
{
    for (const QJsonValue &t : allLatestTopics()) {
        if (match(t.toObject()))
            return t.toObject();
    }
    return {};
}

void TestServerApi::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QCOMPARE(m_server.baseUrl().host(), QStringLiteral("127.0.0.1"));
}

void TestServerApi::cleanupTestCase()
{
    // SIGTERM must end the server cleanly, with exit code 0.
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestServerApi::siteHasCommunityTree()
{
    const Response r = get(QStringLiteral("/site.json"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/json; charset=utf-8"));
    QVERIFY(r.cacheControl.contains("no-cache"));
    QHash<QString, QJsonObject> bySlug;
    for (const QJsonValue &c : r.json()[QLatin1String("categories")].toArray())
        bySlug.insert(c[QLatin1String("slug")].toString(), c.toObject());
    QVERIFY(bySlug.contains(QStringLiteral("community")));
    const QJsonObject community = bySlug.value(QStringLiteral("community"));
    QCOMPARE(community[QLatin1String("name")].toString(), QStringLiteral("Community"));
    QVERIFY(!community.contains(QLatin1String("parent_category_id")));
    for (const char *company : {"openai", "anthropic", "google-deepmind", "meta-ai", "mistral"}) {
        QVERIFY2(bySlug.contains(QLatin1String(company)), company);
        QCOMPARE(bySlug.value(QLatin1String(company))[QLatin1String("parent_category_id")].toInt(),
                 community[QLatin1String("id")].toInt());
    }
    QCOMPARE(bySlug.value(QStringLiteral("openai"))[QLatin1String("name")].toString(), QStringLiteral("OpenAI"));
    QVERIFY(!bySlug.value(QStringLiteral("openai"))[QLatin1String("color")].toString().startsWith(QLatin1Char('#')));
    // Likes are post action type 2.
    bool like = false;
    for (const QJsonValue &t : r.json()[QLatin1String("post_action_types")].toArray())
        like |= t[QLatin1String("id")].toInt() == 2 && t[QLatin1String("name_key")].toString() == QLatin1String("like");
    QVERIFY(like);
}

// Anonymous, like Discourse before sign-in: the demo's title and description from community.json,
// and every field the published schema requires (it allows no others).
void TestServerApi::siteBasicInfoNamesTheForum()
{
    const Response r = get(QStringLiteral("/site/basic-info.json"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/json; charset=utf-8"));
    const QJsonObject info = r.json();
    QCOMPARE(info[QLatin1String("title")].toString(), QStringLiteral("Aivizor"));
    QVERIFY(info[QLatin1String("description")].toString().startsWith(QStringLiteral("Aivizor is a community site")));
    QCOMPARE(info[QLatin1String("login_required")], QJsonValue(false));
    QCOMPARE(info[QLatin1String("include_in_discourse_discover")], QJsonValue(false));
    QCOMPARE(info[QLatin1String("locale")].toString(), QStringLiteral("en"));
    const QStringList strings = {QStringLiteral("logo_url"), QStringLiteral("logo_small_url"),
                                 QStringLiteral("apple_touch_icon_url"), QStringLiteral("favicon_url"),
                                 QStringLiteral("header_primary_color"), QStringLiteral("header_background_color"),
                                 QStringLiteral("mobile_logo_url")};
    for (const QString &key : strings)
        QVERIFY2(info[key].isString(), qPrintable(key));
    QCOMPARE(info.size(), strings.size() + 5);
    // Only GET, and the path is not a prefix match.
    QCOMPARE(get(QStringLiteral("/site/basic-info.json"), "POST").status, 404);
    QCOMPARE(get(QStringLiteral("/site/basic-infoXjson")).status, 404);
}

void TestServerApi::categoriesNestSubcategories()
{
    const QJsonArray top = get(QStringLiteral("/categories.json?include_subcategories=true"))
                               .json()[QLatin1String("category_list")][QLatin1String("categories")].toArray();
    QCOMPARE(top.size(), 1);   // only "Community" is top level
    const QJsonObject community = top.first().toObject();
    QCOMPARE(community[QLatin1String("slug")].toString(), QStringLiteral("community"));
    const QJsonArray ids = community[QLatin1String("subcategory_ids")].toArray();
    QVERIFY(ids.contains(categoryIdBySlug(QStringLiteral("openai"))));
    const QJsonArray children = community[QLatin1String("subcategory_list")].toArray();
    QCOMPARE(children.size(), ids.size());
    QCOMPARE(children.first()[QLatin1String("parent_category_id")].toInt(), community[QLatin1String("id")].toInt());
    // Without the flag there is no nested list.
    const QJsonObject flat = get(QStringLiteral("/categories.json")).json()[QLatin1String("category_list")]
                                 [QLatin1String("categories")].toArray().first().toObject();
    QVERIFY(!flat.contains(QLatin1String("subcategory_list")));
}

void TestServerApi::latestPagesLikeDiscourse()
{
    const QJsonObject page0 = get(QStringLiteral("/latest.json")).json();
    const QJsonObject list0 = page0[QLatin1String("topic_list")].toObject();
    const QJsonArray topics0 = list0[QLatin1String("topics")].toArray();
    QCOMPARE(topics0.size(), 30);
    QCOMPARE(list0[QLatin1String("per_page")].toInt(), 30);
    QCOMPARE(list0[QLatin1String("more_topics_url")].toString(), QStringLiteral("/latest?page=1"));
    QVERIFY2(topics0.first()[QLatin1String("pinned")].toBool(), "the pinned welcome topic comes first");
    QVERIFY(!page0[QLatin1String("users")].toArray().isEmpty());
    const QJsonArray posters = topics0.first()[QLatin1String("posters")].toArray();
    QVERIFY(posters.first()[QLatin1String("description")].toString().startsWith(QLatin1String("Original Poster")));
    QVERIFY(posters.last()[QLatin1String("description")].toString().contains(QLatin1String("Most Recent Poster")));

    // Walk every page: the last one has no more_topics_url and no topic shows up twice.
    const QJsonArray all = allLatestTopics();
    QSet<int> ids;
    for (const QJsonValue &t : all)
        ids.insert(t[QLatin1String("id")].toInt());
    QCOMPARE(ids.size(), all.size());
    QVERIFY(all.size() > 30);
    const int lastPage = int((all.size() - 1) / 30);
    const QJsonObject last = get(QStringLiteral("/latest.json?page=%1").arg(lastPage)).json()[QLatin1String("topic_list")].toObject();
    QVERIFY(!last.contains(QLatin1String("more_topics_url")));
    QVERIFY(!last[QLatin1String("topics")].toArray().isEmpty());
    // Regular topics are ordered by bump time, newest first.
    for (int i = 2; i < topics0.size(); ++i)
        QVERIFY(topics0[i - 1][QLatin1String("bumped_at")].toString() >= topics0[i][QLatin1String("bumped_at")].toString());
}

void TestServerApi::newsTopicMatchesThePage()
{
    const int openai = categoryIdBySlug(QStringLiteral("openai"));
    const int community = categoryIdBySlug(QStringLiteral("community"));
    QVERIFY(openai > 0 && community > 0);
    const QJsonObject listed = topicBy([](const QJsonObject &t) {
        return t[QLatin1String("title")].toString().contains(QLatin1String("OpenAI and Microsoft"));
    });
    QVERIFY2(!listed.isEmpty(), "the OpenAI/Microsoft news topic is listed");
    QCOMPARE(listed[QLatin1String("category_id")].toInt(), openai);
    QCOMPARE(listed[QLatin1String("tags")].toArray(), QJsonArray{QStringLiteral("News")});

    // The category list of OpenAI (and of Community, which includes subcategories) shows it too.
    const auto inList = [&](const QString &path) {
        for (const QJsonValue &t : get(path).json()[QLatin1String("topic_list")][QLatin1String("topics")].toArray())
            if (t[QLatin1String("id")] == listed[QLatin1String("id")])
                return true;
        return false;
    };
    QVERIFY(inList(QStringLiteral("/c/openai/%1.json").arg(openai)));
    QVERIFY(inList(QStringLiteral("/c/openai/%1/l/latest.json").arg(openai)));
    QVERIFY(inList(QStringLiteral("/tag/News.json")));

    const int id = listed[QLatin1String("id")].toInt();
    const Response r = get(QStringLiteral("/t/%1.json").arg(id));
    QCOMPARE(r.status, 200);
    const QJsonObject topic = r.json();
    QCOMPARE(topic[QLatin1String("posts_count")].toInt(), 1);
    QCOMPARE(topic[QLatin1String("reply_count")].toInt(), 0);
    QCOMPARE(topic[QLatin1String("like_count")].toInt(), 0);
    QCOMPARE(topic[QLatin1String("views")].toInt(), 0);
    QCOMPARE(topic[QLatin1String("created_at")].toString(), QStringLiteral("2026-04-27T16:43:41.000Z"));
    QCOMPARE(topic[QLatin1String("tags")].toArray().first()[QLatin1String("name")].toString(), QStringLiteral("News"));
    const QJsonObject details = topic[QLatin1String("details")].toObject();
    QCOMPARE(details[QLatin1String("created_by")][QLatin1String("name")].toString(), QStringLiteral("Sable Whitaker"));
    QCOMPARE(details[QLatin1String("can_create_post")].toBool(true), false);
    const QJsonArray posts = topic[QLatin1String("post_stream")][QLatin1String("posts")].toArray();
    QCOMPARE(posts.size(), 1);
    const QJsonObject post = posts.first().toObject();
    QCOMPARE(post[QLatin1String("username")].toString(), QStringLiteral("sable"));
    QVERIFY(post[QLatin1String("avatar_template")].toString().startsWith(QLatin1String("/letter_avatar_proxy/v4/letter/s/")));
    QVERIFY(post[QLatin1String("actions_summary")].toArray().isEmpty());   // no likes: no count
    QVERIFY(post[QLatin1String("cooked")].toString().contains(QLatin1String("<h2>Sources</h2>")));
    // The slug form answers the same topic.
    QCOMPARE(get(QStringLiteral("/t/%1/%2.json").arg(topic[QLatin1String("slug")].toString()).arg(id)).json()[QLatin1String("id")].toInt(), id);
}

void TestServerApi::longTopicLoadsByChunks()
{
    const QJsonArray top = get(QStringLiteral("/top.json?period=all")).json()[QLatin1String("topic_list")][QLatin1String("topics")].toArray();
    QVERIFY(!top.isEmpty());
    const QJsonObject longest = topicBy([](const QJsonObject &t) { return t[QLatin1String("posts_count")].toInt() > 40; });
    QVERIFY2(!longest.isEmpty(), "a topic long enough to need paging exists");
    const int id = longest[QLatin1String("id")].toInt();
    const QJsonObject topic = get(QStringLiteral("/t/%1.json").arg(id)).json();
    const QJsonArray stream = topic[QLatin1String("post_stream")][QLatin1String("stream")].toArray();
    QVERIFY(stream.size() > 40);
    QCOMPARE(stream.size(), topic[QLatin1String("posts_count")].toInt());
    QCOMPARE(topic[QLatin1String("chunk_size")].toInt(), 20);
    QCOMPARE(topic[QLatin1String("post_stream")][QLatin1String("posts")].toArray().size(), 20);

    QStringList query;
    for (int i = 20; i < 40; ++i)
        query << QStringLiteral("post_ids[]=%1").arg(stream.at(i).toInt());
    query << QStringLiteral("post_ids[]=999999");   // unknown ids are ignored
    const Response chunk = get(QStringLiteral("/t/%1/posts.json?%2").arg(id).arg(query.join(QLatin1Char('&'))));
    QCOMPARE(chunk.status, 200);
    QCOMPARE(chunk.json()[QLatin1String("id")].toInt(), id);
    const QJsonArray posts = chunk.json()[QLatin1String("post_stream")][QLatin1String("posts")].toArray();
    QCOMPARE(posts.size(), 20);
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(posts.at(i)[QLatin1String("id")].toInt(), stream.at(20 + i).toInt());
        QCOMPARE(posts.at(i)[QLatin1String("post_number")].toInt(), 21 + i);
    }
    // Replies carry reply_to_user unless they quote their parent; like counts appear only when non-zero.
    bool sawLikeCount = false;
    for (const QJsonValue &p : posts) {
        for (const QJsonValue &a : p[QLatin1String("actions_summary")].toArray()) {
            QCOMPARE(a[QLatin1String("id")].toInt(), 2);
            QVERIFY(a[QLatin1String("count")].toInt() > 0);
            sawLikeCount = true;
        }
    }
    QVERIFY(sawLikeCount);

    QStringList tooMany;
    for (int i = 0; i < 201; ++i)
        tooMany << QStringLiteral("post_ids[]=%1").arg(i + 1);
    const Response over = get(QStringLiteral("/t/%1/posts.json?%2").arg(id).arg(tooMany.join(QLatin1Char('&'))));
    QCOMPARE(over.status, 400);
    QCOMPARE(over.json()[QLatin1String("error_type")].toString(), QStringLiteral("invalid_parameters"));

    const QJsonObject single = get(QStringLiteral("/posts/%1.json").arg(stream.at(1).toInt())).json();
    QCOMPARE(single[QLatin1String("post_number")].toInt(), 2);
    QVERIFY(!single[QLatin1String("raw")].toString().isEmpty());
}

void TestServerApi::cookedHtmlFollowsDiscourse()
{
    // Walk the demo posts: quotes, emoji, fenced code and links must be cooked like Discourse's.
    bool quote = false, emoji = false, code = false, link = false, replyToUser = false;
    for (const QJsonValue &t : allLatestTopics()) {
        const int id = t[QLatin1String("id")].toInt();
        for (const QJsonValue &p : get(QStringLiteral("/t/%1.json").arg(id)).json()[QLatin1String("post_stream")][QLatin1String("posts")].toArray()) {
            const QString cooked = p[QLatin1String("cooked")].toString();
            quote |= cooked.contains(QStringLiteral("<aside class=\"quote no-group\" data-username=\"")) &&
                     cooked.contains(QStringLiteral("data-topic=\"%1\"").arg(id));
            emoji |= cooked.contains(QLatin1String("class=\"emoji\" alt=\":")) &&
                     cooked.contains(QLatin1String("src=\"/images/emoji/twitter/"));
            code |= cooked.contains(QLatin1String("<pre><code class=\"lang-"));
            link |= cooked.contains(QLatin1String("rel=\"noopener nofollow ugc\""));
            replyToUser |= p[QLatin1String("reply_to_user")][QLatin1String("username")].isString();
            QVERIFY2(!cooked.contains(QLatin1String("[quote")), qPrintable(cooked.left(200)));
        }
    }
    QVERIFY(quote);
    QVERIFY(emoji);
    QVERIFY(code);
    QVERIFY(link);
    QVERIFY(replyToUser);
    const Response smile = get(QStringLiteral("/images/emoji/twitter/smile.png?v=12"));
    QCOMPARE(smile.status, 200);
    QCOMPARE(smile.contentType, QByteArray("image/png"));
    QVERIFY(!QImage::fromData(smile.body, "PNG").isNull());
    QCOMPARE(get(QStringLiteral("/images/emoji/twitter/nosuch.png")).status, 404);
}

void TestServerApi::errorsAreJson()
{
    const auto expect = [&](const QString &path, int status, const QString &type, const QByteArray &method = "GET") {
        const Response r = get(path, method);
        QCOMPARE(r.status, status);
        QCOMPARE(r.contentType, QByteArray("application/json; charset=utf-8"));
        QCOMPARE(r.json()[QLatin1String("error_type")].toString(), type);
        QVERIFY(!r.json()[QLatin1String("errors")].toArray().isEmpty());
    };
    expect(QStringLiteral("/t/999999.json"), 404, QStringLiteral("not_found"));
    expect(QStringLiteral("/t/some-slug/999999.json"), 404, QStringLiteral("not_found"));
    expect(QStringLiteral("/c/nothing/99999.json"), 404, QStringLiteral("not_found"));
    expect(QStringLiteral("/tag/no-such-tag.json"), 404, QStringLiteral("not_found"));
    expect(QStringLiteral("/posts/999999.json"), 404, QStringLiteral("not_found"));
    expect(QStringLiteral("/no/such/path"), 404, QStringLiteral("not_found"));
    expect(QStringLiteral("/latestxjson"), 404, QStringLiteral("not_found"));   // the dot is escaped
    expect(QStringLiteral("/latest.json"), 404, QStringLiteral("not_found"), "POST");
    expect(QStringLiteral("/latest.json?page=abc"), 400, QStringLiteral("invalid_parameters"));
    expect(QStringLiteral("/latest.json?page=-1"), 400, QStringLiteral("invalid_parameters"));
    expect(QStringLiteral("/top.json?period=forever"), 400, QStringLiteral("invalid_parameters"));
    expect(QStringLiteral("/t/1/posts.json"), 400, QStringLiteral("invalid_parameters"));
    expect(QStringLiteral("/t/1/posts.json?post_ids[]=x"), 400, QStringLiteral("invalid_parameters"));
}

void TestServerApi::rssFeedsAreWellFormed()
{
    const int openai = categoryIdBySlug(QStringLiteral("openai"));
    for (const QString &path : {QStringLiteral("/latest.rss"), QStringLiteral("/c/openai/%1.rss").arg(openai),
                                QStringLiteral("/t/1.rss")}) {
        const Response r = get(path);
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("application/rss+xml"));
        QXmlStreamReader xml(r.body);
        int items = 0, pubDates = 0;
        QString channelTitle;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("item"))
                ++items;
            else if (xml.name() == QLatin1String("pubDate")) {
                const QString date = xml.readElementText();
                QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000$"))
                             .match(date).hasMatch(), qPrintable(date));
                ++pubDates;
            } else if (xml.name() == QLatin1String("title") && channelTitle.isEmpty())
                channelTitle = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(path + QLatin1String(": ") + xml.errorString()));
        QVERIFY2(items > 0, qPrintable(path));
        QCOMPARE(pubDates, items);
        QVERIFY(!channelTitle.isEmpty());
    }
    QCOMPARE(get(QStringLiteral("/t/999999.rss")).status, 404);
}

void TestServerApi::avatarIsPngOfRequestedSize()
{
    const QJsonObject user = get(QStringLiteral("/latest.json")).json()[QLatin1String("users")].toArray().first().toObject();
    QString path = user[QLatin1String("avatar_template")].toString();
    QVERIFY(path.contains(QLatin1String("{size}")));
    for (const auto &[requested, expected] : {std::pair{96, 96}, std::pair{48, 48}, std::pair{4000, 512}, std::pair{1, 8}}) {
        const Response r = get(QString(path).replace(QLatin1String("{size}"), QString::number(requested)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("image/png"));
        QVERIFY(r.cacheControl.contains("max-age="));
        const QImage image = QImage::fromData(r.body, "PNG");
        QCOMPARE(image.size(), QSize(expected, expected));
    }
    QCOMPARE(get(QStringLiteral("/letter_avatar_proxy/v4/letter/s/zzzzzz/48.png")).status, 404);
}

void TestServerApi::uploadsAreServedWithoutTraversal()
{
    QString href;
    static const QRegularExpression lightbox(QStringLiteral(
        "<div class=\"lightbox-wrapper\"><a class=\"lightbox\" href=\"(/uploads/default/original/1X/[0-9a-f]{40}\\.png)\""));
    for (const QJsonValue &t : allLatestTopics()) {
        const QJsonArray posts = get(QStringLiteral("/t/%1.json").arg(t[QLatin1String("id")].toInt()))
                                     .json()[QLatin1String("post_stream")][QLatin1String("posts")].toArray();
        for (const QJsonValue &p : posts) {
            const QRegularExpressionMatch m = lightbox.match(p[QLatin1String("cooked")].toString());
            if (m.hasMatch())
                href = m.captured(1);
        }
        if (!href.isEmpty())
            break;
    }
    QVERIFY2(!href.isEmpty(), "an upload:// image was cooked into a lightbox");
    const Response image = get(href);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.contentType, QByteArray("image/png"));
    QVERIFY(image.cacheControl.contains("max-age="));
    QVERIFY(!QImage::fromData(image.body, "PNG").isNull());

    for (const char *path : {"/uploads/default/original/1X/..%2F..%2F..%2F..%2Faivizor.sqlite",
                             "/uploads/default/original/1X/..%2Faivizor.sqlite",
                             "/uploads/default/original/1X/aivizor.sqlite",
                             "/uploads/default/original/1X/%2E%2E",
                             "/uploads/default/original/1X/0000000000000000000000000000000000000000.png"}) {
        const Response r = get(QString::fromLatin1(path));
        QCOMPARE(r.status, 404);
        QVERIFY(!r.body.startsWith("SQLite"));
    }
}

void TestServerApi::restartKeepsDataWithoutDuplicates()
{
    const int before = int(allLatestTopics().size());
    const QByteArray siteBefore = get(QStringLiteral("/site.json")).body;
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    QCOMPARE(m_server.exitCode(), 0);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QCOMPARE(int(allLatestTopics().size()), before);
    QCOMPARE(get(QStringLiteral("/site.json")).json()[QLatin1String("categories")].toArray().size(),
             QJsonDocument::fromJson(siteBefore).object()[QLatin1String("categories")].toArray().size());
}

void TestServerApi::customDemoDirIsSeeded()
{
    TestServer sample;
    QVERIFY2(sample.start({QStringLiteral("--demo-dir"), QStringLiteral(AIVIZOR_SERVER_TEST_DATA "/sample")}),
             qPrintable(sample.errorString()));
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(sample.url(QStringLiteral("/latest.json"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    const QJsonArray topics = QJsonDocument::fromJson(reply->readAll()).object()[QLatin1String("topic_list")][QLatin1String("topics")].toArray();
    reply->deleteLater();
    QCOMPARE(topics.size(), 2);
    QVERIFY2(sample.stop(), qPrintable(sample.errorString()));
}

void TestServerApi::badContentIsAClearStartupError()
{
    TestServer bad;
    QVERIFY(!bad.start({QStringLiteral("--demo-dir"), QStringLiteral(AIVIZOR_SERVER_TEST_DATA "/bad-author")}));
    const QString message = bad.errorString();
    QVERIFY2(message.contains(QLatin1String("001-unknown-author.md:11")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("unknown user \"nobody\"")), qPrintable(message));

    TestServer unwritable;
    unwritable.setDataDir(QStringLiteral("/proc/aivizor-no-such-dir"));
    QVERIFY(!unwritable.start());
    QVERIFY2(unwritable.errorString().contains(QLatin1String("data directory")), qPrintable(unwritable.errorString()));
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server.moc"
