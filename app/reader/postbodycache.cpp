#include "app/reader/postbodycache.h"

#include "lib/store/forumstore.h"

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
        it = m_entries.insert(post.id, Entry{post.updatedAt, post.cooked, sanitize(post)});
    return it->body;
}

SanitizedPost PostBodyCache::sanitize(const Post &post)
{
    if (!m_store || post.id <= 0 || post.topicId <= 0)
        return m_sanitizer.sanitize(post.cooked);
    const QString tag = sanitizerTag();
    const ApiResult<QList<StoredPost>> stored = m_store->posts(post.topicId, {post.id});
    if (stored.ok() && !stored.value->isEmpty()) {
        const StoredPost &saved = stored.value->first();
        if (saved.sanitizedWith == tag && saved.post.cooked == post.cooked)
            return saved.sanitized;
    }
    StoredPost fresh{post, m_sanitizer.sanitize(post.cooked), tag};
    m_store->putPosts(post.topicId, {fresh});
    return fresh.sanitized;
}

QString PostBodyCache::sanitizerTag() const
{
    const HtmlSanitizer::Options &o = m_sanitizer.options();
    return QStringLiteral("v%1 base=%2 remote=%3 w=%4 d=%5 c=%6 e=%7 i=%8")
        .arg(HtmlSanitizer::OutputVersion)
        .arg(o.forumBase.toString(QUrl::FullyEncoded))
        .arg(int(o.allowRemoteImages))
        .arg(o.maxImageWidth)
        .arg(o.maxDepth)
        .arg(o.maxOutputChars)
        .arg(o.maxElements)
        .arg(o.maxImages);
}

} // namespace Aivizor
