#pragma once

#include "db/notificationstore.h"

#include <QJsonObject>

struct AlertOutcome;
struct ApiContext;

// Discourse's notification JSON and the live state of /notification/<uid>.
namespace NotificationJson {

// NotificationSerializer (core:app/serializers/notification_serializer.rb).
QJsonObject notification(const NotificationRow &row);

// User#publish_notifications_state's payload (core:app/models/user.rb).
QJsonObject state(const NotificationStore &store, int userId);

// After a write committed: the new state to each changed user, then their alerts, each only
// to that user, like Notification's after_commit hook and PostAlerter.create_notification_alert.
void publish(ApiContext &ctx, const AlertOutcome &outcome);
void publishState(ApiContext &ctx, int userId);

} // namespace NotificationJson
