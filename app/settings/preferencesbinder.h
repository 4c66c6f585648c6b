#pragma once

#include <QObject>
#include <QPointer>

namespace Aivizor {

class MainWindow;
class Preferences;
class PreferencesDialog;

// Connects Preferences to the window: the views take the fonts, the application takes the theme,
// each as soon as it changes, and the Settings action opens the dialog that edits them.
class PreferencesBinder : public QObject
{
    Q_OBJECT
public:
    PreferencesBinder(Preferences *preferences, MainWindow *window);

    // Opens the Settings dialog (one per window), or raises it when it is open.
    PreferencesDialog *showDialog();
    PreferencesDialog *dialog() const;

private:
    void applyFonts();

    Preferences *m_preferences;
    MainWindow *m_window;
    QPointer<PreferencesDialog> m_dialog;
};

} // namespace Aivizor
