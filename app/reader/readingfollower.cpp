#include "app/reader/readingfollower.h"

#include "app/reader/postbrowser.h"
#include "app/reader/readernavigator.h"
#include "app/reader/threaddocument.h"
#include "lib/models/postlistmodel.h"
#include "lib/reading/readingstate.h"
#include "lib/reading/readstatesync.h"

#include <QEvent>
#include <QScrollBar>

namespace Aivizor {

ReadingFollower::ReadingFollower(PostBrowser *browser, ReaderNavigator *navigator, ThreadDocument *document,
                                 PostListModel *model, QObject *parent)
    : QObject(parent)
    , m_browser(browser)
    , m_navigator(navigator)
    , m_document(document)
    , m_model(model)
{
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        m_tracker.noteActivity();
        updateVisible();
    });
    connect(m_document, &ThreadDocument::built, this, &ReadingFollower::updateVisible);
    connect(m_document, &ThreadDocument::appended, this, &ReadingFollower::updateVisible);
    // The window's activation reaches every widget in it as ActivationChange; showing and
    // hiding the reader (a narrow layout) reaches the browser itself.
    m_browser->installEventFilter(this);
    connect(&m_tracker, &ReadTracker::postsRead, this, [this](int topicId, int upTo) {
        if (m_reading)
            m_reading->markPostsRead(topicId, upTo);
    });
    connect(&m_tracker, &ReadTracker::timingsReady, this,
            [this](int topicId, const QMap<int, int> &postMs, int topicMs) {
                if (m_sync)
                    m_sync->addTimings(topicId, postMs, topicMs);
            });
}

void ReadingFollower::setReading(ReadingState *reading, ReadStateSync *sync)
{
    m_tracker.flush();
    if (m_reading)
        disconnect(m_reading, nullptr, this, nullptr);
    m_reading = reading;
    m_sync = sync;
    if (!reading)
        return;
    // The forum's topic view may bring a last read post the list did not know.
    connect(reading, &ReadingState::topicChanged, this, [this](int topicId) {
        if (topicId == m_tracker.topicId())
            m_tracker.setTopic(topicId, lastReadOf(topicId));
    });
    updateActive();
}

void ReadingFollower::topicOpened(int topicId)
{
    int newSince = 0;
    if (m_reading) {
        const TopicReadState state = m_reading->state(topicId).value_or(TopicReadState());
        if (state.lastReadPostNumber > 0 && state.lastReadPostNumber < state.highestPostNumber)
            newSince = state.lastReadPostNumber + 1;
    }
    m_document->setNewSince(newSince);
    m_tracker.setTopic(m_reading ? topicId : 0, lastReadOf(topicId));
    updateActive();
}

bool ReadingFollower::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ActivationChange:
    case QEvent::Show:
    case QEvent::Hide:
        updateActive();
        break;
    case QEvent::Resize:
        updateVisible();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ReadingFollower::updateVisible()
{
    if (m_model->topicId() != m_navigator->topicId())
        return;
    m_tracker.setVisiblePosts(m_navigator->visiblePostNumbers());
}

void ReadingFollower::updateActive()
{
    m_tracker.setActive(m_reading && m_browser->isVisible() && m_browser->window()->isActiveWindow());
}

int ReadingFollower::lastReadOf(int topicId) const
{
    return m_reading ? m_reading->state(topicId).value_or(TopicReadState()).lastReadPostNumber : 0;
}

} // namespace Aivizor
