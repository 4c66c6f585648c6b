// The picture viewer as a person uses it: opens fitted over the window, keys move through the
// topic's pictures, the wheel zooms, Esc and a click beside the picture close it.
#include "app/reader/lightbox.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace Aivizor;

namespace {

QImage picture(int width, int height, QColor color)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

} // namespace

class TestLightbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void opensFittedAndAsksForPictures();
    void keysMoveAndZoom();
    void wheelZoomsAboutThePointer();
    void escAndClickBesideClose();

private:
    QWidget *m_window = nullptr;
    Lightbox *m_box = nullptr;
    const QList<Lightbox::Picture> m_pictures{{QUrl("https://forum.example/a.png"), QStringLiteral("First")},
                                              {QUrl("https://forum.example/b.png"), QStringLiteral("Second")},
                                              {QUrl("https://forum.example/c.png"), QString()}};
};

void TestLightbox::init()
{
    m_window = new QWidget;
    m_window->resize(800, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_box = new Lightbox(m_window);
}

void TestLightbox::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestLightbox::opensFittedAndAsksForPictures()
{
    QSignalSpy needed(m_box, &Lightbox::imageNeeded);
    m_box->open(m_pictures, 1);
    QVERIFY(m_box->isVisible());
    QCOMPARE(m_box->geometry(), m_window->rect());
    QCOMPARE(m_box->currentIndex(), 1);
    // The picture shown first, then its neighbours, ahead of Left/Right.
    QCOMPARE(needed.count(), 3);
    QCOMPARE(needed.at(0).at(0).toUrl(), m_pictures.at(1).url);

    // A picture larger than the window is fitted; a small one keeps its own size.
    m_box->setImage(m_pictures.at(1).url, picture(3000, 1000, Qt::red));
    QVERIFY(m_box->zoom() < 1.0);
    QCOMPARE(m_box->zoom(), m_box->fitted());
    QVERIFY(3000 * m_box->zoom() <= m_window->width());
    m_box->setImage(m_pictures.at(2).url, picture(100, 80, Qt::blue));
    m_box->next();
    QCOMPARE(m_box->zoom(), 1.0);

    // What is on screen: the picture's color in the middle, the dimmed window around it.
    const QImage shot = m_box->grab().toImage();
    QCOMPARE(QColor(shot.pixel(400, 300)), QColor(Qt::blue));
    QVERIFY(QColor(shot.pixel(10, 300)).lightness() < 40);

    // The window grows: the viewer follows it.
    m_window->resize(1000, 700);
    QTRY_COMPARE(m_box->geometry(), m_window->rect());
}

void TestLightbox::keysMoveAndZoom()
{
    m_box->open(m_pictures, 0);
    m_box->setImage(m_pictures.at(0).url, picture(400, 300, Qt::green));
    QTest::keyClick(m_box, Qt::Key_Left); // already the first
    QCOMPARE(m_box->currentIndex(), 0);
    QTest::keyClick(m_box, Qt::Key_Right);
    QTest::keyClick(m_box, Qt::Key_Right);
    QTest::keyClick(m_box, Qt::Key_Right); // already the last
    QCOMPARE(m_box->currentIndex(), 2);
    QTest::keyClick(m_box, Qt::Key_PageUp);
    QTest::keyClick(m_box, Qt::Key_PageUp);
    QCOMPARE(m_box->currentIndex(), 0);

    QCOMPARE(m_box->zoom(), 1.0);
    QTest::keyClick(m_box, Qt::Key_Plus);
    QCOMPARE(m_box->zoom(), 1.25);
    QTest::keyClick(m_box, Qt::Key_Minus);
    QTest::keyClick(m_box, Qt::Key_Minus);
    QCOMPARE(m_box->zoom(), 0.8);
    QTest::keyClick(m_box, Qt::Key_0);
    QCOMPARE(m_box->zoom(), m_box->fitted());
}

void TestLightbox::wheelZoomsAboutThePointer()
{
    m_box->open(m_pictures, 0);
    m_box->setImage(m_pictures.at(0).url, picture(400, 300, Qt::green));
    // Zoom in twice at the picture's left part: that part stays under the pointer.
    const QPointF at(250, 300);
    for (int i = 0; i < 2; ++i) {
        QWheelEvent wheel(at, m_box->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_box, &wheel);
    }
    QCOMPARE(m_box->zoom(), 1.25 * 1.25);
    const QImage shot = m_box->grab().toImage();
    QCOMPARE(QColor(shot.pixel(at.toPoint())), QColor(Qt::green));
}

void TestLightbox::escAndClickBesideClose()
{
    QSignalSpy closed(m_box, &Lightbox::closed);
    m_box->open(m_pictures, 0);
    m_box->setImage(m_pictures.at(0).url, picture(200, 100, Qt::green));
    QTest::keyClick(m_box, Qt::Key_Escape);
    QVERIFY(!m_box->isVisible());
    QCOMPARE(closed.count(), 1);

    m_box->open(m_pictures, 0);
    m_box->setImage(m_pictures.at(0).url, picture(200, 100, Qt::green));
    QTest::mouseClick(m_box, Qt::LeftButton, Qt::NoModifier, QPoint(400, 300)); // on the picture
    QVERIFY(m_box->isVisible());
    QTest::mouseClick(m_box, Qt::LeftButton, Qt::NoModifier, QPoint(30, 30)); // beside it
    QVERIFY(!m_box->isVisible());
    QCOMPARE(closed.count(), 2);
}

QTEST_MAIN(TestLightbox)
#include "tst_lightbox.moc"
