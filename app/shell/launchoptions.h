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
    QUrl serverUrl;            // Source::Server
    QString screenshotPath;    // non-empty: headless screenshot mode
    int openTopicId = 0;       // screenshot mode: also open this topic in the reader
    QString composeText;       // screenshot mode: open the composer under the topic with this text
    QSize size;                // screenshot mode window size; invalid = default
    bool dark = false;         // apply the dark Fusion palette
    QString language;          // "de", "ru", "en" or empty (system locale)

    bool screenshotMode() const { return !screenshotPath.isEmpty(); }

    // Parses QCoreApplication::arguments(). On a usage error returns false and sets *error
    // (translated); --help/--version are handled by QCommandLineParser and exit.
    static bool parse(const QStringList &arguments, LaunchOptions *options, QString *error);
};

} // namespace Aivizor
