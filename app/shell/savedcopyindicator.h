#pragma once

#include <QDateTime>
#include <QLabel>
#include <QList>
#include <QPointer>

namespace Aivizor {

// The status bar's "Showing saved copy from <time>": shown while any tracked model (the tree, the
// feed on screen, the topic in the reader) displays rows from the store that the forum has not
// refreshed yet, with the oldest of their fetch times. A tracked model is any QObject with a
// `savedCopyTime` QDateTime property that has a NOTIFY signal.
class SavedCopyIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit SavedCopyIndicator(QWidget *parent = nullptr);

    void track(QObject *model);
    void untrack(QObject *model);
    // The oldest saved copy on screen; invalid when everything shown is fresh.
    QDateTime savedCopyTime() const { return m_time; }

private slots:
    void refresh();

private:
    QList<QPointer<QObject>> m_models;
    QDateTime m_time;
};

} // namespace Aivizor
