#include "app/composer/discussionpane.h"

#include "app/composer/composerwidget.h"

#include "app/reader/readerview.h"

#include <QCloseEvent>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Aivizor {

DiscussionPane::DiscussionPane(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
{
    setObjectName(QStringLiteral("discussionPane"));
    m_composer = new ComposerWidget(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("discussionSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(reader);
    m_splitter->addWidget(m_composer);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_composer->setMinimumHeight(160);
    m_composer->hide();
    setFocusProxy(reader);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_composer, &ComposerWidget::popOutRequested, this, &DiscussionPane::togglePopOut);
}

DiscussionPane::~DiscussionPane()
{
    // The composer belongs to this pane even while it sits in its own window.
    if (m_window) {
        m_composer->setParent(this);
        delete m_window;
    }
}

bool DiscussionPane::isComposerVisible() const
{
    return m_window ? m_window->isVisible() : m_composer->isVisibleTo(this);
}

void DiscussionPane::showComposer()
{
    if (m_window) {
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
        return;
    }
    if (!m_composer->isVisibleTo(this)) {
        m_composer->show();
        const int total = m_splitter->height();
        m_splitter->setSizes({total * 3 / 5, total * 2 / 5});
    }
}

void DiscussionPane::hideComposer()
{
    if (m_window)
        dock();
    m_composer->hide();
}

void DiscussionPane::togglePopOut()
{
    if (m_window) {
        dock();
        showComposer();
        return;
    }
    m_window = new QWidget(nullptr, Qt::Window);
    m_window->setObjectName(QStringLiteral("composerWindow"));
    m_window->setWindowTitle(tr("Composer"));
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    auto *layout = new QVBoxLayout(m_window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_composer);
    m_composer->show();
    m_composer->popOutButton()->setText(tr("Dock"));
    m_window->installEventFilter(this);
    m_window->resize(qMax(640, m_composer->width()), qMax(420, m_composer->height() * 2));
    m_window->show();
    m_composer->focusEditor();
}

void DiscussionPane::dock()
{
    if (!m_window)
        return;
    m_window->removeEventFilter(this);
    m_splitter->addWidget(m_composer);
    m_composer->popOutButton()->setText(tr("Pop Out"));
    m_window->deleteLater();
    m_window = nullptr;
}

bool DiscussionPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        // Closing the composer's window is "hide": the text stays in the draft.
        dock();
        m_composer->hide();
        emit m_composer->hideRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Aivizor
