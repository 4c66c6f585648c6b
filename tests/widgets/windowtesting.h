#pragma once

#include "app/mainwindow.h"
#include "app/shell/launchoptions.h"

#include <QUrl>

#include <memory>

// What the widget tests share: the window opened on a forum as `aivizor URL` would open it.
inline Aivizor::LaunchOptions serverOptions(const QUrl &url)
{
    Aivizor::LaunchOptions options;
    options.source = Aivizor::LaunchOptions::Source::Server;
    options.serverUrl = url;
    return options;
}

// A shown and started window on `url`; the caller waits for what it needs loaded.
inline std::unique_ptr<Aivizor::MainWindow> startedWindow(const QUrl &url)
{
    auto window = std::make_unique<Aivizor::MainWindow>(serverOptions(url));
    window->resize(1200, 760);
    window->show();
    window->start();
    return window;
}
