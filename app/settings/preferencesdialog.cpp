#include "app/settings/preferencesdialog.h"

#include "app/settings/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Aivizor {

namespace {

constexpr double MinFontSize = 6;
constexpr double MaxFontSize = 48;

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(qMax(0, index));
}

// A family box and a size box side by side; the row's label is the family box's buddy.
QHBoxLayout *fontRow(QFontComboBox *family, QDoubleSpinBox *size)
{
    size->setRange(MinFontSize, MaxFontSize);
    size->setDecimals(0);
    size->setSuffix(QCoreApplication::translate("Aivizor::PreferencesDialog", " pt"));
    auto *row = new QHBoxLayout;
    row->addWidget(family, 1);
    row->addWidget(size);
    return row;
}

QString languageName(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("Aivizor::PreferencesDialog", "System language");
    // Each language in its own words, as people look for it.
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

PreferencesDialog::PreferencesDialog(Preferences *preferences, const QStringList &forums, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Settings"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildAppearance());
    layout->addWidget(buildNetwork());
    layout->addWidget(buildOffline());
    layout->addWidget(buildNotifications(forums));
    layout->addWidget(buildStartup(forums));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    fillFromPreferences();

    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        m_preferences->setTheme(m_theme->currentData().value<Preferences::Theme>());
    });
    auto readerFont = [this] {
        QFont font = m_readerFamily->currentFont();
        font.setPointSizeF(m_readerSize->value());
        m_preferences->setReaderFont(font);
    };
    connect(m_readerFamily, &QFontComboBox::currentFontChanged, this, readerFont);
    connect(m_readerSize, &QDoubleSpinBox::valueChanged, this, readerFont);
    auto listFont = [this] {
        QFont font = m_listFamily->currentFont();
        font.setPointSizeF(m_listSize->value());
        m_preferences->setListFont(font);
    };
    connect(m_listFamily, &QFontComboBox::currentFontChanged, this, listFont);
    connect(m_listSize, &QDoubleSpinBox::valueChanged, this, listFont);
    connect(m_remoteImages, &QComboBox::currentIndexChanged, this, [this] {
        m_preferences->setRemoteImages(m_remoteImages->currentData().value<Preferences::RemoteImages>());
    });
    connect(m_timeout, &QSpinBox::valueChanged, m_preferences, &Preferences::setNetworkTimeoutSeconds);
    connect(m_savedCopySpace, &QSpinBox::valueChanged, m_preferences, &Preferences::setSavedCopySpaceMiB);
    connect(m_offlineTopics, &QSpinBox::valueChanged, m_preferences, &Preferences::setOfflineTopicLimit);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_preferences->setLanguage(m_language->currentData().toString()); });
    connect(m_startupForum, &QComboBox::currentIndexChanged, this,
            [this] { m_preferences->setStartupForum(m_startupForum->currentData().toString()); });
}

QWidget *PreferencesDialog::buildAppearance()
{
    auto *group = new QGroupBox(tr("Appearance"), this);
    auto *form = new QFormLayout(group);

    m_theme = new QComboBox(group);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("Follow the system"), QVariant::fromValue(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), QVariant::fromValue(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), QVariant::fromValue(Preferences::Theme::Dark));
    form->addRow(tr("&Theme:"), m_theme);

    m_readerFamily = new QFontComboBox(group);
    m_readerFamily->setObjectName(QStringLiteral("readerFontBox"));
    m_readerFamily->setAccessibleName(tr("Reader font"));
    m_readerSize = new QDoubleSpinBox(group);
    m_readerSize->setObjectName(QStringLiteral("readerFontSizeBox"));
    m_readerSize->setAccessibleName(tr("Reader font size"));
    auto *readerLabel = new QLabel(tr("&Reader font:"), group);
    readerLabel->setBuddy(m_readerFamily);
    form->addRow(readerLabel, fontRow(m_readerFamily, m_readerSize));

    m_listFamily = new QFontComboBox(group);
    m_listFamily->setObjectName(QStringLiteral("listFontBox"));
    m_listFamily->setAccessibleName(tr("Topic list font"));
    m_listSize = new QDoubleSpinBox(group);
    m_listSize->setObjectName(QStringLiteral("listFontSizeBox"));
    m_listSize->setAccessibleName(tr("Topic list font size"));
    auto *listLabel = new QLabel(tr("Topic &list font:"), group);
    listLabel->setBuddy(m_listFamily);
    form->addRow(listLabel, fontRow(m_listFamily, m_listSize));
    return group;
}

QWidget *PreferencesDialog::buildNetwork()
{
    auto *group = new QGroupBox(tr("Network"), this);
    auto *form = new QFormLayout(group);

    m_remoteImages = new QComboBox(group);
    m_remoteImages->setObjectName(QStringLiteral("remoteImagesBox"));
    m_remoteImages->addItem(tr("Never load"), QVariant::fromValue(Preferences::RemoteImages::Never));
    m_remoteImages->addItem(tr("Ask for each topic"), QVariant::fromValue(Preferences::RemoteImages::Ask));
    m_remoteImages->addItem(tr("Always load"), QVariant::fromValue(Preferences::RemoteImages::Always));
    m_remoteImages->setToolTip(tr("Images stored on other servers than the forum tell those servers what you read."));
    form->addRow(tr("&Images from other hosts:"), m_remoteImages);

    m_timeout = new QSpinBox(group);
    m_timeout->setObjectName(QStringLiteral("timeoutBox"));
    m_timeout->setRange(Preferences::MinNetworkTimeoutSeconds, Preferences::MaxNetworkTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long the forum may stay silent before a request fails. "
                             "Takes effect when a forum is opened."));
    form->addRow(tr("&Network timeout:"), m_timeout);
    return group;
}

