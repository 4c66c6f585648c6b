#include "app/reader/postbrowser.h"

#include "app/reader/imageloader.h"

#include <QKeyEvent>
#include <QWheelEvent>

namespace Aivizor {

PostBrowser::PostBrowser(ImageLoader *images, QWidget *parent)
    : QTextBrowser(parent)
    , m_images(images)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Topic"));
    // Keyboard users can tab to links and activate them with Enter.
    setTextInteractionFlags(Qt::TextBrowserInteraction);
}

QVariant PostBrowser::loadResource(int type, const QUrl &name)
{
    // Called synchronously during layout: answer at once, never block, never read local files.
    if (type == QTextDocument::ImageResource && m_images)
        return m_images->resource(name);
    return {};
}

void PostBrowser::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    auto emitting = [&](Command command) {
        emit commandRequested(command);
        event->accept();
    };
    if (mods == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_J: return emitting(Command::NextPost);
        case Qt::Key_K: return emitting(Command::PreviousPost);
        case Qt::Key_R: return emitting(Command::Reply);
        case Qt::Key_Q: return emitting(Command::Quote);
        // The whole topic, not only the posts loaded so far: the reader fetches what is missing.
        case Qt::Key_Home: return emitting(Command::FirstPost);
        case Qt::Key_End: return emitting(Command::LastPost);
        default: break;
        }
    } else if (mods == Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Home: return emitting(Command::FirstPost);
        case Qt::Key_End: return emitting(Command::LastPost);
        case Qt::Key_F: return emitting(Command::Find);
        case Qt::Key_J: return emitting(Command::JumpToPost);
        case Qt::Key_Plus:
        case Qt::Key_Equal: return emitting(Command::ZoomIn);
        case Qt::Key_Minus: return emitting(Command::ZoomOut);
        case Qt::Key_0: return emitting(Command::ResetZoom);
        default: break;
        }
    } else if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && event->key() == Qt::Key_Plus) {
        return emitting(Command::ZoomIn);
    } else if (mods == Qt::AltModifier) {
        // QTextBrowser would walk its own (unused) source history on these.
        if (event->key() == Qt::Key_Left)
            return emitting(Command::Back);
        if (event->key() == Qt::Key_Right)
            return emitting(Command::Forward);
    }
    QTextBrowser::keyPressEvent(event);
}

void PostBrowser::wheelEvent(QWheelEvent *event)
{
    // QTextEdit zooms its own font on Ctrl+wheel; route it through the reader's remembered zoom.
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            emit commandRequested(delta > 0 ? Command::ZoomIn : Command::ZoomOut);
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

void PostBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    emit viewportResized();
}

} // namespace Aivizor
