#include "app/shell/timing.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <time.h>

namespace Aivizor {

Q_LOGGING_CATEGORY(lcTiming, "aivizor.timing", QtWarningMsg)

namespace Timing {

bool enabled()
{
    return lcTiming().isDebugEnabled();
}

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void mark(const char *milestone, double ms)
{
    if (!enabled())
        return;
    if (ms >= 0)
        qCDebug(lcTiming, "%s %.3f mono_ns=%lld", milestone, ms, static_cast<long long>(monotonicNs()));
    else
        qCDebug(lcTiming, "%s mono_ns=%lld", milestone, static_cast<long long>(monotonicNs()));
}

} // namespace Timing

PaintProbe::PaintProbe(QWidget *widget, std::function<void()> done, std::function<bool()> ready)
    : QObject(widget)
    , m_done(std::move(done))
    , m_ready(std::move(ready))
{
    widget->installEventFilter(this);
}

void PaintProbe::arm(QWidget *widget, std::function<void()> done, std::function<bool()> ready)
{
    if (!widget || !Timing::enabled())
        return;
    // A newer probe replaces an unfired one: only the latest action's paint is of interest.
    const QList<PaintProbe *> old = widget->findChildren<PaintProbe *>(QString(), Qt::FindDirectChildrenOnly);
    for (PaintProbe *probe : old) {
        widget->removeEventFilter(probe);
        probe->deleteLater();
    }
    new PaintProbe(widget, std::move(done), std::move(ready));
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_inside || event->type() != QEvent::Paint || (m_ready && !m_ready()))
        return false;
    // Deliver the paint through the remaining filters (a scroll area paints its viewport from
    // one), so the milestone is taken after the painting, not before it.
    m_inside = true;
    QCoreApplication::sendEvent(watched, event);
    m_inside = false;
    watched->removeEventFilter(this);
    deleteLater();
    m_done();
    return true;
}

} // namespace Aivizor
