#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Aivizor {

// What the command line asked for. Parsed once in main() and handed to the window.
struct LaunchOptions
{
    enum class Source { Restore, Demo, Server };

    Source source = Source::Restore;
    QUrl serverUrl;            // Source::Server: the forum's base URL (may hold a subfolder)
    QString screenshotPath;    // non-empty: headless screenshot mode
    int openTopicId = 0;       // open this topic in the reader once the forum is shown
    int openPostNumber = 0;    // ... at this post (0: where the reader left it)
    QUrl appLink;              // an aivizor:// link (a User API Key redirect) for the running window
    QString composeText;       // screenshot mode: open the composer under the topic with this text
    QSize size;                // screenshot mode window size; invalid = default
    bool dark = false;         // apply the dark Fusion palette
    QString language;          // "de", "ru", "en" or empty (system locale)

    bool screenshotMode() const { return !screenshotPath.isEmpty(); }

    // A forum or topic address as people paste it ("forum.example.com", "https://host/forum/t/slug/12/3"):
    // fills serverUrl (the forum's base), openTopicId and openPostNumber. False if it is no web address.
    static bool parseForumAddress(const QString &text, LaunchOptions *options);

    // Parses QCoreApplication::arguments(). On a usage error returns false and sets *error
    // (translated); --help/--version are handled by QCommandLineParser and exit.
    static bool parse(const QStringList &arguments, LaunchOptions *options, QString *error);
};

} // namespace Aivizor
