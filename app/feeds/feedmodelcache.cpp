#include "app/feeds/feedmodelcache.h"

#include "lib/models/topiclistmodel.h"

namespace Aivizor {

FeedModelCache::FeedModelCache(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{
}

FeedModelCache::Entry *FeedModelCache::find(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return nullptr;
    m_order.removeOne(key);
    m_order.prepend(key);
    return &it.value();
}

FeedModelCache::Entry *FeedModelCache::insert(const QString &key, TopicListModel *model)
{
    if (Entry *existing = find(key)) {
        if (existing->model != model) {
            existing->model->deleteLater();
            *existing = Entry{model, 0, 0};
        }
        return existing;
    }
    model->setParent(this);
    while (m_order.size() >= m_capacity) {
        const QString oldest = m_order.takeLast();
        // deleteLater: the evicted model may still be delivering a signal that led here.
        m_entries.take(oldest).model->deleteLater();
    }
    m_order.prepend(key);
    return &(m_entries[key] = Entry{model, 0, 0});
}

void FeedModelCache::clear()
{
    for (const Entry &entry : std::as_const(m_entries))
        entry.model->deleteLater();
    m_entries.clear();
    m_order.clear();
}

} // namespace Aivizor
