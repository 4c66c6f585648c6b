#pragma once

#include "longpolls.h"
#include "responsecache.h"
#include "auth/apikeys.h"
#include "bus/messagebus.h"
#include "content/uploadstore.h"
#include "db/queries.h"

#include <QElapsedTimer>
#include <QHash>

class Database;

// Limits of the write side, set from the command line.
struct WriteLimits
{
    // A user may create one post per this many seconds (Discourse's rate_limit_create_post); 0: off.
    int postRateLimitSeconds = 5;
    // Request bodies above this are refused with 413, on every route, as they arrive (BodyLimit):
    // QtHttpServer 6.4 has no limit of its own and buffers the whole body before a handler runs.
    qsizetype maxBodyBytes = 256 * 1024;
    // How long a message-bus poll waits for a message (Discourse's long_polling_interval); 0: never.
    int longPollMs = 25000;
    // At most this many requests per IP address in any 10 seconds (Discourse's
    // max_reqs_per_ip_per_10_seconds, IpLimit); 0: off.
    int maxReqsPerIpPer10Seconds = 0;
};

// What every route group shares. Lives as long as the server.
struct ApiContext
{
    ApiContext(Database &database, const QString &dataDir, const WriteLimits &writeLimits)
        : db(database), queries(database), uploads(dataDir), cache(database), keys(database), limits(writeLimits),
          polls(bus, writeLimits.longPollMs)
    {
        clock.start();
    }

    Database &db;
    Queries queries;
    UploadStore uploads;
    ResponseCache cache;
    ApiKeys keys;
    WriteLimits limits;
    // Monotonic: the rate limit must not move with the wall clock.
    QElapsedTimer clock;
    // user id -> clock.elapsed() at their last post, for the post rate limit.
    QHash<int, qint64> lastPostAt;
    // The message bus and the polls waiting on it.
    MessageBus bus;
    LongPolls polls;
};
