// ReplySender and LikeToggler against an in-process Discourse stub (QHttpServer): permanent and
// temporary failures, rate limits, a server that goes away mid-send, and an answer lost after the
// post was created, which must never turn into a second post.
#include "lib/posting/liketoggler.h"
#include "lib/posting/replysender.h"
#include "lib/net/forumwriter.h"
#include "lib/net/transport.h"
#include "lib/drafts/draftstore.h"
#include "lib/files/sitekey.h"
#include "lib/posting/outbox.h"
#include "lib/session/backoff.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Aivizor;

namespace {
constexpr int WaitMs = 15000;
constexpr int TopicId = 7;
const QString Me = QStringLiteral("writer");

// A small forum: topic 7 with posts, POST /posts.json driven by a script of outcomes.
class StubForum : public QObject
{
public:
    enum class Outcome { Create, Reject422, RateLimit, ServerError, LoseAnswer, Hang, Enqueue };

    struct StoredPost
    {
        int id = 0;
        int number = 0;
        QString username;
        QString raw;
        QDateTime created;
        int likes = 0;
        bool liked = false;
    };

    QList<Outcome> script; // one per POST /posts.json; Create when empty
    int retryAfterSeconds = 1;
    int postRequests = 0;
    QList<StoredPost> posts;
    QList<int> forbiddenLikes; // post ids whose like the forum refuses

    StubForum()
    {
        for (int n = 1; n <= 3; ++n)
            addPost(n == 2 ? Me : QStringLiteral("someone"), QStringLiteral("Existing post number %1").arg(n));
        using Method = QHttpServerRequest::Method;
        m_server.route(QStringLiteral("/posts\\.json"), Method::Post,
                       [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                           onCreate(request, std::move(responder));
                       });
        m_server.route(QStringLiteral("/t/<arg>/posts\\.json"), Method::Get,
                       [this](int topic, const QHttpServerRequest &request) {
                           QJsonArray list;
                           const QString query = request.url().query(QUrl::FullyDecoded);
                           for (const StoredPost &p : std::as_const(posts)) {
                               if (topic == TopicId && query.contains(QStringLiteral("post_ids[]=%1").arg(p.id)))
                                   list.append(postJson(p, false));
                           }
                           return QHttpServerResponse(
                               QJsonObject{{QStringLiteral("post_stream"), QJsonObject{{QStringLiteral("posts"), list}}}});
                       });
        m_server.route(QStringLiteral("/t/<arg>\\.json"), Method::Get, [this](int topic) {
            if (topic != TopicId)
                return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
            QJsonArray stream;
            for (const StoredPost &p : std::as_const(posts))
                stream.append(p.id);
            const QJsonObject postStream{{QStringLiteral("stream"), stream},
                                         {QStringLiteral("posts"), QJsonArray{postJson(posts.first(), false)}}};
            return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), TopicId},
                                                   {QStringLiteral("title"), QStringLiteral("Stub topic")},
                                                   {QStringLiteral("post_stream"), postStream}});
        });
        m_server.route(QStringLiteral("/posts/<arg>\\.json"), Method::Get, [this](int id) {
            for (const StoredPost &p : std::as_const(posts)) {
                if (p.id == id)
                    return QHttpServerResponse(postJson(p, true));
            }
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        });
        m_server.route(QStringLiteral("/post_actions\\.json"), Method::Post, [this](const QHttpServerRequest &request) {
            return likeAction(QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("id")).toInt(), true);
        });
        m_server.route(QStringLiteral("/post_actions/<arg>\\.json"), Method::Delete,
                       [this](int id) { return likeAction(id, false); });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    int countRaw(const QString &raw) const
    {
        int n = 0;
        for (const StoredPost &p : posts)
            n += p.raw == raw ? 1 : 0;
        return n;
    }

    StoredPost &addPost(const QString &username, const QString &raw)
    {
        StoredPost p;
        p.id = 100 + int(posts.size()) + 1;
        p.number = int(posts.size()) + 1;
        p.username = username;
        p.raw = raw;
        p.created = QDateTime::currentDateTimeUtc();
        posts.append(p);
        return posts.last();
    }

    // Stops accepting connections and drops every open one, like a server process that died.
    void goDown()
    {
        m_held.clear();
        const auto listeners = m_server.servers();
        for (QTcpServer *listener : listeners) {
            for (QTcpSocket *socket : listener->findChildren<QTcpSocket *>())
                socket->abort();
            listener->close();
        }
    }
    bool comeBack() { return m_server.listen(QHostAddress::LocalHost, m_port) == m_port; }

