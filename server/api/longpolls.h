#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <map>

class MessageBus;

// Message-bus polls waiting for a message (long polling without chunking, as the message_bus
// gem does for Dont-Chunk clients): each is answered with one JSON array as soon as a
// subscribed channel has something for it, or with [] when it has waited holdMs. Waiting costs
// a map entry and a socket, no thread and no timer of its own: one timer serves the oldest.
class LongPolls : public QObject
{
    Q_OBJECT

public:
    // Held polls per user (or per address when anonymous), and in all; beyond them a poll is
    // answered at once like the gem's over-capacity case (max_active_clients).
    static constexpr int kMaxPerOwner = 8;
    static constexpr int kMaxTotal = 1000;

    struct Poll
    {
        QString clientId;
        qint64 seq = 0;                 // __seq: of two polls with one client id the higher wins
        int userId = 0;                 // 0: anonymous
        QString owner;                  // "u<id>" or "a<address>": what the per-owner bound counts
        QHash<QString, qint64> subscriptions;
        bool mayHold = true;            // false for dlp=t
        bool loggedOut = false;         // credentials were sent but not accepted
    };

    // holdMs 0 turns long polling off (Discourse's enable_long_polling = false).
    LongPolls(MessageBus &bus, int holdMs, QObject *parent = nullptr);

    // Answers at once when there is a backlog or the poll may not wait, else holds it.
    void poll(QHttpServerResponder &&responder, Poll poll);
    int waiting() const { return int(m_waiters.size()); }

private:
    struct Waiter
    {
        Waiter(QHttpServerResponder &&r, Poll &&p) : responder(std::move(r)), poll(std::move(p)) {}
        QHttpServerResponder responder;
        Poll poll;
        qint64 deadline = 0;
        QPointer<QTcpSocket> socket;
        QMetaObject::Connection disconnected;
    };

    static void answer(QHttpServerResponder &responder, const QPointer<QTcpSocket> &socket,
                       const QJsonArray &messages, bool loggedOut);
    void onPublished(const QString &channel);
    void finish(quint64 key, const QJsonArray &messages);
    void drop(quint64 key);
    void expire();
    void armTimer();

    MessageBus &m_bus;
    int m_holdMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    quint64 m_nextKey = 1;
    // Keyed in arrival order, which is deadline order as every poll waits the same time.
    std::map<quint64, Waiter> m_waiters;
    QMultiHash<QString, quint64> m_byChannel;
    QHash<QString, quint64> m_byClient;
    QHash<QString, int> m_perOwner;
};
