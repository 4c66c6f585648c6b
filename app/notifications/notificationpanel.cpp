#include "app/notifications/notificationpanel.h"

#include "app/shell/icons.h"
#include "lib/notifications/alertkind.h"
#include "lib/notifications/notificationfeed.h"
#include "lib/notifications/notificationtreemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace Aivizor {

namespace {
constexpr int PanelWidth = 420;
constexpr int PanelHeight = 480;
constexpr int RowPadding = 6;
constexpr int GlyphSize = 16;

// Our glyph for a kind of notification, empty for the kinds without one.
QString glyphName(Notification::Kind kind)
{
    switch (alertKind(kind)) {
    case AlertKind::Reply: return QStringLiteral("reply");
    case AlertKind::Mention: return QStringLiteral("mention");
    case AlertKind::Quote: return QStringLiteral("quote");
    case AlertKind::Message: return QStringLiteral("lock");
    case AlertKind::Like: return QStringLiteral("like");
    case AlertKind::None: break;
    }
    return {};
}

// Notification rows with the kind's glyph in the text's colour and room between them.
class NotificationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, RowPadding);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(NotificationTreeModel::IsForumRole).toBool())
            return;
        const QString name = glyphName(Notification::Kind(index.data(NotificationFeed::KindRole).toInt()));
        if (name.isEmpty())
            return;
        const bool selected = option->state & QStyle::State_Selected;
        const QColor color = option->palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const qreal dpr = option->widget ? option->widget->devicePixelRatioF() : 1.0;
        option->icon = QIcon(Icons::glyph(name, GlyphSize, color, dpr));
        option->decorationSize = QSize(GlyphSize, GlyphSize);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};
} // namespace

NotificationPanel::NotificationPanel(NotificationTreeModel *model, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_model(model)
{
    setObjectName(QStringLiteral("notificationPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Notifications"));
    resize(PanelWidth, PanelHeight);

    auto *title = new QLabel(tr("Notifications"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_markRead = new QPushButton(tr("Mark &Read"), this);
    m_markRead->setObjectName(QStringLiteral("markReadButton"));
    m_markAllRead = new QPushButton(tr("Mark &All Read"), this);
    m_markAllRead->setObjectName(QStringLiteral("markAllReadButton"));
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_markRead);
    header->addWidget(m_markAllRead);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("notificationMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_empty = new QLabel(tr("No notifications. Replies, mentions, quotes, likes and messages will appear here."), this);
    m_empty->setObjectName(QStringLiteral("notificationsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("notificationView"));
    m_view->setAccessibleName(tr("Notifications"));
    m_view->setModel(model);
    m_view->setItemDelegate(new NotificationDelegate(m_view));
    m_view->setIconSize(QSize(GlyphSize, GlyphSize));
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->expandAll();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    // A forum added later, or a list that filled, opens expanded; headings stay open.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid()) {
            for (int row = first; row <= last; ++row)
                m_view->expand(m_model->index(row, 0));
        }
        updateButtons();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &NotificationPanel::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &NotificationPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NotificationPanel::updateButtons);

    const auto open = [this](const QModelIndex &index) {
        if (index.isValid() && !index.data(NotificationTreeModel::IsForumRole).toBool())
            emit notificationActivated(index);
    };
    connect(m_view, &QAbstractItemView::activated, this, open);
    // Where the style opens items on a double click, one click is enough here as in a menu.
    if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_view))
        connect(m_view, &QAbstractItemView::clicked, this, open);
    connect(m_markRead, &QPushButton::clicked, this, [this] { emit markReadRequested(m_view->currentIndex()); });
    connect(m_markAllRead, &QPushButton::clicked, this, &NotificationPanel::markAllReadRequested);
    updateButtons();
}

void NotificationPanel::updateButtons()
{
    bool any = false;
    for (int row = 0; row < m_model->rowCount() && !any; ++row)
        any = m_model->rowCount(m_model->index(row, 0)) > 0;
    m_view->setVisible(any);
    m_empty->setVisible(!any);
    const QModelIndex current = m_view->currentIndex();
    m_markRead->setEnabled(current.isValid() && !current.data(NotificationTreeModel::IsForumRole).toBool()
                           && !current.data(NotificationFeed::ReadRole).toBool());
    m_markAllRead->setEnabled(m_model->unreadCount() > 0);
}

void NotificationPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void NotificationPanel::popupBelow(QWidget *anchor)
{
    showMessage(QString());
    QPoint at = anchor->mapToGlobal(QPoint(anchor->width() - width(), anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect room = screen->availableGeometry();
        at.setX(qBound(room.left(), at.x(), qMax(room.left(), room.right() - width())));
    }
    move(at);
    show();
    raise();
    // Start on the newest notification, not on a heading.
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !current.parent().isValid()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex first = m_model->index(0, 0, m_model->index(row, 0));
            if (first.isValid()) {
                m_view->setCurrentIndex(first);
                break;
            }
        }
    }
    m_view->setFocus(Qt::PopupFocusReason);
}

} // namespace Aivizor
