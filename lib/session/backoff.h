#pragma once

#include <QtGlobal>

#include <functional>

namespace Aivizor {

// The one back-off rule for everything that retries against a forum (the session's reconnect
// probe, the outbox's resends): 2 s, 4 s, 8 s ... up to 5 minutes, each delay spread by +/-20%
// so clients that failed together do not come back together.
class Backoff
{
public:
    static constexpr qint64 DefaultFirstMs = 2000;
    static constexpr qint64 DefaultMaxMs = 5 * 60 * 1000;

    using JitterSource = std::function<double()>; // uniform in [0, 1); 0.5 = no jitter

    explicit Backoff(qint64 firstMs = DefaultFirstMs, qint64 maxMs = DefaultMaxMs);

    // The delay before try number `failures` + 1 after `failures` failed ones (failures >= 1).
    static qint64 delayMs(int failures, double jitter01, qint64 firstMs = DefaultFirstMs,
                          qint64 maxMs = DefaultMaxMs);

    // Stateful use: failures() counts failed tries since the last reset().
    int failures() const { return m_failures; }
    // Counts one more failure and returns the delay before the next try.
    qint64 nextDelayMs();
    void reset() { m_failures = 0; }
    void setJitterSource(JitterSource jitter);

private:
    qint64 m_firstMs;
    qint64 m_maxMs;
    int m_failures = 0;
    JitterSource m_jitter;
};

} // namespace Aivizor
