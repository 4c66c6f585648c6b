#include "lib/store/offlinedownload.h"

#include "lib/domain/avatar.h"
#include "lib/render/htmlsanitizer.h"
#include "lib/store/forumstore.h"

#include <QDateTime>

#include <algorithm>
#include <climits>

namespace Aivizor {

namespace {

// An image that keeps failing (a host that is down, a broken file) is given up after this many
// tries so that it cannot hold up its topic; the topic's posts are saved all the same.
constexpr int MaxImageAttempts = 4;

} // namespace

OfflineDownload::OfflineDownload(ForumClient *client, ForumStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &OfflineDownload::pump);
    connect(m_store, &ForumStore::writeFailed, this, [this](const ApiError &error) {
        if (m_running)
            fail(error);
    });
}

OfflineDownload::~OfflineDownload()
{
    // Quitting is not cancelling: the job stays in the store for resume().
    for (ForumClient::RequestId id : std::as_const(m_requests))
        m_client->cancel(id);
}

void OfflineDownload::start(int communityId, int topicLimit)
{
    topicLimit = std::max(1, topicLimit);
    if (m_running && communityId == m_communityId)
        return;
    auto waiting = std::find_if(m_waiting.begin(), m_waiting.end(),
                                [communityId](const OfflineJob &j) { return j.communityId == communityId; });
    if (waiting != m_waiting.end())
        m_waiting.erase(waiting);
    m_store->startOfflineJob(communityId, topicLimit);
    if (m_running) {
        OfflineJob job;
        job.communityId = communityId;
        job.topicLimit = topicLimit;
        m_waiting.append(job);
        return;
    }
    begin(communityId, topicLimit, {});
}

void OfflineDownload::cancel()
{
    for (const OfflineJob &job : std::as_const(m_waiting))
        m_store->removeOfflineJob(job.communityId);
    m_waiting.clear();
    if (!m_running)
        return;
    m_store->removeOfflineJob(m_communityId);
    stop();
}

bool OfflineDownload::resume()
{
    bool any = false;
    for (int communityId : m_store->unfinishedOfflineJobs()) {
        const bool known = (m_running && communityId == m_communityId)
                           || std::any_of(m_waiting.cbegin(), m_waiting.cend(),
                                          [communityId](const OfflineJob &j) { return j.communityId == communityId; });
        const ApiResult<OfflineJob> job = m_store->offlineJob(communityId);
        if (!known && job.ok())
            m_waiting.append(*job.value);
        any = true;
    }
    if (!m_running && !m_waiting.isEmpty()) {
        const OfflineJob job = m_waiting.takeFirst();
        begin(job.communityId, job.topicLimit, job.savedTopicIds);
    }
    return any;
}

void OfflineDownload::begin(int communityId, int topicLimit, const QSet<int> &savedTopicIds)
{
    ++m_generation;
    m_requests.clear();
    m_work.clear();
    m_inFlight = 0;
    m_communityId = communityId;
    m_topicLimit = topicLimit;
    m_savedTopicIds = savedTopicIds;
    m_topicIds.clear();
    m_nextTopic = 0;
    m_listPage = 0;
    m_done = 0;
    m_skipped = 0;
    m_total = topicLimit;
    m_answers = 0;
    m_requestedImages.clear();
    m_backoff.reset();
    m_communityName.clear();
    if (const ApiResult<StoredSite> site = m_store->site(); site.ok()) {
        for (const Community &c : site.value->communities) {
            if (c.id == communityId)
                m_communityName = c.name;
        }
    }
    m_lastError = {};
    emit lastErrorChanged();
    emit communityChanged();
    emit progressChanged();
    if (!m_store->isOpen()) {
        fail(ApiError::fromKind(ApiError::Kind::Storage, tr("The saved copy of this forum is not open.")));
        return;
    }
    // Marked first, so that the feed pages are kept from the moment they are stored.
    m_store->setCommunityOffline(communityId, true);
    setRunning(true);
    queue([this] { fetchListPage({}); });
}

void OfflineDownload::queue(std::function<void()> send)
{
    m_work.push_back(std::move(send));
    pump();
}

void OfflineDownload::pump()
{
    if (!m_running || m_pause.isActive())
        return;
    const int cap = std::max(1, m_client->transport()->maxParallelRequests());
    while (m_inFlight < cap && !m_work.empty()) {
        std::function<void()> send = std::move(m_work.front());
        m_work.pop_front();
        ++m_inFlight;
        send();
    }
}

