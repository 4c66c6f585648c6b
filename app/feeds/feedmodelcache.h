#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace Aivizor {

class TopicListModel;

// The topic list models of the last few feeds, most recently used first. Switching back to a
// cached feed reuses its model as is (rows, loaded pages, no request) plus the scroll position and
// selected topic the user left there. The least recently used model is deleted when full.
class FeedModelCache : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        TopicListModel *model = nullptr;
        int scrollValue = 0;
        int selectedTopicId = 0;
    };

    explicit FeedModelCache(int capacity = 8, QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    int size() const { return int(m_order.size()); }
    bool contains(const QString &key) const { return m_entries.contains(key); }

    // The entry for key, marked most recently used; nullptr when absent.
    Entry *find(const QString &key);
    // Adds a model (the cache takes ownership) and evicts beyond capacity.
    Entry *insert(const QString &key, TopicListModel *model);
    void clear();

private:
    int m_capacity;
    QHash<QString, Entry> m_entries;
    QList<QString> m_order; // front = most recent
};

} // namespace Aivizor
