#pragma once

#include "app/search/switchercandidate.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Aivizor {

// The quick switcher (Ctrl+P): type part of a community's, feed's, forum's or recent topic's
// name; candidates are ranked by FuzzyMatcher as a file finder ranks files; Enter opens the
// first (or the selected) one, Escape closes.
class QuickSwitcher : public QDialog
{
    Q_OBJECT
public:
    explicit QuickSwitcher(QWidget *parent = nullptr);

    void setSource(SwitcherSource source) { m_source = std::move(source); }
    // Reloads the candidates, clears the pattern, and shows the dialog over its parent.
    void popup();

    QLineEdit *patternEdit() const { return m_pattern; }
    QListWidget *list() const { return m_list; }
    // The names shown, best first.
    QStringList shownNames() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void openRow(int row);

    SwitcherSource m_source;
    QList<SwitcherCandidate> m_candidates;
    QList<int> m_shown; // candidate indexes in list order
    QLineEdit *m_pattern = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Aivizor
