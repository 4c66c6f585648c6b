#include "lib/reading/readstatesync.h"

#include "lib/net/forumclient.h"
#include "lib/net/forumwriter.h"
#include "lib/reading/readingstate.h"
#include "lib/store/forumstore.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace Aivizor {

Q_LOGGING_CATEGORY(lcReadSync, "aivizor.reading")

namespace {

const QString Timings = QStringLiteral("timings");
const QString DismissPosts = QStringLiteral("dismiss_posts");
const QString DismissTopics = QStringLiteral("dismiss_topics");
const QString ForgetLastRead = QStringLiteral("forget_last_read");
const QString Level = QStringLiteral("level");

QJsonObject timingsJson(const QMap<int, int> &postMs)
{
    QJsonObject o;
    for (auto it = postMs.cbegin(); it != postMs.cend(); ++it)
        o.insert(QString::number(it.key()), it.value());
    return o;
}

QMap<int, int> timingsMap(const QJsonObject &o)
{
    QMap<int, int> map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key().toInt(), it.value().toInt());
    return map;
}

QJsonArray idsJson(const QList<int> &ids)
{
    QJsonArray a;
    for (int id : ids)
        a.append(id);
    return a;
}

QList<int> idsOf(const QJsonValue &v)
{
    QList<int> ids;
    for (const QJsonValue &id : v.toArray())
        ids.append(id.toInt());
    return ids;
}

} // namespace

ReadStateSync::ReadStateSync(ForumClient *client, ForumWriter *writer, ReadingState *state, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_writer(writer)
    , m_state(state)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ReadStateSync::sendNext);
}

void ReadStateSync::setStore(ForumStore *store)
{
    m_store = store;
    if (!store)
        return;
    m_queue = store->pendingReadOps();
    for (const PendingReadOp &op : std::as_const(m_queue)) {
        m_lastId = qMax(m_lastId, op.id);
        if (!m_state)
            continue;
        if (op.topicId != 0)
            m_state->setPending(op.topicId, true);
        for (int id : idsOf(op.payload.value(QStringLiteral("topic_ids"))))
            m_state->setPending(id, true);
    }
    emit pendingCountChanged(pendingCount());
    sendNext();
}

void ReadStateSync::setUsername(const QString &username)
{
    if (username == m_username)
        return;
    m_username = username;
    if (m_state)
        m_state->setForumState(!username.isEmpty());
    refresh();
    sendNow();
}

void ReadStateSync::addTimings(int topicId, const QMap<int, int> &postMs, int topicMs)
{
    if (m_username.isEmpty() || topicId <= 0 || postMs.isEmpty())
        return;
    // Merged into a request for the same topic that is still waiting (not the one in flight).
    for (int i = m_sending ? 1 : 0; i < m_queue.size(); ++i) {
        PendingReadOp &op = m_queue[i];
        if (op.kind != Timings || op.topicId != topicId)
            continue;
        QMap<int, int> merged = timingsMap(op.payload.value(QStringLiteral("timings")).toObject());
        for (auto it = postMs.cbegin(); it != postMs.cend(); ++it)
            merged[it.key()] += it.value();
        op.payload.insert(QStringLiteral("timings"), timingsJson(merged));
        op.payload.insert(QStringLiteral("topic_time"), op.payload.value(QStringLiteral("topic_time")).toInt() + topicMs);
        if (m_store)
            m_store->putPendingReadOp(op);
        return;
    }
    PendingReadOp op;
    op.topicId = topicId;
    op.kind = Timings;
    op.payload = {{QStringLiteral("timings"), timingsJson(postMs)}, {QStringLiteral("topic_time"), topicMs}};
    enqueue(op);
}

void ReadStateSync::markTopicsRead(const QList<int> &topicIds)
{
    if (topicIds.isEmpty())
        return;
    for (int id : topicIds)
        m_state->markTopicRead(id);
    if (m_username.isEmpty())
        return;
    // dismiss_posts reads topics opened before to their end; dismiss_topics takes the never-read
    // ones out of "new". Each leaves the other kind alone, so both go.
    for (const QString &kind : {DismissPosts, DismissTopics}) {
        PendingReadOp op;
        op.kind = kind;
        op.payload = {{QStringLiteral("topic_ids"), idsJson(topicIds)}};
        enqueue(op);
    }
}

