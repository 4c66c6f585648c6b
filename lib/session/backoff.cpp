#include "lib/session/backoff.h"

#include <QRandomGenerator>

namespace Aivizor {

Backoff::Backoff(qint64 firstMs, qint64 maxMs)
    : m_firstMs(qMax<qint64>(1, firstMs))
    , m_maxMs(qMax(m_firstMs, maxMs))
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{
}

qint64 Backoff::delayMs(int failures, double jitter01, qint64 firstMs, qint64 maxMs)
{
    const int doublings = qBound(0, failures - 1, 30); // far past any cap already
    qint64 base = firstMs;
    for (int i = 0; i < doublings && base < maxMs; ++i)
        base *= 2;
    base = qMin(base, maxMs);
    const double factor = 0.8 + 0.4 * qBound(0.0, jitter01, 1.0);
    return qMin(qint64(double(base) * factor), maxMs);
}

qint64 Backoff::nextDelayMs()
{
    ++m_failures;
    return delayMs(m_failures, m_jitter(), m_firstMs, m_maxMs);
}

void Backoff::setJitterSource(JitterSource jitter)
{
    m_jitter = std::move(jitter);
}

} // namespace Aivizor
