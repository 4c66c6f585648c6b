#include "app/reader/readernavigator.h"

#include "lib/reading/readingstate.h"
#include "lib/store/forumstore.h"

#include "app/reader/postbrowser.h"
#include "app/reader/threaddocument.h"

#include "lib/models/postlistmodel.h"

#include <QScrollBar>
#include <QTimer>

namespace Aivizor {

namespace {
constexpr int HeaderMargin = 6;  // px kept above a post's header when it is scrolled to the top
} // namespace

ReaderNavigator::ReaderNavigator(PostBrowser *browser, PostListModel *model, ThreadDocument *document, QObject *parent)
    : QObject(parent)
    , m_browser(browser)
    , m_model(model)
    , m_document(document)
{
    connect(m_model, &PostListModel::topicLoaded, this, &ReaderNavigator::onTopicLoaded);
    connect(m_model, &PostListModel::rowsLoaded, this, &ReaderNavigator::onRowsLoaded);
    connect(m_model, &PostListModel::postNumberReady, this, &ReaderNavigator::onPostNumberReady);
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, &ReaderNavigator::maybeFetchMore);
    connect(m_document, &ThreadDocument::rebuildNeeded, this, [this] { rebuildKeepingPosition(m_document->firstRow()); });
    // A short document may not fill the view: ask for more without waiting for a scroll.
    auto fetchSoon = [this] { QTimer::singleShot(0, this, &ReaderNavigator::maybeFetchMore); };
    connect(m_document, &ThreadDocument::built, this, fetchSoon);
    connect(m_document, &ThreadDocument::appended, this, fetchSoon);
}

// ---- history ----------------------------------------------------------------------------------

ReaderHistory::Entry ReaderNavigator::historyEntry() const
{
    const Anchor current = anchor();
    return {m_topicId, current.postNumber, current.offset};
}

void ReaderNavigator::updateHistorySignals(bool hadBack, bool hadForward)
{
    if (hadBack != canGoBack())
        emit canGoBackChanged(canGoBack());
    if (hadForward != canGoForward())
        emit canGoForwardChanged(canGoForward());
}

void ReaderNavigator::openTopic(int topicId, int postNumber)
{
    if (topicId <= 0)
        return;
    if (topicId == m_topicId && m_document->isBuilt()) {
        if (postNumber > 0)
            goToPost(postNumber);
        return;
    }
    const bool hadBack = canGoBack(), hadForward = canGoForward();
    if (m_topicId > 0)
        m_history.visit(historyEntry());
    updateHistorySignals(hadBack, hadForward);
    int offset = 0;
    if (postNumber <= 0 && m_reading) {
        const TopicReadState state = m_reading->state(topicId).value_or(TopicReadState());
        if (state.lastReadPostNumber > 0 && state.lastReadPostNumber < state.highestPostNumber)
            postNumber = state.lastReadPostNumber + 1;
    }
    if (postNumber <= 0 && m_store) {
        if (const ApiResult<ReadingPosition> saved = m_store->readingPosition(topicId); saved.ok()) {
            postNumber = saved.value->postNumber;
            offset = saved.value->offset;
        }
    }
    showTopic(topicId, postNumber, offset);
}

void ReaderNavigator::savePosition()
{
    if (!m_store || m_topicId <= 0 || !m_document->isBuilt() || m_model->topicId() != m_topicId)
        return;
    const Anchor current = anchor();
    if (current.postNumber <= 0)
        return;
    ReadingPosition position;
    if (const ApiResult<ReadingPosition> saved = m_store->readingPosition(m_topicId); saved.ok())
        position = *saved.value; // keeps what the reading state recorded (last read post)
    position.postNumber = current.postNumber;
    position.offset = current.offset;
    position.updatedAt = QDateTime::currentDateTimeUtc();
    m_store->putReadingPosition(m_topicId, position);
}

void ReaderNavigator::back()
{
    if (canGoBack())
        stepHistory(&ReaderHistory::back);
}

void ReaderNavigator::forward()
{
    if (canGoForward())
        stepHistory(&ReaderHistory::forward);
}

void ReaderNavigator::stepHistory(ReaderHistory::Entry (ReaderHistory::*step)(const ReaderHistory::Entry &))
{
    const bool hadBack = canGoBack(), hadForward = canGoForward();
    const ReaderHistory::Entry entry = (m_history.*step)(historyEntry());
    updateHistorySignals(hadBack, hadForward);
    showTopic(entry.topicId, entry.postNumber);
    m_targetOffset = entry.offset;
}

