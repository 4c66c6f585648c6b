#pragma once

#include "app/reader/readerhistory.h"

#include <QObject>
#include <QPointer>

namespace Aivizor {

class ForumStore;
class ReadingState;

class PostBrowser;
class PostListModel;
class ThreadDocument;

// Where the reader is: which topic, which post is at the top, Back/Forward. Opens topics in the
// model, scrolls to posts (loading a far post's chunk and rebuilding the document from it), keeps
// the post at the top in place across rebuilds, and loads more rows as the view nears either end
// of the document. Positions are post-relative (post number + pixel offset into it), so they
// survive chunked, rebuilt documents.
class ReaderNavigator : public QObject
{
    Q_OBJECT
public:
    struct Anchor
    {
        int postNumber = 0;
        int offset = 0;
    };

    ReaderNavigator(PostBrowser *browser, PostListModel *model, ThreadDocument *document, QObject *parent = nullptr);

    int topicId() const { return m_topicId; }
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }
    // The post whose header is at (or last above) the top of the view; 0 when nothing is shown.
    int currentPostNumber() const;

    Anchor anchor() const;
    void restore(const Anchor &anchor);
    void scrollToPost(int postNumber, int offset = 0);
    // Rebuilds the document from `firstReplyRow` with the post at the top where it was.
    void rebuildKeepingPosition(int firstReplyRow);

    // A new topic goes onto the history; the same topic only moves to `postNumber`.
    // postNumber 0: the first unread post when the topic has posts not read yet, else where the
    // reader left this topic last time (saved in the store), else its start.
    void openTopic(int topicId, int postNumber = 0);
    void back();
    void forward();
    void goToPost(int postNumber);
    void nextPost();
    void previousPost();
    // Loads the topic again when it failed; otherwise asks again for the rows the view waits for.
    void reload();

signals:
    // A topic is being loaded (opened, or Back/Forward): what belonged to the previous one goes.
    void topicOpened(int topicId);
    void canGoBackChanged(bool canGoBack);
    void canGoForwardChanged(bool canGoForward);

public:
    // Where each topic was left is saved here (not owned; may be null).
    void setStore(ForumStore *store) { m_store = store; }
    // What was read (not owned; may be null): topics open at their first unread post.
    void setReadingState(ReadingState *reading);
    // The post numbers with some part on screen, in order; cheap enough for every scroll step.
    QList<int> visiblePostNumbers() const;
    // True when the view shows the end of the topic: scrolled to the bottom, last post rendered.
    bool isAtEnd() const;
    // Saves where the reader stands in the topic shown (also done when another topic opens).
    void savePosition();

private:
    void showTopic(int topicId, int postNumber, int offset = 0);
    void onTopicLoaded();
    void onRowsLoaded(int firstRow, int lastRow);
    void onPostNumberReady(int postNumber, int row);
    void maybeFetchMore();
    int postTop(int postNumber) const;
    ReaderHistory::Entry historyEntry() const;
    void updateHistorySignals(bool hadBack, bool hadForward);
    // Back or forward: the step moves the history and returns the entry to show.
    void stepHistory(ReaderHistory::Entry (ReaderHistory::*step)(const ReaderHistory::Entry &));

    PostBrowser *m_browser;
    PostListModel *m_model;
    ThreadDocument *m_document;
    ReaderHistory m_history;
    ForumStore *m_store = nullptr;
    QPointer<ReadingState> m_reading;
    int m_topicId = 0;
    int m_targetPost = 0;        // post to show once the topic (or its chunk) arrives
    int m_targetOffset = 0;
};

} // namespace Aivizor
