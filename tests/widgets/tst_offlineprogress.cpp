// The status bar's "Saving ... for offline reading" widget over a real OfflineDownload from the
// real aivizor-server into a real store.
#include "app/widgets/offlineprogress.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"
#include "lib/store/forumstore.h"
#include "lib/store/offlinedownload.h"
#include "testserver.h"

#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Aivizor;

class TestOfflineProgress : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsTheCountsWhileRunningAndHidesWhenDone();
    void cancelButtonCancels();

private:
    int communityId(const QString &slug) const;

    TestServer m_server;
    QTemporaryDir m_dir;
    QList<Community> m_communities;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<ForumClient> m_client;
    std::unique_ptr<ForumStore> m_store;
    std::unique_ptr<OfflineDownload> m_download;
    std::unique_ptr<QWidget> m_window;
    OfflineProgress *m_progress = nullptr;
};

void TestOfflineProgress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestOfflineProgress::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestOfflineProgress::init()
{
    m_transport = std::make_unique<Transport>(m_server.baseUrl());
    m_client = std::make_unique<ForumClient>(m_transport.get());
    m_store = std::make_unique<ForumStore>();
    QVERIFY(!m_store->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"))).error);
    // The store knows the communities' names, as it does once the app has shown the forum.
    bool fetched = false;
    m_client->fetchCategories(this, [this, &fetched](const ApiResult<QList<Community>> &r) {
        if (r.ok())
            m_communities = *r.value;
        fetched = true;
    });
    QTRY_VERIFY(fetched);
    QVERIFY(!m_communities.isEmpty());
    StoredSite site;
    site.name = QStringLiteral("Demo");
    site.communities = m_communities;
    m_store->putSite(site);
    QVERIFY(m_store->flush());
    m_download = std::make_unique<OfflineDownload>(m_client.get(), m_store.get());
    m_window = std::make_unique<QWidget>();
    m_progress = new OfflineProgress(m_download.get(), m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestOfflineProgress::cleanup()
{
    m_window.reset();
    m_download.reset();
    m_store.reset();
    m_client.reset();
    m_transport.reset();
}

int TestOfflineProgress::communityId(const QString &slug) const
{
    for (const Community &c : m_communities) {
        if (c.slug == slug)
            return c.id;
    }
    return 0;
}

void TestOfflineProgress::showsTheCountsWhileRunningAndHidesWhenDone()
{
    QVERIFY(!m_progress->isVisible()); // idle
    const int id = communityId(QStringLiteral("open-source-models"));
    QVERIFY(id > 0);
    // At every step the widget says what the download has done so far.
    QStringList texts;
    QList<int> values;
    QStringList mismatches;
    connect(m_download.get(), &OfflineDownload::progressChanged, this, [&] {
        const QString expected = QStringLiteral("Saving Open-source models for offline reading: %1 of %2")
                                     .arg(m_download->done() + m_download->skipped())
                                     .arg(m_download->total());
        if (m_download->isRunning() && m_progress->text() != expected)
            mismatches.append(m_progress->text() + QStringLiteral(" != ") + expected);
        texts.append(m_progress->text());
        values.append(m_progress->progressBar()->value());
    });
    QSignalSpy finished(m_download.get(), &OfflineDownload::finished);
    m_download->start(id);
    QVERIFY(m_progress->isVisible());
    QVERIFY(m_progress->cancelButton()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    QVERIFY(texts.contains(QStringLiteral("Saving Open-source models for offline reading: 1 of 6")));
    QCOMPARE(texts.last(), QStringLiteral("Saving Open-source models for offline reading: 6 of 6"));
    QCOMPARE(values.last(), 6);
    QCOMPARE(m_progress->progressBar()->maximum(), 6);
    QVERIFY(!m_progress->isVisible()); // done: out of the way
}

void TestOfflineProgress::cancelButtonCancels()
{
    const int id = communityId(QStringLiteral("community")); // every demo topic: long enough to cancel
    QVERIFY(id > 0);
    QSignalSpy saved(m_download.get(), &OfflineDownload::topicSaved);
    m_download->start(id);
    QVERIFY(saved.wait(60000));
    QVERIFY(m_progress->isVisible());
    QVERIFY(m_progress->text().startsWith(QStringLiteral("Saving Community for offline reading: 1 of ")));
    QTest::mouseClick(m_progress->cancelButton(), Qt::LeftButton);
    QVERIFY(!m_download->isRunning());
    QVERIFY(!m_progress->isVisible());
    QVERIFY(m_store->flush());
    QCOMPARE(m_store->offlineJob(id).error.kind, ApiError::Kind::NotFound);
}

QTEST_MAIN(TestOfflineProgress)
#include "tst_offlineprogress.moc"
