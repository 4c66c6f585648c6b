#include "app/reader/postbodycache.h"

namespace Aivizor {

PostBodyCache::PostBodyCache(const QUrl &forumBase)
    : m_sanitizer(HtmlSanitizer::Options{forumBase})
{
}

void PostBodyCache::setForumBase(const QUrl &forumBase)
{
    if (m_sanitizer.options().forumBase == forumBase)
        return;
    m_sanitizer = HtmlSanitizer(HtmlSanitizer::Options{forumBase});
    m_entries.clear();
}

const SanitizedPost &PostBodyCache::body(const Post &post)
{
    auto it = m_entries.find(post.id);
    // Posts without an id (previews) are not cached across calls: id 0 is always recomputed.
    if (it == m_entries.end() || it->updatedAt != post.updatedAt || it->cooked != post.cooked || post.id <= 0)
        it = m_entries.insert(post.id, Entry{post.updatedAt, post.cooked, m_sanitizer.sanitize(post.cooked)});
    return it->body;
}

} // namespace Aivizor
