#pragma once

#include "lib/notifications/alertkind.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QSpinBox;
class QDoubleSpinBox;

namespace Aivizor {

class Preferences;

// The Settings dialog. Every control writes to Preferences as soon as it changes, so the window
// behind it shows the result at once; there is nothing to apply or cancel.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // `forums` are the forum keys offered as the start-up forum ("demo" or base URLs).
    PreferencesDialog(Preferences *preferences, const QStringList &forums, QWidget *parent = nullptr);

    QComboBox *themeBox() const { return m_theme; }
    QFontComboBox *readerFamilyBox() const { return m_readerFamily; }
    QDoubleSpinBox *readerSizeBox() const { return m_readerSize; }
    QFontComboBox *listFamilyBox() const { return m_listFamily; }
    QDoubleSpinBox *listSizeBox() const { return m_listSize; }
    QComboBox *remoteImagesBox() const { return m_remoteImages; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *startupForumBox() const { return m_startupForum; }
    // Desktop notifications: the forum whose choices the kind boxes show, one box per kind.
    QComboBox *alertForumBox() const { return m_alertForum; }
    QCheckBox *alertBox(AlertKind kind) const { return m_alertBoxes.value(kind); }
    QCheckBox *closeToTrayBox() const { return m_closeToTray; }

private:
    QWidget *buildAppearance();
    QWidget *buildNetwork();
    QWidget *buildStartup(const QStringList &forums);
    QWidget *buildOffline();
    QWidget *buildNotifications(const QStringList &forums);
    void fillAlertBoxes();
    void fillFromPreferences();

    Preferences *m_preferences;
    QComboBox *m_theme = nullptr;
    QFontComboBox *m_readerFamily = nullptr;
    QDoubleSpinBox *m_readerSize = nullptr;
    QFontComboBox *m_listFamily = nullptr;
    QDoubleSpinBox *m_listSize = nullptr;
    QComboBox *m_remoteImages = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_savedCopySpace = nullptr;
    QSpinBox *m_offlineTopics = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_startupForum = nullptr;
    QComboBox *m_alertForum = nullptr;
    QHash<AlertKind, QCheckBox *> m_alertBoxes;
    QCheckBox *m_closeToTray = nullptr;
};

} // namespace Aivizor
