#pragma once

#include <QString>

class Database;

// <data-dir>/demo-credentials.json: {"username":"demo","api_key":"..."}, mode 0600.
// `aivizor --demo` reads it only for the local demo server it started itself on that data
// directory, so replying works out of the box; the key is a personal key (Api-Key + Api-Username).
namespace DemoCredentials {

QString fileName();
// Creates the key and the file when the database has the user "demo" and the file is missing
// (new data directories, and ones seeded before the write side existed).
bool ensure(Database &db, const QString &dataDir, QString *error);

} // namespace DemoCredentials
