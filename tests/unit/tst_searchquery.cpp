// SearchQuery: the builder's fields to Discourse's query language and back.
#include "lib/search/searchquery.h"

#include <QTest>

using namespace Aivizor;

class TestSearchQuery : public QObject
{
    Q_OBJECT
private slots:
    void buildsEveryField()
    {
        SearchQuery q;
        q.words = QStringLiteral("  qt   widgets ");
        q.phrase = QStringLiteral("model view");
        q.user = QStringLiteral("alice");
        q.community = QStringLiteral("dev:desktop");
        q.tags = {QStringLiteral("qt6"), QStringLiteral(" "), QStringLiteral("cmake")};
        q.titleOnly = true;
        q.status = SearchQuery::Status::Closed;
        q.order = SearchQuery::Order::Likes;
        q.after = QDate(2024, 1, 31);
        q.before = QDate(2024, 12, 1);
        QCOMPARE(q.toString(), QStringLiteral("qt widgets \"model view\" @alice #dev:desktop tags:qt6,cmake in:title "
                                              "status:closed order:likes after:2024-01-31 before:2024-12-01"));
    }

    void emptyIsEmpty()
    {
        QVERIFY(SearchQuery().isEmpty());
        QCOMPARE(SearchQuery().toString(), QString());
        QCOMPARE(SearchQuery::parse(QStringLiteral("   ")), SearchQuery());
    }

    void parsesTypedQuery()
    {
        const SearchQuery q = SearchQuery::parse(
            QStringLiteral("Before:2023-05-06 \"exact  words\" crash @Bob #support TAGS:a,b In:Title status:open order:latest"));
        QCOMPARE(q.words, QStringLiteral("crash"));
        QCOMPARE(q.phrase, QStringLiteral("exact words"));
        QCOMPARE(q.user, QStringLiteral("Bob"));
        QCOMPARE(q.community, QStringLiteral("support"));
        QCOMPARE(q.tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(q.titleOnly);
        QCOMPARE(q.status, SearchQuery::Status::Open);
        QCOMPARE(q.order, SearchQuery::Order::Latest);
        QCOMPARE(q.before, QDate(2023, 5, 6));
        QVERIFY(!q.after.isValid());
    }

    void keepsWhatItDoesNotModel()
    {
        // An earlier phrase or user, other in: filters, all-tags (+), relative dates and a second user stay
        // as typed, so editing in the builder never drops part of the query.
        const QString typed = QStringLiteral("\"one\" \"two three\" in:likes tags:a+b after:7 @ann @bob status:solved");
        const SearchQuery q = SearchQuery::parse(typed);
        QCOMPARE(q.phrase, QStringLiteral("two three"));
        QCOMPARE(q.user, QStringLiteral("bob"));
        QVERIFY(q.tags.isEmpty());
        QVERIFY(!q.after.isValid());
        QCOMPARE(q.status, SearchQuery::Status::Any);
        QCOMPARE(q.words, QStringLiteral("\"one\" in:likes tags:a+b after:7 @ann status:solved"));
        QCOMPARE(SearchQuery::parse(q.toString()), q);
    }

    void category()
    {
        QCOMPARE(SearchQuery::parse(QStringLiteral("category:news x")).community, QStringLiteral("news"));
        QCOMPARE(SearchQuery::parse(QStringLiteral("tag:solo")).tags, QStringList{QStringLiteral("solo")});
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("words") << "hello world";
        QTest::newRow("all") << "qt \"a phrase\" @u #c tags:x,y in:title status:closed order:likes after:2020-02-29 before:2021-01-01";
        QTest::newRow("cyrillic") << "привет \"мир труд\" @иван #новости";
        QTest::newRow("unknown") << "in:bookmarks foo:bar";
    }

    void roundTrips()
    {
        QFETCH(QString, text);
        const SearchQuery q = SearchQuery::parse(text);
        QCOMPARE(q.toString(), text);
        QCOMPARE(SearchQuery::parse(q.toString()), q);
    }

    void invalidDateIsText()
    {
        const SearchQuery q = SearchQuery::parse(QStringLiteral("after:2024-02-30 x"));
        QVERIFY(!q.after.isValid());
        QCOMPARE(q.words, QStringLiteral("after:2024-02-30 x"));
    }

    void highlightTerms()
    {
        const SearchQuery q = SearchQuery::parse(QStringLiteral("crash in:likes \"two words\" @bob log"));
        QCOMPARE(q.highlightTerms(), (QStringList{QStringLiteral("crash"), QStringLiteral("log"), QStringLiteral("two words")}));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
