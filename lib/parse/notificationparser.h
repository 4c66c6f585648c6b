#pragma once

#include "lib/domain/notification.h"
#include "lib/parse/parseresult.h"

#include <QJsonDocument>
#include <QList>

namespace Aivizor {

// GET /notifications.json: {"notifications": [...]}; a bare array (older servers) is accepted.
// Each entry needs notification_type; id is required in the wrapped form.
ParseResult<QList<Notification>> parseNotifications(const QJsonDocument &doc);

// One message-bus delivery: {message_id, channel, data}.
struct BusMessage
{
    qint64 messageId = 0;
    QString channel;
    QJsonValue data;
};

// POST /message-bus/{client_id}/poll: a JSON array of messages.
ParseResult<QList<BusMessage>> parseBusMessages(const QJsonDocument &doc);

} // namespace Aivizor
