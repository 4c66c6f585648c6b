#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QUrl>
#include <QWidget>

namespace Aivizor {

// A picture of a topic shown large over the window: fitted to the window at first, zoomed with the
// wheel or +/-, dragged when larger than the window, Left/Right (or Page Up/Down) for the previous
// and next picture of the topic, Esc or a click beside the picture to close. The caller supplies
// the pictures: imageNeeded() asks for one that is not loaded yet, setImage() delivers it.
class Lightbox : public QWidget
{
    Q_OBJECT
public:
    struct Picture
    {
        QUrl url;
        QString caption; // alt text or title; may be empty
    };

    explicit Lightbox(QWidget *parent);

    void open(const QList<Picture> &pictures, int index);
    void setImage(const QUrl &url, const QImage &image);

    int currentIndex() const { return m_index; }
    int count() const { return int(m_pictures.size()); }
    QUrl currentUrl() const { return m_pictures.value(m_index).url; }
    // Null until the picture shown has been delivered through setImage().
    QImage currentImage() const { return m_images.value(currentUrl()); }
    // 1.0 is the picture's own size; fitted() is the zoom that fits it in the window.
    qreal zoom() const { return m_zoom; }
    qreal fitted() const;

public slots:
    void next();
    void previous();
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void dismiss();

signals:
    void imageNeeded(const QUrl &url);
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPicture(int index);
    void setZoom(qreal zoom);
    QRectF pictureRect() const;

    QList<Picture> m_pictures;
    QHash<QUrl, QImage> m_images;
    int m_index = -1;
    qreal m_zoom = 1.0;
    bool m_fit = true;       // follows the window size until the user zooms
    QPointF m_offset;        // pan, in window pixels, from the centered position
    QPointF m_dragFrom;
    bool m_dragging = false;
    bool m_dragged = false;
};

} // namespace Aivizor
