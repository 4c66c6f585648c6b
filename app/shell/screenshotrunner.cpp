#include "app/shell/screenshotrunner.h"

#include "app/feeds/topiclistpane.h"
#include "app/mainwindow.h"
#include "lib/images/imagecache.h"
#include "lib/models/topiclistmodel.h"
#include "app/reader/readerview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QListView>
#include <QPixmap>

#include <cstdio>

namespace Aivizor {

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const LaunchOptions &options, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_options(options)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("Timed out after %n second(s) waiting for the content to load.", nullptr, TimeoutMs / 1000));
    });
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &ScreenshotRunner::check);
    connect(m_window, &MainWindow::busyChanged, this, [this] { m_settle.start(SettleMs); });
    connect(m_window, &MainWindow::loadFailed, this, [this](const QString &message) {
        // With a topic requested, the reader's own failure matters as much as the list's.
        fail(message);
    });
}

void ScreenshotRunner::start()
{
    m_timeout.start(TimeoutMs);
    m_window->show();
    // Started from the event loop: a failure reported synchronously must be able to exit() it.
    QTimer::singleShot(0, m_window, &MainWindow::start);
}

void ScreenshotRunner::check()
{
    if (m_done || !m_window->hasSettled())
        return;
    TopicListPane *list = m_window->topicListPane();
    if (!m_topicRequested) {
        m_topicRequested = true;
        // A screenshot of an empty reader says little: show the requested topic, else the first one.
        const int topicId = m_options.openTopicId > 0
            ? m_options.openTopicId
            : (list->currentModel() && list->currentModel()->rowCount() > 0
                   ? list->currentModel()->index(0, 0).data(TopicListModel::IdRole).toInt()
                   : 0);
        if (topicId > 0) {
            list->selectTopic(topicId);
            m_window->openTopic(topicId);
            m_settle.start(SettleMs);
            return;
        }
    }
    const bool onlyAvatars = m_window->readerView() && !m_window->readerView()->isLoading()
        && m_window->imageCache() && m_window->imageCache()->pendingCount() > 0
        && !m_window->topicListPane()->isLoading();
    if (m_window->isBusy()) {
        if (!onlyAvatars)
            return;
        if (!m_sinceSettled.isValid())
            m_sinceSettled.start();
        if (m_sinceSettled.elapsed() < AvatarGraceMs) {
            m_settle.start(SettleMs);
            return;
        }
    }
    finish();
}

void ScreenshotRunner::finish()
{
    m_done = true;
    m_timeout.stop();
    const QPixmap shot = m_window->grab();
    const QFileInfo info(m_options.screenshotPath);
    QDir().mkpath(info.absolutePath());
    if (shot.isNull() || !shot.save(m_options.screenshotPath, "PNG")) {
        std::fprintf(stderr, "aivizor: %s\n",
                     qPrintable(tr("Could not write the screenshot to %1").arg(m_options.screenshotPath)));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stdout, "%s\n", qPrintable(QDir::toNativeSeparators(info.absoluteFilePath())));
    QCoreApplication::exit(0);
}

void ScreenshotRunner::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    std::fprintf(stderr, "aivizor: %s\n", qPrintable(tr("Screenshot failed: %1").arg(message)));
    QCoreApplication::exit(1);
}

} // namespace Aivizor
