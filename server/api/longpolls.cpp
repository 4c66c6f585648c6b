#include "longpolls.h"
#include "bus/messagebus.h"

#include <QJsonDocument>

LongPolls::LongPolls(MessageBus &bus, int holdMs, QObject *parent)
    : QObject(parent), m_bus(bus), m_holdMs(holdMs)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LongPolls::expire);
    connect(&m_bus, &MessageBus::published, this, &LongPolls::onPublished);
}

void LongPolls::answer(QHttpServerResponder &responder, const QPointer<QTcpSocket> &socket,
                       const QJsonArray &messages, bool loggedOut)
{
    // The client went away while waiting: QtHttpServer has deleted (or is deleting) its socket.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray body = QJsonDocument(messages).toJson(QJsonDocument::Compact);
    // The gem's headers on every poll answer; Discourse-Logged-Out tells the client its key failed.
    if (loggedOut) {
        responder.write(body, {{"Content-Type", "application/json; charset=utf-8"},
                               {"Cache-Control", "must-revalidate, private, max-age=0"},
                               {"Pragma", "no-cache"},
                               {"Expires", "0"},
                               {"X-Content-Type-Options", "nosniff"},
                               {"Discourse-Logged-Out", "1"}});
    } else {
        responder.write(body, {{"Content-Type", "application/json; charset=utf-8"},
                               {"Cache-Control", "must-revalidate, private, max-age=0"},
                               {"Pragma", "no-cache"},
                               {"Expires", "0"},
                               {"X-Content-Type-Options", "nosniff"}});
    }
}

void LongPolls::poll(QHttpServerResponder &&responder, Poll poll)
{
    const QPointer<QTcpSocket> socket(responder.socket());
    const QJsonArray backlog = m_bus.backlog(poll.subscriptions, poll.userId);
    const bool overCapacity = int(m_waiters.size()) >= kMaxTotal || m_perOwner.value(poll.owner) >= kMaxPerOwner;
    if (!backlog.isEmpty() || !poll.mayHold || m_holdMs <= 0 || overCapacity || poll.subscriptions.isEmpty()) {
        answer(responder, socket, backlog, poll.loggedOut);
        return;
    }
    // connection_manager#add_client: one waiting poll per client id, the higher __seq stays.
    if (!poll.clientId.isEmpty()) {
        const auto previous = m_byClient.constFind(poll.clientId);
        if (previous != m_byClient.constEnd()) {
            const auto it = m_waiters.find(*previous);
            if (it != m_waiters.end() && it->second.poll.seq > poll.seq) {
                answer(responder, socket, {}, poll.loggedOut);
                return;
            }
            finish(*previous, {});
        }
    }

    const quint64 key = m_nextKey++;
    auto [it, inserted] = m_waiters.try_emplace(key, std::move(responder), std::move(poll));
    Waiter &waiter = it->second;
    waiter.deadline = m_clock.elapsed() + m_holdMs;
    waiter.socket = socket;
    if (socket)
        waiter.disconnected = connect(socket, &QTcpSocket::disconnected, this, [this, key] { drop(key); });
    for (auto c = waiter.poll.subscriptions.constBegin(); c != waiter.poll.subscriptions.constEnd(); ++c)
        m_byChannel.insert(c.key(), key);
    if (!waiter.poll.clientId.isEmpty())
        m_byClient.insert(waiter.poll.clientId, key);
    ++m_perOwner[waiter.poll.owner];
    if (!m_timer.isActive())
        armTimer();
}

void LongPolls::onPublished(const QString &channel)
{
    const QList<quint64> keys = m_byChannel.values(channel);
    for (quint64 key : keys) {
        const auto it = m_waiters.find(key);
        if (it == m_waiters.end())
            continue;
        const QJsonArray backlog = m_bus.backlog(it->second.poll.subscriptions, it->second.poll.userId);
        if (!backlog.isEmpty())
            finish(key, backlog);
    }
}

void LongPolls::finish(quint64 key, const QJsonArray &messages)
{
    auto it = m_waiters.find(key);
    if (it == m_waiters.end())
        return;
    answer(it->second.responder, it->second.socket, messages, it->second.poll.loggedOut);
    drop(key);
}

void LongPolls::drop(quint64 key)
{
    auto it = m_waiters.find(key);
    if (it == m_waiters.end())
        return;
    Waiter &waiter = it->second;
    disconnect(waiter.disconnected);
    for (auto c = waiter.poll.subscriptions.constBegin(); c != waiter.poll.subscriptions.constEnd(); ++c)
        m_byChannel.remove(c.key(), key);
    if (!waiter.poll.clientId.isEmpty() && m_byClient.value(waiter.poll.clientId) == key)
        m_byClient.remove(waiter.poll.clientId);
    if (--m_perOwner[waiter.poll.owner] <= 0)
        m_perOwner.remove(waiter.poll.owner);
    const bool wasFirst = it == m_waiters.begin();
    m_waiters.erase(it);
    if (wasFirst)
        armTimer();
}

void LongPolls::expire()
{
    const qint64 now = m_clock.elapsed();
    while (!m_waiters.empty() && m_waiters.begin()->second.deadline <= now)
        finish(m_waiters.begin()->first, {});
    armTimer();
}

void LongPolls::armTimer()
{
    if (m_waiters.empty()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qMax<qint64>(0, m_waiters.begin()->second.deadline - m_clock.elapsed())));
}