private:
    static QJsonObject postJson(const StoredPost &p, bool withRaw)
    {
        QJsonObject o{{QStringLiteral("id"), p.id},
                      {QStringLiteral("topic_id"), TopicId},
                      {QStringLiteral("post_number"), p.number},
                      {QStringLiteral("username"), p.username},
                      {QStringLiteral("created_at"), p.created.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("cooked"), QStringLiteral("<p>%1</p>").arg(p.raw.toHtmlEscaped())},
                      {QStringLiteral("actions_summary"),
                       QJsonArray{QJsonObject{{QStringLiteral("id"), 2},
                                              {QStringLiteral("count"), p.likes},
                                              {QStringLiteral("acted"), p.liked}}}}};
        if (withRaw)
            o.insert(QStringLiteral("raw"), p.raw);
        return o;
    }

    static void answer(QHttpServerResponder &responder, const QJsonObject &body,
                       QHttpServerResponder::StatusCode status, QHttpServerResponder::HeaderList extra = {})
    {
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        responder.writeStatusLine(status);
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(json.size()));
        responder.writeHeaders(extra);
        responder.writeBody(json);
    }

    void onCreate(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    {
        ++postRequests;
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        const Outcome outcome = script.isEmpty() ? Outcome::Create : script.takeFirst();
        using Status = QHttpServerResponder::StatusCode;
        switch (outcome) {
        case Outcome::Create: {
            const StoredPost &p = addPost(Me, body.value(QStringLiteral("raw")).toString());
            answer(responder, postJson(p, false), Status::Ok);
            return;
        }
        case Outcome::Enqueue:
            answer(responder,
                   QJsonObject{{QStringLiteral("success"), true},
                               {QStringLiteral("action"), QStringLiteral("enqueued")},
                               {QStringLiteral("pending_count"), 1}},
                   Status::Ok);
            return;
        case Outcome::Reject422:
            answer(responder,
                   QJsonObject{{QStringLiteral("errors"),
                                QJsonArray{QStringLiteral("The stub wants at least a few more words.")}}},
                   Status::UnprocessableEntity);
            return;
        case Outcome::RateLimit:
            answer(responder,
                   QJsonObject{{QStringLiteral("errors"), QJsonArray{QStringLiteral("Slow down.")}},
                               {QStringLiteral("error_type"), QStringLiteral("rate_limit")}},
                   Status::TooManyRequests, {{"Retry-After", QByteArray::number(retryAfterSeconds)}});
            return;
        case Outcome::ServerError:
            answer(responder, QJsonObject{{QStringLiteral("errors"), QJsonArray{QStringLiteral("Oops.")}}},
                   Status::InternalServerError);
            return;
        case Outcome::LoseAnswer:
            // The post is stored, then the connection drops before any answer is written.
            addPost(Me, body.value(QStringLiteral("raw")).toString());
            m_held.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
            QTimer::singleShot(0, this, [this] { dropConnections(); });
            return;
        case Outcome::Hang:
            m_held.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
            return;
        }
    }

    void dropConnections()
    {
        m_held.clear();
        for (QTcpServer *listener : m_server.servers()) {
            for (QTcpSocket *socket : listener->findChildren<QTcpSocket *>())
                socket->abort();
        }
    }

    QHttpServerResponse likeAction(int id, bool like)
    {
        if (forbiddenLikes.contains(id))
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("errors"), QJsonArray{QStringLiteral("You cannot like that.")}}},
                QHttpServerResponse::StatusCode::Forbidden);
        for (StoredPost &p : posts) {
            if (p.id == id) {
                p.liked = like;
                p.likes += like ? 1 : -1;
                return QHttpServerResponse(postJson(p, false));
            }
        }
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_held;
};

} // namespace

class TestReplySender : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void postsAndRemovesDraft();
    void rejectedKeepsTextAndMessages();
    void rateLimitWaitsThenSucceeds();
    void rateLimitWaitCanBeCancelled();
    void serverErrorBacksOffThenSucceeds();
    void serverGoneMidSendResendsAfterReturn();
    void lostAnswerIsNotPostedTwice();
    void restartAfterCrashFindsDeliveredPost();
    void demoEntryIsSentAfterRestartOnAnotherPort();
    void queuedForApproval();
    void likeIsAppliedAndConfirmed();
    void likeFailureRollsBack();

private:
    QUuid enqueueReply(const QString &raw, bool withDraft = true);
    void startSender(Outbox *outbox);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StubForum> m_stub;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<ForumWriter> m_writer;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<ReplySender> m_sender;
};

