#include "lib/notifications/desktopnotifier.h"

#include "lib/domain/post.h"
#include "lib/net/forumclient.h"
#include "lib/notifications/notificationfeed.h"
#include "lib/notifications/notificationtext.h"
#include "lib/render/htmlsanitizer.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>
#include <utility>

namespace Aivizor {

namespace {

Q_LOGGING_CATEGORY(lcNotifier, "aivizor.notifications")

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString DefaultAction = QStringLiteral("default");
const QString SeenGroup = QStringLiteral("notifications/lastShownId");

// Forum keys are URLs; QSettings would read their slashes as groups.
QString settingsKey(const QString &forumKey)
{
    return QString::fromLatin1(forumKey.toUtf8().toPercentEncoding());
}

qint64 storedSeen(const QString &forumKey)
{
    QSettings settings;
    settings.beginGroup(SeenGroup);
    return settings.value(settingsKey(forumKey), -1).toLongLong();
}

void storeSeen(const QString &forumKey, qint64 id)
{
    QSettings settings;
    settings.beginGroup(SeenGroup);
    settings.setValue(settingsKey(forumKey), id);
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    m_connected = true;
    bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint,QString)));
    bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                SLOT(onNotificationClosed(uint,uint)));
    // Services without body markup show tags and entities as they are: send plain text to those.
    auto *watcher = new QDBusPendingCallWatcher(
        bus.asyncCall(QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetCapabilities"))),
        this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QStringList> reply = *call;
        if (!reply.isError())
            m_markup = reply.value().contains(QStringLiteral("body-markup"));
    });
}

void DesktopNotifier::track(NotificationFeed *feed, ForumClient *client, const QString &forumKey,
                            const QString &forumName)
{
    if (m_forums.contains(feed))
        return;
    m_forums.insert(feed, {client, forumKey, forumName});
    connect(feed, &NotificationFeed::refreshed, this, [this, feed] { onRefreshed(feed); });
    connect(feed, &QObject::destroyed, this, [this, feed] { m_forums.remove(feed); });
}

void DesktopNotifier::untrack(NotificationFeed *feed)
{
    if (m_forums.remove(feed))
        feed->disconnect(this);
}

void DesktopNotifier::setForumName(const QString &forumKey, const QString &name)
{
    for (Forum &forum : m_forums) {
        if (forum.key == forumKey)
            forum.name = name;
    }
}

void DesktopNotifier::onRefreshed(NotificationFeed *feed)
{
    const Forum forum = m_forums.value(feed);
    const qint64 seen = storedSeen(forum.key);
    qint64 newest = qMax<qint64>(seen, 0);
    QList<Notification> fresh;
    for (int row = 0; row < feed->rowCount(); ++row) {
        const Notification &n = feed->at(row);
        newest = qMax(newest, n.id);
        if (n.id > seen && !n.read)
            fresh.append(n);
    }
    if (newest != seen)
        storeSeen(forum.key, newest);
    // The first start on a forum: what is there already is in the panel, not news.
    if (seen < 0)
        return;
    std::sort(fresh.begin(), fresh.end(), [](const Notification &a, const Notification &b) { return a.id < b.id; });
    for (const Notification &n : std::as_const(fresh)) {
        const AlertKind kind = alertKind(n.kind);
        if (kind == AlertKind::None || (m_filter && !m_filter(forum.key, kind)))
            continue;
        if (!forum.client || n.topicId <= 0 || n.originalPostId <= 0) {
            send(forum, n, QString());
            continue;
        }
        forum.client->fetchPosts(n.topicId, {n.originalPostId}, this, [this, forum, n](const ApiResult<QList<Post>> &r) {
            // Without the post the notification still says who, what and where.
            const QString cooked = r.ok() && !r.value->isEmpty() ? r.value->first().cooked : QString();
            QString excerpt = HtmlSanitizer::toPlainText(cooked).simplified();
            if (excerpt.size() > ExcerptLength)
                excerpt = excerpt.left(ExcerptLength - 1).trimmed() + QChar(0x2026);
            send(forum, n, excerpt);
        });
    }
}

void DesktopNotifier::send(const Forum &forum, const Notification &n, const QString &excerpt)
{
    if (!m_connected) {
        warnOnce(QStringLiteral("no D-Bus session bus: desktop notifications are off"));
        return;
    }
    const QString summary = tr("%1 — %2").arg(notificationSentence(n), forum.name);
    const auto text = [this](const QString &s) { return m_markup ? s.toHtmlEscaped() : s; };
    QString body = m_markup ? QStringLiteral("<b>%1</b>").arg(text(n.topicTitle)) : n.topicTitle;
    if (!excerpt.isEmpty())
        body += QLatin1Char('\n') + text(excerpt);
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("org.aivizor.Aivizor")},
                            {QStringLiteral("category"), n.kind == Notification::Kind::PrivateMessage
                                                             ? QStringLiteral("im.received")
                                                             : QStringLiteral("im")}};
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("org.aivizor.Aivizor") << summary
         << body << QStringList{DefaultAction, tr("Open")} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    const Shown shown{forum.key, n.topicId, n.postNumber};
    const qint64 notificationId = n.id;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, shown, notificationId](QDBusPendingCallWatcher *pending) {
        pending->deleteLater();
        const QDBusPendingReply<uint> reply = *pending;
        if (reply.isError()) {
            warnOnce(QStringLiteral("the desktop notification service did not answer: %1").arg(reply.error().message()));
            return;
        }
        m_shown.insert(reply.value(), shown);
        emit this->shown(reply.value(), shown.forumKey, notificationId);
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_shown.constFind(id);
    if (it == m_shown.constEnd() || action != DefaultAction)
        return;
    emit activated(it->forumKey, it->topicId, it->postNumber);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_shown.remove(id);
}

void DesktopNotifier::warnOnce(const QString &message)
{
    if (std::exchange(m_warned, true))
        return;
    qCWarning(lcNotifier).noquote() << message;
}

} // namespace Aivizor
