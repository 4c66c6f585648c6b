#include "app/reader/readerhistory.h"

namespace Aivizor {

void ReaderHistory::visit(const Entry &current)
{
    if (current.topicId <= 0)
        return;
    m_back.append(current);
    if (m_back.size() > MaxEntries)
        m_back.removeFirst();
    m_forward.clear();
}

ReaderHistory::Entry ReaderHistory::back(const Entry &current)
{
    if (m_back.isEmpty())
        return current;
    if (current.topicId > 0)
        m_forward.append(current);
    return m_back.takeLast();
}

ReaderHistory::Entry ReaderHistory::forward(const Entry &current)
{
    if (m_forward.isEmpty())
        return current;
    if (current.topicId > 0)
        m_back.append(current);
    return m_forward.takeLast();
}

void ReaderHistory::clear()
{
    m_back.clear();
    m_forward.clear();
}

} // namespace Aivizor