void TestReplySender::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_stub = std::make_unique<StubForum>();
    QVERIFY(m_stub->port() != 0);
    m_transport = std::make_unique<Transport>(m_stub->url());
    m_transport->setTransferTimeout(3000);
    m_writer = std::make_unique<ForumWriter>(m_transport.get());
    m_drafts = std::make_unique<DraftStore>(m_dir->filePath(QStringLiteral("drafts")));
    m_outbox = std::make_unique<Outbox>(m_dir->filePath(QStringLiteral("outbox.json")));
    m_outbox->setJitterSource([] { return 0.0; }); // back-off 1.6 s, 3.2 s ...
}

void TestReplySender::cleanup()
{
    m_sender.reset();
    m_outbox.reset();
    m_drafts.reset();
    m_writer.reset();
    m_transport.reset();
    m_stub.reset();
    m_dir.reset();
}

QUuid TestReplySender::enqueueReply(const QString &raw, bool withDraft)
{
    if (withDraft) {
        Draft d;
        d.text = raw;
        m_drafts->scheduleSave(DraftStore::topicKey(TopicId), d);
        m_drafts->flush();
    }
    return m_outbox->enqueue(m_stub->url(), OutboxPayload::reply(TopicId, raw, 2));
}

void TestReplySender::startSender(Outbox *outbox)
{
    m_sender = std::make_unique<ReplySender>(outbox);
    m_sender->addSite(m_stub->url(), m_writer.get(), Me, m_drafts.get());
    m_sender->start();
}

void TestReplySender::postsAndRemovesDraft()
{
    const QString raw = QStringLiteral("A perfectly ordinary reply.");
    const QUuid id = enqueueReply(raw);
    QVERIFY(!id.isNull());
    QVERIFY(m_drafts->keys().contains(DraftStore::topicKey(TopicId)));
    startSender(m_outbox.get());
    QSignalSpy posted(m_sender.get(), &ReplySender::posted);
    QVERIFY(posted.wait(WaitMs));
    QCOMPARE(posted.first().at(0).value<QUuid>(), id);
    const Post post = posted.first().at(1).value<Post>();
    QCOMPARE(post.username, Me);
    QCOMPARE(post.postNumber, 4);
    QCOMPARE(m_stub->countRaw(raw), 1);
    QCOMPARE(m_outbox->rowCount(), 0);
    QVERIFY(!m_drafts->keys().contains(DraftStore::topicKey(TopicId)));
}

void TestReplySender::rejectedKeepsTextAndMessages()
{
    m_stub->script = {StubForum::Outcome::Reject422};
    const QString raw = QStringLiteral("Too short");
    const QUuid id = enqueueReply(raw);
    startSender(m_outbox.get());
    QSignalSpy rejected(m_sender.get(), &ReplySender::rejected);
    QVERIFY(rejected.wait(WaitMs));
    QCOMPARE(rejected.first().at(0).value<QUuid>(), id);
    QCOMPARE(rejected.first().at(1).value<ApiError>().serverMessages, QStringList{QStringLiteral("The stub wants at least a few more words.")});
    const auto entry = m_outbox->entry(id);
    QVERIFY(entry);
    QCOMPARE(entry->state, OutboxEntry::State::FailedPermanent);
    QCOMPARE(entry->payload.raw, raw);
    QVERIFY(entry->lastError.contains(QStringLiteral("few more words")));
    QVERIFY(m_drafts->keys().contains(DraftStore::topicKey(TopicId)));
    // Not retried on its own.
    QTest::qWait(500);
    QCOMPARE(m_stub->postRequests, 1);
}

void TestReplySender::rateLimitWaitsThenSucceeds()
{
    m_stub->script = {StubForum::Outcome::RateLimit};
    m_stub->retryAfterSeconds = 1;
    const QUuid id = enqueueReply(QStringLiteral("Rate limited at first."));
    startSender(m_outbox.get());
    QSignalSpy retry(m_sender.get(), &ReplySender::retryScheduled);
    QSignalSpy posted(m_sender.get(), &ReplySender::posted);
    QVERIFY(retry.wait(WaitMs));
    QElapsedTimer waited;
    waited.start();
    QCOMPARE(m_outbox->entry(id)->state, OutboxEntry::State::WaitingRateLimit);
    QVERIFY(posted.wait(WaitMs));
    QVERIFY2(waited.elapsed() >= 800, qPrintable(QString::number(waited.elapsed())));
    QCOMPARE(m_stub->postRequests, 2);
    QCOMPARE(m_stub->countRaw(QStringLiteral("Rate limited at first.")), 1);
}

