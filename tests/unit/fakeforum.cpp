#include "fakeforum.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace {
QHttpServerResponse notFound()
{
    return QHttpServerResponse(QJsonObject{{"errors", QJsonArray{"not found"}}, {"error_type", "not_found"}},
                               QHttpServerResponse::StatusCode::NotFound);
}
} // namespace

FakeForum::FakeForum()
{
    const auto log = [this](const QHttpServerRequest &req) {
        const QString query = req.url().query();
        requests.append(req.url().path() + (query.isEmpty() ? QString() : QLatin1Char('?') + query));
    };
    const auto failure = [this] { return QHttpServerResponse(QHttpServerResponse::StatusCode(failStatus)); };
    m_server.route("/site\\.json", [this, log, failure](const QHttpServerRequest &req) {
        log(req);
        if (failStatus)
            return failure();
        if (failSite)
            return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
        return QHttpServerResponse(QJsonObject{{"categories", categories}});
    });
    m_server.route("/categories\\.json", [this, log, failure](const QHttpServerRequest &req) {
        log(req);
        if (failStatus)
            return failure();
        // Nest children under their parents through subcategory_list.
        QHash<int, QJsonArray> children;
        QJsonArray roots;
        for (const QJsonValue &v : std::as_const(categories)) {
            const int parent = v.toObject().value("parent_category_id").toInt();
            if (parent)
                children[parent].append(v);
        }
        std::function<QJsonObject(QJsonObject)> nest = [&](QJsonObject o) {
            o.remove("parent_category_id");
            QJsonArray kids;
            for (const QJsonValue &k : children.value(o.value("id").toInt()))
                kids.append(nest(k.toObject()));
            if (!kids.isEmpty())
                o.insert("subcategory_list", kids);
            return o;
        };
        for (const QJsonValue &v : std::as_const(categories))
            if (!v.toObject().value("parent_category_id").toInt())
                roots.append(nest(v.toObject()));
        return QHttpServerResponse(QJsonObject{{"category_list", QJsonObject{{"categories", roots}}}});
    });
    m_server.route("/latest\\.json", [this, log, failure](const QHttpServerRequest &req) {
        log(req);
        if (failStatus)
            return failure();
        const int page = req.query().queryItemValue("page").toInt();
        const QList<int> ids = latestOrder.mid(page * perPage, perPage);
        QJsonArray list;
        for (int id : ids) {
            list.append(QJsonObject{
                {"id", id},
                {"title", latestTitles.value(id, QStringLiteral("Topic %1").arg(id))},
                {"slug", QStringLiteral("topic-%1").arg(id)},
                {"posts_count", id % 7 + 1},
                {"reply_count", id % 7},
                {"views", id * 10},
                {"like_count", id % 3},
                {"created_at", "2026-01-02T03:04:05.000Z"},
                {"last_posted_at", "2026-01-03T03:04:05.000Z"},
                {"category_id", 1},
                {"tags", QJsonArray{"news"}},
                {"posters", QJsonArray{QJsonObject{{"user_id", 1}, {"description", "Original Poster"}}}}});
        }
        QJsonObject topicList{{"topics", list}, {"per_page", perPage}};
        if (ids.size() == perPage) // Discourse only sends it for full pages
            topicList.insert("more_topics_url", QStringLiteral("/latest?page=%1").arg(page + 1));
        const QJsonArray users{QJsonObject{{"id", 1}, {"username", "alice"}, {"name", "Alice A."},
                                           {"avatar_template", "/user_avatar/h/alice/{size}/1_2.png"}}};
        return QHttpServerResponse(QJsonObject{{"users", users}, {"topic_list", topicList}});
    });
    m_server.route("/t/<arg>\\.json", [this, log, failure](int id, const QHttpServerRequest &req) {
        log(req);
        if (failStatus)
            return failure();
        if (!topics.contains(id))
            return notFound();
        const FakeTopic &t = topics[id];
        QJsonArray stream;
        QJsonArray posts;
        for (int i = 0; i < t.postNumbers.size(); ++i) {
            stream.append(postId(id, t.postNumbers.at(i)));
            if (i < 20)
                posts.append(postJson(id, t.postNumbers.at(i)));
        }
        return QHttpServerResponse(QJsonObject{
            {"id", id},
            {"title", t.title},
            {"slug", "slug"},
            {"posts_count", t.postNumbers.size()},
            {"highest_post_number", t.postNumbers.isEmpty() ? 0 : t.postNumbers.last()},
            {"chunk_size", 20},
            {"tags", QJsonArray{QJsonObject{{"id", 1}, {"name", "News"}, {"slug", "news"}}}},
            {"details", QJsonObject{{"created_by", QJsonObject{{"id", 1}, {"username", "alice"}}}}},
            {"post_stream", QJsonObject{{"posts", posts}, {"stream", stream}}}});
    });
    m_server.route("/t/<arg>/posts\\.json", [this, log, failure](int id, const QHttpServerRequest &req) {
        log(req);
        if (failStatus)
            return failure();
        if (!topics.contains(id))
            return notFound();
        const FakeTopic &t = topics[id];
        QList<int> asked;
        QJsonArray posts;
        for (const QString &v : req.query().allQueryItemValues("post_ids[]")) {
            const int postId = v.toInt();
            asked.append(postId);
            const int number = postId - id * 1000;
            if (t.postNumbers.contains(number) && !t.missingPostIds.contains(postId))
                posts.append(postJson(id, number));
        }
        postIdRequests.append(asked);
        return QHttpServerResponse(QJsonObject{{"id", id}, {"post_stream", QJsonObject{{"posts", posts}}}});
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
}

void FakeForum::goDown(Outage outage)
{
    if (outage == Outage::ServerError) {
        failStatus = 500;
        return;
    }
    for (QTcpServer *server : m_server.servers()) {
        server->close();
        // Accepted sockets are the listener's children; a kept-alive one would still be answered.
        for (QTcpSocket *socket : server->findChildren<QTcpSocket *>())
            socket->abort();
    }
}

bool FakeForum::comeBack()
{
    failStatus = 0;
    for (QTcpServer *server : m_server.servers())
        if (!server->isListening() && !server->listen(QHostAddress::LocalHost, m_port))
            return false;
    return true;
}

QUrl FakeForum::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QJsonObject FakeForum::postJson(int topicId, int postNumber) const
{
    QJsonArray actions;
    actions.append(QJsonObject{{"id", 2}, {"count", postNumber % 4}, {"can_act", true}});
    return QJsonObject{
        {"id", postId(topicId, postNumber)},
        {"post_number", postNumber},
        {"topic_id", topicId},
        {"username", QStringLiteral("user%1").arg(postNumber % 3)},
        {"name", QStringLiteral("User %1").arg(postNumber % 3)},
        {"avatar_template", QStringLiteral("/user_avatar/h/user%1/{size}/1_2.png").arg(postNumber % 3)},
        {"created_at", QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(postNumber * 60).toString(Qt::ISODate)},
        {"cooked", editedCooked.value(postId(topicId, postNumber), QStringLiteral("<p>Post %1</p>").arg(postNumber))},
        {"post_type", 1},
        {"reply_to_post_number", postNumber > 1 ? QJsonValue(postNumber - 1) : QJsonValue()},
        {"actions_summary", actions}};
}

void FakeForum::addOutageRows()
{
    QTest::addColumn<FakeForum::Outage>("outage");
    QTest::newRow("500") << FakeForum::Outage::ServerError;
    QTest::newRow("refused") << FakeForum::Outage::Refused;
}
