#include "app/settings/preferencesbinder.h"

#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "app/reader/readerview.h"
#include "app/settings/preferences.h"
#include "app/settings/preferencesdialog.h"
#include "app/shell/appsettings.h"
#include "app/shell/appstyle.h"
#include "app/shell/mainactions.h"
#include "lib/session/forumregistry.h"

#include <QAction>
#include <QApplication>
#include <QSignalBlocker>

namespace Aivizor {

PreferencesBinder::PreferencesBinder(Preferences *preferences, MainWindow *window)
    : QObject(window)
    , m_preferences(preferences)
    , m_window(window)
{
    // The start-up theme is main()'s: --dark overrides it there. Changes here are the user's.
    connect(preferences, &Preferences::themeChanged, this,
            [](Preferences::Theme theme) { AppStyle::applyTheme(qApp, theme); });
    connect(preferences, &Preferences::readerFontChanged, window->readerView(), &ReaderView::setBodyFont);
    connect(preferences, &Preferences::listFontChanged, window->topicListPane(), &TopicListPane::setListFont);
    connect(preferences, &Preferences::remoteImagesChanged, window->readerView(), &ReaderView::setRemoteImages);
    connect(window->actions()->preferences, &QAction::triggered, this, &PreferencesBinder::showDialog);
    applyFonts();
    window->readerView()->setRemoteImages(preferences->remoteImages());
}

void PreferencesBinder::applyFonts()
{
    {
        // Taking the start-up font is no zoom change to announce in the status bar.
        const QSignalBlocker quiet(m_window->readerView());
        m_window->readerView()->setBodyFont(m_preferences->readerFont());
    }
    m_window->topicListPane()->setListFont(m_preferences->listFont());
}

PreferencesDialog *PreferencesBinder::dialog() const
{
    return m_dialog;
}

PreferencesDialog *PreferencesBinder::showDialog()
{
    if (!m_dialog) {
        QStringList forums = AppSettings::knownForums();
        // The forums signed in to this run, also when no feed of theirs was remembered yet.
        for (int row = 0; row < m_window->registry()->rowCount(); ++row) {
            const QString site = m_window->registry()->index(row).data(ForumRegistry::SiteRole).toUrl().toString();
            if (!forums.contains(site))
                forums.append(site);
        }
        forums.removeAll(QStringLiteral("demo"));
        forums.prepend(QStringLiteral("demo"));
        m_dialog = new PreferencesDialog(m_preferences, forums, m_window);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace Aivizor
