#pragma once

#include "app/shell/launchoptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Aivizor {

class MainWindow;

// Headless mode (--screenshot): shows the window off screen, waits until the feed (and the topic
// given with --open-topic) finished loading, saves the window grab as PNG and quits with 0, or
// prints why on stderr and quits non-zero. Driven by the window's signals, bounded by a timeout.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow *window, const LaunchOptions &options, QObject *parent = nullptr);

    void start();

    static constexpr int TimeoutMs = 30000;
    static constexpr int SettleMs = 300;   // quiet time after the last load before grabbing
    static constexpr int AvatarGraceMs = 3000; // avatars are cosmetic: do not wait for them forever

private:
    void check();
    void finish();
    void fail(const QString &message);

    MainWindow *m_window;
    LaunchOptions m_options;
    QTimer m_timeout;
    QTimer m_settle;
    QElapsedTimer m_sinceSettled;
    bool m_topicRequested = false;
    bool m_done = false;
};

} // namespace Aivizor
