// The one error vocabulary: which kinds are worth retrying, and the text the user sees.
#include "lib/net/apierror.h"

#include <QTest>

using namespace Aivizor;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void retryableKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        using K = ApiError::Kind;
        QTest::newRow("none") << int(K::None) << false;
        QTest::newRow("not found") << int(K::NotFound) << false;
        QTest::newRow("forbidden") << int(K::Forbidden) << false;
        QTest::newRow("rate limited") << int(K::RateLimited) << true;
        QTest::newRow("server error") << int(K::ServerError) << true;
        QTest::newRow("network") << int(K::Network) << true;
        QTest::newRow("malformed") << int(K::MalformedResponse) << false;
        QTest::newRow("invalid request") << int(K::InvalidRequest) << false;
        QTest::newRow("too large") << int(K::ResponseTooLarge) << false;
        QTest::newRow("cancelled") << int(K::Cancelled) << true;
        QTest::newRow("storage") << int(K::Storage) << false;
        QTest::newRow("invalid input") << int(K::InvalidInput) << false;
    }

    void retryableKinds()
    {
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        const ApiError e = ApiError::fromKind(ApiError::Kind(kind), QString());
        QCOMPARE(e.isRetryable(), retryable);
        // Every kind has a label, so userText() is never empty for an error.
        QVERIFY(!ApiError::kindLabel(e.kind).isEmpty());
        QCOMPARE(e.userText(), ApiError::kindLabel(e.kind));
    }

    void userTextPrefersTheMessage()
    {
        const ApiError e = ApiError::fromHttpStatus(503, R"({"errors":["down"],"error_type":"read_only"})", {});
        QCOMPARE(e.kind, ApiError::Kind::ServerError);
        QVERIFY(e.isRetryable());
        QCOMPARE(e.userText(), e.message);
        QVERIFY(!e.userText().isEmpty());
        const ApiError rejected = ApiError::fromHttpStatus(422, R"({"errors":["Body is too short"]})", {});
        QVERIFY(!rejected.isRetryable());
        QCOMPARE(rejected.userText(), QStringLiteral("Body is too short"));
    }
};

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
