#include "app/shell/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace Aivizor {

namespace {
constexpr int IconSize = 96;

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Aivizor"));

    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QIcon(QStringLiteral(":/app/org.aivizor.Aivizor.svg"));
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("aboutIcon"));
    m_icon->setPixmap(icon.pixmap(IconSize, IconSize));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_icon->setAccessibleName(tr("Aivizor icon"));

    auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Aivizor").toHtmlEscaped()), this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    name->setFont(big);

    m_version = textLabel(tr("Version %1").arg(QCoreApplication::applicationVersion()), this);
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    auto *description = textLabel(tr("A native desktop reader for Discourse forums."), this);

    m_licence = textLabel(tr("Free software under the <a href=\"%1\">GNU General Public License</a>, "
                             "version 3 or (at your option) any later version (GPL-3.0-or-later).")
                              .arg(licenceUrl().toString(QUrl::FullyEncoded)),
                          this);
    m_licence->setObjectName(QStringLiteral("aboutLicence"));
    m_licence->setOpenExternalLinks(true);

    const QString built = QStringLiteral(QT_VERSION_STR);
    const QString running = QString::fromLatin1(qVersion());
    m_qt = textLabel(built == running ? tr("Built with Qt %1.").arg(running)
                                      : tr("Built with Qt %1, running on Qt %2.").arg(built, running),
                     this);
    m_qt->setObjectName(QStringLiteral("aboutQt"));

    auto *texts = new QVBoxLayout;
    texts->addWidget(name);
    texts->addWidget(m_version);
    texts->addSpacing(6);
    texts->addWidget(description);
    texts->addWidget(m_licence);
    texts->addWidget(m_qt);
    texts->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addSpacing(12);
    top->addLayout(texts, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

AboutDialog *AboutDialog::showFor(QWidget *window)
{
    auto *dialog = window->findChild<AboutDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new AboutDialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QUrl AboutDialog::licenceUrl()
{
    return QUrl(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"));
}

} // namespace Aivizor