bool OfflineDownload::answered(const ApiError &error, std::function<void()> again, bool mayRetry)
{
    ++m_answers;
    --m_inFlight;
    if (!error.isError())
        m_backoff.reset();
    if (!error.isError() || !error.isRetryable() || !mayRetry) {
        pump();
        return false;
    }
    setError(error);
    // The same request goes first once the forum is asked again; until then nothing is sent,
    // so that a 429 is not answered with more requests.
    m_work.push_front(std::move(again));
    const qint64 delayMs = error.kind == ApiError::Kind::RateLimited ? std::max(1, error.waitSeconds) * 1000LL
                           : m_pause.isActive()                      ? 0 // this failure belongs to the same outage
                                                                     : m_backoff.nextDelayMs();
    if (delayMs > m_pause.remainingTime())
        m_pause.start(int(std::min<qint64>(delayMs, INT_MAX)));
    return true;
}

void OfflineDownload::fetchListPage(const QString &moreTopicsUrl)
{
    auto arrived = [this, generation = m_generation, moreTopicsUrl](const ApiResult<TopicPage> &result) {
        if (!current(generation) || answered(result.error, [this, moreTopicsUrl] { fetchListPage(moreTopicsUrl); }))
            return;
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        const TopicPage &page = *result.value;
        m_store->putFeedPage(FeedSpec::community(m_communityId), m_listPage++, page, QDateTime::currentDateTimeUtc());
        bool added = false;
        for (const TopicSummary &t : page.topics) {
            if (m_topicIds.size() >= m_topicLimit)
                break;
            if (!m_topicIds.contains(t.id)) {
                m_topicIds.append(t.id);
                added = true;
            }
        }
        // A page that adds nothing ends the walk even when it names a next one.
        if (added && m_topicIds.size() < m_topicLimit && !page.moreTopicsUrl.isEmpty())
            queue([this, more = page.moreTopicsUrl] { fetchListPage(more); });
        else
            listComplete();
    };
    track(moreTopicsUrl.isEmpty()
              ? m_client->fetchTopicList(FeedSpec::community(m_communityId), 0, this, std::move(arrived))
              : m_client->fetchTopicListUrl(moreTopicsUrl, this, std::move(arrived)));
}

void OfflineDownload::listComplete()
{
    m_total = int(m_topicIds.size());
    m_done = int(std::count_if(m_topicIds.cbegin(), m_topicIds.cend(),
                               [this](int id) { return m_savedTopicIds.contains(id); }));
    emit progressChanged();
    nextTopic();
}

void OfflineDownload::nextTopic()
{
    ++m_generation; // answers still out for the previous topic are ignored
    m_requests.clear();
    m_work.clear();
    m_inFlight = 0;
    while (m_nextTopic < m_topicIds.size() && m_savedTopicIds.contains(m_topicIds.at(m_nextTopic)))
        ++m_nextTopic;
    if (m_nextTopic >= m_topicIds.size()) {
        jobComplete();
        return;
    }
    queue([this, topicId = m_topicIds.at(m_nextTopic)] { fetchTopic(topicId); });
}

void OfflineDownload::fetchTopic(int topicId)
{
    track(m_client->fetchTopic(topicId, this, [this, generation = m_generation, topicId](const ApiResult<Topic> &result) {
        if (!current(generation) || answered(result.error, [this, topicId] { fetchTopic(topicId); }))
            return;
        if (!result.ok()) {
            skipTopic(result.error);
            return;
        }
        m_topic = *result.value;
        m_morePosts.clear();
        QSet<int> have;
        for (const Post &p : std::as_const(m_topic.posts))
            have.insert(p.id);
        QList<int> missing;
        for (int id : std::as_const(m_topic.stream)) {
            if (!have.contains(id))
                missing.append(id);
        }
        const int chunk = std::max(1, m_topic.chunkSize);
        m_pendingRequests = int((missing.size() + chunk - 1) / chunk);
        if (m_pendingRequests == 0) {
            postsComplete();
            return;
        }
        for (qsizetype i = 0; i < missing.size(); i += chunk)
            queue([this, topicId, ids = missing.mid(i, chunk)] { fetchChunk(topicId, ids); });
    }));
}

void OfflineDownload::fetchChunk(int topicId, const QList<int> &postIds)
{
    track(m_client->fetchPosts(topicId, postIds, this,
                               [this, generation = m_generation, topicId, postIds](const ApiResult<QList<Post>> &result) {
        if (!current(generation) || answered(result.error, [this, topicId, postIds] { fetchChunk(topicId, postIds); }))
            return;
        if (!result.ok()) {
            skipTopic(result.error);
            return;
        }
        m_morePosts.append(*result.value);
        if (--m_pendingRequests == 0)
            postsComplete();
    }));
}

