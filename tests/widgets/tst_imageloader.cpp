// Avatars in the thread document: users who share one avatar URL (a forum's default avatar) each
// keep their own letter until the image arrives, and all of them get the image from one load.
#include "app/reader/imageloader.h"
#include "lib/images/imagecache.h"
#include "lib/net/transport.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Aivizor;

class TestImageLoader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sharedAvatarUrlKeepsEachUsersLetter();

private:
    TestServer m_server;
};

void TestImageLoader::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestImageLoader::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestImageLoader::sharedAvatarUrlKeepsEachUsersLetter()
{
    Transport transport(m_server.baseUrl());
    ImageCache cache(&transport);
    ImageLoader loader;
    loader.setImageCache(&cache);
    const QUrl shared = m_server.url(QStringLiteral("/letter_avatar_proxy/v4/letter/d/3e96dc/96.png"));
    const QUrl alice = loader.registerAvatar(shared, QStringLiteral("Alice"));
    const QUrl bob = loader.registerAvatar(shared, QStringLiteral("Bob"));
    QVERIFY(alice != bob);
    QVERIFY(loader.isAvatar(alice) && loader.isAvatar(bob));

    // Before the image: each user's own letter, so the two placeholders differ.
    QSignalSpy ready(&loader, &ImageLoader::imageReady);
    const QImage aliceLetter = loader.resource(alice).value<QImage>();
    const QImage bobLetter = loader.resource(bob).value<QImage>();
    QVERIFY(!aliceLetter.isNull() && !bobLetter.isNull());
    QVERIFY(aliceLetter != bobLetter);

    // One image for both, announced for each user's URL.
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 20000);
    QSet<QUrl> announced{ready.at(0).at(0).toUrl(), ready.at(1).at(0).toUrl()};
    QCOMPARE(announced, (QSet<QUrl>{alice, bob}));
    const QImage aliceImage = loader.resource(alice).value<QImage>();
    QCOMPARE(aliceImage, loader.resource(bob).value<QImage>());
    QVERIFY(aliceImage != aliceLetter);
    QCOMPARE(loader.inFlightCount(), 0);
}

QTEST_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
