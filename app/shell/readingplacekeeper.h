#pragma once

#include "app/shell/launchoptions.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QModelIndex;

namespace Aivizor {

class MainWindow;

// Remembers, per forum, the topic the reader shows with the post at the top of the view, and the
// tree's expanded branches; when the same forum opens again and its tree has loaded, it expands
// the same branches and reopens the topic at that post. Screenshots neither read nor write it; a
// topic asked for on the command line wins over the remembered one.
class ReadingPlaceKeeper : public QObject
{
    Q_OBJECT
public:
    ReadingPlaceKeeper(MainWindow *window, const LaunchOptions &options);

    // Writes the current place and branches (also done on close and shortly after scrolling).
    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTreeLoaded();
    void applyBranches();
    void collectBranches(const QModelIndex &parent, QStringList *keys) const;
    void onBranchToggled();
    void savePlace();
    QString nodeKey(const QModelIndex &index) const;

    MainWindow *m_window;
    bool m_restoreTopic;
    QString m_restoredForum;   // the forum whose place was put back (once per forum)
    bool m_treeReady = false;  // false while the tree loads: its own expanding is not the user's
    bool m_applying = false;
    QTimer m_scrollSave;
};

} // namespace Aivizor
