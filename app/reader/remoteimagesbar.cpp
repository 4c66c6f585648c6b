#include "app/reader/remoteimagesbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Aivizor {

RemoteImagesBar::RemoteImagesBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("remoteImagesBar"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_load = new QPushButton(tr("&Load Pictures"), this);
    m_load->setObjectName(QStringLiteral("loadRemoteImages"));
    m_load->setToolTip(tr("Load the pictures of this topic from the sites they are on; those sites learn that you "
                          "read it"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_load);
    connect(m_load, &QPushButton::clicked, this, &RemoteImagesBar::loadRequested);
    hide();
}

void RemoteImagesBar::setHeld(int held)
{
    if (held <= 0) {
        hide();
        return;
    }
    m_text->setText(tr("%n picture(s) from other sites not loaded.", nullptr, held));
    show();
}

} // namespace Aivizor
