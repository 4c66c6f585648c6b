#include "lib/notifications/alertkind.h"

#include <QCoreApplication>

namespace Aivizor {

AlertKind alertKind(Notification::Kind kind)
{
    using K = Notification::Kind;
    switch (kind) {
    case K::Replied: return AlertKind::Reply;
    case K::Mentioned:
    case K::GroupMentioned: return AlertKind::Mention;
    case K::Quoted: return AlertKind::Quote;
    case K::PrivateMessage:
    case K::InvitedToPrivateMessage: return AlertKind::Message;
    case K::Liked:
    case K::LikedConsolidated: return AlertKind::Like;
    default: return AlertKind::None;
    }
}

QList<AlertKind> choosableAlertKinds()
{
    return {AlertKind::Reply, AlertKind::Mention, AlertKind::Quote, AlertKind::Message, AlertKind::Like};
}

bool alertKindOnByDefault(AlertKind kind)
{
    return kind != AlertKind::None && kind != AlertKind::Like;
}

QString alertKindKey(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Reply: return QStringLiteral("reply");
    case AlertKind::Mention: return QStringLiteral("mention");
    case AlertKind::Quote: return QStringLiteral("quote");
    case AlertKind::Message: return QStringLiteral("message");
    case AlertKind::Like: return QStringLiteral("like");
    case AlertKind::None: break;
    }
    return {};
}

AlertKind alertKindFromKey(const QString &key)
{
    for (AlertKind kind : choosableAlertKinds()) {
        if (alertKindKey(kind) == key)
            return kind;
    }
    return AlertKind::None;
}

QString alertKindLabel(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Reply: return QCoreApplication::translate("Aivizor::AlertKind", "Replies");
    case AlertKind::Mention: return QCoreApplication::translate("Aivizor::AlertKind", "Mentions");
    case AlertKind::Quote: return QCoreApplication::translate("Aivizor::AlertKind", "Quotes");
    case AlertKind::Message: return QCoreApplication::translate("Aivizor::AlertKind", "Private messages");
    case AlertKind::Like: return QCoreApplication::translate("Aivizor::AlertKind", "Likes");
    case AlertKind::None: break;
    }
    return {};
}

} // namespace Aivizor
