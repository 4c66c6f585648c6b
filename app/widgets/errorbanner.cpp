#include "app/widgets/errorbanner.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Aivizor {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Error"));

    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_icon->setAccessibleName(tr("Warning"));

    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // messages may quote server text: never interpret it
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);

    applyColors();
    hide();
}

void ErrorBanner::showError(const QString &message, bool canRetry)
{
    m_text->setText(message);
    m_retry->setVisible(canRetry);
    setAccessibleDescription(message);
    show();
    // Screen readers announce alerts; a silent banner would go unnoticed by blind users.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void ErrorBanner::clear()
{
    m_text->clear();
    setAccessibleDescription(QString());
    hide();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
    QFrame::changeEvent(event);
}

// A warm tint blended from the palette so light and dark themes both stay readable.
void ErrorBanner::applyColors()
{
    m_applyingColors = true;
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = pal.color(QPalette::Window);
    const QColor accent(220, 80, 60);
    const qreal mix = base.lightness() < 128 ? 0.35 : 0.18;
    const QColor tinted = QColor::fromRgbF(base.redF() * (1 - mix) + accent.redF() * mix,
                                           base.greenF() * (1 - mix) + accent.greenF() * mix,
                                           base.blueF() * (1 - mix) + accent.blueF() * mix);
    pal.setColor(QPalette::Window, tinted);
    setPalette(pal);
    m_applyingColors = false;
}

} // namespace Aivizor
