// FuzzyMatcher: the quick switcher's ranking, as a fuzzy file finder ranks.
#include "lib/search/fuzzymatcher.h"

#include <QTest>

#include <algorithm>

using namespace Aivizor;

namespace {

// The candidates that match, best first.
QStringList ranked(const QString &pattern, QStringList candidates)
{
    const FuzzyMatcher matcher(pattern);
    QList<std::pair<int, QString>> scored;
    for (const QString &c : candidates) {
        if (const auto m = matcher.match(c))
            scored.append({m->score, c});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (const auto &s : scored)
        out.append(s.second);
    return out;
}

} // namespace

class TestFuzzyMatcher : public QObject
{
    Q_OBJECT
private slots:
    void requiresOrder()
    {
        QVERIFY(FuzzyMatcher(QStringLiteral("gnl")).match(QStringLiteral("General")));
        QVERIFY(!FuzzyMatcher(QStringLiteral("lng")).match(QStringLiteral("General")));
        QVERIFY(!FuzzyMatcher(QStringLiteral("xyz")).match(QStringLiteral("General")));
        QVERIFY(!FuzzyMatcher(QStringLiteral("generally")).match(QStringLiteral("General")));
    }

    void emptyMatchesAll()
    {
        const auto m = FuzzyMatcher(QString()).match(QStringLiteral("Anything"));
        QVERIFY(m);
        QCOMPARE(m->score, 0);
    }

    void caseInsensitive()
    {
        QVERIFY(FuzzyMatcher(QStringLiteral("LATEST")).match(QStringLiteral("latest")));
        QVERIFY(FuzzyMatcher(QStringLiteral("нОв")).match(QStringLiteral("Новости")));
    }

    void startOfStringFirst()
    {
        QCOMPARE(ranked(QStringLiteral("lat"), {QStringLiteral("Translations"), QStringLiteral("Latest")}),
                 (QStringList{QStringLiteral("Latest"), QStringLiteral("Translations")}));
    }

    void wordStartsBeatScattered()
    {
        QCOMPARE(ranked(QStringLiteral("gd"), {QStringLiteral("Good"), QStringLiteral("General Discussion")}),
                 (QStringList{QStringLiteral("General Discussion"), QStringLiteral("Good")}));
        QCOMPARE(ranked(QStringLiteral("fb"), {QStringLiteral("Off by one"), QStringLiteral("FeedBack")}),
                 (QStringList{QStringLiteral("FeedBack"), QStringLiteral("Off by one")}));
    }

    void consecutiveBeatsFarApart()
    {
        QCOMPARE(ranked(QStringLiteral("qt"), {QStringLiteral("Questions about Tools"), QStringLiteral("Qt Creator")}),
                 (QStringList{QStringLiteral("Qt Creator"), QStringLiteral("Questions about Tools")}));
        QCOMPARE(ranked(QStringLiteral("site"), {QStringLiteral("S i t e"), QStringLiteral("Site feedback")}),
                 (QStringList{QStringLiteral("Site feedback"), QStringLiteral("S i t e")}));
    }

    void shorterWinsATie()
    {
        QCOMPARE(ranked(QStringLiteral("feed"), {QStringLiteral("Feedback and suggestions"), QStringLiteral("Feedback")}),
                 (QStringList{QStringLiteral("Feedback"), QStringLiteral("Feedback and suggestions")}));
    }

    void cyrillic()
    {
        QCOMPARE(ranked(QStringLiteral("нов"), {QStringLiteral("Обновления"), QStringLiteral("Новости"), QStringLiteral("Форум")}),
                 (QStringList{QStringLiteral("Новости"), QStringLiteral("Обновления")}));
        QCOMPARE(ranked(QStringLiteral("оп"), {QStringLiteral("Топики"), QStringLiteral("Общие вопросы")}),
                 (QStringList{QStringLiteral("Общие вопросы"), QStringLiteral("Топики")}));
    }

    void picksTheBestAlignment()
    {
        // A greedy left-to-right match would take the first 'd' of "Add"; the word start is better.
        const auto m = FuzzyMatcher(QStringLiteral("gd")).match(QStringLiteral("Gadget Discussion"));
        QVERIFY(m);
        QCOMPARE(m->positions, (QList<int>{0, 7}));
        const auto spaced = FuzzyMatcher(QStringLiteral("g d")).match(QStringLiteral("General Discussion"));
        QVERIFY(spaced);
        QCOMPARE(spaced->positions, (QList<int>{0, 8}));
    }
};

QTEST_GUILESS_MAIN(TestFuzzyMatcher)
#include "tst_fuzzymatcher.moc"
