// The one back-off rule (lib/session/backoff.h) that the session's reconnect probe and the
// outbox's resends share.
#include "lib/session/backoff.h"

#include <QTest>

using namespace Aivizor;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void doublesAndIsCapped()
    {
        QCOMPARE(Backoff::delayMs(1, 0.5), 2000);
        QCOMPARE(Backoff::delayMs(2, 0.5), 4000);
        QCOMPARE(Backoff::delayMs(3, 0.5), 8000);
        QCOMPARE(Backoff::delayMs(8, 0.5), 256000);
        QCOMPARE(Backoff::delayMs(9, 0.5), 300000);
        QCOMPARE(Backoff::delayMs(1000, 0.5), 300000);
        QCOMPARE(Backoff::delayMs(0, 0.5), 2000); // no failure yet: the first delay
    }

    void jitterSpreadsWithinTwentyPercentAndNeverPassesTheCap()
    {
        QCOMPARE(Backoff::delayMs(1, 0.0), 1600);
        QCOMPARE(Backoff::delayMs(3, 0.0), 6400);
        QVERIFY(Backoff::delayMs(3, 0.999) > 9500 && Backoff::delayMs(3, 0.999) <= 9600);
        QCOMPARE(Backoff::delayMs(8, 0.999), 300000);
        QCOMPARE(Backoff::delayMs(9, 0.0), 240000);
        // Out-of-range jitter is clamped, not extrapolated.
        QCOMPARE(Backoff::delayMs(1, -3.0), 1600);
        QCOMPARE(Backoff::delayMs(1, 7.0), 2400);
    }

    void customBounds()
    {
        QCOMPARE(Backoff::delayMs(1, 0.5, 100, 1000), 100);
        QCOMPARE(Backoff::delayMs(4, 0.5, 100, 1000), 800);
        QCOMPARE(Backoff::delayMs(5, 0.5, 100, 1000), 1000);
    }

    void countsFailuresUntilReset()
    {
        Backoff backoff;
        backoff.setJitterSource([] { return 0.5; });
        QCOMPARE(backoff.failures(), 0);
        QCOMPARE(backoff.nextDelayMs(), 2000);
        QCOMPARE(backoff.nextDelayMs(), 4000);
        QCOMPARE(backoff.nextDelayMs(), 8000);
        QCOMPARE(backoff.failures(), 3);
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        QCOMPARE(backoff.nextDelayMs(), 2000);
    }

    void randomJitterStaysInRange()
    {
        Backoff backoff;
        for (int i = 0; i < 200; ++i) {
            backoff.reset();
            const qint64 first = backoff.nextDelayMs();
            QVERIFY2(first >= 1600 && first <= 2400, qPrintable(QString::number(first)));
        }
    }
};

QTEST_APPLESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
