#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Aivizor {

// The line over the reader saying that pictures from other sites were held back (Settings:
// images from other hosts, "Ask"), with the button that loads them for this topic.
class RemoteImagesBar : public QWidget
{
    Q_OBJECT
public:
    explicit RemoteImagesBar(QWidget *parent = nullptr);

    // Shows the bar for `held` pictures; 0 hides it.
    void setHeld(int held);
    QPushButton *loadButton() const { return m_load; }

signals:
    void loadRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_load = nullptr;
};

} // namespace Aivizor
