#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Aivizor {

// Measures what the reader actually reads, as Discourse's web client does (screen-track.js): time
// counts for the posts on screen only while the reader is active (the window has focus), stops
// after three minutes without scrolling, and is capped per post. A post counts as read once it
// was on screen for ReadAfterMs. The time collected is handed on as Discourse's timings in
// batches: while posts not read before are being read, at most every MinFlushMs; otherwise every
// MaxFlushMs; and whenever the topic changes or flush() is called.
class ReadTracker : public QObject
{
    Q_OBJECT
public:
    static constexpr int ReadAfterMs = 1000;
    static constexpr int TickMs = 250;
    static constexpr int IdleAfterMs = 3 * 60 * 1000;
    static constexpr int MaxPostMs = 6 * 60 * 1000;
    static constexpr int MinFlushMs = 10 * 1000;
    static constexpr int MaxFlushMs = 60 * 1000;

    explicit ReadTracker(QObject *parent = nullptr);
    ~ReadTracker() override;

    // The topic in the reader (0: none); the previous topic's time is flushed first. Posts up to
    // `lastReadPostNumber` were read before and do not count as newly read.
    void setTopic(int topicId, int lastReadPostNumber);
    int topicId() const { return m_topicId; }
    // The post numbers on screen now; cheap, meant to be called on every scroll step.
    void setVisiblePosts(const QList<int> &postNumbers);
    void setActive(bool active);
    // The reader scrolled or typed: counting goes on past the idle limit.
    void noteActivity();
    void flush();

signals:
    // Posts up to this number have been read (the highest post number read so far).
    void postsRead(int topicId, int upToPostNumber);
    void timingsReady(int topicId, const QMap<int, int> &postMs, int topicMs);

private:
    void tick();
    void updateTimer();

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_sinceActivity;
    QElapsedTimer m_sinceFlush;
    int m_topicId = 0;
    int m_highestRead = 0;
    QList<int> m_visible;
    QMap<int, int> m_shownMs;   // this topic, since it was opened: what decides "read"
    QMap<int, int> m_pendingMs; // not yet handed on
    int m_pendingTopicMs = 0;
    bool m_newlyRead = false;
    bool m_active = false;
};

} // namespace Aivizor