void TestReplySender::rateLimitWaitCanBeCancelled()
{
    m_stub->script = {StubForum::Outcome::RateLimit};
    m_stub->retryAfterSeconds = 60;
    const QUuid id = enqueueReply(QStringLiteral("Never mind this one."));
    startSender(m_outbox.get());
    QSignalSpy retry(m_sender.get(), &ReplySender::retryScheduled);
    QVERIFY(retry.wait(WaitMs));
    QVERIFY(m_sender->cancel(id));
    QCOMPARE(m_outbox->rowCount(), 0);
    QVERIFY(m_drafts->keys().contains(DraftStore::topicKey(TopicId))); // the text is still in the draft
    QTest::qWait(300);
    QCOMPARE(m_stub->postRequests, 1);
}

void TestReplySender::serverErrorBacksOffThenSucceeds()
{
    m_stub->script = {StubForum::Outcome::ServerError};
    const QString raw = QStringLiteral("Survives a 500.");
    enqueueReply(raw);
    startSender(m_outbox.get());
    QSignalSpy retry(m_sender.get(), &ReplySender::retryScheduled);
    QSignalSpy posted(m_sender.get(), &ReplySender::posted);
    QVERIFY(retry.wait(WaitMs));
    const QDateTime next = retry.first().at(1).toDateTime();
    const qint64 delay = QDateTime::currentDateTimeUtc().msecsTo(next);
    QVERIFY2(delay > 1000 && delay <= Backoff::delayMs(1, 0.0), qPrintable(QString::number(delay)));
    QVERIFY(posted.wait(WaitMs));
    QCOMPARE(m_stub->postRequests, 2);
    QCOMPARE(m_stub->countRaw(raw), 1);
}

