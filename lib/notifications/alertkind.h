#pragma once

#include "lib/domain/notification.h"

#include <QList>
#include <QString>

namespace Aivizor {

// The kinds of notification a user can choose to be alerted about on the desktop, per forum.
// Each groups the Discourse types that read alike (a group mention is a mention, an invitation to
// a message is a message); every other type is None and never alerts.
enum class AlertKind { None, Reply, Mention, Quote, Message, Like };

AlertKind alertKind(Notification::Kind kind);
// Every choosable kind, in the order the Settings dialog shows them.
QList<AlertKind> choosableAlertKinds();
// On unless the user said otherwise: replies, mentions, quotes and messages; likes are off.
bool alertKindOnByDefault(AlertKind kind);
// The name stored in the settings ("reply"), stable across versions.
QString alertKindKey(AlertKind kind);
AlertKind alertKindFromKey(const QString &key);
// "Replies", "Mentions"…, for the Settings dialog.
QString alertKindLabel(AlertKind kind);

} // namespace Aivizor
