// Notifications in the window against two real aivizor-servers and a notification service the
// test registers on its own session bus (CTest runs it under dbus-run-session): a reply by a
// second user to the demo user's post moves the bell within 5 s through the message bus (and
// within one poll interval without it) and reaches the desktop, whose click opens the post in
// the reader; the panel groups both forums, shows unread in bold, opens a post on a click, and
// marks one or all read as the servers then agree (rolled back, with a message, when a forum is
// down); Settings hold the per-forum and per-kind choices; closing the window quits by default.
#include "app/mainwindow.h"
#include "app/notifications/notificationbell.h"
#include "app/notifications/notificationcontroller.h"
#include "app/notifications/notificationpanel.h"
#include "app/notifications/notificationtray.h"
#include "app/reader/readerview.h"
#include "app/settings/preferences.h"
#include "app/settings/preferencesbinder.h"
#include "app/settings/preferencesdialog.h"
#include "lib/credentials/memorycredentialstore.h"
#include "lib/notifications/desktopnotifier.h"
#include "lib/notifications/notificationfeed.h"
#include "lib/notifications/notificationtreemodel.h"
#include "lib/notifications/notificationwatcher.h"
#include "lib/session/forumregistry.h"
#include "lib/session/forumsession.h"
#include "lib/signin/signin.h"
#include "fakenotificationservice.h"
#include "serverclient.h"
#include "testserver.h"
#include "windowtesting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFont>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Aivizor;

namespace {
constexpr int Timeout = 30000;
}

class TestNotificationsWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void replyMovesTheBellAndReachesTheDesktop();
    void desktopClickOpensThePost();
    void replyArrivesByPollingWithoutTheBus();
    void panelGroupsByForumWithUnreadInBold();
    void clickInThePanelOpensThePostAndMarksItRead();
    void markAllReadIsAgreedByTheServers();
    void settingsHoldPerForumAndPerKindChoices();
    void screenshot();
    // Stops forum B: after the tests that need it.
    void failedMarkReadIsRolledBackWithAMessage();
    void closeToTrayIsOffByDefault();

private:
    ForumSession *signIn(const QUrl &site, const QString &username, const QString &key);
    QString keyOf(const ServerClient::Headers &headers) const;
    bool serverSaysRead(TestServer &server, const ServerClient::Headers &user, qint64 id);
    int unreadOnServer(TestServer &server, const ServerClient::Headers &user);
    QModelIndex rowFor(const QString &forumKey, int topicId) const;
    // A topic by `user` with filler posts; fill() adds more after a reply, so the reader can
    // scroll the reply to its top.
    int longTopic(TestServer &server, const ServerClient::Headers &user, const QString &title, int categoryId);
    bool fill(TestServer &server, const ServerClient::Headers &user, int topicId, int from, int to);
    // `from` answers the topic's first post; the new post's number.
    int replyToFirst(TestServer &server, const ServerClient::Headers &from, int topicId, const QString &raw);

    QTemporaryDir m_dataA;
    QTemporaryDir m_dataB;
    QTemporaryDir m_appDir;
    TestServer m_serverA;
    TestServer m_serverB;
    std::unique_ptr<FakeNotificationService> m_service;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<ForumRegistry> m_registry;
    std::unique_ptr<MainWindow> m_window;
    ServerClient::Headers m_demo; // the demo user on forum A
    ServerClient::Headers m_ben;  // replies on forum A
    ServerClient::Headers m_ann;  // signed in on forum B
    ServerClient::Headers m_carl; // replies on forum B
    QString m_keyA;
    QString m_keyB;
    int m_categoryA = 0;
    int m_categoryB = 0;
    int m_topicA = 0;
    int m_replyA = 0;
};

QString TestNotificationsWindow::keyOf(const ServerClient::Headers &headers) const
{
    for (const auto &[name, value] : headers) {
        if (name == "Api-Key")
            return QString::fromLatin1(value);
    }
    return {};
}

ForumSession *TestNotificationsWindow::signIn(const QUrl &site, const QString &username, const QString &key)
{
    ForumSession *session = m_registry->session(site);
    if (!session || !session->signIn()->signInWithApiKey(username, key))
        return nullptr;
    if (!QTest::qWaitFor([&] { return session->signedInUser() == username; }, Timeout))
        return nullptr;
    return session;
}

void TestNotificationsWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_service = std::make_unique<FakeNotificationService>();
    QVERIFY2(m_service->isRegistered(), qPrintable(m_service->errorString()));

    m_serverA.setDataDir(m_dataA.path());
    m_serverB.setDataDir(m_dataB.path());
    const QStringList args{QStringLiteral("--post-rate-limit"), QStringLiteral("0"),
                           QStringLiteral("--long-poll-seconds"), QStringLiteral("25")};
    m_ben = ServerClient::addUser(m_dataA.path(), QStringLiteral("ben"));
    m_ann = ServerClient::addUser(m_dataB.path(), QStringLiteral("ann"));
    m_carl = ServerClient::addUser(m_dataB.path(), QStringLiteral("carl"));
    QVERIFY(!m_ben.isEmpty() && !m_ann.isEmpty() && !m_carl.isEmpty());
    QVERIFY2(m_serverA.start(args), qPrintable(m_serverA.errorString()));
    QVERIFY2(m_serverB.start(args), qPrintable(m_serverB.errorString()));
    m_demo = ServerClient::demoUser(m_dataA.path());
    QVERIFY(!m_demo.isEmpty());
    m_categoryA = ServerClient(m_serverA).categoryId(QStringLiteral("mistral"));
    m_categoryB = ServerClient(m_serverB).categoryId(QStringLiteral("mistral"));
    QVERIFY(m_categoryA > 0 && m_categoryB > 0);

    m_settings = std::make_unique<QSettings>(m_appDir.filePath(QStringLiteral("registry.ini")), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_registry = std::make_unique<ForumRegistry>(m_settings.get(), m_keychain.get(), m_appDir.filePath(QStringLiteral("data")));

    // Forum B first, then A: the window shows A and follows both.
    m_window = std::make_unique<MainWindow>(serverOptions(m_serverB.baseUrl()), m_registry.get());
    m_window->resize(1200, 760);
    m_window->show();
    m_window->start();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(signIn(m_serverB.baseUrl(), QStringLiteral("ann"), keyOf(m_ann)));
    m_window->openForum(m_serverA.baseUrl(), m_serverA.baseUrl().toString());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->hasSettled(), Timeout);
    const QString demoName = QString::fromUtf8(m_demo.at(1).second);
    QVERIFY(signIn(m_serverA.baseUrl(), demoName, keyOf(m_demo)));
    NotificationController *notifications = m_window->notifications();
    QVERIFY(notifications->watcher(m_serverA.baseUrl().toString()));
    QVERIFY(notifications->watcher(m_serverB.baseUrl().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(notifications->watcher(m_serverA.baseUrl().toString())->isBusActive()
                                 && notifications->watcher(m_serverB.baseUrl().toString())->isBusActive(),
                             Timeout);
    m_topicA = longTopic(m_serverA, m_demo, QStringLiteral("The demo user asks about kites"), m_categoryA);
    QVERIFY(m_topicA > 0);
}

void TestNotificationsWindow::cleanupTestCase()
{
    m_window.reset();
    m_registry.reset();
    if (m_serverA.isRunning())
        QVERIFY(m_serverA.stop());
    if (m_serverB.isRunning())
        QVERIFY(m_serverB.stop());
}

bool TestNotificationsWindow::serverSaysRead(TestServer &server, const ServerClient::Headers &user, qint64 id)
{
    const QJsonArray list = ServerClient(server).get(QStringLiteral("/notifications.json"), user)
                                .json().value(QLatin1String("notifications")).toArray();
    for (const QJsonValue &n : list) {
        if (n[QLatin1String("id")].toInteger() == id)
            return n[QLatin1String("read")].toBool();
    }
    return false;
}

int TestNotificationsWindow::unreadOnServer(TestServer &server, const ServerClient::Headers &user)
{
    const QJsonArray list = ServerClient(server).get(QStringLiteral("/notifications.json"), user)
                                .json().value(QLatin1String("notifications")).toArray();
    return int(std::count_if(list.begin(), list.end(), [](const QJsonValue &n) { return !n[QLatin1String("read")].toBool(); }));
}

int TestNotificationsWindow::longTopic(TestServer &server, const ServerClient::Headers &user, const QString &title,
                                       int categoryId)
{
    const int topic = ServerClient(server).createTopic(user, title, QStringLiteral("The question, in a first post long enough."),
                                                       categoryId);
    return topic > 0 && fill(server, user, topic, 2, 12) ? topic : 0;
}

bool TestNotificationsWindow::fill(TestServer &server, const ServerClient::Headers &user, int topicId, int from, int to)
{
    ServerClient client(server);
    for (int n = from; n <= to; ++n) {
        if (client.reply(user, topicId, QStringLiteral("Filler number %1 that takes room.\n\nA second paragraph.\n\n"
                                                       "And a third one, so the topic is taller than the reader.").arg(n))
            != n)
            return false;
    }
    return true;
}

int TestNotificationsWindow::replyToFirst(TestServer &server, const ServerClient::Headers &from, int topicId,
                                          const QString &raw)
{
    const QJsonObject body{{QStringLiteral("topic_id"), topicId}, {QStringLiteral("raw"), raw},
                           {QStringLiteral("reply_to_post_number"), 1}};
    return ServerClient(server).sendJson("POST", QStringLiteral("/posts.json"), body, from)
        .json().value(QLatin1String("post_number")).toInt();
}

QModelIndex TestNotificationsWindow::rowFor(const QString &forumKey, int topicId) const
{
    NotificationTreeModel *model = m_window->notifications()->model();
    const QModelIndex forum = model->forumIndex(forumKey);
    for (int row = 0; row < model->rowCount(forum); ++row) {
        const QModelIndex index = model->index(row, 0, forum);
        if (index.data(NotificationFeed::TopicIdRole).toInt() == topicId)
            return index;
    }
    return {};
}

void TestNotificationsWindow::replyMovesTheBellAndReachesTheDesktop()
{
    NotificationController *notifications = m_window->notifications();
    // Polling alone would take ten minutes.
    notifications->watcher(m_serverA.baseUrl().toString())->setPollIntervalMs(10 * 60 * 1000);
    NotificationBell *bell = notifications->bell();
    QVERIFY(bell->isVisible());
    const int before = bell->count();
    const int calls = int(m_service->calls().size());
    m_replyA = replyToFirst(m_serverA, m_ben, m_topicA, QStringLiteral("A delta kite, 1 < 2 & nothing else."));
    QCOMPARE(m_replyA, 13);
    QTRY_COMPARE_WITH_TIMEOUT(bell->count(), before + 1, 5000);
    QCOMPARE(bell->text(), QString::number(before + 1));
    QVERIFY(bell->accessibleName().contains(QString::number(before + 1)));
    QVERIFY(notifications->tray()->toolTip().contains(QStringLiteral("%1 unread").arg(before + 1)));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->calls().size(), calls + 1, Timeout);
    const FakeNotificationService::Call call = m_service->calls().last();
    QVERIFY2(call.summary.startsWith(QStringLiteral("ben replied to you — ")), qPrintable(call.summary));
    QVERIFY(fill(m_serverA, m_demo, m_topicA, 14, 24));
    QCOMPARE(call.body, QStringLiteral("<b>The demo user asks about kites</b>\n"
                                       "A delta kite, 1 &lt; 2 &amp; nothing else."));
}

