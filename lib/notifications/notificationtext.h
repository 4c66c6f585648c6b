#pragma once

#include "lib/domain/notification.h"

#include <QString>

namespace Aivizor {

// What happened, in a short sentence naming who did it: "ben replied to you", "ann liked your
// post". The panel's rows and the desktop notifications' titles say the same.
QString notificationSentence(const Notification &notification);

} // namespace Aivizor
