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
    HtmlSanitizer::Options options = m_sanitizer.options();
    options.forumBase = forumBase;
    m_sanitizer = HtmlSanitizer(options);
    m_entries.clear();
}

void PostBodyCache::setAllowRemoteImages(bool allow)
{
    if (allowRemoteImages() == allow)
        return;
    HtmlSanitizer::Options options = m_sanitizer.options();
    options.allowRemoteImages = allow;
    m_sanitizer = HtmlSanitizer(options);
    m_entries.clear();
}

const SanitizedPost &PostBodyCache::body(const Post &post)
{
    auto it = m_entries.find(post.id);
    // Posts without an id (previews) are not cached across calls: id 0 is always recomputed.
    if (it == m_entries.end() || it->updatedAt != post.updatedAt || it->cooked != post.cooked || post.id <= 0) {
        const int parts = m_parts.value(post.id, 1);
        it = m_entries.insert(post.id, Entry{post.updatedAt, post.cooked,
                                             parts > 1 ? sanitizeMore(post, parts) : sanitize(post)});
    }
    return it->body;
}

bool PostBodyCache::showMore(int postId)
{
    const auto it = m_entries.find(postId);
    if (it == m_entries.end() || !it->body.truncated)
        return false;
    m_parts[postId] = m_parts.value(postId, 1) + 1;
    m_entries.erase(it); // made again, larger, at the next body()
    return true;
}

SanitizedPost PostBodyCache::sanitizeMore(const Post &post, int parts) const
{
    HtmlSanitizer::Options options = m_sanitizer.options();
    options.maxOutputChars *= parts;
    options.maxElements *= parts;
    options.maxImages *= parts;
    return HtmlSanitizer(options).sanitize(post.cooked);
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
    const SanitizedPost sanitized = m_sanitizer.sanitize(post.cooked);
    // A truncated form, or one holding pictures back, would come back from the store without saying
    // so (no "Show the rest", no offer to load the pictures): only complete ones are saved.
    if (!sanitized.truncated && sanitized.remoteImagesHeld == 0)
        m_store->putPosts(post.topicId, {StoredPost{post, sanitized, tag}});
    return sanitized;
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
