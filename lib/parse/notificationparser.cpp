#include "lib/parse/notificationparser.h"

#include "lib/parse/jsonreader.h"
#include "lib/render/htmlentities.h"

#include <QCoreApplication>

namespace Aivizor {

Notification::Kind notificationKind(int type)
{
    using K = Notification::Kind;
    switch (type) {
    case 1: return K::Mentioned;
    case 2: return K::Replied;
    case 3: return K::Quoted;
    case 4: return K::Edited;
    case 5: return K::Liked;
    case 6: return K::PrivateMessage;
    case 7: return K::InvitedToPrivateMessage;
    case 9: return K::Posted;
    case 11: return K::Linked;
    case 12: return K::GrantedBadge;
    case 15: return K::GroupMentioned;
    case 17: return K::WatchingFirstPost;
    case 19: return K::LikedConsolidated;
    default: return K::Other;
    }
}

namespace {

Notification parseOne(const QJsonObject &o, const QString &path, bool idRequired, JsonReader &r)
{
    Notification n;
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (idRequired || !(id.isUndefined() || id.isNull()))
        r.toInt64(id, JsonReader::join(path, QStringLiteral("id")), n.id);
    r.readInt(o, QStringLiteral("notification_type"), path, n.type, true);
    n.kind = notificationKind(n.type);
    r.readBool(o, QStringLiteral("read"), path, n.read);
    r.readDateTime(o, QStringLiteral("created_at"), path, n.createdAt);
    r.readInt(o, QStringLiteral("topic_id"), path, n.topicId);
    r.readInt(o, QStringLiteral("post_number"), path, n.postNumber);
    r.readString(o, QStringLiteral("slug"), path, n.slug);
    QString fancy;
    r.readString(o, QStringLiteral("fancy_title"), path, fancy);
    QJsonObject data;
    const QString dataPath = JsonReader::join(path, QStringLiteral("data"));
    if (r.readObject(o, QStringLiteral("data"), path, data)) {
        r.readString(data, QStringLiteral("topic_title"), dataPath, n.topicTitle);
        r.readString(data, QStringLiteral("display_username"), dataPath, n.username);
        if (n.username.isEmpty())
            r.readString(data, QStringLiteral("username"), dataPath, n.username);
        r.readInt(data, QStringLiteral("original_post_id"), dataPath, n.originalPostId);
    }
    if (n.topicTitle.isEmpty())
        n.topicTitle = HtmlEntities::decode(fancy, false);
    return n;
}

} // namespace

ParseResult<QList<Notification>> parseNotifications(const QJsonDocument &doc)
{
    JsonReader r;
    QJsonArray items;
    QString path;
    bool wrapped = doc.isObject();
    if (wrapped) {
        path = QStringLiteral("notifications");
        r.readArray(doc.object(), path, QString(), items, true);
    } else if (doc.isArray()) {
        items = doc.array();
    } else {
        return ParseResult<QList<Notification>>::failure(
            QCoreApplication::translate("Parse", "the response is not a JSON object"));
    }
    QList<Notification> out;
    for (int i = 0; i < items.size() && !r.failed(); ++i) {
        QJsonObject o;
        const QString itemPath = JsonReader::join(path, i);
        if (r.objectAt(items, i, path, o))
            out.append(parseOne(o, itemPath, wrapped, r));
    }
    if (r.failed())
        return ParseResult<QList<Notification>>::failure(r.error());
    return ParseResult<QList<Notification>>::success(out);
}

ParseResult<QList<BusMessage>> parseBusMessages(const QJsonDocument &doc)
{
    if (!doc.isArray())
        return ParseResult<QList<BusMessage>>::failure(
            QCoreApplication::translate("Parse", "the response is not a JSON array"));
    JsonReader r;
    QList<BusMessage> out;
    const QJsonArray items = doc.array();
    for (int i = 0; i < items.size() && !r.failed(); ++i) {
        QJsonObject o;
        if (!r.objectAt(items, i, QString(), o))
            break;
        const QString path = JsonReader::join(QString(), i);
        BusMessage m;
        const QJsonValue id = o.value(QStringLiteral("message_id"));
        if (!r.toInt64(id, JsonReader::join(path, QStringLiteral("message_id")), m.messageId))
            break;
        r.readString(o, QStringLiteral("channel"), path, m.channel, true);
        m.data = o.value(QStringLiteral("data"));
        out.append(m);
    }
    if (r.failed())
        return ParseResult<QList<BusMessage>>::failure(r.error());
    return ParseResult<QList<BusMessage>>::success(out);
}

} // namespace Aivizor
