// Settings and Help against the real aivizor-server: the Settings dialog changes the reader's and
// the list's fonts and the theme live and persists them; the About box names version, licence and Qt.
#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "app/reader/readerpalette.h"
#include "app/reader/readerview.h"
#include "app/reader/postbrowser.h"
#include "app/settings/preferences.h"
#include "app/settings/preferencesdialog.h"
#include "app/shell/aboutdialog.h"
#include "app/shell/appsettings.h"
#include "app/shell/launchoptions.h"
#include "app/shell/mainactions.h"
#include "app/feeds/communitypane.h"
#include "lib/models/topiclistmodel.h"
#include "lib/session/forumsession.h"

#include "testserver.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace Aivizor;

namespace {
constexpr int Timeout = 20000;


// A family the font combo offers that differs from `current`.
QString otherFamily(const QFontComboBox *box, const QString &current)
{
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemText(i) != current)
            return box->itemText(i);
    }
    return {};
}

void selectTheme(PreferencesDialog *dialog, Preferences::Theme theme)
{
    QComboBox *box = dialog->themeBox();
    box->setCurrentIndex(box->findData(QVariant::fromValue(theme)));
}

QAction *menuAction(QMenuBar *bar, QAction *action)
{
    for (QAction *top : bar->actions()) {
        if (top->menu() && top->menu()->actions().contains(action))
            return action;
    }
    return nullptr;
}
} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void settingsActionOpensDialog();
    void readerFontAppliesLiveAndPersists();
    void listFontResizesRows();
    void themeSwitchRebuildsColors();
    void storedValuesForOtherParts();
    void aboutBoxNamesVersionLicenceAndQt();
    void startupForumWinsOverTheLastOne();

private:
    PreferencesDialog *openDialog();

    TestServer m_server;
    std::unique_ptr<MainWindow> m_window;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

    m_window = startedWindow(m_server.baseUrl());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->communityPane()->hasLoaded(), Timeout);
    TopicListPane *list = m_window->topicListPane();
    QTRY_VERIFY_WITH_TIMEOUT(list->currentModel() && list->currentModel()->rowCount() > 0, Timeout);
    const int topicId = list->currentModel()->index(0, 0).data(TopicListModel::IdRole).toInt();
    m_window->openTopic(topicId);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->readerView()->topicId() == topicId
                                 && !m_window->readerView()->renderedPostNumbers().isEmpty(),
                             Timeout);
}

void TestPreferences::cleanupTestCase()
{
    m_window.reset();
    QVERIFY(m_server.stop());
}

void TestPreferences::startupForumWinsOverTheLastOne()
{
    // The last forum was the test server; the one chosen in Settings opens instead.
    const QUrl chosen(QStringLiteral("http://127.0.0.1:9"));
    m_window->preferences()->setStartupForum(chosen.toString());
    {
        MainWindow next{LaunchOptions()};
        next.start();
        QVERIFY(next.session());
        QCOMPARE(next.session()->site(), chosen);
    }
    m_window->preferences()->setStartupForum(QString());
}

PreferencesDialog *TestPreferences::openDialog()
{
    m_window->actions()->preferences->trigger();
    return m_window->findChild<PreferencesDialog *>();
}

