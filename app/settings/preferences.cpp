#include "app/settings/preferences.h"

#include <QGuiApplication>
#include <QMetaEnum>
#include <QSettings>
#include <QUrl>

namespace Aivizor {

namespace {

const QString Group = QStringLiteral("preferences");
const QString AlertsGroup = QStringLiteral("desktopAlerts");

// Enums are stored by name so a hand-edited file stays readable and a reordered enum keeps meaning.
template<typename Enum>
QString enumKey(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

template<typename Enum>
Enum enumValue(const QVariant &stored, Enum fallback)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<Enum>().keyToValue(stored.toString().toLatin1().constData(), &ok);
    return ok ? Enum(value) : fallback;
}

QFont storedFont(const QSettings &settings, const QString &prefix)
{
    QFont font = QGuiApplication::font();
    const QString family = settings.value(prefix + QStringLiteral("FontFamily")).toString();
    if (!family.isEmpty())
        font.setFamily(family);
    const qreal size = settings.value(prefix + QStringLiteral("FontSize")).toReal();
    if (size > 0)
        font.setPointSizeF(size);
    return font;
}

bool sameFont(const QFont &a, const QFont &b)
{
    return a.family() == b.family() && qFuzzyCompare(a.pointSizeF(), b.pointSizeF());
}

} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{
    load();
}

QStringList Preferences::supportedLanguages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru")};
}

void Preferences::load()
{
    QSettings settings;
    // Before the Settings dialog existed the timeout was a hand-edited "network/timeoutSeconds".
    const QVariant legacyTimeout = settings.value(QStringLiteral("network/timeoutSeconds"), DefaultNetworkTimeoutSeconds);
    settings.beginGroup(Group);
    m_readerFont = storedFont(settings, QStringLiteral("reader"));
    m_listFont = storedFont(settings, QStringLiteral("list"));
    m_remoteImages = enumValue(settings.value(QStringLiteral("remoteImages")), RemoteImages::Ask);
    bool ok = false;
    const int seconds = settings.value(QStringLiteral("networkTimeoutSeconds"), legacyTimeout).toInt(&ok);
    // A hand-edited 0 or garbage would disable the timeout or make every request fail.
    m_networkTimeoutSeconds = ok && seconds > 0 ? qBound(MinNetworkTimeoutSeconds, seconds, MaxNetworkTimeoutSeconds)
                                                : DefaultNetworkTimeoutSeconds;
    const QString language = settings.value(QStringLiteral("language")).toString();
    m_language = supportedLanguages().contains(language) ? language : QString();
    m_startupForum = settings.value(QStringLiteral("startupForum")).toString();
    m_theme = enumValue(settings.value(QStringLiteral("theme")), Theme::System);
    const int space = settings.value(QStringLiteral("savedCopySpaceMiB"), DefaultSavedCopySpaceMiB).toInt(&ok);
    m_savedCopySpaceMiB = ok ? qBound(MinSavedCopySpaceMiB, space, MaxSavedCopySpaceMiB) : DefaultSavedCopySpaceMiB;
    const int topics = settings.value(QStringLiteral("offlineTopicLimit"), DefaultOfflineTopicLimit).toInt(&ok);
    m_offlineTopicLimit = ok ? qBound(MinOfflineTopicLimit, topics, MaxOfflineTopicLimit) : DefaultOfflineTopicLimit;
    m_closeToTray = settings.value(QStringLiteral("closeToTray"), false).toBool();
    settings.beginGroup(AlertsGroup);
    for (const QString &forum : settings.childGroups()) {
        settings.beginGroup(forum);
        const QString forumKey = QUrl::fromPercentEncoding(forum.toLatin1());
        for (const QString &kind : settings.childKeys())
            m_alerts[forumKey].insert(kind, settings.value(kind).toBool());
        settings.endGroup();
    }
}

