#pragma once

#include "lib/domain/topic.h"
#include "lib/domain/topicreadstate.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Aivizor {

class ForumStore;

// What the reader has read of one forum: the state of every topic seen (TopicReadState), the
// new and unread counts per community and in all, kept up to date by each change (no recount).
//
// Two modes. Signed in, the forum is the source of truth: topic list rows, the topic view and the
// tracking report (applyReport) bring its state, and local changes (reading, "mark read") are
// applied at once and kept over older forum answers while ReadStateSync has them pending.
// Anonymous, the state is this computer's alone: a topic seen for the first time is new when it
// was created after the cutoff (two days back, Discourse's default new-topic duration), and a
// topic read here is tracked (unread when posts arrive).
// Every change is written to the store, so both modes keep their state across restarts.
class ReadingState : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int newCount READ newCount NOTIFY countsChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY countsChanged)
    Q_PROPERTY(bool forumState READ forumState WRITE setForumState NOTIFY forumStateChanged)
public:
    struct Counts
    {
        int newTopics = 0;
        int unreadTopics = 0;
        bool operator==(const Counts &o) const { return newTopics == o.newTopics && unreadTopics == o.unreadTopics; }
    };

    explicit ReadingState(QObject *parent = nullptr);

    // Not owned. Loads the saved new and unread topics; changes are written to it from then on.
    void setStore(ForumStore *store);
    // True while a reader is signed in: the forum's state applies (see above).
    bool forumState() const { return m_forumState; }
    void setForumState(bool forum);
    // Anonymous mode: topics created before this are never new.
    QDateTime newTopicCutoff() const { return m_cutoff; }
    void setNewTopicCutoff(const QDateTime &cutoff) { m_cutoff = cutoff; }

    std::optional<TopicReadState> state(int topicId) const;
    // The community's own topics (not its sub-communities'); categoryId 0 counts all.
    Counts counts(int categoryId) const;
    int newCount() const { return m_total.newTopics; }
    int unreadCount() const { return m_total.unreadTopics; }
    // New or unread topics, of one community (0: all), in no particular order.
    QList<int> newOrUnreadTopics(int categoryId = 0) const;

    // What the forum (or a saved page) says.
    void applyListRows(const QList<TopicSummary> &rows);
    void applyTopic(const Topic &topic);
    // The forum's tracking report: exactly the reader's new and unread topics; a topic held as
    // new or unread that the report leaves out was read or dismissed elsewhere.
    void applyReport(const QList<TopicReadState> &report);

    // Changes made here (applied at once; ReadStateSync tells the forum).
    void markPostsRead(int topicId, int upToPostNumber);
    void markTopicRead(int topicId);
    // The last post becomes unread; the topic is tracked so that Discourse counts it unread.
    void markTopicUnread(int topicId);
    void setNotificationLevel(int topicId, int level);
    // Overwrites a topic's state (an undo puts back what was there).
    void restore(const TopicReadState &state);

    // Topics whose local change the forum has not confirmed yet: forum answers leave them alone.
    void setPending(int topicId, bool pending);

signals:
    void topicChanged(int topicId);
    void countsChanged();
    // The communities whose counts changed (0 when a topic has no community).
    void communityCountsChanged(const QList<int> &categoryIds);
    void forumStateChanged(bool forum);

private:
    void put(const TopicReadState &state, QSet<int> *changedCategories, QList<TopicReadState> *toStore);
    void addCounts(const TopicReadState &state, int sign);
    void finish(const QSet<int> &changedCategories, const QList<TopicReadState> &toStore);
    TopicReadState fromRow(const TopicSummary &row, const std::optional<TopicReadState> &known) const;
    QHash<int, TopicReadState> savedStates(const QList<TopicSummary> &rows) const;

    QPointer<ForumStore> m_store;
    QHash<int, TopicReadState> m_states;
    QHash<int, Counts> m_byCategory;
    Counts m_total;
    QSet<int> m_pending;
    QDateTime m_cutoff;
    bool m_forumState = false;
};

} // namespace Aivizor
