#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Aivizor {

class OfflineDownload;

// The status bar's view of an OfflineDownload: "Saving OpenAI for offline reading: 37 of 200",
// a progress bar and a Cancel button. Shown only while the download runs.
class OfflineProgress : public QWidget
{
    Q_OBJECT
public:
    // The download is not owned and must outlive this widget.
    explicit OfflineProgress(OfflineDownload *download, QWidget *parent = nullptr);

    QString text() const;
    QProgressBar *progressBar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }

private:
    void refresh();

    OfflineDownload *m_download;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace Aivizor
