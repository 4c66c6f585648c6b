#include "lib/store/storecodec.h"

#include <QDataStream>
#include <QIODevice>

#include <limits>

namespace Aivizor {

namespace {

// Bumped when a blob layout changes; older blobs then fail to decode and are fetched again.
constexpr quint8 FormatVersion = 1;
constexpr qint64 InvalidTime = std::numeric_limits<qint64>::min();

class Writer
{
public:
    Writer() : m_out(&m_bytes, QIODevice::WriteOnly)
    {
        m_out.setVersion(QDataStream::Qt_6_4);
        m_out << FormatVersion;
    }

    Writer &operator<<(int v) { m_out << qint32(v); return *this; }
    Writer &operator<<(bool v) { m_out << v; return *this; }
    Writer &operator<<(const QString &v) { m_out << v.toUtf8(); return *this; }
    Writer &operator<<(const QDateTime &v)
    {
        m_out << (v.isValid() ? v.toMSecsSinceEpoch() : InvalidTime);
        return *this;
    }
    Writer &operator<<(const QStringList &v)
    {
        m_out << quint32(v.size());
        for (const QString &s : v)
            *this << s;
        return *this;
    }
    Writer &operator<<(const QList<int> &v)
    {
        m_out << quint32(v.size());
        for (int i : v)
            m_out << qint32(i);
        return *this;
    }
    Writer &operator<<(const User &u) { return *this << u.id << u.username << u.name << u.avatarTemplate; }
    void count(qsizetype n) { m_out << quint32(n); }

    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
    QDataStream m_out;
};

class Reader
{
public:
    explicit Reader(const QByteArray &blob) : m_in(blob)
    {
        m_in.setVersion(QDataStream::Qt_6_4);
        quint8 format = 0;
        m_in >> format;
        if (format != FormatVersion)
            m_in.setStatus(QDataStream::ReadCorruptData);
    }

    bool ok() const { return m_in.status() == QDataStream::Ok; }
    bool atEnd() const { return m_in.atEnd(); }

    Reader &operator>>(int &v)
    {
        qint32 x = 0;
        m_in >> x;
        v = x;
        return *this;
    }
    Reader &operator>>(bool &v) { m_in >> v; return *this; }
    Reader &operator>>(QString &v)
    {
        QByteArray utf8;
        m_in >> utf8;
        v = QString::fromUtf8(utf8);
        return *this;
    }
    Reader &operator>>(QDateTime &v)
    {
        qint64 ms = InvalidTime;
        m_in >> ms;
        v = ms == InvalidTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return *this;
    }
    Reader &operator>>(QStringList &v)
    {
        v.clear();
        const qsizetype n = count(4);
        v.reserve(n);
        for (qsizetype i = 0; i < n && ok(); ++i) {
            QString s;
            *this >> s;
            v.append(s);
        }
        return *this;
    }
    Reader &operator>>(QList<int> &v)
    {
        v.clear();
        const qsizetype n = count(4);
        v.resize(n);
        for (qsizetype i = 0; i < n; ++i) {
            qint32 x = 0;
            m_in >> x;
            v[i] = x;
        }
        return *this;
    }
    Reader &operator>>(User &u) { return *this >> u.id >> u.username >> u.name >> u.avatarTemplate; }