void TestReplySender::serverGoneMidSendResendsAfterReturn()
{
    m_stub->script = {StubForum::Outcome::Hang};
    const QString raw = QStringLiteral("Sent while the server went away.");
    const QUuid id = enqueueReply(raw);
    startSender(m_outbox.get());
    QSignalSpy sending(m_sender.get(), &ReplySender::sending);
    QSignalSpy retry(m_sender.get(), &ReplySender::retryScheduled);
    QSignalSpy posted(m_sender.get(), &ReplySender::posted);
    QVERIFY(sending.wait(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(m_stub->postRequests, 1, WaitMs);
    m_stub->goDown();
    QVERIFY(retry.wait(WaitMs));
    QCOMPARE(m_outbox->entry(id)->payload.raw, raw);
    QVERIFY(m_outbox->entry(id)->mayHaveReachedServer);
    // Back-off attempts fail with "connection refused" until the server is back.
    QTest::qWait(2500);
    QVERIFY(posted.isEmpty());
    QVERIFY(m_stub->comeBack());
    QVERIFY(posted.wait(20000));
    QCOMPARE(m_stub->countRaw(raw), 1);
    QCOMPARE(m_outbox->rowCount(), 0);
}

void TestReplySender::lostAnswerIsNotPostedTwice()
{
    m_stub->script = {StubForum::Outcome::LoseAnswer};
    const QString raw = QStringLiteral("The answer to this one gets lost.");
    const QUuid id = enqueueReply(raw);
    startSender(m_outbox.get());
    QSignalSpy retry(m_sender.get(), &ReplySender::retryScheduled);
    QSignalSpy posted(m_sender.get(), &ReplySender::posted);
    QVERIFY(posted.wait(20000));
    qInfo("POST requests %d, posts with that text %d", m_stub->postRequests, m_stub->countRaw(raw));
    QCOMPARE(retry.size(), 1);
    QCOMPARE(posted.first().at(0).value<QUuid>(), id);
    QCOMPARE(m_stub->countRaw(raw), 1);
    QCOMPARE(m_stub->postRequests, 1);
    QCOMPARE(posted.first().at(1).value<Post>().id, m_stub->posts.last().id);
    QVERIFY(!m_drafts->keys().contains(DraftStore::topicKey(TopicId)));
}

void TestReplySender::restartAfterCrashFindsDeliveredPost()
{
    const QString raw = QStringLiteral("Delivered just before the app died.");
    const QString file = m_dir->filePath(QStringLiteral("crash-outbox.json"));
    QUuid id;
    {
        Outbox before(file);
        id = before.enqueue(m_stub->url(), OutboxPayload::reply(TopicId, raw));
        QVERIFY(before.markSending(id)); // the app dies here, after the server stored the post
    }
    m_stub->addPost(Me, raw);
    Outbox after(file);
    QVERIFY(after.entry(id));
    QVERIFY(after.entry(id)->mayHaveReachedServer);
    startSender(&after);
    QSignalSpy posted(m_sender.get(), &ReplySender::posted);
    QVERIFY(posted.wait(WaitMs));
    QCOMPARE(m_stub->postRequests, 0);
    QCOMPARE(m_stub->countRaw(raw), 1);
    QCOMPARE(after.rowCount(), 0);
    m_sender.reset();
}

// The app starts the demo server on a new port each run: a reply left in the outbox at quit
// belongs to the demo forum, and the next run sends it there.
void TestReplySender::demoEntryIsSentAfterRestartOnAnotherPort()
{
    const QString raw = QStringLiteral("Written in the demo just before quitting.");
    const QString file = m_dir->filePath(QStringLiteral("demo-outbox.json"));
    const QUrl lastRun(QStringLiteral("http://127.0.0.1:%1").arg(m_stub->port() == 65535 ? 1 : m_stub->port() + 1));
    QUuid id;
    setDemoSiteUrl(lastRun);
    {
        Outbox before(file);
        id = before.enqueue(lastRun, OutboxPayload::reply(TopicId, raw, 2));
        QVERIFY(!id.isNull());
    } // quit before it was sent

    setDemoSiteUrl(m_stub->url()); // this run's demo server
    Outbox after(file);
    QVERIFY(after.entry(id));
    startSender(&after);
    QSignalSpy posted(m_sender.get(), &ReplySender::posted);
    const bool sent = posted.wait(WaitMs);
    m_sender.reset();
    setDemoSiteUrl(QUrl());
    QVERIFY(sent);
    QCOMPARE(posted.first().at(0).value<QUuid>(), id);
    QCOMPARE(m_stub->countRaw(raw), 1);
    QCOMPARE(after.rowCount(), 0);
}

void TestReplySender::queuedForApproval()
{
    m_stub->script = {StubForum::Outcome::Enqueue};
    const QUuid id = enqueueReply(QStringLiteral("Needs a moderator."));
    startSender(m_outbox.get());
    QSignalSpy queued(m_sender.get(), &ReplySender::queuedForApproval);
    QSignalSpy posted(m_sender.get(), &ReplySender::posted);
    QVERIFY(queued.wait(WaitMs));
    QCOMPARE(queued.first().at(0).value<QUuid>(), id);
    QVERIFY(posted.isEmpty());
    QCOMPARE(m_outbox->rowCount(), 0);
}

void TestReplySender::likeIsAppliedAndConfirmed()
{
    LikeToggler toggler(m_writer.get());
    Post post;
    post.id = 101;
    post.likeCount = 0;
    QList<QPair<bool, int>> shown;
    auto apply = [&shown](int, bool liked, int count) { shown.append({liked, count}); };
    QSignalSpy confirmed(&toggler, &LikeToggler::confirmed);
    QVERIFY(toggler.toggle(post, apply));
    QCOMPARE(shown.size(), 1); // optimistic, before any answer
    QCOMPARE(shown.first(), qMakePair(true, 1));
    QVERIFY(!toggler.toggle(post, apply)); // busy
    QVERIFY(confirmed.wait(WaitMs));
    QCOMPARE(shown.last(), qMakePair(true, 1));
    QVERIFY(m_stub->posts.first().liked);

    post.liked = true;
    post.likeCount = 1;
    QVERIFY(toggler.toggle(post, apply));
    QCOMPARE(shown.last(), qMakePair(false, 0));
    QVERIFY(confirmed.wait(WaitMs));
    QCOMPARE(shown.last(), qMakePair(false, 0));
    QVERIFY(!m_stub->posts.first().liked);
}

void TestReplySender::likeFailureRollsBack()
{
    m_stub->forbiddenLikes = {102};
    LikeToggler toggler(m_writer.get());
    Post post;
    post.id = 102;
    post.likeCount = 4;
    QList<QPair<bool, int>> shown;
    QSignalSpy failed(&toggler, &LikeToggler::failed);
    QVERIFY(toggler.toggle(post, [&shown](int, bool liked, int count) { shown.append({liked, count}); }));
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(shown, (QList<QPair<bool, int>>{{true, 5}, {false, 4}}));
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Forbidden);
    QVERIFY(!toggler.isBusy(102));
}

QTEST_GUILESS_MAIN(TestReplySender)
#include "tst_replysender.moc"