void TestNotificationsWindow::desktopClickOpensThePost()
{
    QVERIFY(!m_service->calls().isEmpty());
    ReaderView *reader = m_window->readerView();
    QVERIFY(reader->topicId() != m_topicA);
    m_service->invokeAction(m_service->calls().last().id);
    QTRY_VERIFY_WITH_TIMEOUT(reader->topicId() == m_topicA && !reader->isLoading()
                                 && reader->renderedPostNumbers().contains(m_replyA),
                             Timeout);
    // At the reply, not at the top of the topic.
    QTRY_COMPARE_WITH_TIMEOUT(reader->currentPostNumber(), m_replyA, Timeout);
    // Opening it read it: the bell and the forum agree.
    const QModelIndex row = rowFor(m_serverA.baseUrl().toString(), m_topicA);
    QVERIFY(row.isValid());
    QVERIFY(row.data(NotificationFeed::ReadRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(serverSaysRead(m_serverA, m_demo, row.data(NotificationFeed::IdRole).toLongLong()), Timeout);
}

void TestNotificationsWindow::replyArrivesByPollingWithoutTheBus()
{
    constexpr int IntervalMs = 2000;
    NotificationWatcher *watcher = m_window->notifications()->watcher(m_serverA.baseUrl().toString());
    watcher->setBusEnabled(false);
    watcher->setPollIntervalMs(IntervalMs);
    QTRY_VERIFY(!watcher->isBusActive());
    NotificationBell *bell = m_window->notifications()->bell();
    const int before = bell->count();
    const int topic = ServerClient(m_serverA).createTopic(m_demo, QStringLiteral("Polling finds this reply"),
                                                          QStringLiteral("Without the bus, the timer does it."), m_categoryA);
    QCOMPARE(replyToFirst(m_serverA, m_ben, topic, QStringLiteral("Polled, not pushed through the bus.")), 2);
    QTRY_COMPARE_WITH_TIMEOUT(bell->count(), before + 1, IntervalMs + 3000);
    watcher->setBusEnabled(true);
    QTRY_VERIFY_WITH_TIMEOUT(watcher->isBusActive(), Timeout);
}

void TestNotificationsWindow::panelGroupsByForumWithUnreadInBold()
{
    const int topicB = ServerClient(m_serverB).createTopic(m_ann, QStringLiteral("Ann asks about gliders"),
                                                           QStringLiteral("How long can a glider stay up?"), m_categoryB);
    QVERIFY(topicB > 0);
    QCOMPARE(replyToFirst(m_serverB, m_carl, topicB, QStringLiteral("Hours, with thermals and some luck.")), 2);
    const QString keyB = m_serverB.baseUrl().toString();
    QTRY_VERIFY_WITH_TIMEOUT(rowFor(keyB, topicB).isValid(), 5000);

    NotificationController *notifications = m_window->notifications();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    NotificationPanel *panel = notifications->panel();
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY(panel->view()->hasFocus());
    QVERIFY(panel->view()->isVisible());
    QVERIFY(!panel->emptyLabel()->isVisible());
    NotificationTreeModel *model = notifications->model();
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex forumB = model->forumIndex(keyB);
    const QModelIndex forumA = model->forumIndex(m_serverA.baseUrl().toString());
    QVERIFY(forumA.isValid() && forumB.isValid());
    QVERIFY(panel->view()->isExpanded(forumA) && panel->view()->isExpanded(forumB));
    // Each forum under its name (from its /site.json once shown), with its own unread count.
    QVERIFY2(forumB.data().toString().contains(QStringLiteral("(1 unread)")), qPrintable(forumB.data().toString()));
    const QModelIndex unread = rowFor(keyB, topicB);
    QVERIFY(unread.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(unread.data().toString().startsWith(QStringLiteral("carl replied to you\nAnn asks about gliders")));
    const QModelIndex read = rowFor(m_serverA.baseUrl().toString(), m_topicA);
    QVERIFY(!read.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(panel->view()->visualRect(unread).height() > 0);
    // The keys start on a notification, not on a heading.
    QVERIFY(panel->view()->currentIndex().parent().isValid());
    QTest::keyClick(panel->view(), Qt::Key_Escape);
    QTRY_VERIFY(!panel->isVisible());
}

void TestNotificationsWindow::clickInThePanelOpensThePostAndMarksItRead()
{
    NotificationController *notifications = m_window->notifications();
    const int topic = longTopic(m_serverA, m_demo, QStringLiteral("Kite strings compared"), m_categoryA);
    QCOMPARE(replyToFirst(m_serverA, m_ben, topic, QStringLiteral("Dyneema, it barely stretches.")), 13);
    QVERIFY(fill(m_serverA, m_demo, topic, 14, 24));
    const QString keyA = m_serverA.baseUrl().toString();
    QTRY_VERIFY_WITH_TIMEOUT(rowFor(keyA, topic).isValid(), 5000);
    const int before = notifications->bell()->count();
    notifications->bell()->click();
    NotificationPanel *panel = notifications->panel();
    QTRY_VERIFY(panel->isVisible());
    const QModelIndex row = rowFor(keyA, topic);
    QVERIFY(!row.data(NotificationFeed::ReadRole).toBool());
    const qint64 id = row.data(NotificationFeed::IdRole).toLongLong();
    panel->view()->scrollTo(row);
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, panel->view()->visualRect(row).center());
    QTRY_VERIFY(!panel->isVisible());
    ReaderView *reader = m_window->readerView();
    QTRY_VERIFY_WITH_TIMEOUT(reader->topicId() == topic && !reader->isLoading() && reader->currentPostNumber() == 13,
                             Timeout);
    QCOMPARE(notifications->bell()->count(), before - 1);
    QTRY_VERIFY_WITH_TIMEOUT(serverSaysRead(m_serverA, m_demo, id), Timeout);
}

void TestNotificationsWindow::markAllReadIsAgreedByTheServers()
{
    NotificationController *notifications = m_window->notifications();
    QTRY_VERIFY_WITH_TIMEOUT(notifications->bell()->count() > 0, Timeout);
    QVERIFY(unreadOnServer(m_serverA, m_demo) + unreadOnServer(m_serverB, m_ann) > 0);
    notifications->togglePanel();
    NotificationPanel *panel = notifications->panel();
    QTRY_VERIFY(panel->isVisible());
    // Mark Read on the current (unread) notification, from the keyboard.
    QModelIndex current = panel->view()->currentIndex();
    while (current.isValid() && current.data(NotificationFeed::ReadRole).toBool()) {
        QTest::keyClick(panel->view(), Qt::Key_Down);
        current = panel->view()->currentIndex();
    }
    QVERIFY(current.isValid());
    QVERIFY(panel->markReadButton()->isEnabled());
    const qint64 id = current.data(NotificationFeed::IdRole).toLongLong();
    const bool onA = current.data(NotificationTreeModel::ForumKeyRole).toString() == m_serverA.baseUrl().toString();
    const int before = notifications->bell()->count();
    QVERIFY(panel->markReadButton()->focusPolicy() & Qt::TabFocus);
    panel->markReadButton()->click();
    QCOMPARE(notifications->bell()->count(), before - 1);
    QVERIFY(!current.data(Qt::FontRole).value<QFont>().bold());
    QTRY_VERIFY_WITH_TIMEOUT(onA ? serverSaysRead(m_serverA, m_demo, id) : serverSaysRead(m_serverB, m_ann, id), Timeout);

    QVERIFY(panel->markAllReadButton()->isEnabled());
    QTest::mouseClick(panel->markAllReadButton(), Qt::LeftButton);
    QCOMPARE(notifications->bell()->count(), 0);
    QCOMPARE(notifications->bell()->text(), QString());
    QVERIFY(!panel->markAllReadButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(unreadOnServer(m_serverA, m_demo) == 0 && unreadOnServer(m_serverB, m_ann) == 0, Timeout);
    QVERIFY(!panel->messageLabel()->isVisible());
    panel->hide();
}

void TestNotificationsWindow::failedMarkReadIsRolledBackWithAMessage()
{
    const QString keyB = m_serverB.baseUrl().toString();
    const int topicB = ServerClient(m_serverB).createTopic(m_ann, QStringLiteral("Ann asks about balloons"),
                                                           QStringLiteral("Hot air or gas, which goes higher?"), m_categoryB);
    QCOMPARE(replyToFirst(m_serverB, m_carl, topicB, QStringLiteral("Gas, by far, as the records show.")), 2);
    QTRY_VERIFY_WITH_TIMEOUT(rowFor(keyB, topicB).isValid(), 5000);
    NotificationController *notifications = m_window->notifications();
    const int unreadB = notifications->model()->feed(keyB)->unreadCount();
    QVERIFY(unreadB > 0);
    QVERIFY(m_serverB.stop());
    notifications->togglePanel();
    NotificationPanel *panel = notifications->panel();
    QTRY_VERIFY(panel->isVisible());
    QTest::mouseClick(panel->markAllReadButton(), Qt::LeftButton);
    QCOMPARE(notifications->bell()->count(), 0); // at once
    // Forum A agreed; B is down and its notification is unread again.
    QTRY_COMPARE_WITH_TIMEOUT(notifications->bell()->count(), unreadB, Timeout);
    QVERIFY(rowFor(keyB, topicB).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(panel->messageLabel()->isVisible());
    QVERIFY2(panel->messageLabel()->text().contains(QStringLiteral("unread again")), qPrintable(panel->messageLabel()->text()));
    panel->hide();
}

void TestNotificationsWindow::settingsHoldPerForumAndPerKindChoices()
{
    Preferences *preferences = m_window->preferences();
    const QString keyA = m_serverA.baseUrl().toString();
    const QString keyB = m_serverB.baseUrl().toString();
    // Replies, mentions, quotes and messages by default; likes not.
    QVERIFY(preferences->desktopAlerts(keyA, AlertKind::Reply));
    QVERIFY(preferences->desktopAlerts(keyA, AlertKind::Message));
    QVERIFY(!preferences->desktopAlerts(keyA, AlertKind::Like));
    auto *binder = m_window->findChild<PreferencesBinder *>();
    QVERIFY(binder);
    PreferencesDialog *dialog = binder->showDialog();
    QComboBox *forum = dialog->alertForumBox();
    const int rowB = forum->findData(keyB);
    QVERIFY(rowB >= 0);
    forum->setCurrentIndex(rowB);
    QVERIFY(dialog->alertBox(AlertKind::Reply)->isChecked());
    QVERIFY(!dialog->alertBox(AlertKind::Like)->isChecked());
    dialog->alertBox(AlertKind::Reply)->click();
    dialog->alertBox(AlertKind::Like)->click();
    QVERIFY(!preferences->desktopAlerts(keyB, AlertKind::Reply));
    QVERIFY(preferences->desktopAlerts(keyB, AlertKind::Like));
    QVERIFY(preferences->desktopAlerts(keyA, AlertKind::Reply)); // the other forum keeps its own
    forum->setCurrentIndex(forum->findData(keyA));
    QVERIFY(dialog->alertBox(AlertKind::Reply)->isChecked());
    // Stored: a new start reads the same.
    Preferences again;
    QVERIFY(!again.desktopAlerts(keyB, AlertKind::Reply));
    QVERIFY(again.desktopAlerts(keyB, AlertKind::Like));

    // Applied live: a reply on B is no longer shown on the desktop, a like is.
    const int calls = int(m_service->calls().size());
    const int topicB = ServerClient(m_serverB).createTopic(m_ann, QStringLiteral("Ann asks about parachutes"),
                                                           QStringLiteral("Round or square canopies?"), m_categoryB);
    QCOMPARE(replyToFirst(m_serverB, m_carl, topicB, QStringLiteral("Square ones steer much better.")), 2);
    QTRY_VERIFY_WITH_TIMEOUT(rowFor(keyB, topicB).isValid(), Timeout);
    const int firstPost = ServerClient(m_serverB).get(QStringLiteral("/t/%1.json").arg(topicB), m_ann)
                              .json().value(QLatin1String("post_stream")).toObject().value(QLatin1String("posts"))
                              .toArray().at(0).toObject().value(QLatin1String("id")).toInt();
    QVERIFY(firstPost > 0);
    QCOMPARE(ServerClient(m_serverB).send("POST", QStringLiteral("/post_actions.json"),
                                          QStringLiteral("id=%1&post_action_type_id=2").arg(firstPost).toLatin1(), m_carl)
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->calls().size(), calls + 1, Timeout);
    QVERIFY2(m_service->calls().last().summary.startsWith(QStringLiteral("carl liked your post")),
             qPrintable(m_service->calls().last().summary));
    dialog->close();
}

void TestNotificationsWindow::screenshot()
{
    NotificationController *notifications = m_window->notifications();
    notifications->togglePanel();
    NotificationPanel *panel = notifications->panel();
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), Timeout);
    // The popup is a window of its own: painted over the window's picture where it stands.
    QImage image = m_window->grab().toImage();
    QPainter painter(&image);
    painter.drawPixmap(m_window->mapFromGlobal(panel->mapToGlobal(QPoint(0, 0))), panel->grab());
    painter.end();
    const QString path = QDir::temp().filePath(QStringLiteral("aivizor-notifications.png"));
    QVERIFY(image.save(path));
    qInfo("notifications panel screenshot: %s", qPrintable(path));
    panel->hide();
}

void TestNotificationsWindow::closeToTrayIsOffByDefault()
{
    QVERIFY(!Preferences().closeToTray());
    auto *binder = m_window->findChild<PreferencesBinder *>();
    QVERIFY(!binder->showDialog()->closeToTrayBox()->isChecked());
    binder->dialog()->close();
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
    // Asked for, it needs a tray to hide in: without one the window still closes.
    m_window->show();
    m_window->preferences()->setCloseToTray(true);
    QCOMPARE(m_window->close(), !m_window->notifications()->tray()->isAvailable());
    m_window->preferences()->setCloseToTray(false);
}

QTEST_MAIN(TestNotificationsWindow)
#include "tst_notificationswindow.moc"
