// In-process figures of the desktop app, driven through the same public methods the UI uses:
//
//   aivizor-bench-appmem URL TOPIC [WALK]
//
// against a running aivizor-server at URL:
//   - memory (PSS from /proc/self/smaps_rollup, VmHWM/VmRSS from /proc/self/status) with the
//     window up and TOPIC open in the reader;
//   - topic shown: TOPIC reopened 10 times (alternating with another topic so each one is a real
//     load), the "topic-shown" milestone = PostListModel::topicLoaded to the reader painted;
//   - feed switch: Latest and Top picked alternately in the tree once both were loaded, the
//     "feed-shown" milestone = tree selection to the list painted from the cached model;
//   - with WALK > 0, the next WALK topics of the list opened one after another with selectNext()
//     (the n key; later pages load as the list's end is reached), then memory again.
// The milestones come from the app's aivizor.timing logging category, caught by a message handler.
#include "benchstats.h"

#include "app/feeds/communitypane.h"
#include "app/feeds/feedkey.h"
#include "app/feeds/feedtreemodel.h"
#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "lib/models/topiclistmodel.h"
#include "app/reader/readerview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <cstdio>
#include <cstdlib>

using namespace Aivizor;

namespace {

QTextStream out(stdout);
QStringList g_milestones; // "name [ms]" lines from aivizor.timing, oldest first

void captureTiming(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "aivizor.timing") == 0) {
        g_milestones << message;
        return;
    }
    if (type != QtDebugMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

// Runs the event loop until the milestone is logged; returns its ms field (0 if it has none).
double waitFor(const QString &name, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        for (int i = 0; i < g_milestones.size(); ++i) {
            const QStringList parts = g_milestones.at(i).split(QLatin1Char(' '));
            if (parts.value(0) != name)
                continue;
            g_milestones.remove(0, i + 1);
            return parts.size() > 2 ? parts.at(1).toDouble() : 0.0;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    std::fprintf(stderr, "timed out waiting for %s\n", qPrintable(name));
    std::exit(1);
}

qint64 procKiB(const char *file, const char *field)
{
    QFile f(QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression re(QStringLiteral("^%1:\\s+(\\d+) kB").arg(QLatin1String(field)),
                                QRegularExpression::MultilineOption);
    return re.match(QString::fromLatin1(f.readAll())).captured(1).toLongLong();
}

void printMemory(const QString &when)
{
    out << QStringLiteral("memory %1: PSS %2 MiB, RSS %3 MiB, peak RSS (VmHWM) %4 MiB")
               .arg(when)
               .arg(procKiB("/proc/self/smaps_rollup", "Pss") / 1024.0, 0, 'f', 1)
               .arg(procKiB("/proc/self/status", "VmRSS") / 1024.0, 0, 'f', 1)
               .arg(procKiB("/proc/self/status", "VmHWM") / 1024.0, 0, 'f', 1)
        << Qt::endl;
}

void pickFeedInTree(MainWindow &window, const FeedSpec &feed)
{
    CommunityPane *tree = window.communityPane();
    const QModelIndex index = tree->feedModel()->indexForFeedKey(FeedKey::of(feed));
    if (!index.isValid()) {
        std::fprintf(stderr, "feed %s is not in the tree\n", qPrintable(FeedKey::of(feed)));
        std::exit(1);
    }
    tree->view()->setCurrentIndex(index); // what a click does: currentChanged -> feedSelected
}

} // namespace

int main(int argc, char *argv[])
{
    // Settings and drafts of this run stay out of the user's home; headless like the tests.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(captureTiming);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Aivizor"));
    QApplication::setApplicationName(QStringLiteral("aivizor"));
    QLoggingCategory::setFilterRules(QStringLiteral("aivizor.timing.debug=true"));
    const QStringList args = app.arguments();
    const int topicId = args.value(2).toInt();
    if (args.size() < 3 || topicId <= 0) {
        std::fprintf(stderr, "usage: %s URL TOPIC [WALK]\n", argv[0]);
        return 2;
    }
    const int walk = args.value(3, QStringLiteral("0")).toInt();

    LaunchOptions options;
    options.source = LaunchOptions::Source::Server;
    options.serverUrl = QUrl(args.at(1));
    MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    window.start();
    waitFor(QStringLiteral("first-list-painted"));
    TopicListPane *list = window.topicListPane();
    const int otherTopic = list->currentModel()->index(0, 0).data(TopicListModel::IdRole).toInt() != topicId
        ? list->currentModel()->index(0, 0).data(TopicListModel::IdRole).toInt()
        : list->currentModel()->index(1, 0).data(TopicListModel::IdRole).toInt();

    window.openTopic(topicId);
    // The first document of a process also pays for fonts, style sheet parsing and glyph caches.
    out << QStringLiteral("first topic of the process shown after topicLoaded: %1 ms")
               .arg(waitFor(QStringLiteral("topic-shown")), 0, 'f', 1)
        << Qt::endl;
    printMemory(QStringLiteral("window + topic %1 open").arg(topicId));

    QList<double> topicMs;
    for (int i = 0; i < 10; ++i) {
        window.openTopic(otherTopic);
        waitFor(QStringLiteral("topic-shown"));
        window.openTopic(topicId);
        topicMs << waitFor(QStringLiteral("topic-shown"));
    }
    out << BenchStats::of(topicMs).line(QStringLiteral("topic %1 shown after topicLoaded").arg(topicId),
                                        QStringLiteral("ms")) << Qt::endl;

    // Top is loaded once (not timed), then both feeds come from the cache.
    pickFeedInTree(window, FeedSpec::top());
    QElapsedTimer settle;
    settle.start();
    while (!list->hasSettled() && settle.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QList<double> feedMs;
    for (int i = 0; i < 10; ++i) {
        pickFeedInTree(window, FeedSpec::latest());
        feedMs << waitFor(QStringLiteral("feed-shown"));
        pickFeedInTree(window, FeedSpec::top());
        feedMs << waitFor(QStringLiteral("feed-shown"));
    }
    out << BenchStats::of(feedMs).line(QStringLiteral("cached feed shown after tree selection"),
                                       QStringLiteral("ms")) << Qt::endl;

    if (walk > 0) {
        pickFeedInTree(window, FeedSpec::latest());
        waitFor(QStringLiteral("feed-shown"));
        list->view()->setCurrentIndex({});
        QList<double> walkMs;
        QSet<int> distinct;
        for (int opened = 0; opened < walk;) {
            const int before = window.readerView()->topicId();
            if (!list->selectNext()) {
                // At the end of the loaded rows: selectNext asked for the next page; wait for it.
                if (!list->isLoading())
                    break;
                while (list->isLoading())
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
                continue;
            }
            if (window.readerView()->topicId() == before)
                continue; // the reader already showed this row's topic: nothing loads
            walkMs << waitFor(QStringLiteral("topic-shown"));
            distinct.insert(window.readerView()->topicId());
            ++opened;
        }
        out << BenchStats::of(walkMs).line(QStringLiteral("walk: topic shown after topicLoaded"),
                                           QStringLiteral("ms")) << Qt::endl;
        printMemory(QStringLiteral("after opening %1 topics (%2 distinct) one after another")
                        .arg(walkMs.size()).arg(distinct.size()));
    }
    return 0;
}
