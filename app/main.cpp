#include "app/accounts/keychaincredentialstore.h"
#include "app/mainwindow.h"
#include "app/settings/preferences.h"
#include "app/shell/appstyle.h"
#include "app/shell/launchoptions.h"
#include "app/shell/quitsignals.h"
#include "app/shell/screenshotrunner.h"
#include "app/shell/singleinstance.h"
#include "aivizorversion.h"
#include "lib/files/privatefiles.h"
#include "lib/session/forumregistry.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>

using namespace Aivizor;

namespace {

// --lang must be known before QCommandLineParser runs, so that --help is already translated.
QString requestedLanguage(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1).toLower();
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7).toLower();
    }
    return {};
}

// --help and --version print and exit; they need no window, so they must not need a display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Aivizor"));
    QCoreApplication::setApplicationName(QStringLiteral("aivizor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIVIZOR_VERSION));
    // Settings name the user's forums and accounts: private, like the drafts. QSettings keeps the
    // mode of the file it rewrites, so creating it private once is enough.
    PrivateFiles::makeFile(QSettings().fileName());
}

void installTranslators(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qtbase = new QTranslator(app);
    if (qtbase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qtbase);
    // The English catalog holds only plural forms ("%n like(s)" -> "1 like"); it is also the
    // fallback for languages without a catalog, whose users read the English source text.
    auto *ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("aivizor"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/aivizor_en.qm")))
        app->installTranslator(ours);
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslators(&app, requestedLanguage(QCoreApplication::arguments()));
        LaunchOptions options;
        QString error;
        LaunchOptions::parse(QCoreApplication::arguments(), &options, &error); // prints and exits
        std::fprintf(stderr, "aivizor: %s\n", qPrintable(error));
        return 2;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("org.aivizor.Aivizor"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.aivizor.Aivizor"),
                                                 QIcon(QStringLiteral(":/app/org.aivizor.Aivizor.svg"))));

    // --lang wins over the language chosen in Settings, which wins over the system's.
    const Preferences preferences;
    const QString language = requestedLanguage(QApplication::arguments());
    installTranslators(&app, language.isEmpty() ? preferences.language() : language);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Aivizor"));

    LaunchOptions options;
    QString error;
    if (!LaunchOptions::parse(QApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "aivizor: %s\n", qPrintable(error));
        return 2;
    }
    if (options.dark)
        AppStyle::applyDark(&app);
    else if (!options.screenshotMode())
        AppStyle::applyTheme(&app, preferences.theme());

    // One window per settings folder: a second start hands its command line over and exits.
    SingleInstance instance(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
    if (!options.screenshotMode()) {
        if (instance.forwardToRunning(QApplication::arguments()))
            return 0;
        instance.listen();
    }
    // SIGTERM and friends close the window normally, which also stops the demo server.
    const QuitSignals quitSignals;

    // The forums and their sessions outlive the window.
    QSettings settings;
    KeychainCredentialStore keychain;
    ForumRegistry registry(&settings, &keychain);
    MainWindow window(options, &registry);
    if (options.screenshotMode()) {
        ScreenshotRunner runner(&window, options);
        runner.start();
        return app.exec();
    }
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window, &MainWindow::handleArguments);
    window.show();
    window.start();
    return app.exec();
}
