#pragma once

#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QWidget>

class QFrame;
class QTreeWidget;

namespace Aivizor {

// The keyboard shortcuts over the window (`?`): every action of its menu bar and of the window
// that has a shortcut, grouped by menu, plus the keys widgets handle themselves (addEntry).
// The list is built each time it opens, so shortcuts set later are there. Esc, `?`, a click
// beside the panel or focus moving elsewhere closes it.
class ShortcutsOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit ShortcutsOverlay(QWidget *window);

    // Keys no QAction carries, e.g. the reader's J and K. A group named like a menu joins it.
    void addEntry(const QString &group, const QList<QKeySequence> &keys, const QString &description);

public slots:
    void open();
    void dismiss();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QString group;
        QString keys;
        QString description;
    };

    // "Ctrl++ or Ctrl+=": every sequence that does it, as this platform writes keys.
    static QString keysText(const QList<QKeySequence> &keys);
    QList<Entry> collect() const;
    void rebuild();
    void placePanel();

    QWidget *m_window;
    QFrame *m_panel;
    QTreeWidget *m_list;
    QList<Entry> m_extra;
    QPointer<QWidget> m_returnFocus;
};

} // namespace Aivizor
