#pragma once

#include "lib/domain/feedspec.h"
#include "lib/domain/topicreadstate.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;
class QPushButton;
class QStatusBar;
class QWidget;

namespace Aivizor {

class CommunityPane;
class ForumSession;
class ReaderView;
class TopicListPane;

// The window's reading commands, as Thunderbird and Pan readers know them: Space reads on (a page
// down, at the end of a topic the next topic with unread posts in the feed, then the next
// community with unread topics), Shift+Space pages back, Shift+N goes to the next unread topic,
// m marks the topic read or unread, and Mark Feed Read marks everything new or unread in the feed
// shown read, with Undo for a few seconds before the forum is told.
class ReadingController : public QObject
{
    Q_OBJECT
public:
    static constexpr int UndoWindowMs = 8000;

    ReadingController(CommunityPane *tree, TopicListPane *list, ReaderView *reader, QStatusBar *statusBar,
                      QObject *parent = nullptr);
    ~ReadingController() override;

    void setSession(ForumSession *session);
    // The actions, for the menus and the shortcut list.
    QList<QAction *> actions() const;

    QAction *readOnAction() const { return m_readOn; }
    QAction *readBackAction() const { return m_readBack; }
    QAction *nextUnreadAction() const { return m_nextUnread; }
    QAction *toggleReadAction() const { return m_toggleRead; }
    QAction *markFeedReadAction() const { return m_markFeedRead; }
    QAction *undoAction() const { return m_undo; }
    // A "marked read" waiting for its undo window to close.
    bool hasPendingMarkRead() const { return !m_marked.isEmpty(); }

public slots:
    void readOn();
    void readBack();
    void nextUnreadTopic();
    void toggleRead();
    void markFeedRead();
    void undoMarkFeedRead();

signals:
    void topicRequested(int topicId);
    void feedRequested(const Aivizor::FeedSpec &feed);
    void statusMessage(const QString &message);

private:
    bool openNextUnreadInList();
    bool showNextUnreadCommunity();
    void openFirstUnreadWhenLoaded(int page);
    int currentTopicId() const;
    QList<int> topicsOfFeed(const FeedSpec &feed) const;
    void commitMarkRead();
    QAction *make(const QString &text, const QKeySequence &key, const QString &name);

    CommunityPane *m_tree;
    TopicListPane *m_list;
    ReaderView *m_reader;
    QStatusBar *m_statusBar;
    QPointer<ForumSession> m_session;
    QAction *m_readOn = nullptr;
    QAction *m_readBack = nullptr;
    QAction *m_nextUnread = nullptr;
    QAction *m_toggleRead = nullptr;
    QAction *m_markFeedRead = nullptr;
    QAction *m_undo = nullptr;
    bool m_openWhenLoaded = false;

    // Mark Feed Read waiting for the undo window: the states before it.
    QList<TopicReadState> m_marked;
    QTimer m_undoTimer;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoLabel = nullptr;
};

} // namespace Aivizor
