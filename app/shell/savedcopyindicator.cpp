#include "app/shell/savedcopyindicator.h"

#include <QLocale>
#include <QMetaProperty>

namespace Aivizor {

namespace {
constexpr char PropertyName[] = "savedCopyTime";
}

SavedCopyIndicator::SavedCopyIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("savedCopyLabel"));
    hide();
}

void SavedCopyIndicator::track(QObject *model)
{
    if (!model || m_models.contains(model))
        return;
    const QMetaObject *meta = model->metaObject();
    const int index = meta->indexOfProperty(PropertyName);
    if (index < 0 || !meta->property(index).hasNotifySignal())
        return;
    m_models.append(model);
    const int refreshIndex = metaObject()->indexOfMethod("refresh()");
    Q_ASSERT(refreshIndex >= 0);
    connect(model, meta->property(index).notifySignal(), this, metaObject()->method(refreshIndex));
    connect(model, &QObject::destroyed, this, [this, model] {
        m_models.removeAll(model);
        refresh();
    });
    refresh();
}

void SavedCopyIndicator::untrack(QObject *model)
{
    if (!model || !m_models.contains(model))
        return;
    m_models.removeAll(model);
    disconnect(model, nullptr, this, nullptr);
    refresh();
}

void SavedCopyIndicator::refresh()
{
    QDateTime oldest;
    for (const QPointer<QObject> &model : std::as_const(m_models)) {
        if (!model)
            continue;
        const QDateTime time = model->property(PropertyName).toDateTime();
        if (time.isValid() && (!oldest.isValid() || time < oldest))
            oldest = time;
    }
    m_time = oldest;
    if (!oldest.isValid()) {
        hide();
        clear();
        return;
    }
    const QDateTime local = oldest.toLocalTime();
    const QLocale locale;
    const QString when = local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                              : locale.toString(local, QLocale::ShortFormat);
    setText(tr("Showing saved copy from %1").arg(when));
    setToolTip(tr("The forum has not answered yet: what you see was saved on this computer at %1.")
                   .arg(locale.toString(local, QLocale::LongFormat)));
    setAccessibleName(text());
    show();
}

} // namespace Aivizor
