#include "lib/credentials/credentialstore.h"
#include "lib/credentials/memorycredentialstore.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Aivizor;

namespace {

// Runs one store call and waits for its single answer.
template<typename Call>
std::optional<CredentialResult> answer(Call call)
{
    QObject context;
    std::optional<CredentialResult> result;
    int calls = 0;
    bool returned = false;
    bool answeredBeforeReturn = false;
    call(&context, [&](const CredentialResult &r) {
        ++calls;
        answeredBeforeReturn = !returned;
        result = r;
    });
    returned = true;
    if (!QTest::qWaitFor([&] { return calls > 0; }, 2000))
        return std::nullopt;
    QTest::qWait(20);
    if (calls != 1 || answeredBeforeReturn)
        return std::nullopt; // the contract: exactly one answer, always asynchronous
    return result;
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void keyCombinesNormalizedSiteAndUser()
    {
        QCOMPARE(CredentialStore::key(QUrl(QStringLiteral("https://Forum.Example.org/")), QStringLiteral("alice")),
                 QStringLiteral("https://forum.example.org|alice"));
        QCOMPARE(CredentialStore::key(QUrl(QStringLiteral("https://example.org/forum/")), QStringLiteral("bob")),
                 QStringLiteral("https://example.org/forum|bob"));
    }

    void memoryStoreWritesReadsRemoves()
    {
        MemoryCredentialStore store;
        QVERIFY(!store.isPersistent());
        const QString key = CredentialStore::key(QUrl(QStringLiteral("https://forum.example.org")), QStringLiteral("alice"));

        auto r = answer([&](QObject *c, auto done) { store.readSecret(key, c, done); });
        QVERIFY(r);
        QCOMPARE(r->error, CredentialResult::Error::NotFound);
        QVERIFY(!r->message.isEmpty());

        r = answer([&](QObject *c, auto done) { store.writeSecret(key, QStringLiteral("s3cr3t-ключ"), c, done); });
        QVERIFY(r && r->isOk());
        r = answer([&](QObject *c, auto done) { store.readSecret(key, c, done); });
        QVERIFY(r && r->isOk());
        QCOMPARE(r->secret, QStringLiteral("s3cr3t-ключ"));

        r = answer([&](QObject *c, auto done) { store.removeSecret(key, c, done); });
        QVERIFY(r && r->isOk());
        r = answer([&](QObject *c, auto done) { store.readSecret(key, c, done); });
        QVERIFY(r);
        QCOMPARE(r->error, CredentialResult::Error::NotFound);
        QVERIFY(r->secret.isEmpty());
        r = answer([&](QObject *c, auto done) { store.removeSecret(key, c, done); });
        QVERIFY(r && r->isOk()); // removing twice is fine
    }

    void unavailableIsReportedDistinctly()
    {
        MemoryCredentialStore store;
        store.setUnavailable(true);
        for (int op = 0; op < 3; ++op) {
            auto r = answer([&](QObject *c, auto done) {
                if (op == 0)
                    store.readSecret(QStringLiteral("k"), c, done);
                else if (op == 1)
                    store.writeSecret(QStringLiteral("k"), QStringLiteral("TOPSECRET-123"), c, done);
                else
                    store.removeSecret(QStringLiteral("k"), c, done);
            });
            QVERIFY(r);
            QCOMPARE(r->error, CredentialResult::Error::Unavailable);
            QVERIFY(!r->message.isEmpty());
            QVERIFY(!r->message.contains(QStringLiteral("TOPSECRET")));
        }
        store.setUnavailable(false);
        auto r = answer([&](QObject *c, auto done) { store.readSecret(QStringLiteral("k"), c, done); });
        QVERIFY(r);
        QCOMPARE(r->error, CredentialResult::Error::NotFound); // the refused write stored nothing
    }

    void answerIsDroppedWhenContextIsGone()
    {
        MemoryCredentialStore store;
        int calls = 0;
        auto *context = new QObject;
        store.writeSecret(QStringLiteral("k"), QStringLiteral("v"), context, [&](const CredentialResult &) { ++calls; });
        delete context;
        QTest::qWait(50);
        QCOMPARE(calls, 0);
        // The write itself happened; only the answer was dropped.
        auto r = answer([&](QObject *c, auto done) { store.readSecret(QStringLiteral("k"), c, done); });
        QVERIFY(r && r->isOk());
        QCOMPARE(r->secret, QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
