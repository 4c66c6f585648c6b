#pragma once

#include <QList>
#include <QStringList>

// One numbered schema step. Steps are applied in list order, each inside a transaction, and
// schema_version records every number applied; numbers need not be consecutive.
struct Migration
{
    int version;
    QStringList statements;
};

QList<Migration> schemaMigrations();
