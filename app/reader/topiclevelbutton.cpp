#include "app/reader/topiclevelbutton.h"

#include "lib/reading/readingstate.h"
#include "lib/reading/readstatesync.h"

#include <QActionGroup>
#include <QIcon>
#include <QMenu>

namespace Aivizor {

namespace {

struct LevelText
{
    int level;
    const char *name;
    const char *description;
};

// Discourse's wording of the four levels (topic-notifications-button).
const LevelText Levels[] = {
    {TopicReadState::Watching, QT_TRANSLATE_NOOP("Aivizor::TopicLevelButton", "Watching"),
     QT_TRANSLATE_NOOP("Aivizor::TopicLevelButton", "Notified of every reply; the count of new replies shows.")},
    {TopicReadState::Tracking, QT_TRANSLATE_NOOP("Aivizor::TopicLevelButton", "Tracking"),
     QT_TRANSLATE_NOOP("Aivizor::TopicLevelButton", "The count of new replies shows; notified when mentioned.")},
    {TopicReadState::Regular, QT_TRANSLATE_NOOP("Aivizor::TopicLevelButton", "Normal"),
     QT_TRANSLATE_NOOP("Aivizor::TopicLevelButton", "Notified when mentioned or replied to.")},
    {TopicReadState::Muted, QT_TRANSLATE_NOOP("Aivizor::TopicLevelButton", "Muted"),
     QT_TRANSLATE_NOOP("Aivizor::TopicLevelButton", "Never notified; the topic leaves the unread counts.")},
};

} // namespace

TopicLevelButton::TopicLevelButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("topicLevel"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(QIcon(QStringLiteral(":/icons/bell.svg")));
    setAccessibleName(tr("Notification level of this topic"));
    auto *menu = new QMenu(this);
    m_levels = new QActionGroup(this);
    for (const LevelText &l : Levels) {
        QAction *action = menu->addAction(tr(l.name));
        action->setToolTip(tr(l.description));
        action->setStatusTip(tr(l.description));
        action->setCheckable(true);
        action->setData(l.level);
        m_levels->addAction(action);
    }
    menu->setToolTipsVisible(true);
    setMenu(menu);
    connect(m_levels, &QActionGroup::triggered, this, [this](QAction *action) {
        if (m_sync && m_topicId > 0)
            m_sync->setNotificationLevel(m_topicId, action->data().toInt());
    });
    hide();
}

void TopicLevelButton::setReading(ReadingState *reading, ReadStateSync *sync)
{
    if (m_reading)
        disconnect(m_reading, nullptr, this, nullptr);
    m_reading = reading;
    m_sync = sync;
    if (reading) {
        connect(reading, &ReadingState::topicChanged, this, [this](int topicId) {
            if (topicId == m_topicId)
                update();
        });
        connect(reading, &ReadingState::forumStateChanged, this, &TopicLevelButton::update);
    }
    update();
}

void TopicLevelButton::setTopic(int topicId)
{
    m_topicId = topicId;
    update();
}

void TopicLevelButton::update()
{
    const bool shown = m_reading && m_reading->forumState() && m_topicId > 0;
    setVisible(shown);
    if (!shown)
        return;
    int level = m_reading->state(m_topicId).value_or(TopicReadState()).notificationLevel;
    if (level == TopicReadState::Unset)
        level = TopicReadState::Regular;
    for (QAction *action : m_levels->actions()) {
        if (action->data().toInt() != level)
            continue;
        action->setChecked(true);
        setText(action->text());
        setToolTip(tr("Notification level: %1. %2").arg(action->text(), action->toolTip()));
    }
}

} // namespace Aivizor