void OfflineDownload::postsComplete()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_store->putTopic(m_topic, now);
    QList<StoredPost> more;
    more.reserve(m_morePosts.size());
    for (const Post &p : std::as_const(m_morePosts))
        more.append(StoredPost{p, {}, {}});
    m_store->putPosts(m_topic.id, more);

    // The images the reader will ask for: the forum's own in the posts (the sanitizer resolves
    // them and leaves other hosts' out) and each author's avatar.
    HtmlSanitizer::Options options;
    options.forumBase = m_client->baseUrl();
    options.maxOutputChars = 0;
    options.maxElements = 0;
    options.maxImages = 0;
    const HtmlSanitizer sanitizer(options);
    QList<QUrl> urls;
    auto add = [&](const QUrl &url) {
        const QString scheme = url.scheme();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return;
        const QString key = url.toString(QUrl::FullyEncoded);
        if (m_requestedImages.contains(key))
            return;
        m_requestedImages.insert(key);
        if (m_store->image(url).ok())
            m_store->keepImageForTopic(url, m_topic.id); // seen before: kept with this topic now
        else
            urls.append(url);
    };
    QList<Post> all = m_topic.posts;
    all.append(m_morePosts);
    for (const Post &p : std::as_const(all)) {
        for (const SanitizedImage &image : sanitizer.sanitize(p.cooked).images)
            add(image.url);
        if (!p.avatarTemplate.isEmpty()) {
            for (int size : std::as_const(m_avatarSizes))
                add(avatarUrl(p.avatarTemplate, size, m_client->baseUrl()));
        }
    }
    m_pendingRequests = int(urls.size());
    if (m_pendingRequests == 0) {
        topicComplete();
        return;
    }
    for (const QUrl &url : std::as_const(urls))
        queue([this, url] { fetchImage(url, 1); });
}

void OfflineDownload::fetchImage(const QUrl &url, int attempt)
{
    track(m_client->transport()->getImage(url, this, [this, generation = m_generation, url, attempt](const ImageResult &result) {
        if (!current(generation))
            return;
        const bool mayRetry = attempt < MaxImageAttempts || result.error.kind == ApiError::Kind::RateLimited;
        if (answered(result.error, [this, url, attempt] { fetchImage(url, attempt + 1); }, mayRetry))
            return;
        if (!result.error.isError())
            m_store->putImage(url, result.contentType, result.data, m_topic.id);
        // An image that cannot be had is left out; the topic is saved without it.
        if (--m_pendingRequests == 0)
            topicComplete();
    }));
}

void OfflineDownload::topicComplete()
{
    const int topicId = m_topic.id;
    m_store->setTopicOffline(topicId, true);
    m_store->addOfflineJobTopic(m_communityId, topicId);
    m_savedTopicIds.insert(topicId);
    ++m_done;
    ++m_nextTopic;
    emit progressChanged();
    emit topicSaved(topicId);
    nextTopic();
}

void OfflineDownload::skipTopic(const ApiError &error)
{
    setError(error);
    for (ForumClient::RequestId id : std::as_const(m_requests))
        m_client->cancel(id);
    ++m_skipped;
    ++m_nextTopic;
    emit progressChanged();
    nextTopic();
}

void OfflineDownload::jobComplete()
{
    const int communityId = m_communityId;
    m_store->finishOfflineJob(communityId);
    stop();
    emit finished(communityId);
    if (!m_running && !m_waiting.isEmpty()) {
        const OfflineJob job = m_waiting.takeFirst();
        begin(job.communityId, job.topicLimit, job.savedTopicIds);
    }
}

void OfflineDownload::fail(const ApiError &error)
{
    setError(error);
    // The job stays unfinished in the store: resume() tries it again. The waiting ones too.
    m_waiting.clear();
    stop();
    emit failed(error);
}

void OfflineDownload::stop()
{
    ++m_generation;
    m_pause.stop();
    m_work.clear();
    m_inFlight = 0;
    for (ForumClient::RequestId id : std::as_const(m_requests))
        m_client->cancel(id);
    m_requests.clear();
    setRunning(false);
}

void OfflineDownload::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

void OfflineDownload::setError(const ApiError &error)
{
    m_lastError = error;
    emit lastErrorChanged();
}

} // namespace Aivizor
