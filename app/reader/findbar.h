#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolButton;

namespace Aivizor {

// Ctrl+F bar for the thread: highlights every match (extra selections), moves between them with
// Enter / Shift+Enter or the arrow buttons, closes with Esc.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QTextBrowser *browser, QWidget *parent = nullptr);

    void activate();            // shows the bar and selects its text for typing
    QString text() const;
    void setText(const QString &text);
    int matchCount() const { return m_matchCount; }

public slots:
    void findNext();
    void findPrevious();
    void close();
    // Re-highlights after the document grew or was rebuilt.
    void refreshHighlights();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void find(bool backward);
    void updateStatus();

    QTextBrowser *m_browser;
    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_status;
    int m_matchCount = 0;
};

} // namespace Aivizor
