// Every pane-level failure a forum can produce ends in an ErrorBanner with Retry, never a crash
// or a modal dialog, and Retry loads the content once the server behaves again.
#include "app/feeds/communitypane.h"
#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "lib/models/topiclistmodel.h"
#include "app/shell/launchoptions.h"
#include "app/widgets/errorbanner.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <vector>

using namespace Aivizor;

namespace {
constexpr int Timeout = 15000;

enum class Fault { None, NotFound, TooManyRequests, ServerError, MalformedJson, WrongShape };

QJsonObject topicList()
{
    const QJsonObject topic{{"id", 7}, {"title", "A healthy topic"}, {"slug", "a-healthy-topic"},
                            {"posts_count", 1}, {"reply_count", 0}, {"views", 3}, {"like_count", 0},
                            {"created_at", "2026-04-27T16:43:41.000Z"}, {"last_posted_at", "2026-04-27T16:43:41.000Z"},
                            {"bumped_at", "2026-04-27T16:43:41.000Z"}, {"category_id", 1}, {"tags", QJsonArray{"News"}},
                            {"posters", QJsonArray{QJsonObject{{"user_id", 1}, {"description", "Original Poster"}}}}};
    return QJsonObject{{"users", QJsonArray{QJsonObject{{"id", 1}, {"username", "eve"}, {"name", "Eve"},
                                                          {"avatar_template", ""}}}},
                       {"topic_list", QJsonObject{{"topics", QJsonArray{topic}}, {"per_page", 30}}}};
}

QJsonObject site()
{
    return QJsonObject{{"categories", QJsonArray{QJsonObject{{"id", 1}, {"name", "General"}, {"slug", "general"},
                                                             {"color", "0A84FF"}, {"text_color", "FFFFFF"},
                                                             {"topic_count", 1}, {"post_count", 1}}}}};
}
} // namespace

class TestMainWindowErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void faultShowsBannerAndRetryRecovers_data();
    void faultShowsBannerAndRetryRecovers();
    void invalidServerAddressIsRejected();
    void slowServerTimesOutAndRetryRecovers();

private:
    QHttpServerResponse answer(const QJsonObject &healthy) const;

    QHttpServer m_http;
    QUrl m_base;
    Fault m_fault = Fault::None;

    // A forum whose topic list hangs while m_stall is set: the request is accepted and never answered.
    QHttpServer m_slowHttp;
    QUrl m_slowBase;
    bool m_stall = false;
    std::vector<QHttpServerResponder> m_stalled;
};

QHttpServerResponse TestMainWindowErrors::answer(const QJsonObject &healthy) const
{
    switch (m_fault) {
    case Fault::None:
        return QHttpServerResponse(healthy);
    case Fault::NotFound:
        return QHttpServerResponse(QJsonObject{{"errors", QJsonArray{"not found"}}},
                                   QHttpServerResponse::StatusCode::NotFound);
    case Fault::TooManyRequests: {
        QHttpServerResponse r(QJsonObject{{"errors", QJsonArray{"slow down"}}, {"extras", QJsonObject{{"wait_seconds", 1}}}},
                              QHttpServerResponse::StatusCode::TooManyRequests);
        r.setHeader("Retry-After", "1");
        return r;
    }
    case Fault::ServerError:
        return QHttpServerResponse("text/html", "<h1>Internal error</h1>",
                                   QHttpServerResponse::StatusCode::InternalServerError);
    case Fault::MalformedJson:
        return QHttpServerResponse("application/json", "{\"topic_list\": [tru");
    case Fault::WrongShape:
        return QHttpServerResponse(QJsonObject{{"topic_list", "not an object"}, {"categories", 42}});
    }
    return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
}

void TestMainWindowErrors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_http.route("/site.json", [this] { return answer(site()); });
    m_http.route("/categories.json", [this] { return answer(QJsonObject{{"category_list", QJsonObject{{"categories", site().value("categories")}}}}); });
    m_http.route("/latest.json", [this] { return answer(topicList()); });
    const quint16 port = m_http.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));

    m_slowHttp.route("/site.json", [] { return QHttpServerResponse(site()); });
    m_slowHttp.route("/categories.json", [] {
        return QHttpServerResponse(QJsonObject{{"category_list", QJsonObject{{"categories", site().value("categories")}}}});
    });
    m_slowHttp.route("/latest.json", [this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        if (m_stall)
            m_stalled.push_back(std::move(responder));
        else
            responder.write(QJsonDocument(topicList()));
    });
    const quint16 slowPort = m_slowHttp.listen(QHostAddress::LocalHost, 0);
    QVERIFY(slowPort != 0);
    m_slowBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(slowPort));
}

void TestMainWindowErrors::init()
{
    // Each case starts with nothing saved: a saved copy would stand in for the failed load.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/store")).removeRecursively();
}

