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
    QCOMPARE(FeedSpec::latest().path(), QStringLiteral("/latest"));
    QCOMPARE(FeedSpec::latest().pagePath(0), QStringLiteral("/latest.json"));
    QCOMPARE(FeedSpec::latest().pagePath(2), QStringLiteral("/latest.json?page=2"));
    QCOMPARE(FeedSpec::top().pagePath(0), QStringLiteral("/top.json"));
    QCOMPARE(FeedSpec::top("weekly").pagePath(1), QStringLiteral("/top.json?period=weekly&page=1"));
    QCOMPARE(FeedSpec::community(5, "news").path(), QStringLiteral("/c/news/5"));
    QCOMPARE(FeedSpec::community(5).pagePath(0), QStringLiteral("/c/5.json"));
    QCOMPARE(FeedSpec::community(7, QString::fromUtf8("café")).path(), QStringLiteral("/c/caf%C3%A9/7"));
    QCOMPARE(FeedSpec::forTag("c++").path(), QStringLiteral("/tag/c%2B%2B"));
    QVERIFY(FeedSpec::community(5) == FeedSpec::community(5));
    QVERIFY(FeedSpec::community(5) != FeedSpec::community(6));
    QVERIFY(FeedSpec::latest() != FeedSpec::top());
}

QTEST_GUILESS_MAIN(TestFeedSpec)
#include "tst_feedspec.moc"
