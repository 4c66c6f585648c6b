#include "datadir.h"
#include "auth/democredentials.h"
#include "content/demoseeder.h"
#include "db/database.h"
#include "db/searchindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace {

QString demoDirectory(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    if (QFileInfo::exists(QStringLiteral(":/demo/community.json")))
        return QStringLiteral(":/demo");
    return QStringLiteral(AIVIZOR_DEMO_DIR);
}

} // namespace

bool openDataDirectory(Database &db, const QString &dataDir, const QString &demoDir, QString *error)
{
    if (!QDir().mkpath(dataDir)) {
        *error = QCoreApplication::translate("main", "Cannot create the data directory %1").arg(dataDir);
        return false;
    }
    {
        QTemporaryFile probe(dataDir + QStringLiteral("/.write-test-XXXXXX"));
        if (!probe.open()) {
            *error = QCoreApplication::translate("main", "The data directory %1 is not writable").arg(dataDir);
            return false;
        }
    }
    if (!db.open(dataDir + QStringLiteral("/aivizor.sqlite"), error))
        return false;
    if (!db.hasContent()) {
        DemoSeeder seeder(db, dataDir);
        if (!seeder.seed(demoDirectory(demoDir), error))
            return false;
    }
    // A database from before the search index, or posts added in bulk: indexed once here.
    if (!SearchIndex(db).indexMissing(error))
        return false;
    return DemoCredentials::ensure(db, dataDir, error);
}
