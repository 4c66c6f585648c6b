#pragma once

#include <QString>

class Database;

// Loads the demo community (community.json, topics/NNN-*.md, uploads/*.svg; format in
// resources/demo/README.md) into an empty database, in one transaction. Content errors are
// reported as "file:line: message" and nothing is written.
class DemoSeeder
{
public:
    DemoSeeder(Database &db, const QString &dataDir) : m_db(db), m_dataDir(dataDir) {}

    bool seed(const QString &demoDir, QString *error);

private:
    Database &m_db;
    QString m_dataDir;
};
