#include "app/shell/launchoptions.h"

#include "lib/render/postlink.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace Aivizor {

bool LaunchOptions::parseForumAddress(const QString &text, LaunchOptions *options)
{
    QString address = text.trimmed();
    if (!address.contains(QLatin1String("://")))
        address.prepend(QLatin1String("https://"));
    QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return false;
    // Discourse topic links: /t/slug/ID, /t/slug/ID/POST, /t/ID, /t/ID/POST, below the base path.
    static const QRegularExpression topicPath(
        QStringLiteral("^(.*?)/t/(?:[^/]*[^/0-9][^/]*/)?(\\d+)(?:/(\\d+))?(?:\\.json)?/?$"));
    QString path = url.path();
    const QRegularExpressionMatch topic = topicPath.match(path);
    options->openTopicId = 0;
    options->openPostNumber = 0;
    if (topic.hasMatch()) {
        path = topic.captured(1);
        options->openTopicId = topic.captured(2).toInt();
        options->openPostNumber = topic.captured(3).toInt();
    }
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    options->source = Source::Server;
    options->serverUrl = url;
    return true;
}

bool LaunchOptions::parse(const QStringList &arguments, LaunchOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("LaunchOptions", "A native reader for Discourse forums."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("LaunchOptions", "Start the bundled demo server and open its community."));
    const QCommandLineOption server(QStringLiteral("server"),
        QCoreApplication::translate("LaunchOptions", "Open the Discourse forum at <url> for anonymous reading."),
        QStringLiteral("url"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("LaunchOptions", "Load, save a PNG of the window to <file> and exit."),
        QStringLiteral("file"));
    const QCommandLineOption openTopic(QStringLiteral("open-topic"),
        QCoreApplication::translate("LaunchOptions", "Open topic <id> in the reader."),
        QStringLiteral("id"));
    const QCommandLineOption compose(QStringLiteral("compose"),
        QCoreApplication::translate("LaunchOptions", "With --screenshot and --open-topic: open the composer with <text>."),
        QStringLiteral("text"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("LaunchOptions", "With --screenshot: window size, e.g. 1280x800."),
        QStringLiteral("WxH"));
    const QCommandLineOption dark(QStringLiteral("dark"),
        QCoreApplication::translate("LaunchOptions", "Use a dark color scheme."));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("LaunchOptions", "User interface language: de, ru or en."),
        QStringLiteral("code"));
    parser.addOptions({demo, server, screenshot, openTopic, compose, size, dark, lang});
    parser.addPositionalArgument(QStringLiteral("url"),
        QCoreApplication::translate("LaunchOptions", "A forum or topic address to open, or an aivizor:// link."),
        QStringLiteral("[url]"));
    parser.process(arguments);

    *options = LaunchOptions();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QCoreApplication::translate("LaunchOptions", "Give one address at most, not %1.").arg(positional.size());
        return false;
    }
    QString address = positional.value(0);
    if (QUrl(address).scheme() == QLatin1String(PostLink::Scheme)) {
        options->appLink = QUrl(address);
        address.clear();
    }
    const int sources = int(parser.isSet(demo)) + int(parser.isSet(server)) + int(!address.isEmpty());
    if (sources > 1) {
        *error = QCoreApplication::translate("LaunchOptions", "--demo, --server and an address cannot be combined.");
        return false;
    }
    if (parser.isSet(demo))
        options->source = Source::Demo;
    const QString forum = parser.isSet(server) ? parser.value(server) : address;
    if (!forum.isEmpty() && !parseForumAddress(forum, options)) {
        *error = QCoreApplication::translate("LaunchOptions", "Not a valid forum address: %1").arg(forum);
        return false;
    }
    options->screenshotPath = parser.value(screenshot);
    if (parser.isSet(openTopic)) {
        options->openPostNumber = 0;
        bool ok = false;
        options->openTopicId = parser.value(openTopic).toInt(&ok);
        if (!ok || options->openTopicId <= 0) {
            *error = QCoreApplication::translate("LaunchOptions", "Not a valid topic id: %1")
                         .arg(parser.value(openTopic));
            return false;
        }
    }
    options->composeText = parser.value(compose);
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
        const auto m = re.match(parser.value(size));
        if (!m.hasMatch()) {
            *error = QCoreApplication::translate("LaunchOptions", "Not a valid size (use WIDTHxHEIGHT): %1")
                         .arg(parser.value(size));
            return false;
        }
        options->size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    options->dark = parser.isSet(dark);
    if (parser.isSet(lang)) {
        options->language = parser.value(lang).toLower();
        if (options->language != QLatin1String("de") && options->language != QLatin1String("ru")
            && options->language != QLatin1String("en")) {
            *error = QCoreApplication::translate("LaunchOptions", "Unsupported language: %1 (use de, ru or en)")
                         .arg(parser.value(lang));
            return false;
        }
    }
    return true;
}

} // namespace Aivizor
