#pragma once

#include <QObject>

class QSocketNotifier;

namespace Aivizor {

// SIGTERM, SIGINT and SIGHUP end the event loop like File > Quit, so the window closes normally:
// drafts are saved and the demo server the app started is stopped instead of left running.
class QuitSignals : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Aivizor
