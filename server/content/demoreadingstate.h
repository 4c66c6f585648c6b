#pragma once

#include <QString>

class Database;

// Gives the demo reader a lived-in state: the oldest third of the topics read, the middle third
// read halfway and tracked, the newest third new. Runs inside the seeding transaction.
namespace DemoReadingState {

bool seed(Database &db, int userId, QString *error);

} // namespace DemoReadingState
