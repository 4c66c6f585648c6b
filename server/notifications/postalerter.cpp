#include "postalerter.h"
#include "content/cooker.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr int kRegularPost = 1;
constexpr int kWatching = 3;
constexpr int kMuted = 0;

// PostAlerter::COLLAPSED_NOTIFICATION_TYPES (newest).
const QList<int> kCollapsedTypes{NotificationType::Replied, NotificationType::Posted, NotificationType::PrivateMessage};

// PostAlerter::NOTIFIABLE_TYPES among those created here.
bool isNotifiable(int type)
{
    return type == NotificationType::Mentioned || type == NotificationType::Replied || type == NotificationType::Quoted
           || type == NotificationType::Posted || type == NotificationType::PrivateMessage;
}

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qWarning("aivizor-server: alerter query failed: %s", qPrintable(q.lastQuery()));
    return q;
}

QList<int> ints(QSqlQuery &q)
{
    QList<int> ids;
    while (q.next())
        ids.append(q.value(0).toInt());
    return ids;
}

// Plain text for a desktop notification: the excerpt without HTML entities.
QString plainExcerpt(const QString &cooked)
{
    QString text = excerptOf(cooked, 400);
    text.replace(QLatin1String("&hellip;"), QString(QChar(0x2026)));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

} // namespace

PostAlerter::PostAlerter(Database &db)
    : m_db(db), m_store(db)
{
}

std::optional<PostAlerter::PostInfo> PostAlerter::load(int postId) const
{
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("SELECT p.id, p.topic_id, p.post_number, p.user_id, p.post_type,"
                                     " coalesce(p.reply_to_post_number, 0), p.raw, p.cooked, u.username, t.title, t.slug,"
                                     " t.archetype FROM posts p JOIN users u ON u.id = p.user_id"
                                     " JOIN topics t ON t.id = p.topic_id WHERE p.id = ?"),
                      {postId});
    if (!q.next())
        return std::nullopt;
    PostInfo p;
    p.id = q.value(0).toInt();
    p.topicId = q.value(1).toInt();
    p.postNumber = q.value(2).toInt();
    p.userId = q.value(3).toInt();
    p.postType = q.value(4).toInt();
    p.replyToPostNumber = q.value(5).toInt();
    p.raw = q.value(6).toString();
    p.cooked = q.value(7).toString();
    p.authorUsername = q.value(8).toString();
    p.topicTitle = q.value(9).toString();
    p.topicSlug = q.value(10).toString();
    p.privateMessage = q.value(11).toString() == QLatin1String("private_message");
    return p;
}

bool PostAlerter::canSee(int userId, const PostInfo &post) const
{
    return !post.privateMessage || allowedUserIds(post.topicId).contains(userId);
}

int PostAlerter::topicLevel(int userId, int topicId) const
{
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("SELECT notification_level FROM topic_users WHERE user_id = ? AND topic_id = ?"),
                      {userId, topicId});
    return q.next() ? q.value(0).toInt() : -1;
}

QList<int> PostAlerter::userIds(const QStringList &usernames, int exceptUserId) const
{
    QList<int> ids;
    for (const QString &name : usernames) {
        QSqlQuery q = run(m_db.connection(), QStringLiteral("SELECT id FROM users WHERE username = ? AND id <> ?"),
                          {name, exceptUserId});
        if (q.next() && !ids.contains(q.value(0).toInt()))
            ids.append(q.value(0).toInt());
    }
    return ids;
}

QList<int> PostAlerter::quotedUserIds(const PostInfo &post) const
{
    // PostAlerter#extract_quoted_users: [quote="name, post:N, ..."] in the raw.
    static const QRegularExpression quote(QStringLiteral("\\[quote=\"([^,]+),.+\"\\]"));
    QStringList names;
    auto it = quote.globalMatch(post.raw);
    while (it.hasNext()) {
        const QString name = it.next().captured(1).trimmed();
        if (!names.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    return userIds(names, post.userId);
}

QList<int> PostAlerter::allowedUserIds(int topicId) const
{
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("SELECT user_id FROM topic_allowed_users WHERE topic_id = ? ORDER BY user_id"),
                      {topicId});
    return ints(q);
}

QList<int> PostAlerter::watcherIds(int topicId) const
{
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("SELECT user_id FROM topic_users WHERE topic_id = ? AND notification_level = ?"
                                     " ORDER BY user_id"),
                      {topicId, kWatching});
    return ints(q);
}

