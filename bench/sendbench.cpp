// Replying on loopback, in process, through the UI's own paths:
//
//   aivizor-bench-send [RUNS] [TOPIC]
//
// Starts aivizor-server on a fresh demo data dir with --post-rate-limit 0, adds the user "bencher"
// with `aivizor-server user add` on that dir, signs in with the key in the sign-in dialog, opens
// TOPIC (default: the first topic of Latest the user may reply to) and RUNS times (default 15):
// presses r, puts a unique reply in the composer, lets the preview settle, then starts the clock
// and presses Ctrl+Enter. Two figures per send:
//   - in document: the reader's document holds the new post (renderedPostNumbers(), polled by a
//     1 ms timer and on every topicShown);
//   - shown: the reader's viewport finished the first paint after that (the pixels are in the
//     backing store), which is what the user sees.
// The post number comes from ReplySender::posted, so no text search runs inside the clock.
#include "benchstats.h"
#include "testserver.h"

#include "app/accounts/accountcontroller.h"
#include "app/accounts/signindialog.h"
#include "app/composer/composerwidget.h"
#include "app/composer/discussionpane.h"
#include "app/composer/replycontroller.h"
#include "lib/posting/replysender.h"
#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "lib/models/postlistmodel.h"
#include "lib/models/topiclistmodel.h"
#include "app/reader/postbrowser.h"
#include "app/reader/readerview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Aivizor;

namespace {

QTextStream out(stdout);
constexpr int Timeout = 20000;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

// Runs the event loop until `done` holds; exits with `what` on timeout.
void waitUntil(const std::function<bool()> &done, const QString &what, int timeoutMs = Timeout)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            fail(QStringLiteral("timed out waiting for %1").arg(what));
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
}

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, ms - int(timer.elapsed()));
}

QString addUser(const QString &dataDir, const QString &name)
{
    QProcess cli;
    cli.start(TestServer::defaultBinary(), {QStringLiteral("user"), QStringLiteral("add"), name,
                                            QStringLiteral("--data-dir"), dataDir});
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
        fail(QStringLiteral("aivizor-server user add failed: %1").arg(QString::fromLocal8Bit(cli.readAllStandardError())));
    return QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
}

void signIn(MainWindow &window, const QString &username, const QString &key)
{
    AccountController *accounts = window.accountController();
    accounts->showSignInDialog();
    auto *dialog = window.findChild<SignInDialog *>(QStringLiteral("signInDialog"));
    if (!dialog)
        fail(QStringLiteral("no sign-in dialog"));
    QTest::keyClicks(dialog->usernameEdit(), username);
    QTest::keyClicks(dialog->apiKeyEdit(), key);
    dialog->apiKeyButton()->click();
    // Without a keychain the app asks where the key goes; this run keeps it for the session only.
    QMessageBox *ask = nullptr;
    waitUntil([&] {
        return accounts->isSignedIn()
            || (ask = window.findChild<QMessageBox *>(QStringLiteral("keychainUnavailableDialog")));
    }, QStringLiteral("sign-in"));
    if (ask) {
        if (auto *session = ask->findChild<QPushButton *>(QStringLiteral("keepForSession")))
            session->click();
    }
    waitUntil([&] { return accounts->isSignedIn() && window.readerView()->isSignedIn(); },
              QStringLiteral("signed in"));
}

void openTopic(MainWindow &window, int topicId)
{
    ReaderView *reader = window.readerView();
    window.openTopic(topicId);
    waitUntil([&] {
        return reader->postModel()->hasTopic() && reader->postModel()->topicId() == topicId
            && !reader->renderedPostNumbers().isEmpty() && !reader->isLoading();
    }, QStringLiteral("topic %1").arg(topicId));
}

// The first topic of the shown list the signed-in user may reply to.
int firstRepliableTopic(MainWindow &window)
{
    QAbstractItemModel *list = window.topicListPane()->currentModel();
    for (int row = 0; row < list->rowCount(); ++row) {
        const int id = list->index(row, 0).data(TopicListModel::IdRole).toInt();
        if (id <= 0)
            continue;
        openTopic(window, id);
        if (window.readerView()->canReply())
            return id;
    }
    fail(QStringLiteral("no topic in the list accepts a reply"));
}

// Stops the clock after the viewport's first paint for which `ready` holds, once that paint is done.
class ShownProbe : public QObject
{
public:
    ShownProbe(QWidget *viewport, std::function<bool()> ready)
        : m_ready(std::move(ready))
    {
        viewport->installEventFilter(this);
        m_viewport = viewport;
    }
    ~ShownProbe() override { m_viewport->removeEventFilter(this); }
    void start(const QElapsedTimer *clock)
    {
        m_clock = clock;
        m_shownNs = -1;
    }
    qint64 shownNs() const { return m_shownNs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_inside || !m_clock || m_shownNs >= 0 || event->type() != QEvent::Paint || !m_ready())
            return false;
        // Deliver the paint first (through the remaining filters), then read the clock.
        m_inside = true;
        QCoreApplication::sendEvent(watched, event);
        m_inside = false;
        m_shownNs = m_clock->nsecsElapsed();
        return true;
    }

private:
    QWidget *m_viewport = nullptr;
    std::function<bool()> m_ready;
    const QElapsedTimer *m_clock = nullptr;
    qint64 m_shownNs = -1;
    bool m_inside = false;
};

} // namespace

