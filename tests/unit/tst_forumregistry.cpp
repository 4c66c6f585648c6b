// ForumRegistry: the user's forums as a list model, persisted in QSettings without secrets,
// restored with a signed-in session per forum at start, and the account list of older versions
// (group "accounts") read and rewritten.
#include "lib/credentials/memorycredentialstore.h"
#include "lib/drafts/draftstore.h"
#include "lib/net/transport.h"
#include "lib/files/sitekey.h"
#include "lib/posting/outbox.h"
#include "lib/session/forumregistry.h"
#include "lib/session/forumsession.h"
#include "lib/signin/signin.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Aivizor;

namespace {
constexpr int WaitMs = 10000;
const QUrl ForumA(QStringLiteral("https://forum.example.org/sub/"));
const QUrl ForumB(QStringLiteral("https://other.example.net"));

Account account(const QUrl &site, const QString &username, Account::AuthKind kind = Account::AuthKind::UserApiKey)
{
    Account a;
    a.site = site;
    a.username = username;
    a.authKind = kind;
    a.clientId = kind == Account::AuthKind::UserApiKey ? QStringLiteral("c0ffee") : QString();
    return a;
}

bool storeSecret(CredentialStore *store, const Account &a, const QString &secret)
{
    bool done = false;
    bool ok = false;
    QObject context;
    store->writeSecret(a.credentialKey(), secret, &context, [&](const CredentialResult &r) {
        done = true;
        ok = r.isOk();
    });
    return QTest::qWaitFor([&done] { return done; }, WaitMs) && ok;
}
} // namespace

class TestForumRegistry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addRemoveAndPersistWithoutSecrets();
    void restoresSignedInSessions();
    void signInAndOutUpdateTheList();
    void migratesTheOldAccountList();
    void transientSessionsAreNotListed();
    void oldSharedOutboxIsSplitPerForum();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<ForumRegistry> makeRegistry();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
};

void TestForumRegistry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>();
}

void TestForumRegistry::cleanup()
{
    m_settings.reset();
    m_keychain.reset();
    m_dir.reset();
}

std::unique_ptr<ForumRegistry> TestForumRegistry::makeRegistry()
{
    return std::make_unique<ForumRegistry>(m_settings.get(), m_keychain.get(), m_dir->filePath(QStringLiteral("data")));
}

