// Optional integration test of KeychainCredentialStore against a real Secret Service.
//
// The test never touches the developer's own keychain: it re-executes itself inside a private D-Bus
// session (dbus-run-session) with a throw-away gnome-keyring unlocked for it, and with HOME and the
// XDG folders pointing into a temporary directory. It is skipped, with the reason, only when those
// two tools are not installed.
#include "app/accounts/keychaincredentialstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Aivizor;

namespace {

const QByteArray unavailableTestSecret = "TOPSECRET-42";

template<typename Call>
std::optional<CredentialResult> answer(Call call)
{
    QObject context;
    std::optional<CredentialResult> result;
    call(&context, [&](const CredentialResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return std::nullopt;
    return result;
}

QString missingToolsReason()
{
    QStringList missing;
    for (const char *tool : {"dbus-run-session", "gnome-keyring-daemon"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            missing << QString::fromLatin1(tool);
    }
    return missing.isEmpty() ? QString()
                             : QStringLiteral("not installed: %1 (needed to run a private keychain)")
                                   .arg(missing.join(QStringLiteral(", ")));
}

// HOME and XDG folders in a temporary directory, so gnome-keyring's files land there.
QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.remove(QStringLiteral("XDG_CURRENT_DESKTOP"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Outer, InPrivateSession, WithoutSessionBus };
    explicit TestKeychain(Mode mode) : m_mode(mode) {}

private slots:
    // Runs in the outer process: starts the two isolated children and checks their verdicts.
    void inPrivateKeychain()
    {
        QVERIFY(m_mode == Mode::Outer);
        const QString reason = missingToolsReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcess child;
        child.setProcessEnvironment(isolatedEnvironment(home));
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QStringLiteral("dbus-run-session"),
                    {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
                                    "exec \"$0\" --inner"),
                     QCoreApplication::applicationFilePath()});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
    }

    void withoutSessionBus()
    {
        QVERIFY(m_mode == Mode::Outer);
        QTemporaryDir home;
        QProcess child;
        child.setProcessEnvironment(isolatedEnvironment(home));
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--no-bus")});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        // Nothing may have been written in plain text instead (QtKeychain's insecure fallback).
        QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(unavailableTestSecret), qPrintable(f.fileName()));
        }
    }

    // Runs inside dbus-run-session with an unlocked throw-away keyring.
    void writeReadDelete()
    {
        QVERIFY(m_mode == Mode::InPrivateSession); // never against the developer's own keychain
        KeychainCredentialStore store;
        QVERIFY(store.isPersistent());
        const QString key = CredentialStore::key(QUrl(QStringLiteral("https://forum.example.invalid")), QStringLiteral("alice"));
        const QString secret = QStringLiteral("user-api-key-0123456789abcdef-ключ");

        auto r = answer([&](QObject *c, auto done) { store.writeSecret(key, secret, c, done); });
        QVERIFY(r);
        QVERIFY2(r->isOk(), qPrintable(r->message));
        r = answer([&](QObject *c, auto done) { store.readSecret(key, c, done); });
        QVERIFY(r);
        QVERIFY2(r->isOk(), qPrintable(r->message));
        QCOMPARE(r->secret, secret);

        r = answer([&](QObject *c, auto done) { store.removeSecret(key, c, done); });
        QVERIFY(r);
        QVERIFY2(r->isOk(), qPrintable(r->message));
        r = answer([&](QObject *c, auto done) { store.readSecret(key, c, done); });
        QVERIFY(r);
        QCOMPARE(r->error, CredentialResult::Error::NotFound);
        r = answer([&](QObject *c, auto done) { store.removeSecret(key, c, done); });
        QVERIFY(r);
        QVERIFY2(r->isOk(), qPrintable(r->message)); // already gone is not an error
    }

    // Runs with no D-Bus session at all: every operation reports "no keychain" distinctly.
    void reportsUnavailable()
    {
        QVERIFY(m_mode == Mode::WithoutSessionBus);
        KeychainCredentialStore store;
        const QString secret = QString::fromLatin1(unavailableTestSecret);
        auto r = answer([&](QObject *c, auto done) { store.writeSecret(QStringLiteral("s|u"), secret, c, done); });
        QVERIFY(r);
        QCOMPARE(r->error, CredentialResult::Error::Unavailable);
        QVERIFY(!r->message.isEmpty());
        QVERIFY(!r->message.contains(secret));
        r = answer([&](QObject *c, auto done) { store.readSecret(QStringLiteral("s|u"), c, done); });
        QVERIFY(r);
        QCOMPARE(r->error, CredentialResult::Error::Unavailable);
    }

private:
    Mode m_mode;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    TestKeychain::Mode mode = TestKeychain::Mode::Outer;
    QString only;
    if (args.removeAll(QStringLiteral("--inner"))) {
        mode = TestKeychain::Mode::InPrivateSession;
        only = QStringLiteral("writeReadDelete");
    } else if (args.removeAll(QStringLiteral("--no-bus"))) {
        mode = TestKeychain::Mode::WithoutSessionBus;
        only = QStringLiteral("reportsUnavailable");
    }
    // Each process runs only its own part: the inner functions must never run against the
    // developer's real session bus, whatever was asked on the command line.
    args = only.isEmpty() ? QStringList{args.value(0), QStringLiteral("inPrivateKeychain"), QStringLiteral("withoutSessionBus")}
                          : QStringList{args.value(0), only};
    TestKeychain test(mode);
    return QTest::qExec(&test, args);
}

#include "tst_keychain.moc"
