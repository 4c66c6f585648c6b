#pragma once

#include <QString>

class Database;

// Opens (creating if needed) the data directory's database, seeds a new one with the demo
// community and hands out the demo credentials. Shared by serving and by `user` commands, so
// both see the same community. demoDir empty: the built-in demo content.
bool openDataDirectory(Database &db, const QString &dataDir, const QString &demoDir, QString *error);