void TestForumRegistry::addRemoveAndPersistWithoutSecrets()
{
    auto registry = makeRegistry();
    QAbstractItemModelTester tester(registry.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(registry.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(registry.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(registry.get(), &QAbstractItemModel::modelReset);

    ForumSession *a = registry->add(ForumA);
    QVERIFY(a);
    QCOMPARE(a->site(), ForumA);
    QCOMPARE(registry->add(QUrl(QStringLiteral("https://forum.example.org/sub"))), a); // same forum
    ForumSession *b = registry->add(ForumB);
    QVERIFY(b && b != a);
    QVERIFY(!registry->add(QUrl(QStringLiteral("not a url"))));
    QCOMPARE(registry->rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(registry->index(1).data(ForumRegistry::SiteRole).toUrl(), ForumB);
    QCOMPARE(registry->index(0).data(ForumRegistry::SessionRole).value<ForumSession *>(), a);
    QCOMPARE(registry->index(0).data(Qt::DisplayRole).toString(), QStringLiteral("forum.example.org/sub/"));

    QSignalSpy changed(registry.get(), &QAbstractItemModel::dataChanged);
    registry->setTitle(ForumB, QStringLiteral("Other Forum"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(registry->index(1).data(ForumRegistry::TitleRole).toString(), QStringLiteral("Other Forum"));
    QCOMPARE(registry->index(1).data(Qt::DisplayRole).toString(), QStringLiteral("Other Forum"));

    // Each forum keeps its drafts and outbox apart.
    QVERIFY(a->drafts()->directory() != b->drafts()->directory());
    QVERIFY(a->drafts()->directory().endsWith(siteKey(ForumA)));

    QVERIFY(registry->remove(ForumA));
    QVERIFY(!registry->remove(ForumA));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(registry->rowCount(), 1);
    QCOMPARE(registry->sessionAt(0), b);
    QCOMPARE(reset.size(), 0); // inserts and removals, never a reset
    registry.reset();

    m_settings.reset();
    m_settings = std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
    auto again = makeRegistry();
    QAbstractItemModelTester tester2(again.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(again->rowCount(), 1);
    QCOMPARE(again->index(0).data(ForumRegistry::SiteRole).toUrl().host(), ForumB.host());
    QCOMPARE(again->index(0).data(ForumRegistry::TitleRole).toString(), QStringLiteral("Other Forum"));
    QVERIFY(again->sessionAt(0));
    QCOMPARE(again->indexOf(ForumA), -1);
}

void TestForumRegistry::restoresSignedInSessions()
{
    const Account maria = account(ForumA, QStringLiteral("maria"));
    QVERIFY(storeSecret(m_keychain.get(), maria, QStringLiteral("secret-for-maria")));
    {
        auto registry = makeRegistry();
        ForumSession *session = registry->add(ForumA);
        // What SignIn reports once the keychain took the key.
        emit session->signIn()->accountStored(maria);
        QCOMPARE(registry->index(0).data(ForumRegistry::UsernameRole).toString(), QStringLiteral("maria"));
    }
    m_settings->sync();
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY(ini.contains("maria"));
    QVERIFY(ini.contains("c0ffee"));
    QVERIFY(!ini.contains("secret-for-maria"));

    auto registry = makeRegistry();
    QCOMPARE(registry->rowCount(), 1);
    ForumSession *session = registry->sessionAt(0);
    QVERIFY(session);
    // Signed in again from the stored key, without any request.
    QTRY_COMPARE_WITH_TIMEOUT(session->signedInUser(), QStringLiteral("maria"), WaitMs);
    QVERIFY(session->transport()->hasAuthHeaders());
    QCOMPARE(session->account()->clientId, QStringLiteral("c0ffee"));
}

void TestForumRegistry::signInAndOutUpdateTheList()
{
    auto registry = makeRegistry();
    ForumSession *session = registry->add(ForumB);
    QSignalSpy changed(registry.get(), &QAbstractItemModel::dataChanged);
    const Account max = account(ForumB, QStringLiteral("max"), Account::AuthKind::ApiKey);
    emit session->signIn()->accountStored(max);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(registry->index(0).data(ForumRegistry::UsernameRole).toString(), QStringLiteral("max"));
    QCOMPARE(registry->index(0).data(Qt::DisplayRole).toString(), ForumRegistry::tr("%1 on %2").arg("max", "other.example.net"));

    // Signing out keeps the forum in the list, without the account.
    emit session->signIn()->signedOut(max, ApiError());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(registry->rowCount(), 1);
    QCOMPARE(registry->index(0).data(ForumRegistry::UsernameRole).toString(), QString());
    registry.reset();
    m_settings->sync();
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("max"));
}

void TestForumRegistry::migratesTheOldAccountList()
{
    // What AccountListModel wrote: group "accounts", one row per account.
    const Account maria = account(ForumA, QStringLiteral("maria"));
    const Account max = account(ForumB, QStringLiteral("max"), Account::AuthKind::ApiKey);
    const Account maria2 = account(ForumA, QStringLiteral("maria2"));
    m_settings->beginWriteArray(QStringLiteral("accounts"), 3);
    const QList<Account> old = {maria, max, maria2};
    for (int i = 0; i < old.size(); ++i) {
        m_settings->setArrayIndex(i);
        old.at(i).save(*m_settings);
    }
    m_settings->endArray();
    m_settings->sync();
    QVERIFY(storeSecret(m_keychain.get(), maria2, QStringLiteral("k2")));
    QVERIFY(storeSecret(m_keychain.get(), max, QStringLiteral("k3")));

    {
        auto registry = makeRegistry();
        QAbstractItemModelTester tester(registry.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(registry->rowCount(), 2); // one per forum
        // Of two accounts on one forum, the one added last is restored, as before.
        QCOMPARE(registry->index(registry->indexOf(ForumA)).data(ForumRegistry::UsernameRole).toString(),
                 QStringLiteral("maria2"));
        QCOMPARE(registry->index(registry->indexOf(ForumB)).data(ForumRegistry::UsernameRole).toString(),
                 QStringLiteral("max"));
        QTRY_COMPARE_WITH_TIMEOUT(registry->session(ForumA)->signedInUser(), QStringLiteral("maria2"), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(registry->session(ForumB)->signedInUser(), QStringLiteral("max"), WaitMs);
        QCOMPARE(registry->session(ForumB)->account()->authKind, Account::AuthKind::ApiKey);
    }
    // Rewritten in the new format; the old group is gone and is not read again.
    QVERIFY(!m_settings->childGroups().contains(QStringLiteral("accounts")));
    QVERIFY(m_settings->childGroups().contains(QStringLiteral("forums")));
    auto registry = makeRegistry();
    QCOMPARE(registry->rowCount(), 2);
}

void TestForumRegistry::transientSessionsAreNotListed()
{
    auto registry = makeRegistry();
    const QUrl demo(QStringLiteral("http://127.0.0.1:45678"));
    ForumSession *session = registry->openTransient(demo, m_dir->filePath(QStringLiteral("demo-drafts")),
                                                    m_dir->filePath(QStringLiteral("demo-outbox.json")));
    QVERIFY(session);
    QCOMPARE(registry->openTransient(demo, QString(), QString()), session);
    QCOMPARE(registry->rowCount(), 0);
    QCOMPARE(session->drafts()->directory(), m_dir->filePath(QStringLiteral("demo-drafts")));
    // Its keys stay out of the user's keychain.
    emit session->signIn()->accountStored(account(demo, QStringLiteral("demo")));
    QCOMPARE(registry->rowCount(), 0);
    registry.reset();
    m_settings->sync();
    QFile file(settingsFile());
    QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("45678"));
}

void TestForumRegistry::oldSharedOutboxIsSplitPerForum()
{
    // Older versions: one outbox.json for every forum.
    const QString legacyPath = m_dir->filePath(QStringLiteral("data/outbox.json"));
    QUuid forA, forB, forOther;
    {
        Outbox legacy(legacyPath);
        forA = legacy.enqueue(ForumA, OutboxPayload::reply(3, QStringLiteral("Waiting for forum A.")));
        forB = legacy.enqueue(ForumB, OutboxPayload::reply(4, QStringLiteral("Waiting for forum B.")));
        forOther = legacy.enqueue(QUrl(QStringLiteral("https://third.example")), OutboxPayload::reply(5, QStringLiteral("Not listed.")));
        QVERIFY(legacy.markSending(forA)); // the app died while this one was in flight
    }
    m_settings->beginWriteArray(QStringLiteral("forums"), 1);
    m_settings->setArrayIndex(0);
    Account a;
    a.site = ForumA;
    a.save(*m_settings);
    m_settings->endArray();

    auto registry = makeRegistry(); // restores forum A
    ForumSession *sessionA = registry->session(ForumA);
    QVERIFY(sessionA);
    QCOMPARE(sessionA->outboxCount(), 1);
    const OutboxEntry adopted = sessionA->outbox()->entries().value(0);
    QCOMPARE(adopted.id, forA);
    QVERIFY(adopted.mayHaveReachedServer); // the resend contract still holds
    QCOMPARE(Outbox(legacyPath).rowCount(), 2);

    ForumSession *sessionB = registry->add(ForumB);
    QCOMPARE(sessionB->outboxCount(), 1);
    QCOMPARE(sessionB->outbox()->entries().value(0).id, forB);
    QCOMPARE(sessionB->outbox()->entries().value(0).payload.raw, QStringLiteral("Waiting for forum B."));
    QCOMPARE(Outbox(legacyPath).rowCount(), 1);

    registry->add(QUrl(QStringLiteral("https://third.example")));
    QVERIFY(!QFile::exists(legacyPath)); // empty now: gone
    QCOMPARE(registry->session(QUrl(QStringLiteral("https://third.example")))->outbox()->entries().value(0).id, forOther);

    // Each forum's queue is in its own file and comes back from there.
    registry.reset();
    Outbox reread(m_dir->filePath(QStringLiteral("data/outbox/") + siteKey(ForumB) + QStringLiteral(".json")));
    QCOMPARE(reread.rowCount(), 1);
    QCOMPARE(reread.entries().value(0).id, forB);
}

QTEST_GUILESS_MAIN(TestForumRegistry)
#include "tst_forumregistry.moc"
