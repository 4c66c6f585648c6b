#include "app/reader/lightbox.h"

#include <QKeyEvent>
#include <QPainter>

#include <cmath>

namespace Aivizor {

namespace {

constexpr qreal ZoomStep = 1.25;
constexpr qreal MinZoom = 0.05;
constexpr qreal MaxZoom = 16.0;
constexpr int Margin = 48; // around a fitted picture, for the caption and the counter

} // namespace

Lightbox::Lightbox(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setAccessibleName(tr("Picture viewer"));
    hide();
    // Covers the window it opens over, and follows its size.
    parent->installEventFilter(this);
}

void Lightbox::open(const QList<Picture> &pictures, int index)
{
    if (pictures.isEmpty())
        return;
    m_pictures = pictures;
    setGeometry(parentWidget()->rect());
    raise();
    QWidget::show();
    setFocus(Qt::OtherFocusReason);
    showPicture(qBound(0, index, int(pictures.size()) - 1));
}

void Lightbox::setImage(const QUrl &url, const QImage &image)
{
    if (image.isNull())
        return;
    m_images.insert(url, image);
    if (url == currentUrl()) {
        if (m_fit)
            m_zoom = fitted();
        update();
    }
}

qreal Lightbox::fitted() const
{
    const QImage image = currentImage();
    if (image.isNull())
        return 1.0;
    const QSizeF room(qMax(1, width() - 2 * Margin), qMax(1, height() - 2 * Margin));
    // Small pictures are not blown up: a fitted picture is at most its own size.
    return qMin(1.0, qMin(room.width() / image.width(), room.height() / image.height()));
}

void Lightbox::next()
{
    if (m_index + 1 < count())
        showPicture(m_index + 1);
}

void Lightbox::previous()
{
    if (m_index > 0)
        showPicture(m_index - 1);
}

void Lightbox::zoomIn()
{
    setZoom(m_zoom * ZoomStep);
}

void Lightbox::zoomOut()
{
    setZoom(m_zoom / ZoomStep);
}

void Lightbox::zoomToFit()
{
    m_fit = true;
    m_offset = {};
    m_zoom = fitted();
    update();
}

void Lightbox::dismiss()
{
    if (!isVisible())
        return;
    hide();
    // The pictures stay with the caller's cache; this only held them while open.
    m_images.clear();
    m_pictures.clear();
    m_index = -1;
    emit closed();
}

void Lightbox::showPicture(int index)
{
    m_index = index;
    m_offset = {};
    m_fit = true;
    if (currentImage().isNull())
        emit imageNeeded(currentUrl());
    m_zoom = fitted();
    // The neighbours load ahead so Left/Right shows them at once.
    for (int neighbour : {index - 1, index + 1}) {
        if (neighbour >= 0 && neighbour < count() && !m_images.contains(m_pictures.at(neighbour).url))
            emit imageNeeded(m_pictures.at(neighbour).url);
    }
    update();
}

void Lightbox::setZoom(qreal zoom)
{
    m_fit = false;
    m_zoom = qBound(MinZoom, zoom, MaxZoom);
    update();
}

QRectF Lightbox::pictureRect() const
{
    const QImage image = currentImage();
    const QSizeF size = QSizeF(image.size()) * m_zoom;
    const QPointF center = QRectF(rect()).center() + m_offset;
    return QRectF(center.x() - size.width() / 2, center.y() - size.height() / 2, size.width(), size.height());
}

void Lightbox::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 225));
    painter.setPen(Qt::white);
    const QImage image = currentImage();
    if (image.isNull()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("Loading picture…"));
    } else {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 1.0);
        painter.drawImage(pictureRect(), image);
    }
    const Picture &picture = m_pictures.value(m_index);
    const QString counter = tr("%1 of %2").arg(m_index + 1).arg(count());
    const QRect bottom(Margin, height() - Margin, width() - 2 * Margin, Margin);
    painter.drawText(bottom, Qt::AlignVCenter | Qt::AlignLeft,
                     painter.fontMetrics().elidedText(picture.caption, Qt::ElideRight, bottom.width() * 3 / 4));
    painter.drawText(bottom, Qt::AlignVCenter | Qt::AlignRight, counter);
    painter.drawText(QRect(Margin, 0, width() - 2 * Margin, Margin), Qt::AlignVCenter | Qt::AlignRight,
                     tr("Esc closes · ← → other pictures · wheel or +/− zooms · 0 fits"));
}

void Lightbox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        dismiss();
        break;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        zoomToFit();
        break;
    case Qt::Key_1:
        setZoom(1.0);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void Lightbox::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    // Zoom about the pointer: the point under it stays under it.
    const QPointF pointer = event->position();
    const QPointF center = QRectF(rect()).center() + m_offset;
    const qreal before = m_zoom;
    setZoom(m_zoom * std::pow(ZoomStep, steps));
    const qreal ratio = m_zoom / before;
    m_offset += (center - pointer) * (ratio - 1.0);
    event->accept();
}

void Lightbox::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_dragged = false;
    m_dragFrom = event->position();
}

void Lightbox::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const QPointF delta = event->position() - m_dragFrom;
    if (delta.manhattanLength() > 3)
        m_dragged = true;
    m_offset += delta;
    m_dragFrom = event->position();
    update();
}

void Lightbox::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    // A click (not a drag) beside the picture closes, as on the web.
    if (!m_dragged && !pictureRect().contains(event->position()))
        dismiss();
}

bool Lightbox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        setGeometry(parentWidget()->rect());
        if (m_fit)
            m_zoom = fitted();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Aivizor
