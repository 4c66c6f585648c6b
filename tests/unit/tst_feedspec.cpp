#include "lib/api/endpoints.h"
#include "lib/domain/feedspec.h"

#include <QTest>

using namespace Aivizor;

class TestFeedSpec : public QObject
{
    Q_OBJECT
private slots:
    void paths();
};

void TestFeedSpec::paths()
{
    QCOMPARE(Api::feedPath(FeedSpec::latest()), QStringLiteral("/latest"));
    QCOMPARE(Api::topicList(FeedSpec::latest(), 0), QStringLiteral("/latest.json"));
    QCOMPARE(Api::topicList(FeedSpec::latest(), 2), QStringLiteral("/latest.json?page=2"));
    QCOMPARE(Api::topicList(FeedSpec::top(), 0), QStringLiteral("/top.json"));
    QCOMPARE(Api::topicList(FeedSpec::top("weekly"), 1), QStringLiteral("/top.json?period=weekly&page=1"));
    QCOMPARE(Api::feedPath(FeedSpec::community(5, "news")), QStringLiteral("/c/news/5"));
    QCOMPARE(Api::topicList(FeedSpec::community(5), 0), QStringLiteral("/c/5.json"));
    QCOMPARE(Api::feedPath(FeedSpec::community(7, QString::fromUtf8("café"))), QStringLiteral("/c/caf%C3%A9/7"));
    QCOMPARE(Api::feedPath(FeedSpec::forTag("c++")), QStringLiteral("/tag/c%2B%2B"));
    QVERIFY(FeedSpec::community(5) == FeedSpec::community(5));
    QVERIFY(FeedSpec::community(5) != FeedSpec::community(6));
    QVERIFY(FeedSpec::latest() != FeedSpec::top());
}

QTEST_GUILESS_MAIN(TestFeedSpec)
#include "tst_feedspec.moc"
