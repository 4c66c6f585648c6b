// Helper for tst_draftstore's crash tests: writes drafts through DraftStore and is then killed with
// SIGKILL by the test, so nothing but what already reached the disk survives.
//
//   draft_writer <dir> once <key> <text-file>   schedule one save (debounced), print "saved", then idle
//   draft_writer <dir> hammer <key>             save versions 1, 2, 3 ... back to back, printing
//                                               "saved <n>" after each, until killed
//   draft_writer <dir> type <key> <text-file>   type the text one character every 2 ms as a composer
//                                               would (with a typo erased now and then), print
//                                               "typed" after the last keystroke, then idle
#include "draft_writer_text.h"
#include "lib/drafts/draftstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace Aivizor;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: draft_writer <dir> once <key> <text-file> | <dir> hammer <key>\n");
        return 2;
    }
    DraftStore store(args.at(1));
    const QString mode = args.at(2);
    const QString key = args.at(3);

    if (mode == QLatin1String("once") && args.size() == 5) {
        QFile in(args.at(4));
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(4)));
            return 2;
        }
        Draft draft;
        draft.replyToPostNumber = 7;
        draft.text = QString::fromUtf8(in.readAll());
        QObject::connect(&store, &DraftStore::saved, [] {
            std::printf("saved\n");
            std::fflush(stdout);
        });
        QObject::connect(&store, &DraftStore::saveFailed, [](const QString &, const ApiError &error) {
            std::fprintf(stderr, "%s\n", qPrintable(error.userText()));
            QCoreApplication::exit(1);
        });
        store.scheduleSave(key, draft);
        return app.exec(); // idles until killed
    }
    if (mode == QLatin1String("type") && args.size() == 5) {
        QFile in(args.at(4));
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(4)));
            return 2;
        }
        const QString text = QString::fromUtf8(in.readAll());
        // The test kills this process up to 500 ms after the last keystroke; saves well past
        // that keeps the kill inside it however busy the machine is, so the journal is what holds
        // the end of the text.
        store.setDebounceInterval(3000);
        store.setMaxDelay(10000);
        auto *draft = new Draft;
        draft->replyToPostNumber = 7;
        qsizetype next = 0;
        int strokes = 0;
        bool typo = false;
        auto *keys = new QTimer(&app);
        QObject::connect(keys, &QTimer::timeout, [&, draft, keys] {
            if (typo) { // backspace over the typo
                draft->text.chop(1);
                typo = false;
            } else if (++strokes % 25 == 0) {
                draft->text += QLatin1Char('#');
                typo = true;
            } else { // the next character, a surrogate pair at once
                const qsizetype length = text[next].isHighSurrogate() && next + 1 < text.size() ? 2 : 1;
                draft->text += text.mid(next, length);
                next += length;
            }
            draft->updatedAt = {};
            store.scheduleSave(key, *draft);
            if (next >= text.size() && !typo) {
                keys->stop();
                std::printf("typed\n");
                std::fflush(stdout);
            }
        });
        keys->start(2);
        return app.exec();
    }
    if (mode == QLatin1String("hammer")) {
        int version = 0;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&] {
            Draft draft;
            draft.text = draftWriterHammerText(++version);
            store.scheduleSave(key, draft);
            if (!store.flush()) {
                QCoreApplication::exit(1);
                return;
            }
            std::printf("saved %d\n", version);
            std::fflush(stdout);
        });
        tick.start(0);
        return app.exec();
    }
    std::fprintf(stderr, "unknown mode %s\n", qPrintable(mode));
    return 2;
}