PostAlerter::Unread PostAlerter::unread(int userId, int topicId) const
{
    const QString scope = QStringLiteral(
        "FROM posts p JOIN users u ON u.id = p.user_id"
        " LEFT JOIN posts r ON r.topic_id = p.topic_id AND r.post_number = p.reply_to_post_number"
        " WHERE p.topic_id = ?"
        " AND p.post_number > coalesce((SELECT last_read_post_number FROM topic_users"
        "   WHERE user_id = ? AND topic_id = ?), 0)"
        " AND (r.user_id = ? OR EXISTS (SELECT 1 FROM topic_users WHERE user_id = ? AND topic_id = ?"
        "   AND notification_level = ?))");
    const QVariantList binds{topicId, userId, topicId, userId, userId, topicId, kWatching};
    Unread result;
    QSqlQuery first = run(m_db.connection(),
                          QStringLiteral("SELECT p.post_number, u.username %1 ORDER BY p.post_number LIMIT 1").arg(scope),
                          binds);
    if (!first.next())
        return result;
    result.postNumber = first.value(0).toInt();
    result.authorUsername = first.value(1).toString();
    QSqlQuery count = run(m_db.connection(), QStringLiteral("SELECT count(*) %1").arg(scope), binds);
    result.count = count.next() ? count.value(0).toInt() : 0;
    return result;
}

QJsonObject PostAlerter::alertPayload(int type, const PostInfo &post, const QString &username) const
{
    return QJsonObject{{QStringLiteral("notification_type"), type},
                       {QStringLiteral("post_number"), post.postNumber},
                       {QStringLiteral("topic_title"), post.topicTitle},
                       {QStringLiteral("topic_id"), post.topicId},
                       {QStringLiteral("excerpt"), plainExcerpt(post.cooked)},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("post_url"),
                        QStringLiteral("/t/%1/%2/%3").arg(post.topicSlug).arg(post.topicId).arg(post.postNumber)}};
}

// PostAlerter#create_notification.
void PostAlerter::create(int userId, int type, const PostInfo &post, const Options &options)
{
    if (userId <= 0 || !canSee(userId, post) || topicLevel(userId, post.topicId) == kMuted)
        return;
    const bool anyBefore = m_store.anyOnPost(userId, post.topicId, post.postNumber);
    const std::optional<NotificationRow> sameType = m_store.findOnPost(userId, post.topicId, post.postNumber, type);
    // The same kind on the same post again only for likes (should_notify_like? under "always").
    if (sameType && type != NotificationType::Liked)
        return;

    QJsonObject data;
    if (sameType && QDateTime::fromString(sameType->createdAt, Qt::ISODateWithMs)
                        > QDateTime::currentDateTimeUtc().addDays(-1)) {
        data.insert(QStringLiteral("username2"), sameType->data.value(QStringLiteral("display_username")));
        data.insert(QStringLiteral("count"), qMax(1, sameType->data.value(QStringLiteral("count")).toInt()) + 1);
        m_store.remove(sameType->id);
    }

    int postNumber = post.postNumber;
    QString displayUsername = options.displayUsername;
    QString shownAuthor = post.authorUsername;
    if (kCollapsedTypes.contains(type)) {
        m_store.removeInTopic(userId, kCollapsedTypes, post.topicId);
        const Unread unreadPosts = unread(userId, post.topicId);
        if (unreadPosts.postNumber > 0) {
            postNumber = unreadPosts.postNumber;
            shownAuthor = unreadPosts.authorUsername;
        }
        // I18n "embed.replies".
        if (unreadPosts.count > 1)
            displayUsername = QCoreApplication::translate("PostAlerter", "%n replies", nullptr, unreadPosts.count);
    }
    const QString originalUsername = options.displayUsername.isEmpty() ? post.authorUsername : options.displayUsername;
    data.insert(QStringLiteral("topic_title"), post.topicTitle);
    data.insert(QStringLiteral("original_post_id"), post.id);
    data.insert(QStringLiteral("original_post_type"), post.postType);
    data.insert(QStringLiteral("original_username"), originalUsername);
    data.insert(QStringLiteral("revision_number"), QJsonValue(QJsonValue::Null));
    data.insert(QStringLiteral("display_username"), displayUsername.isEmpty() ? shownAuthor : displayUsername);

    NewNotification row;
    row.userId = userId;
    row.type = type;
    row.topicId = post.topicId;
    row.postNumber = postNumber;
    row.postActionId = options.postActionId;
    row.data = data;
    if (m_store.add(row) <= 0)
        return;
    m_outcome.changedUsers.insert(userId);
    if (!anyBefore && isNotifiable(type))
        m_outcome.alerts.append({userId, alertPayload(type, post, originalUsername)});
}

