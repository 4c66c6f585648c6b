#include "app/search/quickswitcher.h"

#include "app/search/switcherdelegate.h"
#include "lib/search/fuzzymatcher.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Aivizor {

namespace {

// Recent topics are what people come back to most; then feeds, communities, forums.
int kindRank(SwitcherCandidate::Kind kind)
{
    switch (kind) {
    case SwitcherCandidate::Kind::Topic: return 0;
    case SwitcherCandidate::Kind::Feed: return 1;
    case SwitcherCandidate::Kind::Community: return 2;
    case SwitcherCandidate::Kind::Forum: return 3;
    }
    return 4;
}

// What a row says besides the name: its kind and where it lives.
QString detailText(const SwitcherCandidate &c)
{
    switch (c.kind) {
    case SwitcherCandidate::Kind::Topic:
        return c.path.isEmpty() ? QuickSwitcher::tr("Topic") : QuickSwitcher::tr("Topic in %1").arg(c.path);
    case SwitcherCandidate::Kind::Feed:
        return QuickSwitcher::tr("Feed");
    case SwitcherCandidate::Kind::Community:
        return c.path.isEmpty() ? QuickSwitcher::tr("Community") : QuickSwitcher::tr("Community in %1").arg(c.path);
    case SwitcherCandidate::Kind::Forum:
        return c.path.isEmpty() ? QuickSwitcher::tr("Forum") : QuickSwitcher::tr("Forum at %1").arg(c.path);
    }
    return QString();
}

} // namespace

QuickSwitcher::QuickSwitcher(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("quickSwitcher"));
    setWindowTitle(tr("Go To"));
    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("switcherPattern"));
    m_pattern->setPlaceholderText(tr("Go to a community, feed, forum or recent topic…"));
    m_pattern->setAccessibleName(tr("Name to go to"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("switcherList"));
    m_list->setAccessibleName(tr("Matches"));
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new SwitcherDelegate(m_list));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_pattern);
    layout->addWidget(m_list);
    resize(520, 380);

    m_pattern->installEventFilter(this);
    connect(m_pattern, &QLineEdit::textChanged, this, &QuickSwitcher::refilter);
    connect(m_pattern, &QLineEdit::returnPressed, this, [this] { openRow(qMax(0, m_list->currentRow())); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openRow(m_list->row(item)); });
}

void QuickSwitcher::popup()
{
    m_candidates = m_source ? m_source() : QList<SwitcherCandidate>();
    m_pattern->clear();
    refilter();
    if (QWidget *owner = parentWidget()) {
        const QRect area = owner->window()->geometry();
        move(area.center().x() - width() / 2, area.top() + area.height() / 6);
    }
    show();
    raise();
    activateWindow();
    m_pattern->setFocus();
}

QStringList QuickSwitcher::shownNames() const
{
    QStringList names;
    for (int index : m_shown)
        names.append(m_candidates.at(index).name);
    return names;
}

void QuickSwitcher::refilter()
{
    const FuzzyMatcher matcher(m_pattern->text());
    struct Ranked
    {
        int index;
        int score;
        QList<int> positions; // in the name; empty for a match through the path
    };
    QList<Ranked> ranked;
    for (int i = 0; i < m_candidates.size(); ++i) {
        const SwitcherCandidate &c = m_candidates.at(i);
        std::optional<FuzzyMatcher::Match> match = matcher.match(c.name);
        int score = match ? match->score : 0;
        QList<int> positions = match ? match->positions : QList<int>();
        if (!match) {
            // The path ("Community › OpenAI") is a second chance, ranked below name matches.
            match = matcher.match(c.path + QLatin1Char(' ') + c.name);
            if (!match)
                continue;
            score = match->score / 2;
        }
        ranked.append({i, score, positions});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [this](const Ranked &a, const Ranked &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return kindRank(m_candidates.at(a.index).kind) < kindRank(m_candidates.at(b.index).kind);
    });
    m_list->clear();
    m_shown.clear();
    for (const Ranked &r : std::as_const(ranked)) {
        const SwitcherCandidate &c = m_candidates.at(r.index);
        const QString detail = detailText(c);
        auto *item = new QListWidgetItem(c.name, m_list);
        item->setData(SwitcherDelegate::NameRole, c.name);
        item->setData(SwitcherDelegate::PositionsRole, QVariant::fromValue(r.positions));
        item->setData(SwitcherDelegate::DetailRole, detail);
        item->setData(Qt::AccessibleTextRole, c.name + QStringLiteral(", ") + detail);
        item->setToolTip(detail);
        m_shown.append(r.index);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void QuickSwitcher::openRow(int row)
{
    if (row < 0 || row >= m_shown.size())
        return;
    const std::function<void()> action = m_candidates.at(m_shown.at(row)).action;
    accept();
    if (action)
        action();
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move in the list while typing.
    if (watched == m_pattern && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_list->count() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            m_list->setCurrentRow(qBound(0, m_list->currentRow() + step, m_list->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Aivizor