void ReaderNavigator::showTopic(int topicId, int postNumber, int offset)
{
    savePosition(); // of the topic being left
    m_topicId = topicId;
    m_targetPost = postNumber;
    m_targetOffset = offset;
    m_document->reset(topicId);
    m_document->showMessage(tr("Loading…"));
    // Before load(): a saved copy builds the document inside it, with what topicOpened set up.
    emit topicOpened(topicId);
    m_model->load(topicId);
}

void ReaderNavigator::reload()
{
    if (m_topicId <= 0)
        return;
    if (!m_model->hasTopic() || m_model->topicId() != m_topicId) {
        showTopic(m_topicId, m_targetPost);
        return;
    }
    // The topic is there; a chunk failed. Ask again for the rows the view waits for.
    if (m_document->lastRow() + 1 < m_model->rowCount())
        m_model->ensureLoaded(m_document->lastRow() + 1);
    if (m_document->firstRow() > 1)
        m_model->ensureLoaded(m_document->firstRow() - 1);
}

// ---- model signals ----------------------------------------------------------------------------

void ReaderNavigator::onTopicLoaded()
{
    if (m_model->topicId() != m_topicId)
        return;
    if (m_targetPost > 1) {
        const int row = m_model->jumpToPostNumber(m_targetPost);
        if (row < 0) {
            // The chunk is on its way; the header is shown at once and the rest follows.
            m_document->build(1);
            return;
        }
        m_document->build(row < PostListModel::ChunkSize ? 1 : row - row % PostListModel::ChunkSize);
        scrollToPost(m_targetPost, m_targetOffset);
        m_targetPost = 0;
        return;
    }
    m_document->build(1);
    if (m_targetPost == 1 || m_targetOffset > 0)
        scrollToPost(1, m_targetOffset);
    m_targetPost = 0;
}

void ReaderNavigator::onRowsLoaded(int firstRow, int lastRow)
{
    if (!m_document->isBuilt() || m_model->topicId() != m_topicId)
        return;
    const int shownFirst = m_document->firstRow();
    if (shownFirst > 1 && lastRow >= shownFirst - 1 && firstRow < shownFirst) {
        // Earlier replies arrived above a jump: rebuild from them, keeping the view where it is.
        int first = shownFirst;
        while (first > 1 && m_model->isRowLoaded(first - 1))
            --first;
        rebuildKeepingPosition(first);
        return;
    }
    m_document->appendRows();
}

void ReaderNavigator::onPostNumberReady(int postNumber, int row)
{
    if (postNumber != m_targetPost || m_model->topicId() != m_topicId || !m_document->isBuilt())
        return;
    m_targetPost = 0;
    const std::optional<Post> post = m_model->postAt(row);
    const int number = post ? post->postNumber : postNumber;
    if (row <= 0) {
        scrollToPost(1, m_targetOffset);
    } else if (row >= m_document->firstRow() && row <= m_document->lastRow()) {
        scrollToPost(number, m_targetOffset);
    } else if (row == m_document->lastRow() + 1) {
        m_document->appendRows();
        scrollToPost(number, m_targetOffset);
    } else {
        m_document->build(row < PostListModel::ChunkSize ? 1 : row - row % PostListModel::ChunkSize);
        scrollToPost(number, m_targetOffset);
    }
    m_targetOffset = 0;
}

// ---- position ---------------------------------------------------------------------------------

void ReaderNavigator::rebuildKeepingPosition(int firstReplyRow)
{
    if (!m_model->hasTopic())
        return;
    const Anchor current = anchor();
    m_document->build(firstReplyRow);
    restore(current);
}

int ReaderNavigator::postTop(int postNumber) const
{
    if (postNumber <= 1)
        return 0;
    const QMap<int, QTextCursor> &cursors = m_document->postCursors();
    const auto it = cursors.constFind(postNumber);
    if (it == cursors.cend())
        return -1;
    // cursorRect is in viewport coordinates and accounts for tables (the header is one).
    const QRect rect = m_browser->cursorRect(*it);
    return qMax(0, rect.top() + m_browser->verticalScrollBar()->value() - HeaderMargin);
}

void ReaderNavigator::scrollToPost(int postNumber, int offset)
{
    const int top = postTop(postNumber);
    if (top < 0)
        return;
    m_browser->verticalScrollBar()->setValue(top + offset);
}

