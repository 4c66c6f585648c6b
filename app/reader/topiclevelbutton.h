#pragma once

#include <QPointer>
#include <QToolButton>

class QActionGroup;

namespace Aivizor {

class ReadingState;
class ReadStateSync;

// The topic's notification level, as Discourse's bell offers it: Watching, Tracking, Normal,
// Muted. Shown while someone is signed in; a choice goes to the forum through ReadStateSync.
class TopicLevelButton : public QToolButton
{
    Q_OBJECT
public:
    explicit TopicLevelButton(QWidget *parent = nullptr);

    // Not owned; null hides the button.
    void setReading(ReadingState *reading, ReadStateSync *sync);
    void setTopic(int topicId);

private:
    void update();

    QPointer<ReadingState> m_reading;
    QPointer<ReadStateSync> m_sync;
    QActionGroup *m_levels = nullptr;
    int m_topicId = 0;
};

} // namespace Aivizor
