#pragma once

#include "lib/reading/readtracker.h"

#include <QObject>
#include <QPointer>

namespace Aivizor {

class PostBrowser;
class PostListModel;
class ReaderNavigator;
class ReadingState;
class ReadStateSync;
class ThreadDocument;

// Tells the reading state what the reader shows: the posts on screen while the window is active
// (through a ReadTracker, so posts count as read after a moment on screen and the forum gets
// Discourse's timings), and puts the "new since your last visit" line where the last visit
// stopped.
class ReadingFollower : public QObject
{
    Q_OBJECT
public:
    ReadingFollower(PostBrowser *browser, ReaderNavigator *navigator, ThreadDocument *document, PostListModel *model,
                    QObject *parent = nullptr);

    // Not owned; null stops following.
    void setReading(ReadingState *reading, ReadStateSync *sync);
    ReadTracker *tracker() { return &m_tracker; }
    // Called when a topic starts to load in the reader.
    void topicOpened(int topicId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateVisible();
    void updateActive();
    int lastReadOf(int topicId) const;

    PostBrowser *m_browser;
    ReaderNavigator *m_navigator;
    ThreadDocument *m_document;
    PostListModel *m_model;
    QPointer<ReadingState> m_reading;
    QPointer<ReadStateSync> m_sync;
    ReadTracker m_tracker;
};

} // namespace Aivizor
