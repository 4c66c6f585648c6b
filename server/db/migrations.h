#pragma once

#include <QList>
#include <QStringList>

// One numbered schema step. Steps are applied in order, each inside a transaction,
// and schema_version records the highest one applied.
struct Migration
{
    int version;
    QStringList statements;
};

QList<Migration> schemaMigrations();