void TestMainWindowErrors::faultShowsBannerAndRetryRecovers_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("404") << int(Fault::NotFound);
    QTest::newRow("429") << int(Fault::TooManyRequests);
    QTest::newRow("500") << int(Fault::ServerError);
    QTest::newRow("malformed JSON") << int(Fault::MalformedJson);
    QTest::newRow("wrong JSON shape") << int(Fault::WrongShape);
}

void TestMainWindowErrors::faultShowsBannerAndRetryRecovers()
{
    QFETCH(int, fault);
    m_fault = Fault(fault);
    LaunchOptions options;
    options.source = LaunchOptions::Source::Server;
    options.serverUrl = m_base;
    MainWindow window(options);
    window.resize(1000, 700);
    window.show();
    window.start();

    TopicListPane *list = window.topicListPane();
    QTRY_VERIFY_WITH_TIMEOUT(list->errorBanner()->isVisible(), Timeout);
    QVERIFY(list->errorBanner()->retryButton()->isVisible());
    QVERIFY(!list->errorBanner()->message().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.communityPane()->errorBanner()->isVisible(), Timeout);
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!window.activityText().isEmpty());

    m_fault = Fault::None;
    QTest::mouseClick(list->errorBanner()->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->currentModel()->rowCount(), 1, Timeout);
    QVERIFY(!list->errorBanner()->isVisible());
    QCOMPARE(list->currentModel()->index(0, 0).data(TopicListModel::TitleRole).toString(),
             QStringLiteral("A healthy topic"));
    if (window.communityPane()->errorBanner()->isVisible())
        QTest::mouseClick(window.communityPane()->errorBanner()->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.communityPane()->hasLoaded(), Timeout);
    QVERIFY(!window.communityPane()->errorBanner()->isVisible());
}

void TestMainWindowErrors::invalidServerAddressIsRejected()
{
    LaunchOptions options;
    QString error;
    QVERIFY(!LaunchOptions::parse({QStringLiteral("aivizor"), QStringLiteral("--server"), QStringLiteral("ftp://x")},
                                  &options, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!LaunchOptions::parse({QStringLiteral("aivizor"), QStringLiteral("--screenshot"), QStringLiteral("a.png"),
                                   QStringLiteral("--size"), QStringLiteral("big")},
                                  &options, &error));
    QVERIFY(LaunchOptions::parse({QStringLiteral("aivizor"), QStringLiteral("--server"), QStringLiteral("forum.example")},
                                 &options, &error));
    QCOMPARE(options.serverUrl, QUrl(QStringLiteral("https://forum.example")));
}

// A server that accepts the request and never answers must not freeze the window: the user's
// timeout setting ends the wait with a banner in the list pane, and Retry loads once it answers.
void TestMainWindowErrors::slowServerTimesOutAndRetryRecovers()
{
    QSettings().setValue(QStringLiteral("network/timeoutSeconds"), 1);
    const auto restore = qScopeGuard([this] {
        QSettings().remove(QStringLiteral("network/timeoutSeconds"));
        m_stall = false;
        m_stalled.clear();
    });
    m_stall = true;

    LaunchOptions options;
    options.source = LaunchOptions::Source::Server;
    options.serverUrl = m_slowBase;
    MainWindow window(options);
    window.resize(1000, 700);
    window.show();
    QElapsedTimer waited;
    waited.start();
    window.start();

    // The request is out and unanswered: the window keeps working meanwhile.
    TopicListPane *list = window.topicListPane();
    QTRY_VERIFY_WITH_TIMEOUT(!m_stalled.empty(), Timeout);
    QVERIFY(list->isLoading());
    QTest::keyClicks(list->filterEdit(), QStringLiteral("healthy"));
    QCOMPARE(list->filterEdit()->text(), QStringLiteral("healthy"));
    QTRY_VERIFY_WITH_TIMEOUT(window.communityPane()->hasLoaded(), Timeout);
    list->filterEdit()->clear();

    // One second without data, not the 20-second default, ends the wait.
    QTRY_VERIFY_WITH_TIMEOUT(list->errorBanner()->isVisible(), 8000);
    QVERIFY2(waited.elapsed() >= 900, qPrintable(QString::number(waited.elapsed())));
    QVERIFY(list->errorBanner()->retryButton()->isVisible());
    QVERIFY2(list->errorBanner()->message().contains(
                 QCoreApplication::translate("Transport", "The forum did not answer in time.")),
             qPrintable(list->errorBanner()->message()));
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!window.communityPane()->errorBanner()->isVisible());

    m_stall = false;
    QTest::mouseClick(list->errorBanner()->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->currentModel()->rowCount(), 1, Timeout);
    QVERIFY(!list->errorBanner()->isVisible());
    QCOMPARE(list->currentModel()->index(0, 0).data(TopicListModel::TitleRole).toString(),
             QStringLiteral("A healthy topic"));
}

QTEST_MAIN(TestMainWindowErrors)
#include "tst_mainwindow_errors.moc"
