#include "app/shell/shortcutsoverlay.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace Aivizor {

namespace {

constexpr int kMargin = 32;        // between the panel and the window's edges
constexpr int kPanelWidth = 560;
const QString kGroupSeparator = QStringLiteral(" › ");

// A menu text as read aloud: "&Go To…" is "Go To…", "&&" an ampersand.
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

// Esc, and `?` whichever modifier the layout needs for it.
bool isClosingKey(const QKeyEvent *key)
{
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (key->key() == Qt::Key_Escape)
        return mods == Qt::NoModifier;
    return key->key() == Qt::Key_Question && (mods & ~Qt::ShiftModifier) == Qt::NoModifier;
}

} // namespace

ShortcutsOverlay::ShortcutsOverlay(QWidget *window)
    : QWidget(window)
    , m_window(window)
{
    setAccessibleName(tr("Keyboard shortcuts"));
    m_panel = new QFrame(this);
    m_panel->setFrameShape(QFrame::StyledPanel);
    m_panel->setAutoFillBackground(true);
    m_panel->setBackgroundRole(QPalette::Window);

    auto *title = new QLabel(tr("Keyboard Shortcuts"), m_panel);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);

    m_list = new QTreeWidget(m_panel);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setAccessibleDescription(tr("Press Esc or ? to close."));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->installEventFilter(this);

    auto *hint = new QLabel(tr("Esc or ? closes this list."), m_panel);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(m_panel);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);

    setFocusProxy(m_list);
    hide();
    // Covers the window and follows its size, as the picture viewer does.
    window->installEventFilter(this);
    // Anything that takes the keyboard elsewhere (a shortcut, a click in the window) closes it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && now != this && !isAncestorOf(now))
            dismiss();
    });
}

void ShortcutsOverlay::addEntry(const QString &group, const QList<QKeySequence> &keys, const QString &description)
{
    m_extra.append({group, keysText(keys), description});
}

QString ShortcutsOverlay::keysText(const QList<QKeySequence> &keys)
{
    QString text = keys.value(0).toString(QKeySequence::NativeText);
    for (qsizetype i = 1; i < keys.size(); ++i)
        text = tr("%1 or %2").arg(text, keys.at(i).toString(QKeySequence::NativeText));
    return text;
}

void ShortcutsOverlay::open()
{
    if (!isVisible())
        m_returnFocus = QApplication::focusWidget();
    rebuild();
    setGeometry(m_window->rect());
    placePanel();
    raise();
    show();
    m_list->setFocus(Qt::ShortcutFocusReason);
    m_list->setCurrentItem(m_list->topLevelItem(0));
}

void ShortcutsOverlay::dismiss()
{
    if (!isVisible())
        return;
    // Closed from the keyboard: it goes back where it was before the list opened.
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    if (hadFocus && m_returnFocus)
        m_returnFocus->setFocus(Qt::OtherFocusReason);
}

QList<ShortcutsOverlay::Entry> ShortcutsOverlay::collect() const
{
    QList<Entry> entries;
    QSet<const QAction *> listed;
    const auto add = [&](const QString &group, const QAction *action) {
        if (action->isSeparator() || !action->isVisible() || action->shortcuts().isEmpty() || listed.contains(action))
            return;
        listed.insert(action);
        entries.append({group, keysText(action->shortcuts()), withoutMnemonic(action->text())});
    };
    // Menus in menu bar order; a submenu is its own group, named with its path.
    std::function<void(const QList<QAction *> &, const QString &)> walk = [&](const QList<QAction *> &actions,
                                                                              const QString &group) {
        for (const QAction *action : actions) {
            if (QMenu *menu = action->menu()) {
                if (action->isVisible())
                    walk(menu->actions(), group.isEmpty() ? withoutMnemonic(menu->title())
                                                          : group + kGroupSeparator + withoutMnemonic(menu->title()));
            } else if (!group.isEmpty()) {
                add(group, action);
            }
        }
    };
    if (const auto *mainWindow = qobject_cast<const QMainWindow *>(m_window))
        walk(mainWindow->menuBar()->actions(), QString());
    for (const QAction *action : m_window->actions())
        add(tr("Other"), action);
    return entries + m_extra;
}

void ShortcutsOverlay::rebuild()
{
    m_list->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    QFont groupFont = m_list->font();
    groupFont.setBold(true);
    for (const Entry &entry : collect()) {
        QTreeWidgetItem *&group = groups[entry.group];
        if (!group) {
            group = new QTreeWidgetItem(m_list, {entry.group});
            group->setFirstColumnSpanned(true);
            group->setFont(0, groupFont);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {entry.description, entry.keys});
        // Read as one sentence by screen readers that speak only the focused cell.
        item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(entry.description, entry.keys));
    }
    m_list->expandAll();
}

void ShortcutsOverlay::placePanel()
{
    // As tall as the list needs, and no taller than the window: the list scrolls beyond that.
    int rows = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        rows += 1 + m_list->topLevelItem(i)->childCount();
    const int rowHeight = qMax(m_list->sizeHintForRow(0), m_list->fontMetrics().height());
    // Half a row to spare: the bold group rows may be a pixel taller than the hint.
    const int listHeight = m_list->header()->sizeHint().height() + rows * rowHeight + rowHeight / 2
                           + 2 * m_list->frameWidth();
    const int wanted = m_panel->layout()->sizeHint().height() - m_list->sizeHint().height() + listHeight;
    const QSize room = size() - QSize(2 * kMargin, 2 * kMargin);
    const QSize panel(qMin(kPanelWidth, room.width()), qMin(wanted, room.height()));
    m_panel->setGeometry(QRect(QPoint((width() - panel.width()) / 2, (height() - panel.height()) / 2), panel));
}

void ShortcutsOverlay::paintEvent(QPaintEvent *)
{
    // The window stays visible underneath, dimmed in the palette's shadow colour (light or dark).
    QColor shade = palette().color(QPalette::Shadow);
    shade.setAlpha(110);
    QPainter(this).fillRect(rect(), shade);
}

void ShortcutsOverlay::resizeEvent(QResizeEvent *)
{
    placePanel();
}

void ShortcutsOverlay::mousePressEvent(QMouseEvent *event)
{
    if (!m_panel->geometry().contains(event->position().toPoint()))
        dismiss();
}

bool ShortcutsOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && isVisible()) {
        setGeometry(m_window->rect());
    } else if (watched == m_list && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        // Claimed before the window's shortcuts (its `?` would open the list again) and before
        // the list's type-ahead search, which would swallow the `?`.
        auto *key = static_cast<QKeyEvent *>(event);
        if (isClosingKey(key)) {
            key->accept();
            if (event->type() == QEvent::KeyPress)
                dismiss();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Aivizor