QWidget *PreferencesDialog::buildOffline()
{
    auto *group = new QGroupBox(tr("Offline reading"), this);
    auto *form = new QFormLayout(group);
    m_savedCopySpace = new QSpinBox(group);
    m_savedCopySpace->setObjectName(QStringLiteral("savedCopySpaceBox"));
    m_savedCopySpace->setRange(Preferences::MinSavedCopySpaceMiB, Preferences::MaxSavedCopySpaceMiB);
    m_savedCopySpace->setSingleStep(256);
    m_savedCopySpace->setSuffix(tr(" MiB"));
    m_savedCopySpace->setToolTip(tr("Disk space for each forum's saved topics and pictures. When it is full, what "
                                    "was read longest ago goes first; communities made available offline stay."));
    form->addRow(tr("&Space for saved copies:"), m_savedCopySpace);
    m_offlineTopics = new QSpinBox(group);
    m_offlineTopics->setObjectName(QStringLiteral("offlineTopicsBox"));
    m_offlineTopics->setRange(Preferences::MinOfflineTopicLimit, Preferences::MaxOfflineTopicLimit);
    m_offlineTopics->setSingleStep(50);
    m_offlineTopics->setToolTip(tr("How many of a community's latest topics \"Make Available Offline\" saves."));
    form->addRow(tr("&Topics saved per community:"), m_offlineTopics);
    return group;
}

QWidget *PreferencesDialog::buildStartup(const QStringList &forums)
{
    auto *group = new QGroupBox(tr("Start-up"), this);
    auto *form = new QFormLayout(group);

    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageBox"));
    for (const QString &code : Preferences::supportedLanguages())
        m_language->addItem(languageName(code), code);
    form->addRow(tr("&Language:"), m_language);
    auto *restartNote = new QLabel(tr("A new language takes effect when Aivizor is started again."), group);
    restartNote->setObjectName(QStringLiteral("languageNote"));
    restartNote->setWordWrap(true);
    QFont small = restartNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    restartNote->setFont(small);
    restartNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), restartNote);

    m_startupForum = new QComboBox(group);
    m_startupForum->setObjectName(QStringLiteral("startupForumBox"));
    m_startupForum->addItem(tr("The forum used last"), QString());
    for (const QString &forum : forums) {
        const QString label = forum == QLatin1String("demo") ? tr("The demo forum") : QUrl(forum).toDisplayString();
        m_startupForum->addItem(label, forum);
    }
    // A fixed forum that is no longer remembered elsewhere stays choosable.
    const QString current = m_preferences->startupForum();
    if (!current.isEmpty() && m_startupForum->findData(current) < 0)
        m_startupForum->addItem(current == QLatin1String("demo") ? tr("The demo forum") : current, current);
    form->addRow(tr("&Open at start:"), m_startupForum);
    return group;
}

QWidget *PreferencesDialog::buildNotifications(const QStringList &forums)
{
    auto *group = new QGroupBox(tr("Notifications"), this);
    auto *form = new QFormLayout(group);
    m_alertForum = new QComboBox(group);
    m_alertForum->setObjectName(QStringLiteral("alertForumBox"));
    for (const QString &forum : forums) {
        const QString label = forum == QLatin1String("demo") ? tr("The demo forum") : QUrl(forum).toDisplayString();
        m_alertForum->addItem(label, forum);
    }
    form->addRow(tr("On the &desktop, from:"), m_alertForum);
    auto *kinds = new QHBoxLayout;
    for (AlertKind kind : choosableAlertKinds()) {
        auto *box = new QCheckBox(alertKindLabel(kind), group);
        box->setObjectName(QStringLiteral("alertBox-") + alertKindKey(kind));
        m_alertBoxes.insert(kind, box);
        kinds->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this, kind](bool on) {
            m_preferences->setDesktopAlerts(m_alertForum->currentData().toString(), kind, on);
        });
    }
    kinds->addStretch(1);
    form->addRow(tr("Show:"), kinds);
    connect(m_alertForum, &QComboBox::currentIndexChanged, this, &PreferencesDialog::fillAlertBoxes);

    m_closeToTray = new QCheckBox(tr("&Keep running in the system tray when the window is closed"), group);
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayBox"));
    connect(m_closeToTray, &QCheckBox::toggled, m_preferences, &Preferences::setCloseToTray);
    form->addRow(QString(), m_closeToTray);
    return group;
}

void PreferencesDialog::fillAlertBoxes()
{
    const QString forum = m_alertForum->currentData().toString();
    for (auto it = m_alertBoxes.constBegin(); it != m_alertBoxes.constEnd(); ++it) {
        // Showing another forum's choices changes none of them.
        const QSignalBlocker quiet(it.value());
        it.value()->setChecked(m_preferences->desktopAlerts(forum, it.key()));
    }
}

void PreferencesDialog::fillFromPreferences()
{
    fillAlertBoxes();
    m_closeToTray->setChecked(m_preferences->closeToTray());
    selectData(m_theme, QVariant::fromValue(m_preferences->theme()));
    m_readerFamily->setCurrentFont(m_preferences->readerFont());
    m_readerSize->setValue(m_preferences->readerFont().pointSizeF());
    m_listFamily->setCurrentFont(m_preferences->listFont());
    m_listSize->setValue(m_preferences->listFont().pointSizeF());
    selectData(m_remoteImages, QVariant::fromValue(m_preferences->remoteImages()));
    m_timeout->setValue(m_preferences->networkTimeoutSeconds());
    m_savedCopySpace->setValue(m_preferences->savedCopySpaceMiB());
    m_offlineTopics->setValue(m_preferences->offlineTopicLimit());
    selectData(m_language, m_preferences->language());
    selectData(m_startupForum, m_preferences->startupForum());
}

} // namespace Aivizor