    // A list length, refused (0, and the stream marked corrupt) when the rest of the blob could
    // not hold that many elements of at least `minBytes` each.
    qsizetype count(qint64 minBytes)
    {
        quint32 n = 0;
        m_in >> n;
        if (!ok() || qint64(n) * minBytes > m_in.device()->bytesAvailable()) {
            m_in.setStatus(QDataStream::ReadCorruptData);
            return 0;
        }
        return qsizetype(n);
    }

private:
    QDataStream m_in;
};

void writeSummary(Writer &w, const TopicSummary &t)
{
    w << t.id << t.title << t.slug << t.categoryId << t.tags << t.postsCount << t.replyCount << t.views
      << t.likeCount << t.createdAt << t.lastPostedAt << t.bumpedAt << t.pinned << t.closed << t.archived
      << t.lastPosterUsername << t.originalPosterId << t.originalPoster << t.excerpt;
}

void readSummary(Reader &r, TopicSummary &t)
{
    r >> t.id >> t.title >> t.slug >> t.categoryId >> t.tags >> t.postsCount >> t.replyCount >> t.views
      >> t.likeCount >> t.createdAt >> t.lastPostedAt >> t.bumpedAt >> t.pinned >> t.closed >> t.archived
      >> t.lastPosterUsername >> t.originalPosterId >> t.originalPoster >> t.excerpt;
}

// The smallest encoded size of a summary and of a user (ints, empty strings, dates, bools).
constexpr qint64 MinSummaryBytes = 64;
constexpr qint64 MinUserBytes = 16;

} // namespace

QByteArray StoreCodec::encodeTopicPage(const TopicPage &page)
{
    Writer w;
    w.count(page.topics.size());
    for (const TopicSummary &t : page.topics)
        writeSummary(w, t);
    w.count(page.users.size());
    for (const User &u : page.users)
        w << u;
    w << page.moreTopicsUrl << page.canCreateTopic << page.perPage;
    return w.bytes();
}

bool StoreCodec::decodeTopicPage(const QByteArray &blob, TopicPage *page)
{
    Reader r(blob);
    TopicPage p;
    const qsizetype topics = r.count(MinSummaryBytes);
    p.topics.resize(topics);
    for (qsizetype i = 0; i < topics && r.ok(); ++i)
        readSummary(r, p.topics[i]);
    const qsizetype users = r.count(MinUserBytes);
    for (qsizetype i = 0; i < users && r.ok(); ++i) {
        User u;
        r >> u;
        p.users.insert(u.id, u);
    }
    r >> p.moreTopicsUrl >> p.canCreateTopic >> p.perPage;
    if (!r.ok() || !r.atEnd())
        return false;
    *page = std::move(p);
    return true;
}

QByteArray StoreCodec::encodeTopicHeader(const Topic &t)
{
    Writer w;
    w << t.id << t.title << t.slug << t.categoryId << t.tags << t.postsCount << t.replyCount << t.views
      << t.likeCount << t.highestPostNumber << t.chunkSize << t.createdAt << t.lastPostedAt << t.pinned
      << t.closed << t.archived << t.canCreatePost << t.lastReadPostNumber << t.createdBy;
    w.count(t.participants.size());
    for (const User &u : t.participants)
        w << u;
    return w.bytes();
}

bool StoreCodec::decodeTopicHeader(const QByteArray &blob, Topic *topic)
{
    Reader r(blob);
    Topic t;
    r >> t.id >> t.title >> t.slug >> t.categoryId >> t.tags >> t.postsCount >> t.replyCount >> t.views
      >> t.likeCount >> t.highestPostNumber >> t.chunkSize >> t.createdAt >> t.lastPostedAt >> t.pinned
      >> t.closed >> t.archived >> t.canCreatePost >> t.lastReadPostNumber >> t.createdBy;
    const qsizetype n = r.count(MinUserBytes);
    for (qsizetype i = 0; i < n && r.ok(); ++i) {
        User u;
        r >> u;
        t.participants.append(u);
    }
    if (!r.ok() || !r.atEnd())
        return false;
    *topic = std::move(t);
    return true;
}

QByteArray StoreCodec::encodeStream(const QList<int> &postIds)
{
    Writer w;
    w << postIds;
    return w.bytes();
}

bool StoreCodec::decodeStream(const QByteArray &blob, QList<int> *postIds)
{
    Reader r(blob);
    QList<int> ids;
    r >> ids;
    if (!r.ok() || !r.atEnd())
        return false;
    *postIds = std::move(ids);
    return true;
}

QByteArray StoreCodec::encodePostDetails(const Post &p)
{
    Writer w;
    w << p.postType << p.username << p.name << p.avatarTemplate << p.createdAt << p.updatedAt << p.actionCode
      << p.replyToPostNumber << p.replyToUsername << p.replyCount << p.likeCount << p.liked << p.canLike
      << p.canUndoLike << p.yours << p.hidden;
    return w.bytes();
}

bool StoreCodec::decodePostDetails(const QByteArray &blob, Post *post)
{
    Reader r(blob);
    Post p = *post; // keeps the column fields the caller already filled in
    r >> p.postType >> p.username >> p.name >> p.avatarTemplate >> p.createdAt >> p.updatedAt >> p.actionCode
      >> p.replyToPostNumber >> p.replyToUsername >> p.replyCount >> p.likeCount >> p.liked >> p.canLike
      >> p.canUndoLike >> p.yours >> p.hidden;
    if (!r.ok() || !r.atEnd())
        return false;
    *post = std::move(p);
    return true;
}

QByteArray StoreCodec::encodeImages(const QList<SanitizedImage> &images)
{
    Writer w;
    w.count(images.size());
    for (const SanitizedImage &i : images)
        w << i.url.toString(QUrl::FullyEncoded) << i.width << i.height;
    return w.bytes();
}

bool StoreCodec::decodeImages(const QByteArray &blob, QList<SanitizedImage> *images)
{
    Reader r(blob);
    QList<SanitizedImage> list;
    const qsizetype n = r.count(12);
    for (qsizetype i = 0; i < n && r.ok(); ++i) {
        QString url;
        SanitizedImage image;
        r >> url >> image.width >> image.height;
        image.url = QUrl(url, QUrl::StrictMode);
        list.append(image);
    }
    if (!r.ok() || !r.atEnd())
        return false;
    *images = std::move(list);
    return true;
}

} // namespace Aivizor