int ReaderNavigator::currentPostNumber() const
{
    if (!m_document->isBuilt())
        return 0;
    const int scroll = m_browser->verticalScrollBar()->value();
    int current = 1;
    const QMap<int, QTextCursor> &cursors = m_document->postCursors();
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it) {
        if (it.key() <= 1)
            continue;
        if (postTop(it.key()) > scroll + 2)
            break;
        current = it.key();
    }
    return current;
}

void ReaderNavigator::setReadingState(ReadingState *reading)
{
    m_reading = reading;
}

QList<int> ReaderNavigator::visiblePostNumbers() const
{
    QList<int> visible;
    if (!m_document->isBuilt())
        return visible;
    const int top = m_browser->verticalScrollBar()->value();
    const int bottom = top + m_browser->viewport()->height();
    const QMap<int, QTextCursor> &cursors = m_document->postCursors();
    int previous = 1; // the first post heads the document
    int previousTop = 0;
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it) {
        if (it.key() <= 1)
            continue;
        const int postTopY = postTop(it.key());
        if (postTopY > top && previousTop < bottom)
            visible.append(previous);
        if (postTopY >= bottom)
            return visible;
        previous = it.key();
        previousTop = postTopY;
    }
    if (previousTop < bottom)
        visible.append(previous);
    return visible;
}

bool ReaderNavigator::isAtEnd() const
{
    if (!m_document->isBuilt() || m_model->topicId() != m_topicId)
        return false;
    const QScrollBar *bar = m_browser->verticalScrollBar();
    return bar->value() >= bar->maximum() && m_document->lastRow() + 1 >= m_model->rowCount();
}

ReaderNavigator::Anchor ReaderNavigator::anchor() const
{
    if (!m_document->isBuilt())
        return {m_targetPost, m_targetOffset};
    const int number = currentPostNumber();
    return {number, m_browser->verticalScrollBar()->value() - qMax(0, postTop(number))};
}

void ReaderNavigator::restore(const Anchor &anchor)
{
    if (anchor.postNumber > 0 && m_document->postCursors().contains(anchor.postNumber))
        scrollToPost(anchor.postNumber, anchor.offset);
}

// ---- moving between posts ---------------------------------------------------------------------

void ReaderNavigator::nextPost()
{
    if (!m_document->isBuilt())
        return;
    const int scroll = m_browser->verticalScrollBar()->value();
    const QMap<int, QTextCursor> &cursors = m_document->postCursors();
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it) {
        const int top = postTop(it.key());
        if (top > scroll + 2) {
            m_browser->verticalScrollBar()->setValue(top);
            return;
        }
    }
    // At the last rendered post: load what follows, the next j press continues.
    if (m_document->lastRow() + 1 < m_model->rowCount())
        m_model->ensureLoaded(m_document->lastRow() + 1);
}

void ReaderNavigator::previousPost()
{
    if (!m_document->isBuilt())
        return;
    const int scroll = m_browser->verticalScrollBar()->value();
    int target = -1;
    const QMap<int, QTextCursor> &cursors = m_document->postCursors();
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it) {
        const int top = postTop(it.key());
        if (top >= scroll - 2)
            break;
        target = top;
    }
    if (target >= 0)
        m_browser->verticalScrollBar()->setValue(target);
    else if (m_document->firstRow() > 1)
        m_model->ensureLoaded(m_document->firstRow() - 1);
}

void ReaderNavigator::goToPost(int postNumber)
{
    if (!m_model->hasTopic() || postNumber <= 0)
        return;
    if (postNumber == 1 || m_document->postCursors().contains(postNumber)) {
        scrollToPost(postNumber);
        return;
    }
    m_targetPost = postNumber;
    m_targetOffset = 0;
    const int row = m_model->jumpToPostNumber(postNumber);
    if (row >= 0)
        onPostNumberReady(postNumber, row);
}

void ReaderNavigator::maybeFetchMore()
{
    if (!m_document->isBuilt() || !m_model->hasTopic())
        return;
    const QScrollBar *bar = m_browser->verticalScrollBar();
    const int page = qMax(bar->pageStep(), 200);
    const int lastRow = m_document->lastRow();
    if (bar->value() >= bar->maximum() - page && lastRow + 1 < m_model->rowCount()) {
        if (m_model->isRowLoaded(lastRow + 1))
            m_document->appendRows();
        else
            m_model->ensureLoaded(lastRow + 1);
    }
    if (m_document->firstRow() > 1 && bar->value() <= page / 2)
        m_model->ensureLoaded(m_document->firstRow() - 1);
}

} // namespace Aivizor
