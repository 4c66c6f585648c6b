#pragma once

#include "responsecache.h"
#include "content/uploadstore.h"
#include "db/queries.h"

class Database;

// What every route group shares. Lives as long as the server.
struct ApiContext
{
    ApiContext(Database &database, const QString &dataDir)
        : db(database), queries(database), uploads(dataDir), cache(database) {}

    Database &db;
    Queries queries;
    UploadStore uploads;
    ResponseCache cache;
};