int main(int argc, char *argv[])
{
    // Settings, drafts and the outbox of this run stay out of the user's home; headless like the tests.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Aivizor"));
    QApplication::setApplicationName(QStringLiteral("aivizor"));
    const QStringList args = app.arguments();
    const int runs = args.value(1, QStringLiteral("15")).toInt();
    const int requestedTopic = args.value(2, QStringLiteral("0")).toInt();
    if (runs <= 0 || requestedTopic < 0) {
        std::fprintf(stderr, "usage: %s [RUNS] [TOPIC [DATA_DIR]]\n", argv[0]);
        return 2;
    }

    // A data dir of one's own (the large set, for a long topic) or fresh demo data.
    QTemporaryDir tempData;
    const QString dataPath = args.size() > 3 ? args.at(3) : tempData.path();
    if (args.size() <= 3 && !tempData.isValid())
        fail(QStringLiteral("no temporary data dir"));
    const QString key = addUser(dataPath, QStringLiteral("bencher"));
    TestServer server;
    server.setDataDir(dataPath);
    if (!server.start({QStringLiteral("--post-rate-limit"), QStringLiteral("0")}))
        fail(server.errorString());

    LaunchOptions options;
    options.source = LaunchOptions::Source::Server;
    options.serverUrl = server.baseUrl();
    MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        fail(QStringLiteral("window not exposed"));
    window.start();
    waitUntil([&] { return window.hasSettled(); }, QStringLiteral("the window to settle"));
    signIn(window, QStringLiteral("bencher"), key);
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        fail(QStringLiteral("window not active")); // keys go to the focus widget of the active window

    ReaderView *reader = window.readerView();
    const int topicId = requestedTopic > 0 ? requestedTopic : firstRepliableTopic(window);
    openTopic(window, topicId);
    if (!reader->canReply())
        fail(QStringLiteral("topic %1 does not accept a reply").arg(topicId));
    const int postsBefore = reader->postModel()->topic().postsCount;

    ComposerWidget *composer = window.discussionPane()->composer();
    int postedNumber = 0;
    QObject::connect(window.replyController()->sender(), &ReplySender::posted, &window,
                     [&](const QUuid &, const Post &post) { postedNumber = post.postNumber; });
    auto inDocument = [&] { return postedNumber > 0 && reader->renderedPostNumbers().contains(postedNumber); };

    QElapsedTimer clock;
    qint64 documentNs = -1;
    auto checkDocument = [&] {
        if (documentNs < 0 && inDocument())
            documentNs = clock.nsecsElapsed();
    };
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &window, checkDocument);
    QObject::connect(reader, &ReaderView::topicShown, &window, checkDocument);
    ShownProbe shown(reader->browser()->viewport(), inDocument);

    QList<double> documentMs;
    QList<double> shownMs;
    for (int run = 0; run < runs; ++run) {
        reader->browser()->setFocus();
        QTest::keyClick(reader->browser(), Qt::Key_R);
        waitUntil([&] { return composer->isVisible() && composer->editor()->hasFocus(); },
                  QStringLiteral("the composer"));
        bool previewed = false;
        const QMetaObject::Connection preview = QObject::connect(composer, &ComposerWidget::previewUpdated,
                                                                 &window, [&] { previewed = true; });
        const QString text = QStringLiteral("Benchmark reply number %1 of %2, sent from the composer (%3).")
                                 .arg(run + 1).arg(runs).arg(QDateTime::currentMSecsSinceEpoch());
        composer->setText(text);
        waitUntil([&] { return previewed; }, QStringLiteral("the preview"));
        QObject::disconnect(preview);
        settle(50); // what a user's pause before Ctrl+Enter leaves: no queued work inside the clock

        postedNumber = 0;
        documentNs = -1;
        clock.start();
        shown.start(&clock);
        poll.start();
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
        waitUntil([&] { return documentNs >= 0 && shown.shownNs() >= 0; },
                  QStringLiteral("reply %1 to be shown").arg(run + 1));
        poll.stop();
        // Outside the clock: the post found by number really is this reply.
        if (!reader->browser()->toPlainText().contains(text))
            fail(QStringLiteral("post %1 is in the reader but not the text of reply %2").arg(postedNumber).arg(run + 1));
        documentMs << documentNs / 1e6;
        shownMs << shown.shownNs() / 1e6;
        // The next run starts from a quiet window: reload done, composer closed.
        waitUntil([&] { return !reader->isLoading() && !composer->isVisible(); }, QStringLiteral("the reload"));
        settle(100);
    }

    out << QStringLiteral("topic %1 (%2 posts before, %3 after), %4 replies on loopback")
               .arg(topicId).arg(postsBefore).arg(reader->postModel()->topic().postsCount).arg(runs)
        << Qt::endl;
    out << BenchStats::of(documentMs).line(QStringLiteral("send (Ctrl+Enter) to reply in the reader's document"),
                                           QStringLiteral("ms")) << Qt::endl;
    out << BenchStats::of(shownMs).line(QStringLiteral("send (Ctrl+Enter) to reply shown (viewport painted)"),
                                        QStringLiteral("ms")) << Qt::endl;
    return server.stop() ? 0 : 1;
}
