#pragma once

#include "lib/render/htmlsanitizer.h"

#include "lib/domain/post.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>

namespace Aivizor {

class ForumStore;

// Sanitized post bodies, computed once per post revision: a rebuild (palette, sign-in, a jump)
// reuses them instead of running the sanitizer over every post again. Keyed by post id and
// updated_at, so an edit is sanitized afresh. Cleared when the forum base changes (links and
// images resolve against it). With a store, the sanitized form is also saved beside the post and
// taken from there when the cooked HTML and the sanitizer's version and options are the same, so a
// saved topic opens without sanitizing again. A post over the sanitizer's budget is saved without
// its sanitized form (that is only its beginning) and grows by a budget at each showMore().
class PostBodyCache
{
public:
    explicit PostBodyCache(const QUrl &forumBase = QUrl());

    void setForumBase(const QUrl &forumBase);
    // Pictures from other hosts in the bodies (off: links instead). Bodies are made again.
    void setAllowRemoteImages(bool allow);
    bool allowRemoteImages() const { return m_sanitizer.options().allowRemoteImages; }
    // Not owned; null: memory only.
    void setStore(ForumStore *store) { m_store = store; }
    const SanitizedPost &body(const Post &post);
    // "Show the rest": the post's next part is added to what is shown, one budget at a time, so
    // that no single layout of a huge post blocks the reader. False when nothing more is left.
    bool showMore(int postId);
    void clear() { m_entries.clear(); }
    int size() const { return m_entries.size(); }

private:
    SanitizedPost sanitize(const Post &post);
    SanitizedPost sanitizeMore(const Post &post, int parts) const;
    QString sanitizerTag() const;

    struct Entry
    {
        QDateTime updatedAt;
        QString cooked; // shared with the post; guards against a server that edits without updated_at
        SanitizedPost body;
    };

    HtmlSanitizer m_sanitizer;
    ForumStore *m_store = nullptr;
    QHash<int, Entry> m_entries; // post id -> its latest sanitized revision
    QHash<int, int> m_parts;     // post id -> budgets shown (1 when absent), for this reader only
};

} // namespace Aivizor