void Preferences::setCloseToTray(bool on)
{
    if (on == m_closeToTray)
        return;
    m_closeToTray = on;
    save(QStringLiteral("closeToTray"), on);
    emit closeToTrayChanged(on);
}

bool Preferences::desktopAlerts(const QString &forumKey, AlertKind kind) const
{
    return m_alerts.value(forumKey).value(alertKindKey(kind), alertKindOnByDefault(kind));
}

void Preferences::setDesktopAlerts(const QString &forumKey, AlertKind kind, bool on)
{
    if (kind == AlertKind::None || desktopAlerts(forumKey, kind) == on)
        return;
    m_alerts[forumKey].insert(alertKindKey(kind), on);
    // Forum keys are URLs: encoded, their slashes do not become groups.
    save(AlertsGroup + QLatin1Char('/') + QString::fromLatin1(forumKey.toUtf8().toPercentEncoding())
             + QLatin1Char('/') + alertKindKey(kind),
         on);
    emit desktopAlertsChanged(forumKey);
}

void Preferences::setSavedCopySpaceMiB(int mib)
{
    mib = qBound(MinSavedCopySpaceMiB, mib, MaxSavedCopySpaceMiB);
    if (mib == m_savedCopySpaceMiB)
        return;
    m_savedCopySpaceMiB = mib;
    save(QStringLiteral("savedCopySpaceMiB"), mib);
    emit savedCopySpaceMiBChanged(mib);
}

void Preferences::setOfflineTopicLimit(int topics)
{
    topics = qBound(MinOfflineTopicLimit, topics, MaxOfflineTopicLimit);
    if (topics == m_offlineTopicLimit)
        return;
    m_offlineTopicLimit = topics;
    save(QStringLiteral("offlineTopicLimit"), topics);
    emit offlineTopicLimitChanged(topics);
}

void Preferences::save(const QString &key, const QVariant &value)
{
    QSettings settings;
    settings.beginGroup(Group);
    settings.setValue(key, value);
}

void Preferences::setReaderFont(const QFont &font)
{
    if (sameFont(font, m_readerFont))
        return;
    m_readerFont = font;
    save(QStringLiteral("readerFontFamily"), font.family());
    save(QStringLiteral("readerFontSize"), font.pointSizeF());
    emit readerFontChanged(font);
}

void Preferences::setListFont(const QFont &font)
{
    if (sameFont(font, m_listFont))
        return;
    m_listFont = font;
    save(QStringLiteral("listFontFamily"), font.family());
    save(QStringLiteral("listFontSize"), font.pointSizeF());
    emit listFontChanged(font);
}

void Preferences::setRemoteImages(RemoteImages policy)
{
    if (policy == m_remoteImages)
        return;
    m_remoteImages = policy;
    save(QStringLiteral("remoteImages"), enumKey(policy));
    emit remoteImagesChanged(policy);
}

void Preferences::setNetworkTimeoutSeconds(int seconds)
{
    seconds = qBound(MinNetworkTimeoutSeconds, seconds, MaxNetworkTimeoutSeconds);
    if (seconds == m_networkTimeoutSeconds)
        return;
    m_networkTimeoutSeconds = seconds;
    save(QStringLiteral("networkTimeoutSeconds"), seconds);
    emit networkTimeoutSecondsChanged(seconds);
}

void Preferences::setLanguage(const QString &language)
{
    const QString value = supportedLanguages().contains(language) ? language : QString();
    if (value == m_language)
        return;
    m_language = value;
    save(QStringLiteral("language"), value);
    emit languageChanged(value);
}

void Preferences::setStartupForum(const QString &forumKey)
{
    if (forumKey == m_startupForum)
        return;
    m_startupForum = forumKey;
    save(QStringLiteral("startupForum"), forumKey);
    emit startupForumChanged(forumKey);
}

void Preferences::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    save(QStringLiteral("theme"), enumKey(theme));
    emit themeChanged(theme);
}

} // namespace Aivizor
