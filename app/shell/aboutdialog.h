#pragma once

#include <QDialog>

class QLabel;

namespace Aivizor {

// Help > About Aivizor: the application icon, version, licence (with a link to its text) and the
// Qt version the program was built with and runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Shows the window's About box, creating it the first time; a second trigger raises it.
    static AboutDialog *showFor(QWidget *window);

    static QUrl licenceUrl();

    QLabel *iconLabel() const { return m_icon; }
    QLabel *versionLabel() const { return m_version; }
    QLabel *licenceLabel() const { return m_licence; }
    QLabel *qtLabel() const { return m_qt; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_licence = nullptr;
    QLabel *m_qt = nullptr;
};

} // namespace Aivizor
