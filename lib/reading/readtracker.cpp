#include "lib/reading/readtracker.h"

namespace Aivizor {

ReadTracker::ReadTracker(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &ReadTracker::tick);
    m_sinceActivity.start();
    m_sinceFlush.start();
}

ReadTracker::~ReadTracker()
{
    flush();
}

void ReadTracker::setTopic(int topicId, int lastReadPostNumber)
{
    if (topicId == m_topicId) {
        m_highestRead = qMax(m_highestRead, lastReadPostNumber);
        return;
    }
    flush();
    m_topicId = topicId;
    m_highestRead = lastReadPostNumber;
    m_visible.clear();
    m_shownMs.clear();
    noteActivity();
    updateTimer();
}

void ReadTracker::setVisiblePosts(const QList<int> &postNumbers)
{
    m_visible = postNumbers;
    updateTimer();
}

void ReadTracker::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        noteActivity();
    updateTimer();
}

void ReadTracker::noteActivity()
{
    m_sinceActivity.restart();
}

void ReadTracker::flush()
{
    if (m_topicId == 0 || (m_pendingMs.isEmpty() && m_pendingTopicMs == 0))
        return;
    const QMap<int, int> postMs = std::exchange(m_pendingMs, {});
    const int topicMs = std::exchange(m_pendingTopicMs, 0);
    m_newlyRead = false;
    m_sinceFlush.restart();
    emit timingsReady(m_topicId, postMs, topicMs);
}

void ReadTracker::updateTimer()
{
    const bool counting = m_active && m_topicId != 0 && !m_visible.isEmpty();
    if (counting && !m_timer.isActive()) {
        m_sinceTick.start();
        m_timer.start();
    } else if (!counting && m_timer.isActive()) {
        tick(); // the time up to now still counts
        m_timer.stop();
    }
}

void ReadTracker::tick()
{
    // A tick delayed by a busy or suspended machine counts for one interval at most.
    const int ms = int(qMin<qint64>(m_sinceTick.restart(), 4 * TickMs));
    if (m_sinceActivity.elapsed() > IdleAfterMs || m_visible.isEmpty())
        return;
    m_pendingTopicMs += ms;
    int highest = m_highestRead;
    for (int number : std::as_const(m_visible)) {
        int &shown = m_shownMs[number];
        const int add = qMin(ms, MaxPostMs - shown);
        if (add <= 0)
            continue;
        shown += add;
        m_pendingMs[number] += add;
        if (shown >= ReadAfterMs && number > highest)
            highest = number;
    }
    if (highest > m_highestRead) {
        m_highestRead = highest;
        m_newlyRead = true;
        emit postsRead(m_topicId, highest);
    }
    const qint64 sinceFlush = m_sinceFlush.elapsed();
    if ((m_newlyRead && sinceFlush >= MinFlushMs) || sinceFlush >= MaxFlushMs)
        flush();
}

} // namespace Aivizor
