#pragma once

#include "lib/notifications/alertkind.h"

#include <QFont>
#include <QHash>
#include <QObject>
#include <QString>

namespace Aivizor {

// What the user chose in the Settings dialog, in the QSettings group "preferences". Every setter
// writes at once and emits its own signal, so the views that listen apply the change live and a
// later start reads the same values. Values a view does not own (image policy, network timeout,
// start-up forum) are stored here for the parts that read them.
class Preferences : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QFont readerFont READ readerFont WRITE setReaderFont NOTIFY readerFontChanged)
    Q_PROPERTY(QFont listFont READ listFont WRITE setListFont NOTIFY listFontChanged)
    Q_PROPERTY(RemoteImages remoteImages READ remoteImages WRITE setRemoteImages NOTIFY remoteImagesChanged)
    Q_PROPERTY(int networkTimeoutSeconds READ networkTimeoutSeconds WRITE setNetworkTimeoutSeconds
                   NOTIFY networkTimeoutSecondsChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString startupForum READ startupForum WRITE setStartupForum NOTIFY startupForumChanged)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(int savedCopySpaceMiB READ savedCopySpaceMiB WRITE setSavedCopySpaceMiB NOTIFY savedCopySpaceMiBChanged)
    Q_PROPERTY(int offlineTopicLimit READ offlineTopicLimit WRITE setOfflineTopicLimit NOTIFY offlineTopicLimitChanged)
    Q_PROPERTY(bool closeToTray READ closeToTray WRITE setCloseToTray NOTIFY closeToTrayChanged)

public:
    // Images whose address is on another host than the forum.
    enum class RemoteImages { Never, Ask, Always };
    Q_ENUM(RemoteImages)
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    static constexpr int DefaultNetworkTimeoutSeconds = 20;
    static constexpr int MinNetworkTimeoutSeconds = 1;
    static constexpr int MaxNetworkTimeoutSeconds = 600;

    // The disk space each forum's saved copy may take (ForumStore's cap).
    static constexpr int DefaultSavedCopySpaceMiB = 1024;
    static constexpr int MinSavedCopySpaceMiB = 64;
    static constexpr int MaxSavedCopySpaceMiB = 64 * 1024;
    // How many of a community's latest topics "Make Available Offline" saves.
    static constexpr int DefaultOfflineTopicLimit = 200;
    static constexpr int MinOfflineTopicLimit = 10;
    static constexpr int MaxOfflineTopicLimit = 10000;

    explicit Preferences(QObject *parent = nullptr);

    // The application font until the user picked one.
    QFont readerFont() const { return m_readerFont; }
    void setReaderFont(const QFont &font);
    QFont listFont() const { return m_listFont; }
    void setListFont(const QFont &font);

    RemoteImages remoteImages() const { return m_remoteImages; }
    void setRemoteImages(RemoteImages policy);

    int networkTimeoutSeconds() const { return m_networkTimeoutSeconds; }
    void setNetworkTimeoutSeconds(int seconds);

    // "de", "ru", "en", or empty for the system's language. Read once at start-up.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    // Empty: the forum used last; otherwise a forum key ("demo" or a forum's base URL).
    QString startupForum() const { return m_startupForum; }
    void setStartupForum(const QString &forumKey);

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);

    int savedCopySpaceMiB() const { return m_savedCopySpaceMiB; }
    void setSavedCopySpaceMiB(int mib);
    int offlineTopicLimit() const { return m_offlineTopicLimit; }
    void setOfflineTopicLimit(int topics);

    // Closing the window leaves the application running in the system tray. Off by default.
    bool closeToTray() const { return m_closeToTray; }
    void setCloseToTray(bool on);

    // Whether new notifications of `kind` from the forum named `forumKey` ("demo" or its base
    // URL) appear on the desktop; alertKindOnByDefault() until the user chose.
    bool desktopAlerts(const QString &forumKey, AlertKind kind) const;
    void setDesktopAlerts(const QString &forumKey, AlertKind kind, bool on);

    // The languages the application ships, for the dialog; "" is the system's.
    static QStringList supportedLanguages();

signals:
    void readerFontChanged(const QFont &font);
    void listFontChanged(const QFont &font);
    void remoteImagesChanged(Preferences::RemoteImages policy);
    void networkTimeoutSecondsChanged(int seconds);
    void languageChanged(const QString &language);
    void startupForumChanged(const QString &forumKey);
    void themeChanged(Preferences::Theme theme);
    void savedCopySpaceMiBChanged(int mib);
    void offlineTopicLimitChanged(int topics);
    void closeToTrayChanged(bool on);
    void desktopAlertsChanged(const QString &forumKey);

private:
    void load();
    void save(const QString &key, const QVariant &value);

    QFont m_readerFont;
    QFont m_listFont;
    RemoteImages m_remoteImages = RemoteImages::Ask;
    int m_networkTimeoutSeconds = DefaultNetworkTimeoutSeconds;
    QString m_language;
    QString m_startupForum;
    Theme m_theme = Theme::System;
    int m_savedCopySpaceMiB = DefaultSavedCopySpaceMiB;
    int m_offlineTopicLimit = DefaultOfflineTopicLimit;
    bool m_closeToTray = false;
    QHash<QString, QHash<QString, bool>> m_alerts; // forum key -> alert kind key -> on
};

} // namespace Aivizor
