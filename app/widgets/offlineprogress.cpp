#include "app/widgets/offlineprogress.h"

#include "lib/store/offlinedownload.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace Aivizor {

OfflineProgress::OfflineProgress(OfflineDownload *download, QWidget *parent)
    : QWidget(parent)
    , m_download(download)
{
    setObjectName(QStringLiteral("offlineProgress"));
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText); // community names come from the forum
    m_bar = new QProgressBar(this);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelOfflineButton"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop saving for offline reading; what is saved stays"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, m_download, &OfflineDownload::cancel);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    connect(m_download, &OfflineDownload::runningChanged, this, &OfflineProgress::refresh);
    connect(m_download, &OfflineDownload::communityChanged, this, &OfflineProgress::refresh);
    connect(m_download, &OfflineDownload::progressChanged, this, &OfflineProgress::refresh);
    refresh();
}

QString OfflineProgress::text() const
{
    return m_label->text();
}

void OfflineProgress::refresh()
{
    setVisible(m_download->isRunning());
    // Topics given up on count as handled: the bar reaches its end when the job does.
    const int handled = m_download->done() + m_download->skipped();
    const int total = m_download->total();
    const QString name = m_download->communityName();
    m_label->setText(name.isEmpty() ? tr("Saving for offline reading: %1 of %2").arg(handled).arg(total)
                                    : tr("Saving %1 for offline reading: %2 of %3").arg(name).arg(handled).arg(total));
    m_label->setToolTip(m_download->skipped() > 0
                            ? tr("%n topic(s) could not be saved.", nullptr, m_download->skipped())
                            : QString());
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(std::min(handled, total));
    setAccessibleName(m_label->text());
}

} // namespace Aivizor