void ReadStateSync::markTopicUnread(int topicId)
{
    const int levelBefore = m_state->state(topicId).value_or(TopicReadState()).notificationLevel;
    m_state->markTopicUnread(topicId);
    if (m_username.isEmpty())
        return;
    PendingReadOp op;
    op.topicId = topicId;
    op.kind = ForgetLastRead;
    enqueue(op);
    // Discourse counts a topic unread only when it is tracked or watched.
    if (levelBefore < TopicReadState::Tracking) {
        PendingReadOp level;
        level.topicId = topicId;
        level.kind = Level;
        level.payload = {{QStringLiteral("level"), int(TopicReadState::Tracking)}};
        enqueue(level);
    }
}

void ReadStateSync::setNotificationLevel(int topicId, int level)
{
    m_state->setNotificationLevel(topicId, level);
    if (m_username.isEmpty())
        return;
    PendingReadOp op;
    op.topicId = topicId;
    op.kind = Level;
    op.payload = {{QStringLiteral("level"), level}};
    enqueue(op);
}

void ReadStateSync::refresh()
{
    if (m_username.isEmpty() || !m_client)
        return;
    m_client->fetchTrackingState(m_username, this, [this](const ApiResult<QList<TopicReadState>> &result) {
        if (!result.ok()) {
            emit failed(result.error);
            return;
        }
        m_state->applyReport(*result.value);
        emit refreshed();
    });
}

void ReadStateSync::sendNow()
{
    m_backoff.reset();
    m_retry.stop();
    sendNext();
}

void ReadStateSync::enqueue(PendingReadOp op)
{
    op.id = nextId();
    m_queue.append(op);
    if (m_store)
        m_store->putPendingReadOp(op);
    if (op.topicId != 0)
        m_state->setPending(op.topicId, true);
    for (int id : idsOf(op.payload.value(QStringLiteral("topic_ids"))))
        m_state->setPending(id, true);
    emit pendingCountChanged(pendingCount());
    sendNext();
}

void ReadStateSync::sendNext()
{
    if (m_sending || m_queue.isEmpty() || m_username.isEmpty() || !m_writer || m_retry.isActive())
        return;
    m_sending = true;
    const PendingReadOp op = m_queue.first();
    const auto done = [this](const ApiResult<bool> &result) { onSent(result.error); };
    if (op.kind == Timings) {
        m_writer->sendTimings(op.topicId, timingsMap(op.payload.value(QStringLiteral("timings")).toObject()),
                              op.payload.value(QStringLiteral("topic_time")).toInt(), this, done);
    } else if (op.kind == DismissPosts || op.kind == DismissTopics) {
        m_writer->dismissTopics(idsOf(op.payload.value(QStringLiteral("topic_ids"))), op.kind == DismissPosts, this,
                                done);
    } else if (op.kind == ForgetLastRead) {
        m_writer->forgetLastRead(op.topicId, this, done);
    } else if (op.kind == Level) {
        m_writer->setTopicNotificationLevel(op.topicId, op.payload.value(QStringLiteral("level")).toInt(), this,
                                            done);
    } else {
        onSent(ApiError()); // written by a newer version: nothing to send
    }
}

void ReadStateSync::onSent(const ApiError &error)
{
    m_sending = false;
    if (m_queue.isEmpty())
        return;
    if (error.isError() && error.isRetryable()) {
        m_retry.start(int(m_backoff.nextDelayMs()));
        return;
    }
    const PendingReadOp op = m_queue.takeFirst();
    if (m_store)
        m_store->removePendingReadOps({op.id});
    if (error.isError()) {
        qCWarning(lcReadSync) << "the forum refused a reading-state change:" << op.kind << error.userText();
        emit failed(error);
    }
    m_backoff.reset();
    updatePending(op.topicId);
    for (int id : idsOf(op.payload.value(QStringLiteral("topic_ids"))))
        updatePending(id);
    emit pendingCountChanged(pendingCount());
    sendNext();
}

void ReadStateSync::updatePending(int topicId)
{
    if (topicId == 0)
        return;
    const bool stillPending = std::any_of(m_queue.cbegin(), m_queue.cend(), [topicId](const PendingReadOp &op) {
        return op.topicId == topicId || idsOf(op.payload.value(QStringLiteral("topic_ids"))).contains(topicId);
    });
    m_state->setPending(topicId, stillPending);
}

qint64 ReadStateSync::nextId()
{
    return ++m_lastId;
}

} // namespace Aivizor
