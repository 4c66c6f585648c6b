#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace Aivizor {

// Performance milestones for the benchmark programs (bench/appbench.cpp, bench/appmemory.cpp).
// Off by default; QT_LOGGING_RULES="aivizor.timing.debug=true" turns them on. Each line is
// "<milestone> [<ms>] mono_ns=<CLOCK_MONOTONIC ns>": an external driver reading the same clock
// before it starts the process gets process-start-to-milestone without any clock translation.
Q_DECLARE_LOGGING_CATEGORY(lcTiming)

namespace Timing {

bool enabled();
qint64 monotonicNs();
// Logs the milestone with the current monotonic time; `ms` < 0 leaves the duration out.
void mark(const char *milestone, double ms = -1);

} // namespace Timing

// Calls `done` once, right after `widget` handled its next paint event (the pixels are in the
// backing store then), and removes itself. Only armed while the timing category is enabled.
class PaintProbe : public QObject
{
    Q_OBJECT
public:
    // `ready` decides whether a paint counts (e.g. "the list has rows"); empty means any paint.
    static void arm(QWidget *widget, std::function<void()> done, std::function<bool()> ready = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PaintProbe(QWidget *widget, std::function<void()> done, std::function<bool()> ready);

    std::function<void()> m_done;
    std::function<bool()> m_ready;
    bool m_inside = false;
};

} // namespace Aivizor
