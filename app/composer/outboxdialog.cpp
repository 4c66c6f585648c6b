#include "app/composer/outboxdialog.h"

#include "lib/posting/replysender.h"
#include "lib/posting/outbox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aivizor {

OutboxDialog::OutboxDialog(Outbox *outbox, ReplySender *sender, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_sender(sender)
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Outbox"));
    setModal(false);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Post"), tr("State"), tr("Attempts"), tr("Next Attempt"), tr("Error")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    m_retry = new QPushButton(tr("&Retry Now"), this);
    m_edit = new QPushButton(tr("&Edit"), this);
    m_discard = new QPushButton(tr("&Discard"), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    resize(720, 260);

    connect(m_retry, &QPushButton::clicked, this, [this] { m_outbox->retryNow(selectedId()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(selectedId()); });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        // The draft of the text stays on disk; only the pending send is dropped.
        const QUuid id = selectedId();
        if (!m_sender->cancel(id))
            m_outbox->discard(id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxDialog::updateButtons);
    connect(m_outbox, &Outbox::changed, this, &OutboxDialog::refill);
    connect(m_outbox, &Outbox::dataChanged, this, &OutboxDialog::refill);
    refill();
}

void OutboxDialog::refill()
{
    const QUuid selected = selectedId();
    m_table->setRowCount(m_outbox->rowCount());
    int selectRow = -1;
    for (int row = 0; row < m_outbox->rowCount(); ++row) {
        const QModelIndex index = m_outbox->index(row, 0);
        const QUuid id = index.data(Outbox::IdRole).toUuid();
        const QDateTime next = index.data(Outbox::NextAttemptRole).toDateTime();
        QString post = index.data(Outbox::TitleRole).toString();
        if (post.isEmpty())
            post = tr("Topic %1: %2").arg(index.data(Outbox::TopicIdRole).toInt())
                       .arg(index.data(Outbox::TextPreviewRole).toString());
        const QStringList cells = {post, index.data(Outbox::StateTextRole).toString(),
                                   QString::number(index.data(Outbox::AttemptsRole).toInt()),
                                   next.isValid() ? QLocale().toString(next.toLocalTime(), QLocale::ShortFormat)
                                                  : QString(),
                                   index.data(Outbox::ErrorRole).toString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, id);
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
        if (id == selected)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    m_table->resizeColumnsToContents();
    updateButtons();
}

QUuid OutboxDialog::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QUuid() : items.first()->data(Qt::UserRole).toUuid();
}

void OutboxDialog::updateButtons()
{
    const bool any = !selectedId().isNull();
    const bool inFlight = any && selectedId() == m_sender->inFlight();
    m_retry->setEnabled(any && !inFlight);
    m_edit->setEnabled(any && !inFlight);
    m_discard->setEnabled(any && !inFlight);
}

} // namespace Aivizor