void PostAlerter::postCreated(int postId, const QStringList &mentionedUsernames)
{
    const std::optional<PostInfo> post = load(postId);
    if (!post)
        return;
    QSet<int> notified{post->userId};
    const auto notifyAll = [&](const QList<int> &users, int type) {
        for (int id : users) {
            if (!notified.contains(id))
                create(id, type, *post, Options());
        }
        for (int id : users)
            notified.insert(id);
    };

    // Mentions; in a private message only of its participants (only_allowed_users).
    QList<int> mentioned = userIds(mentionedUsernames, post->userId);
    if (post->privateMessage) {
        const QList<int> allowed = allowedUserIds(post->topicId);
        mentioned.erase(std::remove_if(mentioned.begin(), mentioned.end(),
                                       [&](int id) { return !allowed.contains(id); }),
                        mentioned.end());
    }
    notifyAll(mentioned, NotificationType::Mentioned);

    // Post#reply_notification_target: the author of the post replied to, if someone else.
    int replyTarget = 0;
    if (post->replyToPostNumber > 0) {
        QSqlQuery q = run(m_db.connection(),
                          QStringLiteral("SELECT user_id FROM posts WHERE topic_id = ? AND post_number = ? AND user_id <> ?"),
                          {post->topicId, post->replyToPostNumber, post->userId});
        if (q.next())
            replyTarget = q.value(0).toInt();
    }
    // notify_non_pm_users: replies and quotes in a private message become private_message below.
    if (!post->privateMessage) {
        if (replyTarget > 0 && post->postType == kRegularPost)
            notifyAll({replyTarget}, NotificationType::Replied);
        notifyAll(quotedUserIds(*post), NotificationType::Quoted);
    }

    if (post->privateMessage) {
        // notify_pm_users: the other participants, when replied to or watching the message.
        for (int id : allowedUserIds(post->topicId)) {
            if (id == post->userId || notified.contains(id))
                continue;
            if (id == replyTarget || topicLevel(id, post->topicId) == kWatching)
                create(id, NotificationType::PrivateMessage, *post, Options());
        }
    } else if (post->postType == kRegularPost) {
        // notify_post_users: everyone watching the topic who has not heard of this post yet.
        for (int id : watcherIds(post->topicId)) {
            if (!notified.contains(id))
                create(id, NotificationType::Posted, *post, Options());
        }
    }
}

void PostAlerter::liked(int postId, int likerId, qint64 postActionId)
{
    const std::optional<PostInfo> post = load(postId);
    if (!post || post->userId == likerId)
        return;
    QSqlQuery q = run(m_db.connection(), QStringLiteral("SELECT username FROM users WHERE id = ?"), {likerId});
    if (!q.next())
        return;
    Options options;
    options.displayUsername = q.value(0).toString();
    options.postActionId = postActionId;
    create(post->userId, NotificationType::Liked, *post, options);
}

void PostAlerter::unliked(int postId)
{
    const std::optional<PostInfo> post = load(postId);
    if (!post)
        return;
    bool read = true;
    bool removed = false;
    for (const NotificationRow &n : m_store.onPost(post->topicId, post->postNumber, NotificationType::Liked)) {
        if (n.userId != post->userId)
            continue;
        read = read && n.read;
        m_store.remove(n.id);
        removed = true;
    }
    // PostActionNotifier.refresh_like_notification: the likers of the last day, newest first.
    QSqlQuery q = run(m_db.connection(),
                      QStringLiteral("SELECT u.username FROM post_actions a JOIN users u ON u.id = a.user_id"
                                     " WHERE a.post_id = ? AND a.post_action_type_id = 2 AND a.created_at > ?"
                                     " ORDER BY a.created_at DESC, a.id DESC"),
                      {postId, QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs)});
    QStringList likers;
    while (q.next())
        likers.append(q.value(0).toString());
    if (!likers.isEmpty()) {
        NewNotification row;
        row.userId = post->userId;
        row.type = NotificationType::Liked;
        row.topicId = post->topicId;
        row.postNumber = post->postNumber;
        row.read = read;
        row.data = QJsonObject{{QStringLiteral("topic_title"), post->topicTitle},
                               {QStringLiteral("username"), likers.first()},
                               {QStringLiteral("display_username"), likers.first()},
                               {QStringLiteral("username2"), likers.size() > 1 ? QJsonValue(likers.at(1))
                                                                               : QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("count"), int(likers.size())}};
        m_store.add(row);
        removed = true;
    }
    if (removed)
        m_outcome.changedUsers.insert(post->userId);
}
