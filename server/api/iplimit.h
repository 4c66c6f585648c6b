#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerRouterRule>

#include <deque>
#include <unordered_map>

// Discourse's per-IP request limit (DISCOURSE_MAX_REQS_PER_IP_PER_10_SECONDS, the global
// RequestTracker limiter in "block" mode): at most `maxPer10Seconds` requests from one address in
// any 10 seconds; the next one is answered 429 with Retry-After and
// Discourse-Rate-Limit-Error-Code: ip_10_secs_limit and a plain-text body, as Discourse does.
// Refused requests do not count. Unlike Discourse's default, loopback and private addresses are
// limited too (as with DISCOURSE_MAX_REQS_RATE_LIMIT_ON_PRIVATE), since the server is mostly
// reached over loopback.
class IpLimit
{
public:
    static constexpr qint64 WindowMs = 10000;

    explicit IpLimit(int maxPer10Seconds) : m_max(maxPer10Seconds) { m_clock.start(); }

    bool enabled() const { return m_max > 0; }
    // Counts a request from `address`; 0 when it may go on, else the seconds to wait.
    int admit(const QHostAddress &address);
    // The wait given by the last admit() that refused.
    int lastWait() const { return m_lastWait; }

private:
    const int m_max;
    QElapsedTimer m_clock;
    std::unordered_map<QString, std::deque<qint64>> m_recent; // per address, its requests' times in the window
    quint64 m_admitted = 0;
    int m_lastWait = 0;
};

// A router rule ahead of every route that claims exactly the requests IpLimit refuses; QtHttpServer
// 6.4 has no hook before routing (QHttpServer is final), so the rule's matches() is that hook.
class IpLimitRule : public QHttpServerRouterRule
{
public:
    IpLimitRule(IpLimit *limit, const QString &pathPattern, QHttpServerRequest::Methods methods,
                RouterHandler handler)
        : QHttpServerRouterRule(pathPattern, methods, std::move(handler)), m_limit(limit)
    {
    }

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *match) const override;

private:
    IpLimit *m_limit;
};
