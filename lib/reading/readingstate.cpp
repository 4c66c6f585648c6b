#include "lib/reading/readingstate.h"

#include "lib/store/forumstore.h"

namespace Aivizor {

ReadingState::ReadingState(QObject *parent)
    : QObject(parent)
    , m_cutoff(QDateTime::currentDateTimeUtc().addDays(-2))
{
}

void ReadingState::setStore(ForumStore *store)
{
    m_store = store;
    if (!store)
        return;
    QSet<int> changed;
    for (const TopicReadState &s : store->newOrUnreadTopicStates())
        put(s, &changed, nullptr);
    finish(changed, {});
}

void ReadingState::setForumState(bool forum)
{
    if (forum == m_forumState)
        return;
    m_forumState = forum;
    emit forumStateChanged(forum);
}

std::optional<TopicReadState> ReadingState::state(int topicId) const
{
    const auto it = m_states.constFind(topicId);
    if (it == m_states.cend())
        return std::nullopt;
    return *it;
}

ReadingState::Counts ReadingState::counts(int categoryId) const
{
    return categoryId == 0 ? m_total : m_byCategory.value(categoryId);
}

QList<int> ReadingState::newOrUnreadTopics(int categoryId) const
{
    QList<int> ids;
    for (const TopicReadState &s : m_states) {
        if ((s.isNew() || s.isUnread()) && (categoryId == 0 || s.categoryId == categoryId))
            ids.append(s.topicId);
    }
    return ids;
}

void ReadingState::applyListRows(const QList<TopicSummary> &rows)
{
    const QHash<int, TopicReadState> saved = m_forumState ? QHash<int, TopicReadState>() : savedStates(rows);
    QSet<int> changed;
    QList<TopicReadState> toStore;
    for (const TopicSummary &row : rows) {
        std::optional<TopicReadState> known = state(row.id);
        if (!known && saved.contains(row.id))
            known = saved.value(row.id);
        put(fromRow(row, known), &changed, &toStore);
    }
    finish(changed, toStore);
}

void ReadingState::applyTopic(const Topic &topic)
{
    TopicReadState s = state(topic.id).value_or(TopicReadState());
    const bool known = s.topicId != 0;
    s.topicId = topic.id;
    s.categoryId = topic.categoryId;
    s.highestPostNumber = qMax(topic.highestPostNumber, topic.postsCount);
    if (m_forumState && !m_pending.contains(topic.id)) {
        s.lastReadPostNumber = topic.lastReadPostNumber;
        s.notificationLevel = topic.notificationLevel;
    } else if (!known) {
        s.inNewPeriod = !m_forumState && topic.createdAt >= m_cutoff;
    }
    QSet<int> changed;
    QList<TopicReadState> toStore;
    put(s, &changed, &toStore);
    finish(changed, toStore);
}

void ReadingState::applyReport(const QList<TopicReadState> &report)
{
    QSet<int> changed;
    QList<TopicReadState> toStore;
    QSet<int> reported;
    for (const TopicReadState &s : report) {
        reported.insert(s.topicId);
        if (!m_pending.contains(s.topicId))
            put(s, &changed, &toStore);
    }
    const QList<TopicReadState> held = m_states.values();
    for (TopicReadState s : held) {
        if (reported.contains(s.topicId) || m_pending.contains(s.topicId) || !(s.isNew() || s.isUnread()))
            continue;
        if (s.isUnread())
            s.lastReadPostNumber = s.highestPostNumber;
        s.inNewPeriod = false;
        put(s, &changed, &toStore);
    }
    finish(changed, toStore);
}

void ReadingState::markPostsRead(int topicId, int upToPostNumber)
{
    TopicReadState s = state(topicId).value_or(TopicReadState());
    if (upToPostNumber <= s.lastReadPostNumber && s.topicId != 0)
        return;
    s.topicId = topicId;
    s.lastReadPostNumber = qMax(s.lastReadPostNumber, upToPostNumber);
    s.highestPostNumber = qMax(s.highestPostNumber, upToPostNumber);
    // Discourse gives a topic first read a regular row (tracking comes after minutes of reading);
    // here, without an account, what was read is followed.
    if (s.notificationLevel == TopicReadState::Unset)
        s.notificationLevel = m_forumState ? TopicReadState::Regular : TopicReadState::Tracking;
    QSet<int> changed;
    QList<TopicReadState> toStore;
    put(s, &changed, &toStore);
    finish(changed, toStore);
}

void ReadingState::markTopicRead(int topicId)
{
    TopicReadState s = state(topicId).value_or(TopicReadState());
    s.topicId = topicId;
    s.lastReadPostNumber = qMax(s.lastReadPostNumber, qMax(1, s.highestPostNumber));
    s.inNewPeriod = false;
    QSet<int> changed;
    QList<TopicReadState> toStore;
    put(s, &changed, &toStore);
    finish(changed, toStore);
}

void ReadingState::markTopicUnread(int topicId)
{
    TopicReadState s = state(topicId).value_or(TopicReadState());
    s.topicId = topicId;
    s.lastReadPostNumber = qMax(0, s.highestPostNumber - 1);
    s.inNewPeriod = s.lastReadPostNumber == 0;
    if (s.notificationLevel < TopicReadState::Tracking)
        s.notificationLevel = TopicReadState::Tracking;
    QSet<int> changed;
    QList<TopicReadState> toStore;
    put(s, &changed, &toStore);
    finish(changed, toStore);
}

void ReadingState::setNotificationLevel(int topicId, int level)
{
    TopicReadState s = state(topicId).value_or(TopicReadState());
    s.topicId = topicId;
    s.notificationLevel = level;
    QSet<int> changed;
    QList<TopicReadState> toStore;
    put(s, &changed, &toStore);
    finish(changed, toStore);
}

void ReadingState::restore(const TopicReadState &state)
{
    QSet<int> changed;
    QList<TopicReadState> toStore;
    put(state, &changed, &toStore);
    finish(changed, toStore);
}

void ReadingState::setPending(int topicId, bool pending)
{
    if (pending)
        m_pending.insert(topicId);
    else
        m_pending.remove(topicId);
}

void ReadingState::put(const TopicReadState &state, QSet<int> *changedCategories, QList<TopicReadState> *toStore)
{
    auto it = m_states.find(state.topicId);
    if (it != m_states.end()) {
        if (*it == state)
            return;
        const TopicReadState old = *it;
        addCounts(old, -1);
        *it = state;
        if (old.isNew() != state.isNew() || old.isUnread() != state.isUnread() || old.categoryId != state.categoryId) {
            changedCategories->insert(old.categoryId);
            changedCategories->insert(state.categoryId);
        }
    } else {
        m_states.insert(state.topicId, state);
        if (state.isNew() || state.isUnread())
            changedCategories->insert(state.categoryId);
    }
    addCounts(state, +1);
    if (toStore)
        toStore->append(state);
    emit topicChanged(state.topicId);
}

void ReadingState::addCounts(const TopicReadState &state, int sign)
{
    if (!state.isNew() && !state.isUnread())
        return;
    Counts &c = m_byCategory[state.categoryId];
    int &field = state.isNew() ? c.newTopics : c.unreadTopics;
    int &total = state.isNew() ? m_total.newTopics : m_total.unreadTopics;
    field += sign;
    total += sign;
}

void ReadingState::finish(const QSet<int> &changedCategories, const QList<TopicReadState> &toStore)
{
    if (m_store && !toStore.isEmpty())
        m_store->putTopicStates(toStore);
    if (changedCategories.isEmpty())
        return;
    emit communityCountsChanged(QList<int>(changedCategories.cbegin(), changedCategories.cend()));
    emit countsChanged();
}

TopicReadState ReadingState::fromRow(const TopicSummary &row, const std::optional<TopicReadState> &known) const
{
    TopicReadState s = known.value_or(TopicReadState());
    s.topicId = row.id;
    s.categoryId = row.categoryId;
    s.highestPostNumber = qMax(row.highestPostNumber, row.postsCount);
    if (m_forumState) {
        if (m_pending.contains(row.id) && known)
            return s;
        s.lastReadPostNumber = row.hasReaderState ? row.lastReadPostNumber : 0;
        // The web client's rule when the row carries only the count (_newStateFromListTopic).
        if (s.lastReadPostNumber == 0 && row.unreadPosts > 0)
            s.lastReadPostNumber = qMax(1, s.highestPostNumber - row.unreadPosts);
        s.notificationLevel = row.hasReaderState ? row.notificationLevel : int(TopicReadState::Unset);
        s.inNewPeriod = row.unseen;
    } else if (!known) {
        s.inNewPeriod = row.createdAt.isValid() && row.createdAt >= m_cutoff;
    }
    return s;
}

QHash<int, TopicReadState> ReadingState::savedStates(const QList<TopicSummary> &rows) const
{
    QHash<int, TopicReadState> saved;
    if (!m_store)
        return saved;
    QList<int> unknown;
    for (const TopicSummary &row : rows) {
        if (!m_states.contains(row.id))
            unknown.append(row.id);
    }
    for (const TopicReadState &s : m_store->topicStates(unknown))
        saved.insert(s.topicId, s);
    return saved;
}

} // namespace Aivizor