void TestPreferences::settingsActionOpensDialog()
{
    QAction *action = m_window->actions()->preferences;
    QVERIFY(menuAction(m_window->menuBar(), action));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    PreferencesDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // A second trigger raises the same dialog.
    QCOMPARE(openDialog(), dialog);
    QCOMPARE(m_window->findChildren<PreferencesDialog *>().size(), 1);
    // The language takes effect on the next start, and the dialog says so.
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("languageNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("started again")));
}

void TestPreferences::readerFontAppliesLiveAndPersists()
{
    PreferencesDialog *dialog = openDialog();
    QTextDocument *document = m_window->readerView()->browser()->document();
    const QString before = document->defaultFont().family();
    const QString family = otherFamily(dialog->readerFamilyBox(), before);
    QVERIFY2(!family.isEmpty(), "only one font family is installed");

    dialog->readerFamilyBox()->setCurrentFont(QFont(family));
    const QString chosen = dialog->readerFamilyBox()->currentFont().family();
    QCOMPARE(document->defaultFont().family(), chosen);
    dialog->readerSizeBox()->setValue(19);
    const qreal zoom = m_window->readerView()->zoomPercent() / 100.0;
    QCOMPARE(document->defaultFont().pointSizeF(), 19 * zoom);
    QCOMPARE(m_window->preferences()->readerFont().family(), chosen);

    // A new start reads it back.
    const Preferences again;
    QCOMPARE(again.readerFont().family(), chosen);
    QCOMPARE(again.readerFont().pointSizeF(), 19.0);
}

void TestPreferences::listFontResizesRows()
{
    PreferencesDialog *dialog = openDialog();
    QListView *view = m_window->topicListPane()->view();
    const int before = view->sizeHintForRow(0);
    dialog->listSizeBox()->setValue(dialog->listSizeBox()->value() + 8);
    QTRY_VERIFY(view->sizeHintForRow(0) > before);
    QCOMPARE(Preferences().listFont().pointSizeF(), dialog->listSizeBox()->value());
}

void TestPreferences::themeSwitchRebuildsColors()
{
    PreferencesDialog *dialog = openDialog();
    ReaderView *reader = m_window->readerView();
    QTextDocument *document = reader->browser()->document();

    selectTheme(dialog, Preferences::Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.5);
    const ReaderPalette light = ReaderPalette::fromPalette(reader->palette());
    QVERIFY(!light.isDark());
    QTRY_VERIFY(document->toHtml().contains(light.muted.name()));

    selectTheme(dialog, Preferences::Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.5);
    QTRY_VERIFY(ReaderPalette::fromPalette(reader->palette()).isDark());
    const ReaderPalette dark = ReaderPalette::fromPalette(reader->palette());
    QVERIFY(dark.muted != light.muted);
    // The document was rebuilt: its colors are the dark palette's, none of the light one's.
    QTRY_VERIFY(document->toHtml().contains(dark.muted.name()));
    QVERIFY(!document->toHtml().contains(light.muted.name()));
    QVERIFY(document->defaultStyleSheet().contains(dark.text.name()));
    QCOMPARE(Preferences().theme(), Preferences::Theme::Dark);

    // Back to the light look.
    selectTheme(dialog, Preferences::Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.5);
    QTRY_VERIFY(document->toHtml().contains(light.muted.name()));
}

void TestPreferences::storedValuesForOtherParts()
{
    PreferencesDialog *dialog = openDialog();
    dialog->timeoutBox()->setValue(45);
    QCOMPARE(Preferences().networkTimeoutSeconds(), 45);
    // The window reads the timeout through AppSettings when it opens a forum.
    QCOMPARE(AppSettings::networkTimeoutSeconds(), 45);

    QComboBox *images = dialog->remoteImagesBox();
    images->setCurrentIndex(images->findData(QVariant::fromValue(Preferences::RemoteImages::Never)));
    QCOMPARE(Preferences().remoteImages(), Preferences::RemoteImages::Never);

    QComboBox *language = dialog->languageBox();
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QCOMPARE(Preferences().language(), QStringLiteral("de"));

    // The forum this window has open is offered as the start-up forum.
    QComboBox *forums = dialog->startupForumBox();
    const int index = forums->findData(m_window->forumKey());
    QVERIFY2(index > 0, qPrintable(m_window->forumKey()));
    forums->setCurrentIndex(index);
    QCOMPARE(Preferences().startupForum(), m_window->forumKey());
    forums->setCurrentIndex(0);
    QCOMPARE(Preferences().startupForum(), QString());
}

void TestPreferences::aboutBoxNamesVersionLicenceAndQt()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app/org.aivizor.Aivizor.svg")));
    QVERIFY(!QApplication::windowIcon().isNull());
    QVERIFY(menuAction(m_window->menuBar(), m_window->actions()->about));
    QVERIFY(menuAction(m_window->menuBar(), m_window->actions()->aboutQt));

    m_window->actions()->about->trigger();
    auto *about = m_window->findChild<AboutDialog *>();
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    QVERIFY(!about->iconLabel()->pixmap().isNull());
    QVERIFY(about->versionLabel()->text().contains(QStringLiteral("9.8.7")));
    QVERIFY(about->licenceLabel()->text().contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(about->licenceLabel()->text().contains(AboutDialog::licenceUrl().toString()));
    QVERIFY(about->licenceLabel()->openExternalLinks());
    QVERIFY(about->qtLabel()->text().contains(QString::fromLatin1(qVersion())));
    about->close();
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
