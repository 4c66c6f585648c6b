#pragma once

#include <QString>
#include <QStringList>

// One launch of the real aivizor executable in its headless screenshot mode (it exits once
// loaded), with the aivizor.timing logging category on and HOME and the XDG folders under `home`,
// so settings, data and the store are never the user's. Returns the ms from just before
// QProcess::start to the `first-list-painted` milestone's CLOCK_MONOTONIC stamp (fork/exec,
// linking and QApplication set-up included), or -1 with the reason on stderr.
double launchToFirstList(const QStringList &args, const QString &home, const QString &screenshot);
