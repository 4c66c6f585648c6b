#pragma once

#include <QList>

namespace Aivizor {

// Back/forward stacks of visited topics, each with the post that was at the top of the view and
// the pixel offset into it (post-relative, so the position survives chunked, rebuilt documents).
class ReaderHistory
{
public:
    struct Entry
    {
        int topicId = 0;
        int postNumber = 0;
        int offset = 0;
    };

    // A new topic was opened from `current`: it goes on the back stack, forward is cleared.
    void visit(const Entry &current);
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    // Moves one step; `current` goes onto the opposite stack. Returns the entry to show.
    Entry back(const Entry &current);
    Entry forward(const Entry &current);
    void clear();

    static constexpr int MaxEntries = 100;

private:
    QList<Entry> m_back;
    QList<Entry> m_forward;
};

} // namespace Aivizor
