// What a keystroke costs in the composer's draft store: DraftStore::scheduleSave, which appends the
// change to the draft's journal at once (the debounced file save is not part of it).
//
//   aivizor-bench-drafts [DIR]   types 2,000 characters at the end of a 10 KB draft, and 2,000 in
//                                its middle, in DIR (default: a temporary folder)
#include "benchstats.h"

#include "lib/drafts/draftstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Aivizor;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary;
    const QString dir = app.arguments().value(1, temporary.path());
    DraftStore store(dir);
    store.setDebounceInterval(60 * 60 * 1000); // keep the file save out of the figures
    store.setMaxDelay(60 * 60 * 1000);
    QTextStream out(stdout);

    for (const bool middle : {false, true}) {
        Draft draft;
        draft.text = QStringLiteral("Ein Entwurf mit Umlauten — ünïcödé ✓ 草稿\n").repeated(250); // ~10 KB
        QList<double> us;
        for (int i = 0; i < 2000; ++i) {
            const QChar key = QChar(u'a' + i % 26);
            if (middle)
                draft.text.insert(draft.text.size() / 2, key);
            else
                draft.text.append(key);
            draft.updatedAt = {};
            QElapsedTimer t;
            t.start();
            store.scheduleSave(QStringLiteral("bench"), draft);
            us.append(t.nsecsElapsed() / 1000.0);
        }
        QList<double> sorted = us;
        std::sort(sorted.begin(), sorted.end());
        out << BenchStats::of(us).line(middle ? QStringLiteral("keystroke in the middle of a 10 KB draft")
                                              : QStringLiteral("keystroke at the end of a 10 KB draft"),
                                       QStringLiteral("us"))
            << ", p99 " << QString::number(sorted.at(sorted.size() * 99 / 100), 'f', 1) << " us\n";
        QElapsedTimer t;
        t.start();
        store.flush();
        out << "  compacting save: " << QString::number(t.nsecsElapsed() / 1e6, 'f', 2) << " ms\n";
    }
    return 0;
}
