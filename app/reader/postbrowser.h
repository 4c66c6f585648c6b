#pragma once

#include <QTextBrowser>

namespace Aivizor {

class ImageLoader;

// The thread's text view. It never navigates by itself (links go to linkActivated handlers in the
// ReaderView), never loads anything but images, and those only through the asynchronous
// ImageLoader. Reader keys (j/k, Ctrl+F, Ctrl+J, Alt+arrows, zoom) are reported as commands so
// window-level QActions with the same shortcuts take precedence without ambiguity.
class PostBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    enum class Command { NextPost, PreviousPost, FirstPost, LastPost, Find, JumpToPost, Back, Forward, ZoomIn, ZoomOut, ResetZoom, Reply, Quote };
    Q_ENUM(Command)

    explicit PostBrowser(ImageLoader *images, QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void commandRequested(PostBrowser::Command command);
    void viewportResized();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    ImageLoader *m_images;
};

} // namespace Aivizor
