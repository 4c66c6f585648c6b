#include "iplimit.h"

#include <QHttpServerRequest>

int IpLimit::admit(const QHostAddress &address)
{
    if (m_max <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    // Now and then forget the addresses that have been quiet for a whole window.
    if (++m_admitted % 4096 == 0) {
        for (auto it = m_recent.begin(); it != m_recent.end();)
            it = it->second.empty() || it->second.back() <= now - WindowMs ? m_recent.erase(it) : std::next(it);
    }
    std::deque<qint64> &times = m_recent[address.toString()];
    while (!times.empty() && times.front() <= now - WindowMs)
        times.pop_front();
    if (int(times.size()) < m_max) {
        times.push_back(now);
        return 0;
    }
    // Free again when the oldest request in the window leaves it.
    m_lastWait = int(std::max<qint64>(1, (times.front() + WindowMs - now + 999) / 1000));
    return m_lastWait;
}

bool IpLimitRule::matches(const QHttpServerRequest &request, QRegularExpressionMatch *) const
{
    return m_limit->admit(request.remoteAddress()) > 0;
}
