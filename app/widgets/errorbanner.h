#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Aivizor {

// A non-modal, inline error strip for any pane: an icon, a message and a Retry button.
// Hidden until showError(); Retry emits retryRequested() and leaves hiding to the owner,
// which knows whether the retried request succeeded.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows the banner. With canRetry=false the Retry button is hidden (e.g. a 404 that
    // retrying cannot fix).
    void showError(const QString &message, bool canRetry = true);
    void clear();

    QString message() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    bool m_applyingColors = false;
};

} // namespace Aivizor
