#pragma once

#include <QList>
#include <QStringList>

// One numbered schema step. Steps are applied in ascending version order, each inside a
// transaction, and schema_version records every one applied. Versions need not be consecutive:
// a step missing from schema_version is applied even when higher ones already are.
struct Migration
{
    int version;
    QStringList statements;
};

QList<Migration> schemaMigrations();
